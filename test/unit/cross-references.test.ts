/** The caption of a cited clause is not what the citing sentence deals with. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../shared/engine/analyze.ts';
import { blankCrossReferenceCaptions } from '../../shared/engine/cross-references.ts';
import { normalize } from '../../shared/engine/normalize.ts';

const blank = (text: string) => blankCrossReferenceCaptions(normalize(text).text);

describe('blankCrossReferenceCaptions', () => {
  it.each([
    ['Subject to Section 14 (Return of Data), either party may terminate.', 'subject to section 14                 , either party may terminate.'],
    ['These Sections 9 (Confidentiality), 12 (Audit) and 15 (Liability) survive.', 'these sections 9                  , 12         and 15             survive.'],
    // the clause number's own "(b)" goes with its caption
    ['as set out in Clause 8.2(b) (Security Incidents).', `as set out in clause 8.2${' '.repeat(24)}.`],
    ['甲は、第14条（データの返還）の定めに従い解除できる。', '甲は、第14条        の定めに従い解除できる。'],
    // kanji numerals, 千 included (a code of a thousand articles numbers them so)
    ['第千二条（監査）及び第十四条の二（返還）による。', '第1002条    及び第14条の二    による。'],
  ])('%s', (text, expected) => {
    const out = blank(text);
    expect(out).toBe(expected);
    expect(out).toHaveLength(normalize(text).text.length);
  });

  it.each([
    ['Sections 9 (Confidentiality), 12 (Audit) and 15 (Liability) survive.', 'sections 9'],
    ['第14条（データの返還）の定めに従い、甲は解除できる。', '第14条'],
  ])('blanks a citation that opens its line: %s', (text, kept) => {
    const out = blank(text);
    expect(out.startsWith(kept)).toBe(true);
    expect(out).not.toMatch(/confidentiality|データの返還/);
  });

  it('keeps a caption that opens its line: the clause\'s own heading', () => {
    for (const text of ['第8条（秘密保持）\n乙は、秘密を保持する。', 'Section 8 (Confidentiality)\nThe Vendor shall keep it secret.']) {
      expect(blank(text)).toBe(normalize(text).text);
    }
  });

  it.each([
    'Liability for breach of Section 9 (Confidentiality) is not capped.',
    'except for breaches of its obligations under Clause 7 (Data Protection)',
    '乙が第9条（秘密保持）に違反したときは、甲は損害賠償を請求できる。',
  ])('keeps the caption of the duty a breach names: %s', (text) => {
    expect(blank(text)).toBe(normalize(text).text);
  });

  it('returns the text itself when nothing is cited', () => {
    const text = normalize('The Vendor shall encrypt backups (AES-256).').text;
    expect(blankCrossReferenceCaptions(text)).toBe(text);
  });
});

describe('a sentence citing a clause does not address its subject', () => {
  const documentOf = (clause: string) => `SERVICES AGREEMENT\n\n1. Term. This Agreement starts on 1 April 2025.\n\n2. ${clause}\n`;
  it.each([
    ['DATA-RETURN-DELETION', 'Subject to Section 14 (Return and Deletion of Data), either party may terminate this Agreement for material breach.'],
    ['AUDIT-INSPECTION-RIGHTS', 'Sections 9 (Confidentiality), 12 (Audit Rights) and 15 (Limitation of Liability) survive termination.'],
    ['INCIDENT-NOTIFICATION', 'Except as provided in Section 11 (Security Incident Notification), notices shall be sent by courier.'],
  ])('%s: %s', (id, clause) => {
    expect(analyze(documentOf(clause)).requirements.find((r) => r.id === id)!.status).toBe('missing');
  });

  it('still reads the sentence\'s own words beside the citation', () => {
    const clause = 'In accordance with Section 14 (Exit), the Vendor shall return all Customer Data within 30 days after termination.';
    expect(analyze(documentOf(clause)).requirements.find((r) => r.id === 'DATA-RETURN-DELETION')!.status).not.toBe('missing');
  });
});
