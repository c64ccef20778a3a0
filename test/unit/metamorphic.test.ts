/**
 * Metamorphic checks over the catalog's own examples: a rewording that leaves what a clause commits to as it was must
 * leave its verdict as it was. Numbers in kanji or in full-width digits, the other usual labels of the parties, another
 * binding verb: each passing example and model clause still satisfies its requirement, each near-miss still does not.
 * The rewordings are general (every example that holds the words is rewritten), not tuned to any one example.
 */
import { describe, expect, it } from 'vitest';
import { catalog } from '../../shared/catalog/index.ts';
import { requirementOf } from './test-result.ts';

const KANJI_DIGITS = '〇一二三四五六七八九';
/** 1–999 as kanji (三十五, 百二十); larger numbers (years) stay as they are. */
function kanji(n: number): string {
  if (n < 10) return KANJI_DIGITS[n];
  if (n < 100) return (n >= 20 ? KANJI_DIGITS[Math.floor(n / 10)] : '') + '十' + (n % 10 ? KANJI_DIGITS[n % 10] : '');
  if (n < 1000) return (n >= 200 ? KANJI_DIGITS[Math.floor(n / 100)] : '') + '百' + (n % 100 ? kanji(n % 100) : '');
  return String(n);
}
const ENGLISH_NUMBERS = 'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'.split(' ');

type Rewrite = (text: string) => string;
const REWRITES: { name: string; lang: 'ja' | 'en'; rewrite: Rewrite }[] = [
  // a number that is no decimal, amount with separators or version
  { name: 'numbers in kanji (三十日以内)', lang: 'ja', rewrite: (t) => t.replace(/(?<![\d.,])\d{1,3}(?![\d.,%])/g, (m) => kanji(Number(m))) },
  { name: 'full-width digits (３０日)', lang: 'ja', rewrite: (t) => t.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)) },
  { name: '甲/乙 as 発注者/受注者', lang: 'ja', rewrite: (t) => t.replace(/甲/g, '発注者').replace(/乙/g, '受注者') },
  { name: '委託者/受託者 as 甲/乙', lang: 'ja', rewrite: (t) => t.replace(/委託者/g, '甲').replace(/受託者/g, '乙') },
  { name: 'しなければならない as するものとする', lang: 'ja', rewrite: (t) => t.replace(/しなければならない/g, 'するものとする') },
  // the plain form binds a party as Japanese contracts write it (乙は、…報告する。)
  { name: 'しなければならない as the plain form (する)', lang: 'ja', rewrite: (t) => t.replace(/しなければならない/g, 'する') },
  { name: 'shall as must', lang: 'en', rewrite: (t) => t.replace(/\bshall\b/g, 'must') },
  { name: 'the supplier shall as the supplier undertakes to', lang: 'en', rewrite: (t) => t.replace(/\b(Supplier|Contractor|Processor|Provider|Vendor) shall\b/g, '$1 undertakes to') },
  { name: 'Supplier/Customer as Contractor/Authority', lang: 'en', rewrite: (t) => t.replace(/\bSupplier\b/g, 'Contractor').replace(/\bCustomer\b/g, 'Authority') },
  { name: 'numbers before a unit of time in words (thirty days)', lang: 'en', rewrite: (t) => t.replace(/\b(\d|1\d|20)(?=\s+(?:calendar\s+|business\s+|working\s+)?(?:days?|hours?|weeks?|months?|years?)\b)/g, (m) => ENGLISH_NUMBERS[Number(m)]) },
];

const satisfies = (text: string, id: string) => {
  const result = requirementOf(text, id);
  return result.status === 'sufficient' && result.tests.every((t) => !t.core || t.met);
};

describe.each(REWRITES)('$name', ({ lang, rewrite }) => {
  const cases = catalog.requirements.flatMap((req) => [
    ...[...req.examples.pass, ...req.modelClauses].map((e) => ({ id: req.id, text: e.text, lang: e.lang, pass: true })),
    ...req.examples.nearMiss.map((e) => ({ id: req.id, text: e.text, lang: e.lang, pass: false })),
  ]).filter((c) => c.lang === lang && rewrite(c.text) !== c.text);

  it('rewrites some of the examples', () => {
    expect(cases.filter((c) => c.pass).length).toBeGreaterThan(5);
  });

  it('leaves every verdict as it was', () => {
    const changed = cases.filter((c) => satisfies(c.text, c.id) && c.pass && !satisfies(rewrite(c.text), c.id))
      .concat(cases.filter((c) => !c.pass && requirementOf(c.text, c.id).status !== 'sufficient' && requirementOf(rewrite(c.text), c.id).status === 'sufficient'))
      .map((c) => `${c.id} (${c.pass ? 'pass' : 'near-miss'}): ${rewrite(c.text).slice(0, 160)}`);
    expect(changed).toEqual([]);
  });
});
