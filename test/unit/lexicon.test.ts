/** The concept scanner: English word forms and phrases, Japanese substrings, regular-expression terms. */
import { describe, expect, it } from 'vitest';
import { compileScanner, normaliseTerm } from '../../shared/engine/lexicon.ts';
import { normalize } from '../../shared/engine/normalize.ts';

const scanner = compileScanner(new Map([
  ['encrypt', ['encrypt', '暗号化']],
  ['process', ['process']],
  ['incident', ['incident', 'インシデント']],
  ['security-incident', ['security incident', 'セキュリティインシデント']],
  ['breach', ['personal data breach']],
  ['subcontract', ['再委託', 'sub-contract']],
  ['deadline', ['re:\\d+\\s*日以内', 're:\\bwithin\\s+\\d+\\s+hours?\\b']],
  ['iso', ['ISO/IEC 27001', 'ＩＳＭＳ']],
]));

/** Concept names found in a text, in text order (one entry per hit). */
function found(text: string): string[][] {
  return scanner.scan(normalize(text).text).map((h) => h.concepts.map((c) => scanner.names[c]).sort());
}
const flat = (text: string) => [...new Set(found(text).flat())].sort();

describe('English terms', () => {
  it.each(['encrypt', 'encrypts', 'encrypted', 'encrypting', 'Encrypted'])('matches the form "%s"', (word) => {
    expect(flat(`Data is ${word} here.`)).toEqual(['encrypt']);
  });

  it('lets a longer mixed term win over an English one at the same place (IDを over id)', () => {
    const mixed = compileScanner(new Map([['identifier', ['id']], ['issue-id', ['IDを']]]));
    const names = (text: string) => mixed.scan(normalize(text).text).map((h) => h.concepts.map((c) => mixed.names[c]).sort());
    expect(names('従事者ごとにIDを付与する。')).toEqual([['identifier', 'issue-id']]);
    expect(names('the user id is unique')).toEqual([['identifier']]);
  });

  it('matches forms whose stem changes (storing, notified, submitted), not the bare stem', () => {
    const verbs = compileScanner(new Map([['store', ['store']], ['notify', ['notify']], ['submit', ['submit']], ['@may', ['may']]]));
    const names = (text: string) => [...new Set(verbs.scan(normalize(text).text).flatMap((h) => h.concepts.map((c) => verbs.names[c])))].sort();
    expect(names('Storing data; the supplier notified the customer and submitted a report.')).toEqual(['notify', 'store', 'submit']);
    expect(names('It notifies the customers, submitting logs; stor and notif are no words.')).toEqual(['notify', 'submit']);
    expect(names('It maied.')).toEqual([]);
  });

  it('matches -es forms', () => {
    expect(flat('The Supplier processes data.')).toEqual(['process']);
  });

  it('matches whole words only', () => {
    expect(flat('Encryption and reencrypt and encrypter are other words.')).toEqual([]);
    expect(flat('A processor is not a process.')).toEqual(['process']);
  });

  it('matches a phrase across any whitespace, also with a suffix', () => {
    expect(flat('any personal\n   data breach')).toEqual(['breach']);
    expect(flat('all personal  data\tbreaches')).toEqual(['breach']);
  });

  it('lets the longest term win and counts the shorter terms inside it', () => {
    expect(found('a security incident occurred')).toEqual([['incident', 'security-incident']]);
    expect(found('an incident occurred')).toEqual([['incident']]);
  });

  it('credits a term whose inflected form is another concept\'s own term', () => {
    const s = compileScanner(new Map([['stance', ['subcontracting']], ['sub', ['subcontract']]]));
    const names = s.scan('any tier of subcontracting.').flatMap((h) => h.concepts.map((c) => s.names[c]));
    expect(names.sort()).toEqual(['stance', 'sub']);
  });

  it('reports a term that overlaps a longer hit, so one rule cannot hide another', () => {
    const s = compileScanner(new Map([['report', ['報告しなければ']], ['must', ['しなければならない']], ['liable', ['not be liable for']], ['no', ['shall not be']]]));
    const names = (t: string) => s.scan(normalize(t).text).flatMap((h) => h.concepts.map((c) => s.names[c])).sort();
    expect(names('乙は甲に報告しなければならない。')).toEqual(['must', 'report']);
    expect(names('Supplier shall not be liable for delays.')).toEqual(['liable', 'no']);
  });

  it('keeps punctuation inside terms literal', () => {
    expect(flat('certified to iso/iec 27001 and sub-contracted')).toEqual(['iso', 'subcontract']);
  });
});

