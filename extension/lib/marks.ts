import type { PageReport } from './protocol';
import type { Mark } from './highlight';
import type { Decisions } from './settings';
import { t, type Lang } from './i18n';

/** Findings with positions become marks; ignored/accepted findings are not highlighted. */
export function marksFor(report: PageReport, decisions: Decisions, lang: Lang): Mark[] {
  return report.findings
    .filter((f) => f.spans.length > 0 && !decisions[f.id])
    .map((f) => ({
      findingId: f.id,
      severity: f.severity,
      spans: f.spans,
      label: `[${t(f.severity === 'high' ? 'sevHigh' : f.severity === 'medium' ? 'sevMedium' : 'sevLow', lang)}] ${f.message[lang]}`,
      detail: f.why[lang],
    }));
}
