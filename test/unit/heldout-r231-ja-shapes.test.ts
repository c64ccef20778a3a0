/**
 * Japanese held-out round 231 (製造・物流・小売: OT remote maintenance, WMS SaaS terms, EC build-and-run, POS
 * maintenance, a carrier's customer-data memo, joint development, a supplier security standard, an EDI agreement):
 * phrasing families the held-out set showed missing or misread. Every case is new wording, not the held-out sentence.
 */
import { describe, expect, it } from 'vitest';
import { statusOf } from './test-result.ts';

describe('Japanese held-out round 231 (製造・物流・小売): phrasing families', () => {
  it.each([
    // a list of measures introduced by its lead (「…について、次の措置を講じる。」) is a security-measures clause
    ['SECURITY-MEASURES-BASELINE', '受託者は、預託を受けた購買履歴データについて、次に掲げる措置を講ずるものとする。\n一　保管する端末は施錠できる場所に置く。\n二　作業の記録を残す。'],
    // continuing the business by a fallback when the system fails (「代替手段により…継続する」) is continuity
    ['BCP-AVAILABILITY-SLA', '回線の故障により受注データを受信できないときは、受託者は、電話その他の代替手段により受注業務を継続しなければならない。'],
    // each side keeps its own systems at its own cost and responsibility (「それぞれ自己の責任と費用で…システムを運用」)
    ['RESPONSIBILITY-BOUNDARY', '発注者及び受注者は、それぞれ自己の責任及び費用により、受発注に用いるサーバを構築し保守する。'],
  ])('%s is addressed: %s', (id, text) => {
    expect(statusOf(id, text)).not.toBe('missing');
  });

  it.each([
    // the same lead after an incident is incident response, not a baseline
    ['SECURITY-MEASURES-BASELINE', '受託者は、預託データの漏えいが発生した場合は、次の措置を講じるものとする。\n一　直ちに委託者に連絡する。'],
    // one side doing its own work at its own cost allocates nothing
    ['RESPONSIBILITY-BOUNDARY', '受注者は、自己の費用と責任において、本件業務を遂行する。'],
  ])('%s is not addressed: %s', (id, text) => {
    expect(statusOf(id, text)).toBe('missing');
  });
});
