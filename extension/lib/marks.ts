import type { PageReport } from './protocol';
import type { Mark } from './highlight';
import { decisionKey, evidenceText, type Decisions } from './settings';
import { t, type Lang } from './i18n';

/** Findings with positions become marks; ignored/accepted findings are not highlighted. */
/** `text` is what the report's offsets refer to (for decisions keyed by evidence). */
export function marksFor(report: PageReport, decisions: Decisions, lang: Lang, text = ''): Mark[] {
  return report.findings
    .filter((f) => f.spans.length > 0 && !decisions[decisionKey(f.id, text ? evidenceText(text, f.spans[0]) : undefined)])
    .map((f) => ({
      findingId: f.id,
      severity: f.severity,
      spans: f.spans,
      label: `[${t(f.severity === 'high' ? 'sevHigh' : f.severity === 'medium' ? 'sevMedium' : 'sevLow', lang)}] ${f.message[lang]}`,
      detail: f.why[lang],
    }));
}
