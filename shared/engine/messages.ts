/** Labels and small wording helpers shared by the engine and every report format. */
import type { Requirement } from '../catalog/schema.ts';
import type { Report } from '../schemas/report.ts';

export const STAGE_LABELS: Record<string, { ja: string; en: string }> = {
  S1: { ja: '①方針決定・リスク評価', en: '① Policy and risk assessment' },
  S2: { ja: '②体制・ルール・教育', en: '② Organisation, rules and training' },
  S3: { ja: '③選定・提案', en: '③ Selection and proposal' },
  S4: { ja: '④契約', en: '④ Contract' },
  S5: { ja: '⑤モニタリング', en: '⑤ Monitoring' },
  S6: { ja: '⑥インシデント対応', en: '⑥ Incident response' },
  S7: { ja: '⑦検収・終了', en: '⑦ Acceptance and exit' },
};

export const SEVERITY_LABELS = { high: { ja: '高', en: 'high' }, medium: { ja: '中', en: 'medium' }, low: { ja: '低', en: 'low' } };

export function lower(severity: Requirement['severity']): Requirement['severity'] {
  return severity === 'high' ? 'medium' : 'low';
}

/** The model clause in each language (the suggestion shown with a finding). */
export function pickClause(req: Requirement, _language: Report['language']): { ja: string; en: string } {
  const ja = req.modelClauses.find((c) => c.lang === 'ja')?.text ?? '';
  const en = req.modelClauses.find((c) => c.lang === 'en')?.text ?? '';
  return { ja, en };
}
