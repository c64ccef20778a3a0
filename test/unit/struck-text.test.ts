/** Struck-through wording and reviewers' bracketed comments in a negotiation mark-up are not agreed text. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../shared/engine/analyze.ts';
import { blankStruckText } from '../../shared/engine/struck-text.ts';
import { normalize } from '../../shared/engine/normalize.ts';

const blank = (text: string) => blankStruckText(normalize(text).text);
const documentOf = (body: string) =>
  `Outsourcing Agreement between Oakridge Council ("Council") and Tessel Systems Ltd ("Vendor").\n\n${body}\n`;
const statusOf = (body: string, id: string) => analyze(documentOf(body)).requirements.find((r) => r.id === id)!.status;

describe('blankStruckText', () => {
  it.each([
    'The Vendor will keep records. ~~The Vendor bears liability for its subprocessors as for itself.~~ End.',
    'Plain text with [Council note: please confirm the hosting country] inside.',
    '[Drafting Note: vendor to revert on the cap.]',
  ])('keeps the length and blanks the span: %s', (text) => {
    const out = blank(text);
    expect(out).toHaveLength(normalize(text).text.length);
    expect(out).not.toMatch(/subprocessors|hosting country|the cap/);
  });

  it('leaves text without strikethrough or comments alone, a lone "~~" and a plain bracket included', () => {
    for (const text of ['Temperature ~~ 20 degrees [see Annex 2].', 'The Vendor shall [within 5 days] respond.']) {
      expect(blank(text)).toBe(normalize(text).text);
    }
  });

  it('a deleted undertaking does not address its requirement', () => {
    const struck = '7.3 ~~The Vendor is responsible for every subcontractor\'s acts and omissions as if they were its own.~~';
    expect(statusOf(struck, 'SUBCONTRACT-LIABILITY')).toBe('missing');
    expect(statusOf(struck.replace(/~~/g, ''), 'SUBCONTRACT-LIABILITY')).not.toBe('missing');
  });

  it('a deleted permission no longer defeats the agreed exclusion beside it', () => {
    const body = [
      '2.1 The Vendor shall process Council Personal Data only for the purpose of running the parking permit service and only on the Council\'s documented written instructions issued through the change log.',
      '2.2 The Vendor shall not pass Council Personal Data to any third party without the Council\'s prior written consent.',
      '2.3 The Vendor shall not use Council Personal Data for profiling, benchmarking or to train artificial intelligence models. ~~The Vendor may use de-identified data to improve its products.~~',
    ].join('\n');
    expect(statusOf(body.replace(/~~/g, ''), 'PURPOSE-LIMITATION')).toBe('insufficient');
    expect(statusOf(body, 'PURPOSE-LIMITATION')).toBe('sufficient');
  });
});
