/**
 * A document's title line names what the document is: "Security Questionnaire Response" is no audit clause,
 * though a questionnaire the customer may send is one. Only a requirement whose subject is what the document is
 * (a proposal's security part) takes its title as evidence (`match.title`).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../shared/engine/analyze.ts';
import { statusOf } from './test-result.ts';


describe('the document title', () => {
  const answers = {
    en: 'Security Questionnaire Response – Tidewater Analytics Ltd\n\n1. Data protection\nWe encrypt the client\'s records at rest and on the wire, and only named engineers can reach production.\n\n2. People\nEvery engineer signs a non-disclosure undertaking when hired.\n',
    ja: '# 情報セキュリティ監査対応 回答書\n\n## 1. データの保護\n当社は、お預かりするデータを保存時及び通信時に暗号化しています。\n\n## 2. 従業者\n全従業者から入社時に秘密保持の誓約書を取得しています。\n',
  };

  it.each(Object.entries(answers))('is no audit clause (%s)', (_lang, text) => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', text)).toBe('missing');
  });

  it('still shows what a proposal is about', () => {
    expect(statusOf('SECURITY-IN-PROPOSAL', answers.en)).not.toBe('missing');
  });

  it('leaves the same words in the body, and a first line that binds, to count', () => {
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', `${answers.en}\n3. Assurance\nOnce a year the Client may send us a security questionnaire, which we will complete within 20 days.\n`)).not.toBe('missing');
    expect(statusOf('AUDIT-INSPECTION-RIGHTS', 'The Client may send the Supplier a security questionnaire once a year and the Supplier will answer it within 20 days\n\n1. Fees\nFees are paid monthly.\n')).not.toBe('missing');
  });
});

describe('a security white paper', () => {
  it.each([
    ['ja', '# 勤怠管理サービス　セキュリティ・ホワイトペーパー\n\n## 1. 認証\n管理者によるログインには多要素認証を必須としています。\n'],
    ['en', 'Payroll Cloud – Security White Paper\n\n1. Authentication\nAdministrators sign in with multi-factor authentication.\n'],
  ])('is read as a policy, not a contract (%s)', (_lang, text) => {
    expect(analyze(text).documentType).toBe('policy');
  });
});

describe('a subcontract', () => {
  it.each([
    '# SUBCONTRACT FOR HELPDESK SERVICES\n\nBetween Acme Ltd (the "Contractor") and Beta Ltd (the "Subcontractor").\n\n1. The Subcontractor shall provide the helpdesk described in the requirements and the work statement.\n',
    'Sub-Contract Agreement — Network Support\n\n1. The Sub-contractor shall meet the requirements of the main contract.\n',
  ])('is read as a contract: %s', (text) => {
    expect(analyze(text).documentType).toBe('contract');
  });
});
