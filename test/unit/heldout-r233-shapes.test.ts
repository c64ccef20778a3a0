/**
 * Round 233 (English documents that change other documents: amendments, variations, side letters, renewal order
 * forms, order-of-precedence MSAs, replacement security schedules, termination/transition agreements, novations):
 * phrasing families the held-out set showed missing or misread. Every case is new wording, not the held-out sentence.
 */
import { describe, expect, it } from 'vitest';
import { requirementOf as req, metOf as met } from './test-result.ts';

describe('"prior notice of any change to the locations listed/set out in <annex>" is a location change notice', () => {
  it('addresses DATA-LOCATION and meets change-notice', () => {
    const text = 'The Operator shall give the Trust at least sixty days\' prior notice of any change to the hosting locations set out in Annex 3.';
    expect(req(text, 'DATA-LOCATION').status).not.toBe('missing');
    expect(met(text, 'DATA-LOCATION', 'change-notice')).toBe(true);
  });
  it('a change of personnel with prior notice is not a location clause', () => {
    const text = 'The Operator shall give the Trust at least sixty days\' prior notice of any change to the key personnel listed in Annex 3.';
    expect(req(text, 'DATA-LOCATION').status).toBe('missing');
  });
});

describe('"any task not allocated in the table will be determined by the parties" leaves orphans to later agreement', () => {
  const matrix = [
    '## Responsibilities',
    '| Activity | Vendor | Bank |',
    '|---|---|---|',
    '| Operating system patching | R | I |',
    '| Database backup | R | I |',
    '| User administration | I | R |',
    '| Security log review | R | I |',
    '| Incident response | R | C |',
  ].join('\n');
  it('defeats no-orphans', () => {
    const text = `${matrix}\n\nAny task not allocated in the table above will be determined by the parties when it arises.`;
    expect(met(text, 'RESPONSIBILITY-BOUNDARY', 'no-orphans')).toBe(false);
  });
  it('a residual item assigned to the Bank does not defeat it', () => {
    const text = `${matrix}\n\nAny task not allocated in the table above shall be performed by the Bank.`;
    expect(met(text, 'RESPONSIBILITY-BOUNDARY', 'no-orphans')).toBe(true);
  });
});

describe('"best practice (information) security" is a vague security-measures duty', () => {
  it('addresses SECURITY-MEASURES-BASELINE', () => {
    const text = 'The Contractor shall follow best practice security when configuring the hosted archive.';
    expect(req(text, 'SECURITY-MEASURES-BASELINE').status).not.toBe('missing');
  });
  it('a best-practice duty on delivery times is not a security clause', () => {
    const text = 'The Contractor shall follow best practice when scheduling deliveries to the depot.';
    expect(req(text, 'SECURITY-MEASURES-BASELINE').status).toBe('missing');
  });
});

describe('"must not thereafter keep copies of <data>" after a hand-over is a return/deletion duty', () => {
  it('addresses DATA-RETURN-DELETION', () => {
    const text = 'The departing vendor shall hand all project files to the Bank and must not thereafter keep copies of any Bank records.';
    expect(req(text, 'DATA-RETURN-DELETION').status).not.toBe('missing');
  });
  it('a duty to keep records is not', () => {
    const text = 'The vendor shall thereafter keep copies of all invoices for six years.';
    expect(req(text, 'DATA-RETURN-DELETION').status).toBe('missing');
  });
});

describe('"allow the <customer> to check/review its <security|data protection> arrangements" is an audit right', () => {
  it('addresses AUDIT-INSPECTION-RIGHTS', () => {
    const text = 'The Vendor will allow the Trust or its assessors to check the Vendor\'s data protection arrangements once a year.';
    expect(req(text, 'AUDIT-INSPECTION-RIGHTS').status).not.toBe('missing');
  });
  it('letting users review their own settings is not', () => {
    const text = 'The Vendor will allow the users to review their privacy settings.';
    expect(req(text, 'AUDIT-INSPECTION-RIGHTS').status).toBe('missing');
  });
});

describe('an export window "following which the vendor shall erase" and "exit arrangements" address EXIT-TRANSITION-SUPPORT', () => {
  it('an export window ended by deletion', () => {
    const text = 'Following termination the Client can export all data from the portal for sixty days, following which the Vendor shall erase the account.';
    expect(req(text, 'EXIT-TRANSITION-SUPPORT').status).not.toBe('missing');
  });
  it('exit arrangements to be agreed', () => {
    const text = 'The parties will agree the exit arrangements for the hosted platform before the first renewal date.';
    expect(req(text, 'EXIT-TRANSITION-SUPPORT').status).not.toBe('missing');
  });
});

describe('an audit visit to "premises and data centres" names no location', () => {
  it('does not address DATA-LOCATION', () => {
    const text = 'The Council may inspect the Contractor\'s facilities and data centers on five days\' notice to check its compliance with this Contract.';
    expect(req(text, 'DATA-LOCATION').status).toBe('missing');
  });
  it('a visit to the data centres where the records are stored still does', () => {
    const text = 'The Council may visit the data centres in Germany where its records are stored.';
    expect(req(text, 'DATA-LOCATION').status).not.toBe('missing');
  });
});

describe('"the application for approval must state … the security measures it applies" is content of a subcontracting request', () => {
  it('does not address SECURITY-MEASURES-BASELINE', () => {
    const text = 'Each application for approval must state the name of the proposed subcontractor, the work it will do and the security measures it applies.';
    expect(req(text, 'SECURITY-MEASURES-BASELINE').status).toBe('missing');
  });
  it('a duty to maintain security measures still does', () => {
    const text = 'The Supplier shall maintain appropriate security measures to protect Customer Data.';
    expect(req(text, 'SECURITY-MEASURES-BASELINE').status).not.toBe('missing');
  });
});

describe('a list item that only names a schedule ("- Schedule B — Service Levels") commits nothing', () => {
  it('does not address BCP-AVAILABILITY-SLA', () => {
    const text = 'This Contract comprises the following Schedules:\n\n- Schedule A — Charges\n- Schedule B — Service Levels\n';
    expect(req(text, 'BCP-AVAILABILITY-SLA').status).toBe('missing');
  });
  it('a service-level duty citing the annex still does', () => {
    const text = 'The Provider shall meet the availability of 99.8% per month set out in Annex C — Availability and Support Levels.';
    expect(req(text, 'BCP-AVAILABILITY-SLA').status).not.toBe('missing');
  });
});