describe('Japanese terms', () => {
  it('match with okurigana left out, as official style writes them (取扱い, 立入検査)', () => {
    const words = compileScanner(new Map([['handle', ['取り扱い']], ['inspect', ['立ち入り検査']], ['and', ['及び']]]));
    const names = (text: string) => [...new Set(words.scan(normalize(text).text).flatMap((h) => h.concepts.map((c) => words.names[c])))].sort();
    expect(names('個人情報の取扱いについて')).toEqual(['handle']);
    expect(names('甲は立入検査を行う。')).toEqual(['inspect']);
    expect(names('甲は立入り検査を行い、取り扱いを確認する。')).toEqual(['handle', 'inspect']);
    expect(names('取扱 と 立入 と 甲及乙')).toEqual([]);
  });

  it('match a verb in its continuative and plain forms (見直し / 見直す, 取り扱う / 取扱い)', () => {
    const verbs = compileScanner(new Map([['review', ['見直し']], ['handle', ['取り扱う']], ['report', ['報告する']]]));
    const names = (text: string) => [...new Set(verbs.scan(normalize(text).text).flatMap((h) => h.concepts.map((c) => verbs.names[c])))].sort();
    expect(names('権限は年1回見直す。')).toEqual(['review']);
    expect(names('個人情報の取扱いを定める。')).toEqual(['handle']);
    expect(names('見直さない。報告すり。')).toEqual([]);
  });

  it('matches inside running text without word boundaries', () => {
    expect(flat('乙は本業務を再委託してはならない。')).toEqual(['subcontract']);
    expect(flat('保存データを暗号化する。')).toEqual(['encrypt']);
  });

  it('prefers the longer term and folds width variants', () => {
    expect(found('重大なセキュリティインシデント')).toEqual([['incident', 'security-incident']]);
    expect(flat('ＩＳＭＳ認証')).toEqual(['iso']);
    expect(flat('ISMS認証')).toEqual(['iso']);
  });
});

describe('regular-expression terms', () => {
  it('finds each match with its span', () => {
    const text = normalize('乙は、３日以内に報告し、notify within 24 hours of discovery.').text;
    const hits = scanner.scan(text).filter((h) => scanner.names[h.concepts[0]] === 'deadline');
    expect(hits.map((h) => text.slice(h.start, h.end))).toEqual(['3日以内', 'within 24 hours']);
  });

  it('returns hits sorted by position', () => {
    const hits = scanner.scan(normalize('5日以内に暗号化し、encrypt within 2 hours.').text);
    expect(hits.map((h) => h.start)).toEqual([...hits.map((h) => h.start)].sort((a, b) => a - b));
  });

  it('names the concept of an invalid expression', () => {
    expect(() => compileScanner(new Map([['broken', ['re:(unclosed']]]))).toThrow(/broken/);
  });
});

describe('normaliseTerm', () => {
  it('normalises like the text and collapses spaces', () => {
    expect(normaliseTerm('  Personal   Data ')).toBe('personal data');
    expect(normaliseTerm('ＩＳＭＳ')).toBe('isms');
  });
});

describe('the party label 丁 in the catalog', () => {
  it('is a party where it stands as one, not the 丁 of an address or of 丁寧', async () => {
    const { analyzeDetailed } = await import('../../shared/engine/analyze.ts');
    const tei = (text: string) => {
      const a = analyzeDetailed(text);
      return a.facts.sentenceFacts[0].concepts.has(a.compiled.concept('party-tei'));
    };
    expect(tei('丁は、丙の監査に協力する。')).toBe(true);
    expect(tei('乙は、丙及び丁の名称を甲に通知する。')).toBe(true);
    expect(tei('乙は、東京都千代田区三丁目の事業所で作業する。')).toBe(false);
    expect(tei('乙は、従事者に丁寧に説明する。')).toBe(false);
  });
});

describe('literal terms and probes in one walk', () => {
  // "within" is a literal term and the probe of a pattern alike, in one trie: neither may hide the other
  const shared = compileScanner(new Map([
    ['within', ['within']],
    ['hours', ['re:\\bwithin\\s+\\d+\\s+hours?\\b', 're:mail\\s+server']],
    ['email', ['e-mail', 'メール']],
  ]));
  const text = normalize('Notify within\n 24 hours by e-mail; the email server is ours (メールサーバ), not within reach.').text;
  const literalSpans = (hits: ReturnType<typeof shared.scanLiterals>) =>
    Array.from({ length: hits.length }, (_, k) => `${text.slice(hits.starts[k], hits.ends[k])}:${hits.at(k).map((c) => shared.names[c]).join(',')}`);

  it('finds the same literal hits whether or not the probes are looked for', () => {
    expect(literalSpans(shared.scanText(text).literals)).toEqual(literalSpans(shared.scanLiterals(text)));
    expect(literalSpans(shared.scanLiterals(text))).toEqual(['within:within', 'e-mail:email', 'メール:email', 'within:within']);
  });

  it('finds every probe, at a word start and (for a probe that may start there) inside a word', () => {
    const { hits } = shared.scanText(text).patterns;
    const probes = Array.from({ length: hits.length }, (_, k) => text.slice(hits.starts[k], hits.ends[k]).replace(/\s+/g, ' '));
    // (the pattern's two probe sets: "within" and "hour"; "mail server" inside "email", as the pattern without \b matches)
    expect(probes).toEqual(['within', 'hour', 'mail server', 'within']);
  });
});
