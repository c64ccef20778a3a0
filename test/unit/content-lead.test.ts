/**
 * A list under a lead-in that requires a contract, proposal or plan to contain what the list names
 * (structure.contentLead): each noun-phrase item is a duty as the lead-in is. A lead-in that permits or
 * only describes makes no duty of its items.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../shared/engine/analyze.ts';
import { statusOf } from './test-result.ts';

/** The modality the report gives the line that starts with `line`, or null when it creates no duty. */
function modalityOfLine(text: string, line: string): string | null {
  const start = text.indexOf(line);
  const o = analyze(text).obligations.find((x) => x.start <= start && x.end > start);
  return o?.modality ?? null;
}

const EN_ITEMS = [
  '- a right for the Client and any auditor it appoints to inspect the processor\'s sites and books;',
  '- notice to the Client of any data breach within 36 hours of discovery.',
];
const JA_ITEMS = [
  '(1) 委託元又はその指定する監査人による委託先の事業所への立入検査',
  '(2) 個人データの漏えいが生じた場合の委託元への直ちの連絡',
];
const en = (lead: string) => ['# Vendor Management Standard', '', '## 6. Processor agreements', '', lead, '', ...EN_ITEMS].join('\n');
const ja = (lead: string) => ['# 委託先管理基準', '', '## 第7条（委託契約）', '', lead, '', ...JA_ITEMS].join('\n');

describe('items under a lead-in that requires contents', () => {
  const itemsOf = (text: string) => (text.includes(EN_ITEMS[0]) ? EN_ITEMS : JA_ITEMS);

  it.each([
    ['en, must include', en('Each agreement with a data processor must include, as a minimum, the following:')],
    ['en, shall contain', en('The processing agreement shall contain the following:')],
    ['en, passive', en('The following must be addressed in every processor contract:')],
    ['ja, 定めること', ja('委託契約書には、次に掲げる事項を定めること。')],
    ['ja, 盛り込むべき', ja('委託契約に盛り込むべき事項は、次のとおりとする。')],
    ['ja, 含めること (document in the heading)', ja('次に掲げる事項を含めること。')],
  ])('%s: each item is an obligation', (_, text) => {
    for (const item of itemsOf(text)) expect(modalityOfLine(text, item)).toBe('obligation');
  });

  it.each([
    ['en', en('Each agreement with a data processor must include, as a minimum, the following:')],
    ['ja', ja('委託契約書には、次に掲げる事項を定めること。')],
  ])('%s: the items address the requirements they name', (_, text) => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', text)).not.toBe('missing');
  });

  it('en: a proposal that "should" include binds as "should" does (effort)', () => {
    expect(modalityOfLine(en('Where relevant, the bidder\'s proposal should cover the following:'), EN_ITEMS[0])).toBe('effort');
  });
});

describe('items under a lead-in that permits or describes', () => {
  it.each([
    ['en, a permission', en('The processor may include in its proposal the following:')],
    ['en, a description', en('The hosted service includes the following:')],
    ['en, a requirement of no document', ['# Notes', '', 'Staff must include the following in the weekly log:', '', ...EN_ITEMS].join('\n')],
    ['ja, a description', ['# サービス概要', '', '本サービスには、次の機能が含まれる。', '', ...JA_ITEMS].join('\n')],
    ['ja, a permission', ja('委託契約書には、次に掲げる事項を定めることができる。')],
  ])('%s: the items create no duty', (_, text) => {
    const first = text.includes(EN_ITEMS[0]) ? EN_ITEMS[0] : JA_ITEMS[0];
    expect(modalityOfLine(text, first)).toBeNull();
  });
});
