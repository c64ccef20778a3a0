/** Which requirements apply is data: a requirement's document types and its applicability conditions. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../shared/engine/analyze.ts';

const applicable = (text: string, documentType?: 'nda' | 'sla' | 'spec') =>
  new Set(analyze(text, { documentType }).requirements.filter((r) => r.applicable).map((r) => r.id));

describe('applicability by document type', () => {
  const nda = [
    'Mutual Non-Disclosure Agreement',
    'Each party shall hold the other party\'s Confidential Information and trade secrets in strict confidence.',
    'The receiving party shall ensure its employees are bound by written confidentiality undertakings.',
  ].join('\n');

  it('applies the information-handling requirements to an NDA and not the operational ones', () => {
    const ids = applicable(nda);
    expect(analyze(nda).documentType).toBe('nda');
    for (const id of ['CONFIDENTIALITY', 'PURPOSE-LIMITATION', 'DATA-RETURN-DELETION', 'PERSONNEL-CONFIDENTIALITY']) expect(ids).toContain(id);
    for (const id of ['ACCESS-CONTROL', 'VULNERABILITY-MANAGEMENT', 'SECURITY-COST-ESTIMATE']) expect(ids).not.toContain(id);
  });

  it('applies availability to an SLA and not confidentiality', () => {
    const sla = 'Service Level Agreement\nThe Provider shall make the cloud service available 99.9% of each calendar month.\nMaintenance of the SaaS platform is announced seven days ahead.';
    const ids = applicable(sla, 'sla');
    expect(ids).toContain('BCP-AVAILABILITY-SLA');
    expect(ids).not.toContain('CONFIDENTIALITY');
  });

  it('applies proposal-only requirements to a specification, not cost itemisation to an NDA', () => {
    expect(applicable(nda)).not.toContain('SECURITY-IN-PROPOSAL');
    expect(applicable('調達仕様書\n受注者は、提案書にセキュリティ対策を記載すること。', 'spec')).toContain('SECURITY-IN-PROPOSAL');
  });
});
