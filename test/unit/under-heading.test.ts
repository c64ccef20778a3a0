/**
 * A sentence under a heading that names the subject is read with it (the catalog's `underHeading`): under
 * "Use of Subcontractors", the contractor's freedom to use third-party firms is the subcontracting model.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../shared/engine/analyze.ts';

const status = (text: string, id: string) => analyze(text).requirements.find((r) => r.id === id)!.status;
const doc = (heading: string, clause: string) =>
  `ADMINISTRATION AGREEMENT\n\n## 1. Term\n\n1.1 This Agreement runs for three years.\n\n## 7. ${heading}\n\n7.1 ${clause}\n`;

describe('subcontracting under its heading', () => {
  it('"may engage third-party firms" under a subcontracting heading states the model', () => {
    expect(status(doc('Use of Subcontractors', 'The Administrator may engage external third-party mailing bureaus and debt collection firms as it sees fit.'), 'SUBCONTRACT-APPROVAL')).toBe('insufficient');
  });

  it('the same words under another heading, or another duty under this one, address nothing', () => {
    expect(status(doc('Printing', 'The Administrator may engage external third-party mailing bureaus as it sees fit.'), 'SUBCONTRACT-APPROVAL')).toBe('missing');
    expect(status(doc('Use of Subcontractors', 'The Administrator shall keep a register of its staff.'), 'SUBCONTRACT-APPROVAL')).toBe('missing');
  });
});

describe('flow-down under a subcontracting heading', () => {
  it('"require such firms to observe confidentiality" after the firms are named flows confidentiality down', () => {
    const clause = 'The Administrator may instruct outside collection firms at its discretion. The Administrator shall require such firms to observe strict confidentiality.';
    expect(status(doc('Use of Subcontractors', clause), 'SUBCONTRACT-FLOWDOWN')).toBe('insufficient');
    expect(status(doc('Staff', 'The Administrator shall require such firms to observe strict confidentiality.'), 'SUBCONTRACT-FLOWDOWN')).toBe('missing');
  });
});

describe('service levels under a "Service Standards" heading', () => {
  it('a remediation plan for missed targets under "Service Standards" addresses the SLA; under another heading it does not', () => {
    const clause = 'If the Administrator misses a target in three months of any quarter it shall deliver a remediation plan within ten days.';
    expect(status(doc('Service Standards', clause), 'BCP-AVAILABILITY-SLA')).toBe('insufficient');
    expect(status(doc('Staff', clause), 'BCP-AVAILABILITY-SLA')).toBe('missing');
  });
});
