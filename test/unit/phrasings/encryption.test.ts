/**
 * ENCRYPTION: phrasing families found missing or misread by probe sweeps
 * (single clauses in registers the held-out rounds had not used). Every case is new wording.
 */
import { describe, expect, it } from 'vitest';
import { statusOf } from '../test-result.ts';

// session 60 probe sweep (English: managed-service proposals)
describe('ENCRYPTION: secrets "held in an encrypted vault"', () => {
  it.each([
    'Root passwords are kept in an encrypted password manager.',
    'Break-glass credentials are held in an encrypted safe.',
  ])('addressed: %s', (text) => {
    expect(statusOf('ENCRYPTION', text)).not.toBe('missing');
  });
  it('passwords kept by a named person are no encryption', () => {
    expect(statusOf('ENCRYPTION', 'Administrator passwords for client networks are kept by the duty engineer.')).toBe('missing');
  });
});
