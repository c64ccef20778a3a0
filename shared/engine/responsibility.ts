/**
 * Responsibility boundaries (issue 3): obligations with their actors, vague / unassigned / agree-later /
 * conflict findings, the requirement × party matrix and the liability summary.
 * Placeholder until that work lands: no obligations, no findings.
 */
import type { Finding, Obligation, Party } from '../schemas/report.ts';
import type { Analysis } from './analyze.ts';

export interface ResponsibilityResult {
  obligations: Obligation[];
  findings: Finding[];
}

export function analyzeResponsibility(
  _text: string, _analysis: Omit<Analysis, 'report'>, _parties: Party[], _requirementEvidence: Map<string, number[]>,
): ResponsibilityResult {
  return { obligations: [], findings: [] };
}
