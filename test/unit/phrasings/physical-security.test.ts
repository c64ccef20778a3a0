/**
 * PHYSICAL-SECURITY: phrasing families found missing or misread by probe sweeps
 * (single clauses in registers the held-out rounds had not used). Every case is new wording.
 */
import { describe, expect, it } from 'vitest';
import { statusOf } from '../test-result.ts';

// session 60 probe sweep (Japanese: maintenance contracts)
describe('PHYSICAL-SECURITY: ID shown on entry, work under escort (「立会いの下」)', () => {
  it.each([
    '作業員は、入室の際に社員証を提示し、本市職員の立会いのもとで作業を行うこと。',
    '点検員は、入館時に身分証明書を係員に提示すること。',
  ])('addressed: %s', (text) => {
    expect(statusOf('PHYSICAL-SECURITY', text)).not.toBe('missing');
  });
  it('a witnessed acceptance test is no physical control', () => {
    expect(statusOf('PHYSICAL-SECURITY', '受入試験は、本市職員の立会いの下で実施する。')).toBe('missing');
  });
});
