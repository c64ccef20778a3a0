/**
 * Round 234 (English tenders from private buyers: a university hospital RFP, a bank's SOC RFI, a retailer's cloud
 * migration ITT, a charity's CRM RFP, a manufacturer's MES hosting ITT, evaluation criteria, a clarification log, a
 * vendor's tender response): phrasing families the held-out set showed missing or misread.
 * Every case is new wording, not the held-out sentence.
 */
import { describe, expect, it } from 'vitest';
import { requirementOf as req, metOf as met } from './test-result.ts';

describe('"we expect the <supplier> to …" in a buyer\'s RFP states a requirement', () => {
  it('an expectation put on the contractor reads as a duty (SECURITY-MEASURES-BASELINE addressed)', () => {
    const text = 'We expect the Contractor to apply appropriate technical and organisational measures to protect member records.';
    expect(req(text, 'SECURITY-MEASURES-BASELINE').status).not.toBe('missing');
  });
  it('the supplier\'s own expectation about a date is not a duty', () => {
    const text = 'We expect delivery of the hardware in the second quarter.';
    expect(req(text, 'SECURITY-MEASURES-BASELINE').status).toBe('missing');
  });
});

describe('insurance the supplier must "have in place" is an insurance duty', () => {
  it('addresses LIABILITY-DAMAGES-INSURANCE', () => {
    const text = 'The Consultant must have suitable professional indemnity cover and public liability insurance in place throughout the engagement.';
    expect(req(text, 'LIABILITY-DAMAGES-INSURANCE').status).not.toBe('missing');
  });
});

describe('access "kept to the minimum" limits access', () => {
  it('addresses ACCESS-CONTROL', () => {
    const text = 'Access to donor files must be kept to the minimum.';
    expect(req(text, 'ACCESS-CONTROL').status).not.toBe('missing');
  });
  it('a cost kept to a minimum is not access control', () => {
    const text = 'Travel costs shall be kept to a minimum.';
    expect(req(text, 'ACCESS-CONTROL').status).toBe('missing');
  });
});

describe('switching to another provider is an end-of-service trigger for deletion', () => {
  it('addresses DATA-RETURN-DELETION', () => {
    const text = 'Should the Council switch to a new CRM provider, the Supplier will erase all Council records held on its platform.';
    expect(req(text, 'DATA-RETURN-DELETION').status).not.toBe('missing');
  });
});

describe('"transition the services to" a successor is exit support', () => {
  it('addresses EXIT-TRANSITION-SUPPORT', () => {
    const text = 'Bidders should explain how they would transition the managed services to the Fund or its nominated operator when the agreement expires.';
    expect(req(text, 'EXIT-TRANSITION-SUPPORT').status).not.toBe('missing');
  });
});

describe('"confirm the notice in writing within …" is a dated follow-up report', () => {
  it('meets the deadline test of INCIDENT-NOTIFICATION', () => {
    const text = 'The Vendor shall notify the Client\'s security desk of any actual or suspected security incident within 6 hours of becoming aware of it, and shall confirm the notification by email within 2 working days.';
    expect(met(text, 'INCIDENT-NOTIFICATION', 'deadline')).toBe(true);
  });
});

describe('copies "except as required for the technical operation" are enumerated technical copies', () => {
  it('meets copy-approval of COPY-REMOVAL-RESTRICTION', () => {
    const text = 'Design files shall not be copied or transferred to portable media except as required for the technical administration of the platform (including its backups).';
    expect(met(text, 'COPY-REMOVAL-RESTRICTION', 'copy-approval')).toBe(true);
  });
});

describe('data copied out of the live cloud subscriptions is removal from the designated systems', () => {
  it('meets removal-ban of COPY-REMOVAL-RESTRICTION', () => {
    const text = 'Client data must not be transferred out of the live subscriptions without prior written approval.';
    expect(met(text, 'COPY-REMOVAL-RESTRICTION', 'removal-ban')).toBe(true);
  });
});

describe('England, Scotland, Wales and Northern Ireland are named locations', () => {
  it('a hosting duty "located in Scotland" covering backups and remote access meets locations-listed', () => {
    const text = 'The archive, including replica and backup environments and any remote administration access, shall be hosted from data centres located in Scotland.';
    expect(met(text, 'DATA-LOCATION', 'locations-listed')).toBe(true);
  });
  it('a governing-law clause naming England and Wales is not a location', () => {
    const text = 'This Agreement is governed by the laws of England and Wales.';
    expect(req(text, 'DATA-LOCATION').status).toBe('missing');
  });
});

describe('the buyer\'s own system being end-of-life is background, not a threat notice', () => {
  it('does not address THREAT-INFO-SHARING', () => {
    const text = 'Our existing membership database has reached end of support, and we are seeking a supplier to provide and host a replacement.';
    expect(req(text, 'THREAT-INFO-SHARING').status).toBe('missing');
  });
  it('a duty to warn before components reach end-of-life still counts', () => {
    const text = 'The Supplier shall notify the Customer at least six months before any component of the platform reaches end-of-life.';
    expect(req(text, 'THREAT-INFO-SHARING').status).not.toBe('missing');
  });
});
