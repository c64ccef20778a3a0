/**
 * Clauses written to pass, or to fall short of, every core sufficiency test of a requirement — English in the
 * registers of held-out documents (UK call-off schedules, US state contracts, GDPR processor terms), Japanese
 * as 甲乙 contracts and 特記事項 write them — independent of the corpora and of the catalog's own examples.
 * A complete clause must read as sufficient; a clause that deals with the subject but leaves core tests open
 * must read as insufficient (not missing: the user needs to see that it is there but falls short).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { asTabRows, hardWrap, PAGE_COLUMNS } from '../../scripts/layouts.ts';
import { requirementOf } from './test-result.ts';

type Clause = { requirement: string; expect: 'sufficient' | 'insufficient'; clause: string };
const clausesOf = (lang: 'en' | 'ja') =>
  JSON.parse(readFileSync(new URL(`../fixtures/sufficiency/${lang}-clauses.json`, import.meta.url), 'utf8')) as Clause[];

const OPENING = {
  en: 'Services Agreement\n\nThis Agreement is between Acme County ("Customer") and Blue Ridge Systems Inc. ("Vendor").',
  ja: '業務委託契約書\n\n株式会社ミナト商事（以下「甲」という。）と株式会社ブルーシステムズ（以下「乙」という。）は、次のとおり契約を締結する。',
};

describe.each(['en', 'ja'] as const)('%s clauses read as sufficient or insufficient', (lang) => {
  it.each(clausesOf(lang).map((c) => [c.requirement, c.expect, c.clause.split('\n')[0], c.clause] as const))(
    '%s %s: %s', (requirement, expected, _title, clause) => {
      const result = requirementOf(`${OPENING[lang]}\n\n${clause}\n`, requirement);
      const open = result.tests.filter((t) => t.core && !t.met).map((t) => t.id);
      expect({ status: result.status, open: expected === 'sufficient' ? open : [] })
        .toEqual({ status: expected, open: [] });
    },
  );
});

/**
 * A .docx (mammoth), Word for the web and Google Docs give a table as tab-separated rows, a PDF export as columns
 * the normaliser turns into tabs: the same table must read the same as its markdown form, where the cases were written.
 */
describe.each(['en', 'ja'] as const)('%s clauses with a table read the same with tab-separated rows', (lang) => {
  const withTables = clausesOf(lang).filter((c) => /^\|.*\|\s*$/m.test(c.clause));
  it('has cases with tables', () => expect(withTables.length).toBeGreaterThan(20));
  it.each(withTables.map((c) => [c.requirement, c.expect, c.clause.split('\n')[0], c.clause] as const))(
    '%s %s: %s', (requirement, _expected, _title, clause) => {
      const read = (text: string) => {
        const result = requirementOf(`${OPENING[lang]}\n\n${text}\n`, requirement);
        return { status: result.status, tests: result.tests.map((t) => `${t.id} found=${t.found} met=${t.met}`) };
      };
      const tabbed = asTabRows(clause);
      expect(tabbed).not.toContain('|');
      expect(read(tabbed)).toEqual(read(clause));
    },
  );
});

/**
 * A PDF's text layer or a fixed-width .txt cuts English lines at the page width, anywhere: "within five working\ndays",
 * "third\nparty", a colon or an enumerator "(a)" at a line's end. Each English clause, hard-wrapped at 78 columns,
 * must read as it does on long lines. (Japanese wrapping is undone from the width the whole document shows,
 * line-wrap.test.ts; a clause alone is too short to show one.)
 */
describe('en clauses read the same hard-wrapped at 78 columns', () => {
  const wrappedAway = clausesOf('en').filter((c) => hardWrap(c.clause, PAGE_COLUMNS.en) !== c.clause);
  it('wraps most cases', () => expect(wrappedAway.length).toBeGreaterThan(500));
  it.each(wrappedAway.map((c) => [c.requirement, c.expect, c.clause.split('\n')[0], c.clause] as const))(
    '%s %s: %s', (requirement, _expected, _title, clause) => {
      const status = (text: string) => requirementOf(`${OPENING.en}\n\n${text}\n`, requirement).status;
      expect(status(hardWrap(clause, PAGE_COLUMNS.en))).toBe(status(clause));
    },
  );
});
