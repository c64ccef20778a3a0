/**
 * Data-driven vagueness cases (test/fixtures/vagueness/cases.json): each case's text is analysed and every
 * `flagged` substring must lie inside a finding of the case's kind, every `notFlagged` one outside all of them.
 * Written apart from the labelled documents; near-misses cover the outsourcer's rights and capped lead words.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../shared/engine/analyze.ts';

interface Case { note: string; lang: 'ja' | 'en'; text: string; kind: 'vague' | 'unassigned' | 'agree-later'; flagged: string[]; notFlagged: string[] }
const cases: Case[] = JSON.parse(readFileSync(new URL('../fixtures/vagueness/cases.json', import.meta.url), 'utf8'));

describe('vagueness cases', () => {
  it.each(cases.map((c, i) => [`${i} ${c.lang} ${c.kind}: ${c.note}`, c] as const))('%s', (_name, c) => {
    const report = analyze(c.text);
    expect(report.language).toBe(c.lang);
    const spans = report.findings.filter((f) => f.kind === c.kind).flatMap((f) => f.spans);
    const at = (s: string) => { const i = c.text.indexOf(s); expect(i, `"${s}" not in the case text`).toBeGreaterThanOrEqual(0); return { start: i, end: i + s.length }; };
    for (const s of c.flagged) {
      const q = at(s);
      expect(spans.some((f) => f.start <= q.start && q.end <= f.end), `"${s}" should lie in a ${c.kind} finding`).toBe(true);
    }
    for (const s of c.notFlagged) {
      const q = at(s);
      expect(spans.some((f) => f.start < q.end && q.start < f.end), `"${s}" should not be in a ${c.kind} finding`).toBe(false);
    }
  });
});
