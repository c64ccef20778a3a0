/**
 * A sentence under a heading that names the subject is read with it (the catalog's `underHeading`): under
 * "Use of Subcontractors", the contractor's freedom to use third-party firms is the subcontracting model.
 */
import { describe, expect, it } from 'vitest';
import { statusOf } from './test-result.ts';

const doc = (heading: string, clause: string) =>
  `ADMINISTRATION AGREEMENT\n\n## 1. Term\n\n1.1 This Agreement runs for three years.\n\n## 7. ${heading}\n\n7.1 ${clause}\n`;

describe('subcontracting under its heading', () => {
  it('"may engage third-party firms" under a subcontracting heading states the model', () => {
    expect(statusOf('SUBCONTRACT-APPROVAL', doc('Use of Subcontractors', 'The Administrator may engage external third-party mailing bureaus and debt collection firms as it sees fit.'))).toBe('insufficient');
  });

  it('third-party tools under another heading, or another duty under this one, address nothing', () => {
    // (engaging "mailing bureaus" hands work to other firms under any heading: rounds 315 and 317 label it so)
    expect(statusOf('SUBCONTRACT-APPROVAL', doc('Printing', 'The Administrator may use external third-party mailing software as it sees fit.'))).toBe('missing');
    expect(statusOf('SUBCONTRACT-APPROVAL', doc('Use of Subcontractors', 'The Administrator shall keep a register of its staff.'))).toBe('missing');
  });
});

describe('flow-down under a subcontracting heading', () => {
  it('"require such firms to observe confidentiality" after the firms are named flows confidentiality down', () => {
    const clause = 'The Administrator may instruct outside collection firms at its discretion. The Administrator shall require such firms to observe strict confidentiality.';
    expect(statusOf('SUBCONTRACT-FLOWDOWN', doc('Use of Subcontractors', clause))).toBe('insufficient');
    expect(statusOf('SUBCONTRACT-FLOWDOWN', doc('Staff', 'The Administrator shall require such firms to observe strict confidentiality.'))).toBe('missing');
  });
});

describe('service levels under a "Service Standards" heading', () => {
  it('a remediation plan for missed targets under "Service Standards" addresses the SLA; under another heading it does not', () => {
    const clause = 'If the Administrator misses a target in three months of any quarter it shall deliver a remediation plan within ten days.';
    expect(statusOf('BCP-AVAILABILITY-SLA', doc('Service Standards', clause))).toBe('insufficient');
    expect(statusOf('BCP-AVAILABILITY-SLA', doc('Staff', clause))).toBe('missing');
  });
});
