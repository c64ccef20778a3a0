/** Sufficiency tests read what a clause says, not only which words it uses: a refusal does not meet a right. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../shared/engine/analyze.ts';

const onsite = (text: string) => {
  const audit = analyze(text).requirements.find((r) => r.id === 'AUDIT-INSPECTION-RIGHTS')!;
  const { found, met } = audit.tests.find((t) => t.id === 'onsite')!;
  return { status: audit.status, found, met };
};

describe('AUDIT-INSPECTION-RIGHTS on-site test', () => {
  it.each([
    'We do not permit on-site audits of our data centres.',
    '当社は、お客様による当社施設への立入監査には応じかねます。',
  ])('a refusal addresses the subject but does not meet the test: %s', (text) => {
    expect(onsite(text)).toEqual({ status: 'insufficient', found: true, met: false });
  });

  it.each([
    'The Customer may carry out on-site audits of the Supplier’s premises on 30 days’ notice.',
    '甲は、乙の事業所に立ち入り、監査を行うことができる。',
  ])('an on-site audit right meets it: %s', (text) => {
    expect(onsite(text)).toMatchObject({ found: true, met: true });
  });
});
