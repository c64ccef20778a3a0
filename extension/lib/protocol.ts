/** Messages between the content scripts, the background, the side panel and the files page. */
import type { Report } from '../../shared/schemas/report';

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
  | { type: 'analyze'; text: string; docKey: string; url: string; title: string; surface: Surface }
  | { type: 'analyze-text'; text: string }
  | { type: 'layer'; layer: 'ok' | 'absent' | 'n/a'; placed: number }
  | { type: 'get-state'; tabId: number }
  | { type: 'check-tab'; tabId: number }
  | { type: 'status'; status: 'analyzing' | 'error'; error?: string; docKey: string; url: string; title: string; surface: Surface }
  | { type: 'settings-changed' };

export type ToContent =
  | { type: 'run-check' }
  | { type: 'reveal'; findingId: string; span: number }
  | { type: 'ping' };

export type Broadcast = { type: 'state'; state: TabState };

/** Evidence excerpts per finding (the report holds offsets only). */
export function excerptsFor(report: Report, text: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const f of report.findings) {
    if (!f.spans.length) continue;
    out[f.id] = f.spans.map((s) => {
      const raw = text.slice(s.start, Math.min(s.end, s.start + 300)).replace(/\s+/g, ' ').trim();
      return s.end - s.start > 300 ? `${raw}…` : raw;
    });
  }
  return out;
}
