/**
 * English clauses written to pass, or to fall short of, every core sufficiency test of a requirement — in the
 * registers of held-out documents (UK call-off schedules, US state contracts, GDPR processor terms, vendor
 * terms), independent of the corpora and of the catalog's own examples. A complete clause must read as
 * sufficient; a clause that deals with the subject but leaves core tests open must read as insufficient
 * (not missing: the user needs to see that it is there but falls short).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../shared/engine/analyze.ts';

const clauses = JSON.parse(readFileSync(new URL('../fixtures/sufficiency/en-clauses.json', import.meta.url), 'utf8')) as
  { requirement: string; expect: 'sufficient' | 'insufficient'; clause: string }[];

const documentOf = (clause: string) =>
  `Services Agreement\n\nThis Agreement is between Acme County ("Customer") and Blue Ridge Systems Inc. ("Vendor").\n\n${clause}\n`;

describe('English clauses read as sufficient or insufficient', () => {
  it.each(clauses.map((c) => [c.requirement, c.expect, c.clause.split('\n')[0], c.clause] as const))(
    '%s %s: %s', (requirement, expected, _title, clause) => {
      const result = analyze(documentOf(clause)).requirements.find((r) => r.id === requirement)!;
      const open = result.tests.filter((t) => t.core && !t.met).map((t) => t.id);
      expect({ status: result.status, open: expected === 'sufficient' ? open : [] })
        .toEqual({ status: expected, open: [] });
    },
  );
});
