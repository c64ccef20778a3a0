/**
 * SECURE-DEVELOPMENT: phrasing families found missing or misread by probe sweeps
 * (single clauses in registers the held-out rounds had not used). Every case is new wording.
 */
import { describe, expect, it } from 'vitest';
import { statusOf } from '../test-result.ts';

// session 60 probe sweep (English and Japanese: AI services)
describe('SECURE-DEVELOPMENT: prompt-injection defences and red-teaming of a model', () => {
  it.each([
    'The Vendor shall test the chatbot against prompt injection before it goes live.',
    'Each model release shall be red-teamed by a team independent of the developers.',
    '受注者は、生成AI機能について、プロンプトインジェクションへの対策を講じること。',
  ])('addressed: %s', (text) => {
    expect(statusOf('SECURE-DEVELOPMENT', text)).not.toBe('missing');
  });
  it('a prompt answer to questions is no security practice', () => {
    expect(statusOf('SECURE-DEVELOPMENT', 'The Vendor shall give a prompt answer to questions about the chatbot.')).toBe('missing');
  });
});
