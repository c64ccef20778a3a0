/**
 * A list item is read with the sentence that introduces it: the catalog's `lead` condition. Request-only
 * return of data is not "return at the end" (DATA-RETURN-DELETION), but the same item under a
 * termination lead is; and, by the `heading` condition, so is a request-only return in a section of its own for the
 * return of data (the document's return clause, insufficient but there).
 */
import { describe, expect, it } from 'vitest';
import { requirementOf } from './test-result.ts';

const statusOf = (text: string) => requirementOf(text, 'DATA-RETURN-DELETION').status;
const items = {
  en: ['a. At the Customer’s request, the Provider will delete all Customer Data.', 'b. The Provider will pay any outstanding fees.'],
  enInline: ['(a) stop using the Product; (b) on the Customer’s request, delete all Customer Data.'],
  ja: ['(1) 甲から請求があったときは、貸与資料を返還すること。', '(2) 未払の委託料を精算すること。'],
};

describe('lead condition', () => {
  it.each([
    ['en', 'Upon any expiration or termination of this Agreement:', items.en],
    ['en, inline', 'Upon termination of this Agreement, the Provider will:', items.enInline],
    ['ja', '乙は、本契約が終了したときは、次の措置を講じる。', items.ja],
  ])('an item inherits the end-of-contract trigger of its lead (%s)', (_, lead, list) => {
    expect(statusOf([lead, ...list].join(list.length > 1 ? '\n' : ' '))).not.toBe('missing');
  });

  it('the sentence that announces the list leads it, though another sentence follows it in the paragraph', () => {
    const text = '業務委託契約書\n\n第2条（返還）\n乙は、本契約が終了したときは、次の措置を講じる。緊急の場合は甲の指示に従う。\n(1) 貸与資料を返還すること。\n(2) 未払の委託料を精算すること。\n';
    expect(statusOf(text)).not.toBe('missing');
  });

  it('a numbered sub-clause inherits the request of the clause introducing it', () => {
    const clause = (intro: string) => `8.2 ${intro}:\n8.2.1 to return all Confidential Information; and\n8.2.2 to destroy all copies by shredding.`;
    expect(statusOf(clause('Upon termination of this Agreement, the Recipient undertakes'))).not.toBe('missing');
    expect(statusOf(clause('Within 14 days of a written request of the Discloser, the Recipient undertakes'))).toBe('missing');
  });

  it.each([
    ['en', 'The Provider agrees as follows:', items.en],
    ['en, inline', 'During the term, the Provider will:', items.enInline],
    ['ja', '乙は、次の措置を講じる。', items.ja],
  ])('the same items under a lead without a trigger stay missing (%s)', (_, lead, list) => {
    expect(statusOf([lead, ...list].join(list.length > 1 ? '\n' : ' '))).toBe('missing');
  });
});

describe('heading condition', () => {
  const request = 'Within ten days of the Owner’s written request, the Receiver shall hand back or shred every document holding Proprietary Information.';
  it.each([
    ['a numbered clause under the heading', `## 6. Return of Materials\n\n6.1 ${request}\n\n6.2 This clause survives expiry.`],
    ['the heading\'s own paragraph', `1. PURPOSE\nThe Receiver shall use Proprietary Information only for the tender.\n\n2. RETURN AND DESTRUCTION\n${request}`],
    ['Japanese', '第7条（資料の返還）\n乙は、甲から書面による請求があったときは、速やかに秘密情報を記録した資料を返還する。'],
  ])('a return section that returns on request only is the document\'s return clause (%s)', (_, text) => {
    expect(statusOf(text)).toBe('insufficient');
  });
  it.each([
    ['in a confidentiality section', `## 6. Confidentiality\n\n6.1 The Receiver shall keep Proprietary Information secret. ${request}`],
    ['with no heading', request],
  ])('the same request elsewhere is no return clause (%s)', (_, text) => {
    expect(statusOf(text)).toBe('missing');
  });
});
