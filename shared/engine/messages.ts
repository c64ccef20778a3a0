/** Labels and small wording helpers shared by the engine and every report format. */
import type { Requirement } from '../catalog/schema.ts';
import type { Party } from '../schemas/report.ts';
import { isAsciiTerm } from './lexicon.ts';

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

/**
 * The model clause in each language, written with the document's own party labels where it has one for
 * the role: the catalog writes 甲/乙 and "Customer"/"Supplier"; a specification of 発注者/受注者 or a
 * contract between "Party A" and "Party B" gets its clause in those words, ready to paste.
 */
export function pickClause(req: Requirement, parties: readonly Party[] = []): { ja: string; en: string } {
  const ja = req.modelClauses.find((c) => c.lang === 'ja')?.text ?? '';
  const en = req.modelClauses.find((c) => c.lang === 'en')?.text ?? '';
  const label = (role: Party['role'], ascii: boolean) =>
    parties.find((p) => p.role === role && isAsciiTerm(p.label) === ascii && !FIRST_OR_SECOND_PERSON.has(p.label.toLowerCase()))?.label;
  const jaOut = label('outsourcer', false) ?? '甲';
  const jaIn = label('contractor', false) ?? '乙';
  const enOut = label('outsourcer', true) ?? 'Customer';
  const enIn = label('contractor', true) ?? 'Supplier';
  // the catalog's own words, or one label for both sides: the clause as written
  const keepJa = (jaOut === '甲' && jaIn === '乙') || jaOut === jaIn;
  const keepEn = (enOut === 'Customer' && enIn === 'Supplier') || enOut === enIn;
  return {
    ja: keepJa ? ja : ja.replace(/甲乙/g, '甲及び乙').replace(/[甲乙]/g, (w) => (w === '甲' ? jaOut : jaIn)),
    en: keepEn ? en : en.replace(/\b(?:Customer|Supplier)\b/g, (w) => (w === 'Customer' ? enOut : enIn)),
  };
}

/** Labels that would not read as a party's name inside a clause ("you shall", "we's"). */
const FIRST_OR_SECOND_PERSON = new Set(['you', 'we', 'us', 'user', 'users']);
