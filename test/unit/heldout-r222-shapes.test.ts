/**
 * Round 222 (documents in awkward shapes: minutes, checklists, answer tables, amendments): phrasing families the
 * held-out set showed missing. Every case is new wording, not the held-out sentence.
 */
import { describe, expect, it } from 'vitest';
import { requirementOf as req, metOf as met } from './test-result.ts';


describe('after-delivery cost split: "within the <x> charge", "at the <party>\'s cost", "go through change control"', () => {
  const text = `7. Newly found weaknesses
The Vendor shall tell the Hospital about any newly identified vulnerability in the delivered software within 48 hours, with its assessment of the impact, the proposed remedy and a schedule.
Remedies to the core product are within the annual maintenance charge. Hospital-requested enhancements pass through change control at the Hospital's expense.`;
  it('meets responsibility-cost', () => {
    expect(met(text, 'THREAT-INFO-SHARING', 'responsibility-cost')).toBe(true);
  });
  it('a bare mention of a charge does not', () => {
    expect(met('The Vendor shall tell the Hospital about any newly identified vulnerability within 48 hours. A charge may apply.', 'THREAT-INFO-SHARING', 'responsibility-cost')).toBe(false);
  });
});

describe('approval request content: "the work to be entrusted"', () => {
  it('counts the entrusted work as the request scope', () => {
    const text = 'The Contractor may not appoint a subcontractor unless the Client has given prior written consent. Each application shall state the identity and address of the proposed subcontractor, the work to be entrusted, the information it will handle, the term, the reason, its security arrangements and how the Contractor will oversee it.';
    expect(met(text, 'SUBCONTRACT-APPROVAL', 'application-content')).toBe(true);
  });
});

describe('"neither the consent nor ... shall reduce that liability" is subcontractor liability, not a damages clause', () => {
  it('is not read as LIABILITY-DAMAGES-INSURANCE', () => {
    const text = 'The Vendor answers for the conduct of every subcontractor as for its own conduct. Neither the Buyer\'s approval of a subcontractor nor the terms of any subcontract shall diminish that liability.';
    expect(req(text, 'LIABILITY-DAMAGES-INSURANCE').status).toBe('missing');
  });
});

describe('vicarious responsibility for staff is not a responsibility allocation', () => {
  it('"as though it were a breach by the Supplier" does not address RESPONSIBILITY-BOUNDARY', () => {
    const text = 'The Contractor shall see that every engineer with access to Client Data signs a non-disclosure undertaking, and the Contractor shall be responsible for any breach of that undertaking as if it were a breach by the Contractor.';
    expect(req(text, 'RESPONSIBILITY-BOUNDARY').status).toBe('missing');
  });
});

describe('customer-side duties under a division heading, without a rule for unlisted items, leave orphans', () => {
  it('does not meet no-orphans (dev convention: a residual rule is needed)', () => {
    const text = `5. Division of Responsibilities
5.1 The Vendor is responsible for server patching, backups, anti-virus and monitoring of the platform.
5.2 The Client is responsible for its office network and laptops and for granting and withdrawing its own users' access rights.`;
    expect(met(text, 'RESPONSIBILITY-BOUNDARY', 'no-orphans')).toBe(false);
  });
});

describe('"credits per our standard credit table" is a remedy that applies', () => {
  it('meets reporting-remedy in an answer table', () => {
    const text = `| Ref | Topic | Compliant | Comment |
|---|---|---|---|
| S1 | Uptime | Yes | 99.95% per month, measured by our external probes. |
| S2 | Reports and remedies | Yes | Monthly SLA report; credits according to our published credit matrix. |`;
    expect(met(text, 'BCP-AVAILABILITY-SLA', 'reporting-remedy')).toBe(true);
  });
});

describe('an answer-table row on return and deletion addresses DATA-RETURN-DELETION', () => {
  it('is addressed, not sufficient', () => {
    const text = `| Ref | Topic | Compliant | Comment |
|---|---|---|---|
| X4 | Data return and deletion | Yes | Customer data handed back via SFTP, then deleted. |`;
    expect(req(text, 'DATA-RETURN-DELETION').status).toBe('insufficient');
  });
});

describe('"is hosted in its <place> data centre" addresses DATA-LOCATION', () => {
  it('names a site', () => {
    expect(req('The vendor confirmed that the service is hosted in its Cardiff data centre, with replication to Bristol.', 'DATA-LOCATION').status).toBe('insufficient');
  });
  it('"its own data centre" names no place', () => {
    expect(req('The vendor confirmed that the service is hosted in its own data centre.', 'DATA-LOCATION').status).toBe('missing');
  });
});
