/**
 * Round 225 (Japanese; construction, real estate and transport: site-information ASP terms, condominium management
 * system operations, building access-control maintenance, bus operations RFP, parking SLA, property-portal data link,
 * CAD/BIM data memorandum, airport passenger-information operations spec): phrasing families the held-out set showed
 * mis-read. Every case is new wording, not the held-out sentence.
 */
import { describe, expect, it } from 'vitest';
import { requirementOf as req } from './test-result.ts';

describe('PERSONNEL-CONFIDENTIALITY: 「作業者」 as the personnel word of a heading and of a deemed-breach clause', () => {
  it('a breach by 作業者 deemed the contractor\'s own under a 作業者 heading is vicarious liability', () => {
    const text = '## 第５条（作業者）\n１　受注者は、本件に従事する作業者の氏名を発注者に通知する。\n２　作業者が本約定に反したときは、受注者の違反とみなす。';
    const r = req(text, 'PERSONNEL-CONFIDENTIALITY');
    expect(r.status).not.toBe('missing');
    expect(r.tests.find((t) => t.id === 'vicarious')?.met).toBe(true);
  });
  it('a list of notified 作業者 alone does not address personnel confidentiality', () => {
    const text = '## 第５条（作業者）\n受注者は、本件に従事する作業者の氏名を発注者に通知する。';
    expect(req(text, 'PERSONNEL-CONFIDENTIALITY').status).toBe('missing');
  });
});

describe('PERSONNEL-CONFIDENTIALITY: damage caused by staff "is the contractor\'s responsibility" (「…により生じた損害は、受注者の責任とする」)', () => {
  it('meets the vicarious test under a personnel heading', () => {
    const text = '### ３．要員\n(1) 要員の過失により生じた損害は、受注者の責任とする。';
    const r = req(text, 'PERSONNEL-CONFIDENTIALITY');
    expect(r.status).not.toBe('missing');
    expect(r.tests.find((t) => t.id === 'vicarious')?.met).toBe(true);
  });
  it('the same wording about the customer\'s equipment is not about personnel', () => {
    const text = '### ３．設備\n(1) 発注者の設備の故障により生じた損害は、発注者の負担とする。';
    expect(req(text, 'PERSONNEL-CONFIDENTIALITY').status).toBe('missing');
  });
});

describe('RESPONSIBILITY-BOUNDARY: a preamble ending 「以下のとおり契約する」 is a recital', () => {
  it('naming maintained equipment in the preamble does not address the responsibility boundary', () => {
    const text = '北浜不動産株式会社（以下「委託者」という。）と大和防犯システム株式会社（以下「受託者」という。）とは、委託者が管理する「北浜第二ビル」に設置された防犯設備（監視カメラ、録画サーバ及び監視端末をいい、以下「本設備」という。）の保守に関し、以下のとおり契約する。';
    expect(req(text, 'RESPONSIBILITY-BOUNDARY').status).toBe('missing');
  });
  it('an allocation clause still does', () => {
    const text = '録画サーバのＯＳ更新及びログの確認は受託者が担当し、監視端末の利用者ＩＤの管理は委託者が担当する。';
    expect(req(text, 'RESPONSIBILITY-BOUNDARY').status).not.toBe('missing');
  });
});
