/** Required literals of a pattern: every match contains one of them, or the answer is null. */
import { describe, expect, it } from 'vitest';
import { catalog } from '../../shared/catalog/index.ts';
import { normalize } from '../../shared/engine/normalize.ts';
import { requiredLiteralSets } from '../../shared/engine/pattern-literals.ts';

/** The rarest-looking list of a pattern's required literals, or null. */
const requiredLiterals = (source: string) => requiredLiteralSets(source)[0] ?? null;

const texts = (source: string) => requiredLiterals(source)?.map((l) => l.text) ?? null;

describe('requiredLiterals', () => {
  it.each([
    ['(?:\\d+|[一二三]+)\\s*日以内', ['日以内']],
    ['\\bwithin\\s+\\d+\\s+hours?\\b', ['within']],
    // words joined by whitespace make one literal whose space matches any run of it
    ['\\bsecurity\\s+(?:and|&)\\s+privacy\\s+plan\\b', ['security and privacy plan', 'security & privacy plan']],
    ['\\bno later than\\s*\\d+', ['no later than']],
    ['(?:検収|引渡し)(?:完了)?後', ['検収', '引渡し']],
    ['[甲乙]は', ['甲は', '乙は']],
    ['有(?:する|して)', ['有する', '有して']],
    ['[甲乙]', ['甲', '乙']],
    ['\\bthird[\\s-]part(?:y|ies)', ['third party', 'third parties', 'third-party', 'third-parties']],
    ['a(?:bc|de)', ['abc', 'ade']],
    // an alternation joined with the literal after it: rarer than either alone (情報 is everywhere)
    ['\\d+\\s*(?:名|人|件)分の(?:個人情報|情報)', ['名分の個人情報', '名分の情報', '人分の個人情報', '人分の情報', '件分の個人情報', '件分の情報']],
    ['(?:委託先|業者)(?:の|を)選定', ['委託先の選定', '委託先を選定', '業者の選定', '業者を選定']],
    // too many combinations (36): a new chain starts at the atom that would pass the limit
    ['(?:ab|cd|ef|gh|ij|kl)(?:mn|op|qr|st|uv|wx)yz', ['mnyz', 'opyz', 'qryz', 'styz', 'uvyz', 'wxyz']],
    ['(?<=第)\\d+条', ['条']],
    ['\\u30ed\\u30b0', ['ログ']],
    ['x{2}yz', ['xyz']],
    // a cell's edge of a table row, a tab the pattern names included (only a space stands for any whitespace)
    ['[|\\t][ ]*(?:r|a)[ ]*(?=[|\\t\\n]|$)', ['|', '\t']],
    ['\\nabc', ['\nabc']],
  ])('%s → %j', (source, expected) => {
    expect(texts(source)).toEqual(expected);
  });

  it.each([
    '\\d+', '(?:abc)?', 'a*', '[^。]+', '[a-z]+', '(?=abc)', 'abc|\\d', '.',
    '[(（]\\d+[)）]', '\\d+\\.\\d+',
  ])('%s → null (nothing certain, or only spaces and punctuation)', (source) => {
    expect(requiredLiterals(source)).toBeNull();
  });

  it.each([
    ['\\bwithin\\s+\\d+', true],
    ['\\b(?:any|every)\\s+person', true],
    ['\\d+\\s+(?:business\\s+)?days?\\s+notice', true],
    // after a group whose every alternative ends outside a word (whitespace, a hyphen)
    ['(?:[\\w-]+\\s+){1,6}?only\\s+(?:through|via)', true],
    ['\\d+(?:-|\\s)hours?', true],
    // nothing says what comes before: a match may start inside a word
    ['within\\s+\\d+', false],
    ['\\w*curity\\s+plan', false],
    ['\\d+\\s*(?:-|\\s)?hours?', false],
    ['(?:the\\s+)?customer\\s+data', false],
    ['\\Bware\\b', false],
    ['(?=abc)abcd', false],
  ])('%s: its literals that begin with a letter start a word in every match: %s', (source, wordStart) => {
    // (one beginning with "-" is never inside a word anyway)
    const literals = requiredLiterals(source)!.filter((l) => /^\w/.test(l.text));
    expect(literals.length).toBeGreaterThan(0);
    for (const literal of literals) expect(literal.wordStart, literal.text).toBe(wordStart);
  });

  it.each([
    // a phrase and a word list, each required: a sentence is searched only where one of each occurs
    ['\\bin\\s+a\\s+later\\s+[^.]{0,20}\\b(?:agreement|contract)\\b', [['in a later'], ['agreement', 'contract']]],
    ['(?:作業|業務)[^。]{0,30}(?:本社|支店)', [['作業', '業務'], ['本社', '支店']]],
    // inside a group too
    ['(?:(?:委託先|業者)[^。]{0,20}選定)?監査', [['監査']]],
    ['(?:(?:委託先|業者)[^。]{0,20}選定)監査', [['監査'], ['委託先', '業者'], ['選定']]],
    // one list of an alternation at the top; a further list as common as "in" is left out
    ['abc|def', [['abc', 'def']]],
    ['\\bsecurity\\s+plan\\b[^.]*\\bin\\b', [['security plan']]],
  ])('sets of %s → %j', (source, expected) => {
    const sets = requiredLiteralSets(source).map((set) => set.map((l) => l.text).sort());
    expect(sets.sort()).toEqual(expected.map((set) => [...set].sort()).sort());
  });

  it('reads malformed or unsupported syntax as null instead of guessing', () => {
    expect(requiredLiterals('(abc')).toBeNull();
    expect(requiredLiterals('(a)\\1')).toBeNull();
  });

  it('holds for every catalog pattern on every catalog clause: each match contains a literal of each required set', () => {
    const texts = catalog.requirements.flatMap((r) => [...r.modelClauses, ...r.examples.pass, ...r.examples.nearMiss].map((c) => normalize(c.text).text));
    const sources = [...Object.values(catalog.concepts), ...catalog.requirements.flatMap((r) => Object.values(r.concepts))]
      .flatMap((lex) => [...lex.ja, ...lex.en]).filter((t) => t.startsWith('re:')).map((t) => t.slice(3));
    let withLiterals = 0;
    let withFurtherSets = 0;
    let matches = 0;
    for (const source of sources) {
      const sets = requiredLiteralSets(source);
      if (sets.length === 0) continue;
      withLiterals++;
      if (sets.length > 1) withFurtherSets++;
      const re = new RegExp(source, 'gu');
      for (const text of texts) {
        for (const m of text.matchAll(re)) {
          matches++;
          // a literal's space stands for any run of whitespace
          const matched = m[0].replace(/\s+/g, ' ');
          const before = text.charAt(m.index - 1);
          // and one said to start a word does so there
          const startsWord = (at: number) => at > 0 ? !/\w/.test(matched.charAt(at - 1)) : !/\w/.test(before);
          for (const literals of sets) {
            expect(literals.some((l) => {
              const at = matched.indexOf(l.text);
              return at >= 0 && (!l.wordStart || startsWord(at));
            }), `${source} on "${m[0]}": one of ${literals.map((l) => l.text).join(' | ')}`).toBe(true);
          }
        }
      }
    }
    expect(withLiterals).toBeGreaterThan(sources.length * 0.9);
    expect(withFurtherSets).toBeGreaterThan(sources.length * 0.2);
    expect(matches).toBeGreaterThan(100);
  });
});
