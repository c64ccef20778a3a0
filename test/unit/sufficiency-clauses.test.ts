/**
 * Clauses written to pass, or to fall short of, every core sufficiency test of a requirement — English in the
 * registers of held-out documents (UK call-off schedules, US state contracts, GDPR processor terms), Japanese
 * as 甲乙 contracts and 特記事項 write them — independent of the corpora and of the catalog's own examples.
 * A complete clause must read as sufficient; a clause that deals with the subject but leaves core tests open
 * must read as insufficient (not missing: the user needs to see that it is there but falls short).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../shared/engine/analyze.ts';

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
      const result = analyze(`${OPENING[lang]}\n\n${clause}\n`).requirements.find((r) => r.id === requirement)!;
      const open = result.tests.filter((t) => t.core && !t.met).map((t) => t.id);
      expect({ status: result.status, open: expected === 'sufficient' ? open : [] })
        .toEqual({ status: expected, open: [] });
    },
  );
});
