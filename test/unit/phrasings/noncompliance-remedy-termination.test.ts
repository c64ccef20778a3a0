/**
 * NONCOMPLIANCE-REMEDY-TERMINATION: phrasing families the probe sweeps and blind held-out rounds found missing or
 * misread. Every case is new wording; the sweep or round that found each group is noted above it.
 */
import { describe, expect, it } from 'vitest';
import { statusOf } from '../test-result.ts';

// session 61 probe sweep (English: plain letters of engagement)
describe('NONCOMPLIANCE-REMEDY-TERMINATION: "break the (data) rules / terms" and "end the agreement / arrangement"', () => {
  it.each([
    'If the Supplier breaks any of the data rules in this agreement, the Club may end the agreement straight away.',
    'Should the Contractor break these security terms, the Council can end this contract by written notice.',
  ])('addressed: %s', (text) => {
    expect(statusOf('NONCOMPLIANCE-REMEDY-TERMINATION', text)).not.toBe('missing');
  });
  it.each([
    "Either party may end this agreement on three months' notice.",
    'At the end of this agreement the Supplier will send a final invoice.',
  ])('ending without a breach, or the end as a date, is no remedy (near-miss): %s', (text) => {
    expect(statusOf('NONCOMPLIANCE-REMEDY-TERMINATION', text)).toBe('missing');
  });
});

// session 61 probe sweep (Japanese: a buyer's request letter in the polite register)
describe('NONCOMPLIANCE-REMEDY-TERMINATION: 「守っていただけない場合…依頼を取りやめる」「従ってくれないときは…委託を打ち切る」', () => {
  it.each([
    'これらの条件を守っていただけない場合、甲はただちに依頼を取りやめることができる。',
    '乙が本特記事項に従ってくれないときは、甲は委託を打ち切ることができる。',
  ])('addressed: %s', (text) => {
    expect(statusOf('NONCOMPLIANCE-REMEDY-TERMINATION', text)).not.toBe('missing');
  });
  it('ending on notice without a breach is no remedy (near-miss)', () => {
    expect(statusOf('NONCOMPLIANCE-REMEDY-TERMINATION', '甲は、3か月前までに通知することにより、依頼を取りやめることができる。')).toBe('missing');
  });
});
