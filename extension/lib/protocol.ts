/** Messages between the content scripts, the background, the side panel and the files page. */
import type { Finding, Report } from '../../shared/schemas/report';
import { evidenceText } from './settings';

export type Surface = 'page' | 'gdocs' | 'file';

export interface TabState {
  tabId: number;
  docKey: string;
  url: string;
  title: string;
  surface: Surface;
  status: 'idle' | 'analyzing' | 'done' | 'error';
  error?: string;
  report?: Report;
  /** The text the report's offsets refer to (kept in the extension only; used for evidence excerpts). */
  textLength?: number;
  /** Google Docs: whether the annotated-canvas position layer is present. */
  layer?: 'ok' | 'absent' | 'n/a';
  /** Text of each finding's spans (evidence excerpts), computed where the text is. */
  excerpts?: Record<string, string[]>;
  /** How many finding spans could be placed in the document. */
  placed?: number;
  updatedAt: number;
}

export type ToBackground =
  | { type: 'analyze'; text: string; docKey: string; url: string; title: string; surface: Surface; runId?: number }
  | { type: 'analyze-text'; text: string }
  | { type: 'layer'; layer: 'ok' | 'absent' | 'n/a'; placed: number }
  | { type: 'get-state'; tabId: number }
  | { type: 'check-tab'; tabId: number }
  | { type: 'status'; status: 'analyzing' | 'error'; error?: string; docKey: string; url: string; title: string; surface: Surface }
  | { type: 'settings-changed' };

export type ToContent =
  | { type: 'run-check' }
  | { type: 'reveal'; findingId: string; span: number }
  | { type: 'ping' }
  /** Early highlights for a long document: local findings of its first part, before the full check. */
  | { type: 'partial'; runId: number; report: PageReport };

export type Broadcast = { type: 'state'; state: TabState };

/** What a page needs to highlight a finding (the full report stays in the extension). */
export type PageFinding = Pick<Finding, 'id' | 'severity' | 'spans' | 'message' | 'why'>;
export interface PageReport { findings: PageFinding[] }

export function pageReport(report: Report, kinds?: ReadonlySet<Finding['kind']>): PageReport {
  return {
    findings: report.findings.filter((f) => f.spans.length > 0 && (!kinds || kinds.has(f.kind)))
      .map((f) => ({ id: f.id, severity: f.severity, spans: f.spans, message: f.message, why: f.why })),
  };
}

/** Findings that depend only on their own sentence: safe to show from a part of the document. */
export const LOCAL_KINDS: ReadonlySet<Finding['kind']> = new Set(['vague', 'agree-later']);
/** Documents longer than this get early highlights from their first part. */
export const PARTIAL_FROM = 30_000;
export const PARTIAL_SIZE = 8_000;

/** The first part of a long text, cut at a line break. */
export function firstPart(text: string): string {
  const cut = text.lastIndexOf('\n', PARTIAL_SIZE);
  return text.slice(0, cut > PARTIAL_SIZE / 2 ? cut : PARTIAL_SIZE);
}

/** Evidence excerpts per finding (the report holds offsets only). */
export function excerptsFor(report: Report, text: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const f of report.findings) {
    if (!f.spans.length) continue;
    out[f.id] = f.spans.map((s) => evidenceText(text, s));
  }
  return out;
}
