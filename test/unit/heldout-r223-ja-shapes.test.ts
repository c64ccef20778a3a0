/**
 * Round 223 (Japanese personal-data documents: 委託先監督の覚書, 匿名加工情報の提供契約, 共同利用の取決め, 越境移転の委託契約,
 * マイナンバー取扱委託契約, データ利活用協定, 漏えい等対応手順書, 個人情報特記事項): phrasing families the held-out set showed
 * missing or misread. Every case is new wording, not the held-out sentence.
 */
import { describe, expect, it } from 'vitest';
import { requirementOf as req, metOf as met } from './test-result.ts';

describe('data collected through a smartphone app is a data source, not a device rule', () => {
  it('an app as the source of statistics does not address COPY-REMOVAL-RESTRICTION', () => {
    const text = '２　丙は、甲に対し、タブレット向けアプリで収集した来館者の動線データを月次で提供する。';
    expect(req(text, 'COPY-REMOVAL-RESTRICTION').status).toBe('missing');
  });
  it('a ban on saving the data to a smartphone still does', () => {
    const text = '３　乙は、委託データをスマートフォンに保存し、又は作業室外に持ち出してはならない。';
    expect(req(text, 'COPY-REMOVAL-RESTRICTION').status).not.toBe('missing');
  });
});

describe('"取り扱う区域は〜室とし" / "取り扱う端末は〜内に設置した端末に限る" name the place of processing', () => {
  it('the handling area fixed to a dedicated room addresses DATA-LOCATION', () => {
    const text = '２　委託データを保管する区域は、受託者の大阪支店５階の施錠された保管室とする。';
    expect(req(text, 'DATA-LOCATION').status).not.toBe('missing');
  });
  it('terminals limited to those installed at the office address DATA-LOCATION', () => {
    const text = '３　提供データを閲覧する端末は、利用者の研究センター内に設置した専用の端末に限るものとする。';
    expect(req(text, 'DATA-LOCATION').status).not.toBe('missing');
  });
  it('a room named for a meeting is not a place of processing', () => {
    const text = '４　定例会は、甲の本社会議室で月１回開催する。';
    expect(req(text, 'DATA-LOCATION').status).toBe('missing');
  });
});

describe('"担当者以外の者は…情報を取り扱ってはならない" limits access to the designated staff', () => {
  it('addresses ACCESS-CONTROL', () => {
    const text = '３　取扱担当者以外の者に、個人番号関係事務に係るデータを閲覧させてはならない。';
    expect(req(text, 'ACCESS-CONTROL').status).not.toBe('missing');
  });
  it('a bar on others entering a counter is not access control', () => {
    const text = '担当者以外の者は、受付窓口に立ち入ってはならない。';
    expect(req(text, 'ACCESS-CONTROL').status).toBe('missing');
  });
});

describe('an outsourcer demanding the contractor\'s self-check results is oversight, not the contractor\'s own internal audit', () => {
  it('addresses AUDIT-INSPECTION-RIGHTS', () => {
    const text = '２　委託者は、半期ごとに、受託者に対し、預託データの管理状況に関する自己点検結果の報告を求めることができる。';
    expect(req(text, 'AUDIT-INSPECTION-RIGHTS').status).not.toBe('missing');
  });
  it('the contractor\'s own self-check alone still does not', () => {
    const text = '受託者は、年１回、自己点検を実施し、その結果を社内の情報セキュリティ委員会に報告する。';
    expect(req(text, 'AUDIT-INSPECTION-RIGHTS').status).toBe('missing');
  });
});

describe('withdrawal from a joint arrangement (脱退・離脱) triggers return or disposal', () => {
  it('addresses DATA-RETURN-DELETION', () => {
    const text = '（３）協議会から離脱した会員は、共有データベースから取得した資料を、甲の指示に従い廃棄する。';
    expect(req(text, 'DATA-RETURN-DELETION').status).not.toBe('missing');
  });
});

describe('"協力会社との契約には、〜に準じた義務を定める" flows a duty down in writing', () => {
  it('addresses SUBCONTRACT-FLOWDOWN', () => {
    const text = '２　当社は、協力会社との間で締結する契約において、本規程に準じた秘密保持義務を定めるものとする。';
    expect(req(text, 'SUBCONTRACT-FLOWDOWN').status).not.toBe('missing');
  });
});

describe('incident reporting set out under "第一報" / "続報" sub-headings of a procedure', () => {
  it('a first-report deadline in the heading and a dated final report under the follow-up heading meet the deadline test', () => {
    const text = [
      '# 情報セキュリティ事故対応要領',
      '## ３　第一報（発見から２時間以内）',
      '受託者は、委託者の情報システム課に電話で報告し、同時に電子メールで概要を送付する。',
      '## ４　続報',
      '受託者は、発見後７日以内に、原因及び再発防止策を記載した「インシデント報告書」を委託者に提出する。',
    ].join('\n');
    expect(met(text, 'INCIDENT-NOTIFICATION', 'deadline')).toBe(true);
  });
  it('a project progress report handed in as a report is not a follow-up incident report', () => {
    const text = '受注者は、毎月５日までに「月次作業報告書」を発注者に提出する。';
    expect(req(text, 'INCIDENT-NOTIFICATION').status).toBe('missing');
  });
});

describe('"〜以外の者に(業務を)行わせる場合は、あらかじめ…" is outsourcing the work to others', () => {
  it('having people other than the contractor\'s staff perform the survey work addresses SUBCONTRACT-APPROVAL', () => {
    const text = '３　受託者は、調査票の集計を受託者の職員以外の者に実施させるときは、あらかじめ委託者の承認を得るものとする。';
    expect(req(text, 'SUBCONTRACT-APPROVAL').status).not.toBe('missing');
  });
  it('letting only staff handle the data is personnel access, not subcontracting', () => {
    const text = '乙は、従業者以外の者に委託データを取り扱わせてはならない。';
    expect(req(text, 'SUBCONTRACT-APPROVAL').status).toBe('missing');
  });
});
