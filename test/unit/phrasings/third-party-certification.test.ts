/**
 * THIRD-PARTY-CERTIFICATION: phrasing families found missing or misread by probe sweeps
 * (single clauses in registers the held-out rounds had not used). Every case is new wording.
 */
import { describe, expect, it } from 'vitest';
import { statusOf } from '../test-result.ts';

// session 59 probe sweep (English)
describe('THIRD-PARTY-CERTIFICATION: public-sector and industry assurance schemes (IRAP, StateRAMP, TISAX, BSI C5)', () => {
  it.each([
    'The hosting provider must maintain an IRAP assessment at PROTECTED for the term of the contract.',
    'Our Frankfurt data centre holds a BSI C5 attestation (Type 2).',
    'The vendor shall keep its StateRAMP authorization current while it hosts County data.',
    'The Supplier shall hold a TISAX label for high protection needs.',
  ])('addressed: %s', (text) => {
    expect(statusOf('THIRD-PARTY-CERTIFICATION', text)).not.toBe('missing');
  });
  it('a form called C5 is no attestation', () => {
    expect(statusOf('THIRD-PARTY-CERTIFICATION', 'The customs broker completes the C5 form for every import.')).toBe('missing');
  });
});

// session 60 probe sweep (English: Indian government register)
describe('THIRD-PARTY-CERTIFICATION: a cloud "empanelled by MeitY"', () => {
  it.each([
    'The bidder shall host the portal only on a cloud service empanelled by MeitY.',
    'Only MeitY-empanelled cloud service providers may be used for production workloads.',
  ])('addressed: %s', (text) => {
    expect(statusOf('THIRD-PARTY-CERTIFICATION', text)).not.toBe('missing');
  });
  it('a vendor empanelled by a state department for printing is no certification', () => {
    expect(statusOf('THIRD-PARTY-CERTIFICATION', 'The bidder shall be empanelled with the State Printing Department.')).toBe('missing');
  });
});

// session 60 probe sweep (English: NHS contracts)
describe('THIRD-PARTY-CERTIFICATION: the NHS Data Security and Protection Toolkit', () => {
  it.each([
    'The Provider must publish a Data Security and Protection Toolkit assessment every year at Standards Met or above.',
    'Suppliers handling patient records shall maintain a current DSPT submission.',
  ])('addressed: %s', (text) => {
    expect(statusOf('THIRD-PARTY-CERTIFICATION', text)).not.toBe('missing');
  });
});
