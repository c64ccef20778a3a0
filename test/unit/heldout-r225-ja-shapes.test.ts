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

describe('DATA-RETURN-DELETION: handing materials over to the successor at the end (「後継事業者に対し…資料を引き渡し」) is transition', () => {
  it('a handover to the successor only does not address return or deletion', () => {
    const text = '受注者は、本契約が終了する場合、後継事業者に対し、保守記録、構成情報その他の必要な資料を引き渡し、引継ぎを支援すること。';
    expect(req(text, 'DATA-RETURN-DELETION').status).toBe('missing');
    expect(req(text, 'EXIT-TRANSITION-SUPPORT').status).not.toBe('missing');
  });
  it('a handover to the customer or its successor with erasure of copies still does', () => {
    const text = '受注者は、本契約が終了したときは、発注者又は後継事業者に対し、預託を受けた資料を引き渡し、その複製を消去すること。';
    expect(req(text, 'DATA-RETURN-DELETION').status).not.toBe('missing');
  });
});

describe('RESPONSIBILITY-BOUNDARY: "each party for the systems it manages" (「両当事者は、それぞれ自社が管理するサーバについて…」)', () => {
  it('a mutual own-system security duty addresses the boundary', () => {
    const text = '両当事者は、それぞれ自社が管理するサーバについて、ウイルス対策及びログの保全を行うものとする。';
    expect(req(text, 'RESPONSIBILITY-BOUNDARY').status).not.toBe('missing');
  });
  it('each party bearing its own costs does not', () => {
    const text = '甲及び乙は、それぞれ自己の費用で本契約を履行する。';
    expect(req(text, 'RESPONSIBILITY-BOUNDARY').status).toBe('missing');
  });
  it('an effort-only wording does not', () => {
    const text = '両当事者は、それぞれ自社が管理するサーバについて、ウイルス対策を行うよう努める。';
    expect(req(text, 'RESPONSIBILITY-BOUNDARY').status).toBe('missing');
  });
});
