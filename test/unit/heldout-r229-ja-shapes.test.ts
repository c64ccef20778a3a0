/**
 * Round 229 (Japanese healthcare documents: 電子カルテ保守契約, 医療情報システム調達仕様書, PHRアプリ開発委託, オンライン診療規約,
 * 検査データ覚書, 介護記録クラウド契約, 院内ネットワーク保守仕様書, 治験データ管理委託): phrasing families the held-out set
 * showed missing or misread. Every case is new wording, not the held-out sentence.
 */
import { describe, expect, it } from 'vitest';
import { requirementOf as req } from './test-result.ts';

describe('a report demand that names progress together with the data-handling status is still a report right', () => {
  it('進捗状況及び個人データの管理状況 addresses AUDIT-INSPECTION-RIGHTS', () => {
    const text = '発注者は、随時、開発の進捗状況及び個人データの管理状況について、受注者に報告を求めることができる。';
    expect(req(text, 'AUDIT-INSPECTION-RIGHTS').status).not.toBe('missing');
  });
  it('a progress report alone stays out', () => {
    const text = '発注者は、随時、開発の進捗状況について、受注者に報告を求めることができる。';
    expect(req(text, 'AUDIT-INSPECTION-RIGHTS').status).toBe('missing');
  });
});

describe('fault response (障害の連絡から調査を開始, 技術者を派遣) is not an inspection right', () => {
  it('does not address AUDIT-INSPECTION-RIGHTS', () => {
    const text = '２　受注者は、故障の通報を受けてから３時間以内に原因の調査を開始し、必要に応じて技術者を発注者の事業所に派遣する。';
    expect(req(text, 'AUDIT-INSPECTION-RIGHTS').status).toBe('missing');
  });
  it('an on-site inspection right still does', () => {
    const text = '２　発注者は、受注者の事業所に立ち入り、委託データの管理状況を調査することができる。';
    expect(req(text, 'AUDIT-INSPECTION-RIGHTS').status).not.toBe('missing');
  });
});

describe('"作業は当院内で行う" fixes the place of work', () => {
  it('work confined to the outsourcer premises addresses DATA-LOCATION', () => {
    const text = '(2) 保守作業は本庁舎内においてのみ実施することとし、庁外からの接続は認めない。';
    expect(req(text, 'DATA-LOCATION').status).not.toBe('missing');
  });
  it('the same with the short subject 作業は…当社内で', () => {
    const text = '３　作業は当社内で行うものとする。';
    expect(req(text, 'DATA-LOCATION').status).not.toBe('missing');
  });
  it('a meeting held at the hospital is not a place of processing', () => {
    const text = '４　定例会議は当院内の会議室で月１回開催する。';
    expect(req(text, 'DATA-LOCATION').status).toBe('missing');
  });
});

describe('the contractor using its own 委託先 / 協力会社 is subcontracting', () => {
  it('free use of 委託先 without consent addresses SUBCONTRACT-APPROVAL', () => {
    const text = '受託者は、データ保管に用いるクラウド事業者等の委託先を、委託者の同意を得ずに利用することができる。';
    expect(req(text, 'SUBCONTRACT-APPROVAL').status).not.toBe('missing');
  });
  it('use of a 協力会社 with prior written consent addresses it too', () => {
    const text = '乙は、甲の事前の書面による承諾を得た場合に限り、協力会社を使用することができる。';
    expect(req(text, 'SUBCONTRACT-APPROVAL').status).not.toBe('missing');
  });
});

describe('a purpose clause naming "乙が行う業務" is not a responsibility split', () => {
  it('does not address RESPONSIBILITY-BOUNDARY', () => {
    const text = '本覚書は、甲が運用する診療予約システム（周辺機器を含む。以下同じ。）について、乙が行う運用支援業務の条件を定めることを目的とする。';
    expect(req(text, 'RESPONSIBILITY-BOUNDARY').status).toBe('missing');
  });
  it('a purpose clause that sets out the split of roles still does', () => {
    const text = '本覚書は、甲と乙の役割分担を定めることを目的とし、パッチ適用は乙が、利用者IDの管理は甲が行う。';
    expect(req(text, 'RESPONSIBILITY-BOUNDARY').status).not.toBe('missing');
  });
});
