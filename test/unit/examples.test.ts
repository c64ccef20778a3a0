/**
 * Whole documents the rules were not written against (the bundled examples of `npm start`): the pipeline
 * end to end — parties, context, statuses, vague / unassigned / agree-later findings, liability.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../shared/engine/analyze.ts';
import type { Report } from '../../shared/schemas/report.ts';

const load = (name: string) => readFileSync(resolve(import.meta.dirname, '../../examples', name), 'utf8');
const status = (r: Report, id: string) => r.requirements.find((q) => q.id === id)!.status;
const quoted = (text: string, r: Report, kind: string) =>
  r.findings.filter((f) => f.kind === kind).map((f) => text.slice(f.spans[0].start, f.spans[0].end));

describe('examples/spec-ja.md (a weak Japanese specification)', () => {
  const text = load('spec-ja.md');
  const r = analyze(text);

  it('is a Japanese spec about personal data, with 発注者 and 受注者 in their roles', () => {
    expect([r.language, r.documentType, r.context.personalData, r.context.subcontracting]).toEqual(['ja', 'spec', true, 'allowed']);
    expect(Object.fromEntries(r.parties.map((p) => [p.label, p.role]))).toMatchObject({ 発注者: 'outsourcer', 受注者: 'contractor' });
  });

  it('finds the weak clauses insufficient and the absent ones missing', () => {
    for (const id of ['INCIDENT-NOTIFICATION', 'SUBCONTRACT-APPROVAL', 'DATA-RETURN-DELETION', 'ACCESS-CONTROL', 'CONFIDENTIALITY']) {
      expect(status(r, id), id).toBe('insufficient');
    }
    for (const id of ['ENCRYPTION', 'VULNERABILITY-MANAGEMENT', 'AUDIT-INSPECTION-RIGHTS', 'LOGGING-MONITORING']) {
      expect(status(r, id), id).toBe('missing');
    }
    const incident = r.requirements.find((q) => q.id === 'INCIDENT-NOTIFICATION')!;
    expect(incident.tests.find((t) => t.id === 'deadline')).toMatchObject({ found: true, met: false });
    // 「…漏えいしてはならない。本業務終了後も同様とする。」: the second sentence makes the duty survive.
    const confidentiality = r.requirements.find((q) => q.id === 'CONFIDENTIALITY')!;
    expect(confidentiality.tests.find((t) => t.id === 'survival')?.met).toBe(true);
  });

  it('flags 速やかに and 必要に応じて as vague, the actor-less duties as unassigned, 別途協議 as agreed later', () => {
    const vague = quoted(text, r, 'vague').join('|');
    expect(vague).toContain('速やかに');
    expect(vague).toContain('必要に応じて');
    expect(quoted(text, r, 'unassigned').some((q) => q.includes('アクセス権限'))).toBe(true);
    expect(quoted(text, r, 'agree-later').some((q) => q.includes('別途協議'))).toBe(true);
  });
});

describe('examples/contract-en.md (an English hosting contract)', () => {
  const text = load('contract-en.md');
  const r = analyze(text);

  it('binds the defined parties to their roles with their names', () => {
    expect(r.parties).toEqual(expect.arrayContaining([
      { label: 'Customer', role: 'outsourcer', names: ['Northwind Retail Ltd.'] },
      { label: 'Provider', role: 'contractor', names: ['Example Cloud Services Inc.'] },
    ]));
  });

  it('sees the 48-hour first notice but no follow-up deadline and no channel, and the unapproved subcontracting', () => {
    const incident = r.requirements.find((q) => q.id === 'INCIDENT-NOTIFICATION')!;
    expect(incident.tests.find((t) => t.id === 'deadline')).toMatchObject({ found: true, met: false });
    expect(incident.tests.find((t) => t.id === 'channel')?.met).toBe(false);
    expect(incident.status).toBe('insufficient');
    expect(status(r, 'SUBCONTRACT-APPROVAL')).toBe('insufficient');
    expect(status(r, 'DATA-RETURN-DELETION')).toBe('insufficient');
  });

  it('flags "as soon as reasonably practicable" (deletion) as vague but not the incident notice with its 48-hour cap', () => {
    const vague = quoted(text, r, 'vague');
    expect(vague.some((q) => q.includes('as soon as reasonably practicable'))).toBe(true);
    expect(vague.some((q) => q.includes('without undue delay'))).toBe(false);
  });

  it('reports a liability cap that swallows data-breach damages', () => {
    expect(r.liability.cap.present).toBe(true);
    expect(r.liability.capCoversDataBreach).toBe(true);
    expect(r.findings.some((f) => f.kind === 'liability')).toBe(true);
  });
});

describe('Windows line ends (CR LF)', () => {
  for (const name of ['contract-en.md', 'spec-ja.md']) {
    it(`${name} reads the same with CR LF, and no quote or title carries the CR`, () => {
      const text = load(name);
      const crlf = text.replace(/\n/g, '\r\n');
      const lf = analyze(text);
      const cr = analyze(crlf);
      expect(cr.requirements.map((q) => `${q.id} ${q.status}`)).toEqual(lf.requirements.map((q) => `${q.id} ${q.status}`));
      // finding ids end in an offset of the original text, which the CRs move
      const kinds = (r: Report) => r.findings.map((f) => f.id.replace(/:\d+$/, ''));
      expect(kinds(cr)).toEqual(kinds(lf));
      expect(cr.title).toBe(lf.title);
      const quotes = [...cr.requirements.flatMap((q) => q.evidence.map((e) => e.text)), ...cr.findings.flatMap((f) => f.spans.map((s) => crlf.slice(s.start, s.end)))];
      expect(quotes.length).toBeGreaterThan(0);
      for (const q of quotes) expect(q, q).not.toMatch(/\r/);
    });
  }
});
