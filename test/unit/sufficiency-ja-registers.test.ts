/**
 * Japanese registers met in held-out documents (hospital specs, 基本契約＋個別契約, IaaS 約款, SES 誓約書, BPO 提案書):
 * sufficiency tests that read the phrasing family, not one sentence.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../shared/engine/analyze.ts';

const testOf = (id: string, testId: string, text: string) => {
  const r = analyze(text).requirements.find((x) => x.id === id)!;
  const t = r.tests.find((x) => x.id === testId)!;
  return { status: r.status, found: t.found, met: t.met };
};

describe('Japanese sufficiency phrasing families', () => {
  it.each([
    // the information handled, stated as 「要配慮個人情報を…取り扱い」 rather than 「取り扱う情報は…」
    ['SUPPLY-CHAIN-RISK-TIERING', 'info-class', '本システムは要配慮個人情報を日常的に取り扱い、停止した場合には診療に重大な支障が生じるため、最重要システムに区分する。'],
    ['SUPPLY-CHAIN-RISK-TIERING', 'info-class', '本業務では特定個人情報を取り扱うことから、停止が許されない重要業務と位置付け、要求水準を別紙に定める。'],
    // a party given a list of security activities, and the residual clause that assigns the rest
    ['RESPONSIBILITY-BOUNDARY', 'matrix', '利用者は、ゲストOSへのパッチ適用、アカウントの管理及びバックアップの取得を、自らの責任で実施するものとする。'],
    ['RESPONSIBILITY-BOUNDARY', 'no-orphans', '委託者と受託者の責任範囲は次のとおりとする。前各号に掲げる事項以外の一切の事項は、委託者の責任とする。'],
    // two kinds of content item, or a list announced for the report
    ['INCIDENT-NOTIFICATION', 'content', '乙は、事故を知ったときは、直ちに甲に報告する。報告には、発生日時、影響を受けた本人の数及び原因を含めること。'],
    ['INCIDENT-NOTIFICATION', 'content', '受注者は、インシデントを認知したときは発注者に報告する。\n２　前項の報告には、次の事項を記載するものとする。\n(1) 事案の概要\n(2) 推定される原因\n'],
    // both parties' contact points named as 窓口
    ['SECURITY-ORGANIZATION', 'contacts', '発注者と受注者の間の連絡は、双方の担当課長を窓口として行う。'],
    // a definition that reaches what is learned in performance, whether marked or not
    ['CONFIDENTIALITY', 'definition', '「秘密情報」とは、本契約の履行過程で知り得た一切の情報をいい、秘密である旨の表示の有無を問わない。'],
    // an ad-hoc status report on request within a stated time
    ['PERIODIC-SECURITY-REPORTING', 'ad-hoc', '乙は、毎月、安全対策の実施状況を甲に報告する。乙は、甲の求めがあったときは、５営業日以内に臨時の報告を行う。'],
  ])('%s %s is met: %s', (id, testId, text) => {
    expect(testOf(id, testId, text)).toMatchObject({ found: true, met: true });
  });

  it.each([
    // one item (対応状況) is not the minimum content
    ['INCIDENT-NOTIFICATION', 'content', '乙は、個人情報の漏えいを知ったときは、２時間以内に甲の窓口へ電話で第一報を行い、その後の対応状況を随時報告する。'],
    // consultation is not an allocation of the rest
    ['RESPONSIBILITY-BOUNDARY', 'no-orphans', '役割分担は別表のとおりとし、別表に記載のない事項は、甲乙協議の上で分担を定める。'],
    // designated-only definitions leave out what is learned during performance
    ['CONFIDENTIALITY', 'definition', '「秘密情報」とは、書面、口頭その他方法を問わず開示された情報のうち、開示の際に秘密である旨を表示したものをいう。'],
    // facts supplied for the outsourcer's report to a regulator are regulatory cooperation, not ad-hoc status reports
    ['PERIODIC-SECURITY-REPORTING', 'ad-hoc', '乙は、毎月、安全対策の実施状況を甲に報告する。乙は、甲が監督当局に報告するために必要な事実を、甲の求めに応じて３営業日以内に提供する。'],
    ['CONFIDENTIALITY', 'definition', '本契約において「機密情報」とは、電磁的記録又は口頭により提供された技術情報のうち、提供時に機密である旨が明示されたものをいう。'],
  ])('%s %s is not met: %s', (id, testId, text) => {
    expect(testOf(id, testId, text)).toMatchObject({ found: true, met: false });
  });
});

describe('an outright ban on subcontracting leaves the approval procedure nothing to regulate', () => {
  it.each([
    '乙は、本業務の全部又は一部を第三者に再委託してはならない。',
    '受注者は、本件業務を他の事業者に委託し、又は請け負わせてはならない。',
  ])('sufficient: %s', (text) => {
    const r = analyze(text).requirements.find((x) => x.id === 'SUBCONTRACT-APPROVAL')!;
    expect(analyze(text).context.subcontracting).toBe('prohibited');
    expect(r.status).toBe('sufficient');
  });

  it.each([
    // hedged: 「原則として」 leaves unstated exceptions
    ['application-content', '乙は、原則として、本業務の全部又は一部を第三者に再委託してはならない。'],
    // a ban with an approval proviso allows subcontracting: the application content is still required
    ['application-content', '乙は、本業務を第三者に再委託してはならない。ただし、甲の書面による承諾を得た場合は、この限りでない。'],
  ])('%s not met: %s', (testId, text) => {
    expect(testOf('SUBCONTRACT-APPROVAL', testId, text).met).toBe(false);
  });
});

describe('a bare training heading is not evidence of personnel training', () => {
  it('operation training for the outsourcer’s staff under 「研修」 is missing', () => {
    const text = '電子カルテ更新仕様書\n\n４．４　研修\n受注者は、当院職員に対し、本システムの操作研修を稼働前に実施すること。\n';
    expect(analyze(text).requirements.find((r) => r.id === 'PERSONNEL-TRAINING')!.status).toBe('missing');
  });
  it('a 「研修」 section on the contractor’s staff is still found', () => {
    const text = '業務委託契約書\n\n第５条（研修）\n乙は、作業開始前及び年１回、本業務に従事する者に研修を行い、その記録を甲に提出する。\n';
    expect(analyze(text).requirements.find((r) => r.id === 'PERSONNEL-TRAINING')!.status).not.toBe('missing');
  });
});

describe('document type', () => {
  it('a 「…のご提案」 title is a proposal', () => {
    const text = '# 人事給与業務ＢＰＯサービスのご提案\n\n本業務は当社のセンターで実施いたします。本業務の従事者名簿は、本業務の開始前に提出いたします。\n';
    expect(analyze(text).documentType).toBe('proposal');
  });
});

describe('context', () => {
  it('patient and medical-record information is personal data', () => {
    const text = '電子カルテシステム保守仕様書\n\n受注者は、患者情報を本業務以外の目的で利用してはならない。\n\n受注者は、診療記録を当院の外に持ち出してはならない。\n';
    expect(analyze(text).context.personalData).toBe(true);
  });
});

describe('pattern terms and sentence boundaries', () => {
  it('a pattern match running from a caption into the article does not hide the article’s own match', () => {
    // 「事故」 in the caption and 「発生した」 in the article lie within one pattern’s reach; the article’s
    // own 「漏えい…が発生したときは」 must still be seen, so the incident duty is not read as security measures
    const text = '業務委託契約書\n\n第八条（再委託の禁止）\n乙は、本業務を第三者に再委託してはならない。\n\n第九条（事故発生時の対応）\n乙は、提供データの漏えい、滅失又は毀損その他の事故が発生したときは、直ちに被害の拡大を防止するための措置を講じ、速やかに甲に報告する。\n';
    expect(analyze(text).requirements.find((x) => x.id === 'SECURITY-MEASURES-BASELINE')!.status).toBe('missing');
  });
});
