/**
 * Round 230 (English documents whose security duties sit in definitions, schedules and cross-references: MSAs with
 * security schedules, order forms pointing to policies by URL, DPAs with TOM annexes, framework/call-off terms,
 * amended-and-restated agreements, letter agreements): phrasing families the held-out set showed missing or misread.
 * Every case is new wording, not the held-out sentence.
 */
import { describe, expect, it } from 'vitest';
import { requirementOf as req, metOf as met } from './test-result.ts';


describe('"the countries/jurisdictions in which <x> will be hosted/stored" names the locations to be listed', () => {
  it('a duty to state the jurisdictions where the archive is stored addresses DATA-LOCATION', () => {
    const text = 'Tenderers must name the jurisdictions in which the archive will be stored and administered.';
    expect(req(text, 'DATA-LOCATION').status).not.toBe('missing');
  });
  it('dates on which backups are tested are not a location', () => {
    const text = 'The Supplier shall list the dates on which the backups will be tested.';
    expect(req(text, 'DATA-LOCATION').status).toBe('missing');
  });
});

describe('"at least equivalent to those the <institution> applies to its own" is an outsourcer-level baseline', () => {
  it('an association as the outsourcer meets the equivalence test', () => {
    const text = 'The Provider shall apply technical and organisational safeguards at least equivalent to those the Association applies to its own member records.';
    expect(met(text, 'SECURITY-MEASURES-BASELINE', 'equivalence')).toBe(true);
  });
  it('the provider\'s own level is not the outsourcer\'s baseline', () => {
    const text = 'The Provider shall apply technical and organisational safeguards at least equivalent to those the Provider applies to its own systems.';
    expect(met(text, 'SECURITY-MEASURES-BASELINE', 'equivalence')).toBe(false);
  });
});

describe('training records "supplied" to the outsourcer are reported', () => {
  it('meets the record test of PERSONNEL-TRAINING', () => {
    const text = 'All engineers shall complete security awareness training before assignment and annually thereafter, and training records shall be supplied to the Fund every six months.';
    expect(met(text, 'PERSONNEL-TRAINING', 'record')).toBe(true);
  });
  it('records only kept are not reported', () => {
    const text = 'All engineers shall complete security awareness training before assignment and annually thereafter, and the Vendor shall keep training records.';
    expect(met(text, 'PERSONNEL-TRAINING', 'record')).toBe(false);
  });
});

describe('a defined term that only points to an absent exit schedule commits nothing', () => {
  it('a bare definition of the transition period does not address EXIT-TRANSITION-SUPPORT', () => {
    const text = '"Transition Period" means the period set out in Schedule 12 (Transition Out).';
    expect(req(text, 'EXIT-TRANSITION-SUPPORT').status).toBe('missing');
  });
  it('an operative exit duty still does', () => {
    const text = 'During the Transition Period the Supplier shall continue to provide the Services and help the Customer move them to a successor supplier.';
    expect(req(text, 'EXIT-TRANSITION-SUPPORT').status).not.toBe('missing');
  });
});

describe('plain-English "if anything goes wrong with our records" is an incident trigger', () => {
  it('addresses INCIDENT-NOTIFICATION', () => {
    const text = 'The Bureau must tell us immediately if something has gone wrong with the pension records.';
    expect(req(text, 'INCIDENT-NOTIFICATION').status).not.toBe('missing');
  });
  it('a service going wrong with no data involved is not a data incident', () => {
    const text = 'The Bureau must tell us immediately if the coffee machine stops working.';
    expect(req(text, 'INCIDENT-NOTIFICATION').status).toBe('missing');
  });
});

describe('handing over all <party> data in an open/standard format is a return, even when the trigger sits in a sibling sub-clause', () => {
  it('addresses DATA-RETURN-DELETION', () => {
    const text = 'The Contractor shall transfer all Authority Data to the Authority in a non-proprietary format.';
    expect(req(text, 'DATA-RETURN-DELETION').status).not.toBe('missing');
  });
});

describe('the customer exporting its own data is a self-service right, not a removal rule', () => {
  it('"the Client may export Client Data" does not address COPY-REMOVAL-RESTRICTION', () => {
    const text = 'At the end of the term the Client may export Client Data via the download centre for sixty days.';
    expect(req(text, 'COPY-REMOVAL-RESTRICTION').status).toBe('missing');
  });
  it('a ban on the supplier exporting client records to portable media still does', () => {
    const text = 'The Supplier shall not export client records to USB sticks or other portable media.';
    expect(req(text, 'COPY-REMOVAL-RESTRICTION').status).not.toBe('missing');
  });
});
