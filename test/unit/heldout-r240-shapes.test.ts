/**
 * Round 240 (English agriculture, food, environment and utilities-adjacent IT: farm-management SaaS terms, a food
 * traceability MSA, a water-quality IoT service agreement, an environmental regulator's data-platform RFP, a grocery
 * EDI trading-partner agreement, a veterinary system DPA schedule, weather-API terms, a forestry GIS contract):
 * phrasing families the held-out set showed missing or misread. Every case is new wording, not the held-out sentence.
 */
import { describe, expect, it } from 'vitest';
import { requirementOf as req } from './test-result.ts';

describe('a tender\'s "Part 1 – Instructions" is instructions to bidders, not processing instructions', () => {
  it('does not address PURPOSE-LIMITATION', () => {
    const text = [
      '# Invitation to Tender — Laboratory Information System',
      '',
      '## Part 1 – Instructions',
      '',
      'Tenders must be lodged through the e-tendering portal by 30 June. Tenderers shall state compliance against every line of Part 3.',
    ].join('\n');
    expect(req(text, 'PURPOSE-LIMITATION').status).toBe('missing');
  });
});

describe('"commercially sensitive" describes information, it does not limit use', () => {
  it('does not address PURPOSE-LIMITATION', () => {
    const text = 'Some survey files contain personal data of landowners and commercially sensitive process data of mills.';
    expect(req(text, 'PURPOSE-LIMITATION').status).toBe('missing');
  });
  it('a ban on commercial use still addresses it', () => {
    const text = 'The Licensee shall not use the Data commercially.';
    expect(req(text, 'PURPOSE-LIMITATION').status).not.toBe('missing');
  });
});

describe('a ban on removing data from a system or servers is a removal restriction, not a data location', () => {
  it('does not address DATA-LOCATION', () => {
    const text = 'The Contractor shall not remove Council records from the Council\'s document management system or its own approved servers unless the Council agrees in writing.';
    expect(req(text, 'DATA-LOCATION').status).toBe('missing');
  });
  it('a ban that names a country still addresses DATA-LOCATION', () => {
    const text = 'Herd data must not be removed from servers located in New Zealand.';
    expect(req(text, 'DATA-LOCATION').status).not.toBe('missing');
  });
});

describe('"security procedures" are security measures', () => {
  it('addresses SECURITY-MEASURES-BASELINE', () => {
    const text = 'Both parties shall apply security procedures, such as message encryption and signed acknowledgements, adequate to keep transmitted orders authentic and confidential.';
    expect(req(text, 'SECURITY-MEASURES-BASELINE').status).not.toBe('missing');
  });
  it('other site procedures are not', () => {
    const text = 'The harvest crew follows the site\'s fire procedures.';
    expect(req(text, 'SECURITY-MEASURES-BASELINE').status).toBe('missing');
  });
});

describe('a licensee deleting cached / licensed provider content is not return or deletion of the outsourcer\'s data', () => {
  it('does not address DATA-RETURN-DELETION', () => {
    const text = 'When the subscription ends the developer shall delete all cached map tiles and licensed elevation data held in its app.';
    expect(req(text, 'DATA-RETURN-DELETION').status).toBe('missing');
  });
  it('deleting customer data on termination still does', () => {
    const text = 'On termination the Supplier shall delete all Customer Data within 30 days.';
    expect(req(text, 'DATA-RETURN-DELETION').status).not.toBe('missing');
  });
});

describe('backups named in a residency rule are not a continuity duty', () => {
  it('backups and disaster-recovery copies kept in a country is a location rule', () => {
    const text = 'All farm records, including backups and disaster-recovery copies, shall be kept in Canada.';
    expect(req(text, 'BCP-AVAILABILITY-SLA').status).toBe('missing');
  });
  it('deleting old backups at a frequency is retention, not continuity', () => {
    const text = 'Backups older than 90 days are deleted weekly.';
    expect(req(text, 'BCP-AVAILABILITY-SLA').status).toBe('missing');
  });
});

describe('an EDI value-added network provider is a third party engaged to handle the data', () => {
  it('addresses SUBCONTRACT-APPROVAL', () => {
    const text = 'The Supplier may route purchase orders and invoices through a value-added network of its own selection.';
    expect(req(text, 'SUBCONTRACT-APPROVAL').status).not.toBe('missing');
  });
});
