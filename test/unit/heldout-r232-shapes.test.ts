/**
 * Round 232 (English travel, hospitality, sports and media IT: PMS SaaS, crew-scheduling maintenance, ticketing DPA,
 * media asset hosting, stadium Wi-Fi, games co-development, CDN SLA, booking-engine RFP): phrasing families the
 * held-out set showed missing or misread. Every case is new wording, not the held-out sentence.
 */
import { describe, expect, it } from 'vitest';
import { requirementOf as req, metOf as met } from './test-result.ts';

describe('"impose on each sub-contractor ... the same obligations as set out in this <doc>" flows obligations down', () => {
  it('addresses SUBCONTRACT-FLOWDOWN and meets written-equivalent', () => {
    const text = 'The Agency shall impose on every sub-contractor, through a written agreement, the same confidentiality obligations as are set out in this Contract.';
    expect(req(text, 'SUBCONTRACT-FLOWDOWN').status).not.toBe('missing');
    expect(met(text, 'SUBCONTRACT-FLOWDOWN', 'written-equivalent')).toBe(true);
  });
  it('imposing a fee on a sub-contractor is no flow-down', () => {
    const text = 'The Agency may impose on each sub-contractor an administration fee for late invoices.';
    expect(req(text, 'SUBCONTRACT-FLOWDOWN').status).toBe('missing');
  });
});

describe('"process it only for <purpose>" after a sentence naming the data restricts use of that data', () => {
  it('addresses PURPOSE-LIMITATION', () => {
    const text = 'Loyalty enrolment details are owned by the Club. The Operator shall process them solely for issuing membership cards and shall not use them for its own campaigns.';
    expect(req(text, 'PURPOSE-LIMITATION').status).not.toBe('missing');
  });
  it('handling a complaint only for a day is no purpose limitation', () => {
    const text = 'The helpdesk will log each complaint and escalate it to the duty manager.';
    expect(req(text, 'PURPOSE-LIMITATION').status).toBe('missing');
  });
});

describe('a "<topic> briefing" repeated at an interval is security training', () => {
  it('meets the timing test of PERSONNEL-TRAINING', () => {
    const text = 'Every crew member shall attend a content-protection briefing before joining the production and every six months thereafter.';
    expect(req(text, 'PERSONNEL-TRAINING').status).not.toBe('missing');
    expect(met(text, 'PERSONNEL-TRAINING', 'timing')).toBe(true);
  });
  it('a press briefing is not training', () => {
    const text = 'The Agency shall hold a press briefing before each tournament.';
    expect(req(text, 'PERSONNEL-TRAINING').status).toBe('missing');
  });
});

describe('a plan exercised "before every season" is tested at a stated frequency', () => {
  it('meets bcp-tested', () => {
    const text = 'The Operator shall maintain a disaster recovery plan for the ticket gates. The plan shall be tested before each playing season and the results reported to the Club.';
    expect(met(text, 'BCP-AVAILABILITY-SLA', 'bcp-tested')).toBe(true);
  });
  it('a test without any interval is not', () => {
    const text = 'The Operator shall maintain a disaster recovery plan for the ticket gates. The plan shall be tested and the results reported to the Club.';
    expect(met(text, 'BCP-AVAILABILITY-SLA', 'bcp-tested')).toBe(false);
  });
});

describe('work confined to a named "project room" in a named country', () => {
  it('addresses DATA-LOCATION and lists the location', () => {
    const text = 'Art assets may only be accessed from the Vendor\'s secure project room in Manila, the Philippines.';
    expect(req(text, 'DATA-LOCATION').status).not.toBe('missing');
    expect(met(text, 'DATA-LOCATION', 'locations-listed')).toBe(true);
  });
});

describe('"keep builds / source code secure" is a general security-measures duty', () => {
  it('addresses SECURITY-MEASURES-BASELINE', () => {
    const text = 'The Contractor shall protect all pre-release builds against unauthorised access.';
    expect(req(text, 'SECURITY-MEASURES-BASELINE').status).not.toBe('missing');
  });
});

describe('"except as required for the Services (… backups …)" enumerates the technical copies', () => {
  it('meets copy-approval', () => {
    const text = 'The Archive Provider shall not make copies of Client Material except as required for the Services (proxy files, off-site replicas and backup tapes described in Schedule 1).';
    expect(met(text, 'COPY-REMOVAL-RESTRICTION', 'copy-approval')).toBe(true);
  });
  it('without the enumeration it stays loose', () => {
    const text = 'The Archive Provider shall not make copies of Client Material except as required for the Services.';
    expect(met(text, 'COPY-REMOVAL-RESTRICTION', 'copy-approval')).toBe(false);
  });
});

describe('a hand-back "to a location nominated by <party>" is no data location', () => {
  it('does not address DATA-LOCATION', () => {
    const text = 'Upon expiry, the Vendor shall deliver all Recordings to the Broadcaster by secure transfer to a location designated by the Broadcaster.';
    expect(req(text, 'DATA-LOCATION').status).toBe('missing');
  });
  it('a stated storage location still does', () => {
    const text = 'Backups shall be stored at a location in the United Kingdom.';
    expect(req(text, 'DATA-LOCATION').status).not.toBe('missing');
  });
});
