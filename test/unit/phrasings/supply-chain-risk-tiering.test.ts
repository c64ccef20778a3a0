/**
 * SUPPLY-CHAIN-RISK-TIERING: phrasing families found missing or misread by probe sweeps
 * (single clauses in registers the held-out rounds had not used). Every case is new wording.
 */
import { describe, expect, it } from 'vitest';
import { statusOf } from '../test-result.ts';

// session 60 probe sweep (Japanese: financial-sector outsourcing registers)
describe('SUPPLY-CHAIN-RISK-TIERING: 「重要な委託先」 and oversight 「リスクに応じて」', () => {
  it.each([
    '重要な外部委託先に対しては、半期ごとに管理状況を確認する。',
    '当行は、委託先ごとのリスクの程度に応じて、点検の頻度と方法を定める。',
    'リスク評価の結果に応じて、再委託先への立入検査の要否を判断する。',
  ])('addressed: %s', (text) => {
    expect(statusOf('SUPPLY-CHAIN-RISK-TIERING', text)).not.toBe('missing');
  });
  it('an important meeting with a contractor is no tiering', () => {
    expect(statusOf('SUPPLY-CHAIN-RISK-TIERING', '委託先との重要な会議には、課長が出席する。')).toBe('missing');
  });
});

// session 60 probe sweep (English: UK government tenders)
describe('SUPPLY-CHAIN-RISK-TIERING: suppliers handling OFFICIAL-SENSITIVE information', () => {
  it.each([
    'Any subcontractor that will hold OFFICIAL-SENSITIVE material must meet the additional controls in Schedule 7.',
  ])('addressed: %s', (text) => {
    expect(statusOf('SUPPLY-CHAIN-RISK-TIERING', text)).not.toBe('missing');
  });
  it('an official opening ceremony is no classification', () => {
    expect(statusOf('SUPPLY-CHAIN-RISK-TIERING', 'The subcontractor must attend the official opening of the depot.')).toBe('missing');
  });
});
