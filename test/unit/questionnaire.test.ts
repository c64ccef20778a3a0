/** Check-sheet questions answered "no" are no commitment: blanked before concepts are read (questionnaire.ts). */
import { describe, expect, it } from 'vitest';
import { requirementOf, statusOf } from './test-result.ts';
import answerWords from '../../shared/catalog/questionnaire-answers.json' with { type: 'json' };
import { answeredQuestions, blankDeclinedQuestions, parseQuestionnaireAnswers } from '../../shared/engine/questionnaire.ts';

describe('declined questions', () => {
  it.each([
    ['a markdown row', '| d-4 | 事故発生時は事前に通知しますか。 | いいえ | 社内調査の後に報告します。 |'],
    ['a Word or plain-text row (tabs)', 'd-4\t事故発生時は事前に通知しますか。\tいいえ\t社内調査の後に報告します。'],
    ['an English row', 'a-2\tdo you permit on-site audits?\tno\taudits are by questionnaire only.'],
  ])('blanks the question of %s answered no, keeping the explanation and every offset', (_name, row) => {
    const out = blankDeclinedQuestions(row);
    expect(out.length).toBe(row.length);
    expect(out).not.toMatch(/通知しますか|permit on-site audits/);
    expect(out).toMatch(/報告します|questionnaire only/);
  });

  it('keeps questions answered yes, and questions in running text', () => {
    for (const text of ['d-4\t事故発生時は事前に通知しますか。\tはい\t24時間以内に通知します。', '事前に通知しますか。いいえ、報告書のみです。', 'plain text without a table']) {
      expect(blankDeclinedQuestions(text)).toBe(text);
    }
  });

  it('keeps a question whether a risk ever arises: its "no" is the commitment', () => {
    for (const row of [
      '2-2\t当法人の情報を第三者に開示・提供することがありますか。\tいいえ\t法令に基づく場合を除き、開示いたしません。',
      '| 3-1 | データを国外に保存する場合がありますか。 | いいえ | 国内リージョンのみです。 |',
      'b-3\tis customer data ever stored outside the eu?\tno\tfrankfurt and dublin only.',
    ]) expect(blankDeclinedQuestions(row)).toBe(row);
  });

  it('blanks a question cell that opens a line, and not one too long or too short to be a question', () => {
    const first = '事故発生時は事前に通知しますか。\tいいえ\t社内調査の後に報告します。';
    expect(blankDeclinedQuestions(first).startsWith(' '.repeat('事故発生時は事前に通知しますか。'.length))).toBe(true);
    const long = `| d-9 | ${'x'.repeat(201)}? | no |`;
    expect(blankDeclinedQuestions(long)).toBe(long);
    const bare = '| d-9 |a? | no |';
    expect(blankDeclinedQuestions(bare)).toBe(bare);
  });

  it.each([
    ['an English row answered not applicable', 'c-5\tdo you provide migration help when the contract ends?\tnot applicable.\tthe customer keeps its own copies.', /migration help/, /own copies/],
    ['an English row answered n/a', '| c-6 | do you scan servers for vulnerabilities? | n/a | the servers are hosted by the cloud provider. |', /scan servers/, /cloud provider/],
    ['a Japanese row answered 該当なし', '| e-1 | 契約終了時の移行支援を提供しますか。 | 該当なし | 貴社にて実施願います。 |', /移行支援/, /実施願います/],
    ['a Japanese row answered 対象外', 'e-2\t脆弱性診断を定期的に実施しますか。\t対象外\tクラウド事業者の管理範囲です。', /脆弱性診断/, /管理範囲/],
  ])('blanks the question of %s', (_name, row, question, kept) => {
    const out = blankDeclinedQuestions(row);
    expect(out.length).toBe(row.length);
    expect(out).not.toMatch(question);
    expect(out).toMatch(kept);
  });

  it.each([
    ['an English pair answered n/a', '**q4. describe how you patch the hosting\nplatform.**\n\na4. n/a. the platform is run by the cloud vendor.\n', /patch the hosting|platform\.\*/, /cloud vendor/],
    ['an English pair answered not applicable', 'q9. what support do you give at exit?\n\na9. not applicable to this engagement.', /support do you give/, /this engagement/],
    ['a Japanese pair answered 該当なし', 'q2. 脆弱性への対応方法を記載してください。\n\na2. 該当なし。保守は別業者が担当します。', /脆弱性/, /別業者/],
    ['a Japanese pair answered いいえ', 'q3. 終了時に移行を支援しますか。\n\na3. いいえ。', /移行を支援/, /いいえ/],
    ['a heading question answered n/a', '### do you test your disaster recovery plan?\n\nn/a — recovery is run by the customer.\n', /disaster recovery plan/, /run by the customer/],
    ['a wrapped emphasised question answered "Answer: not applicable"', '**will you assist us when\nthe contract ends?**\n\nanswer: not applicable.', /assist us|contract ends/, /answer: not applicable/],
    ['a Japanese question answered 回答：該当なし', '多要素認証を導入していますか。\n\n回答：該当なし（貴社のidpを利用）', /多要素認証/, /貴社のidp/],
    ['an English question answered a bare no', 'do you log administrator access?\n\nno.', /log administrator/, /no\./],
  ])('blanks the question paragraph of %s, keeping its line breaks and the answer', (_name, text, question, kept) => {
    const out = blankDeclinedQuestions(text);
    expect(out.length).toBe(text.length);
    expect(out.split('\n').length).toBe(text.split('\n').length);
    expect(out).not.toMatch(question);
    expect(out).toMatch(kept);
  });

  it('keeps a question paragraph answered otherwise, or answered under another number, or asking whether a risk ever arises', () => {
    for (const text of [
      'q4. describe how you patch the platform.\n\na4. monthly, within 14 days of release.',
      'q4. describe how you patch the platform.\n\na5. n/a.',
      'q4. describe how you patch the platform.\n\na4. notably, we patch monthly.',
      'q6. is customer data ever sent offshore?\n\na6. no.',
    ]) expect(blankDeclinedQuestions(text)).toBe(text);
  });

  it('keeps an unnumbered paragraph that asks nothing, or is answered by a sentence opening with "no", or asks whether a risk ever arises', () => {
    for (const text of [
      'the supplier will log administrator access.\n\nn/a',
      'do you log administrator access?\n\nno administrator access is possible.',
      'will customer data ever leave japan?\n\nno.',
      `${'why '.repeat(60)}?\n\nn/a`,
    ]) expect(blankDeclinedQuestions(text)).toBe(text);
  });
});

describe('unanswered questions', () => {
  it('blanks the question of a row left unanswered (no answer column, an empty answer cell, a tab row ending in it), keeping every offset', () => {
    for (const row of [
      '| q-12 | サーバのセキュリティパッチを毎月適用していますか。 |',
      '| q-13 | 委託先の事業所に立入検査を受け入れますか。 |  |',
      'q-14\t従業員に年1回研修を行っていますか。',
    ]) {
      const out = blankDeclinedQuestions(row);
      expect(out.length).toBe(row.length);
      expect(out).not.toMatch(/ますか/);
    }
  });

  it('keeps a question followed by an answer, and a question in running text', () => {
    for (const text of ['| q-12 | パッチを毎月適用していますか。 | はい | 第2火曜日に適用します。 |', 'パッチを毎月適用していますか。\n\nはい、毎月適用します。']) {
      expect(blankDeclinedQuestions(text)).toBe(text);
    }
  });
});

/** A check sheet of one row: the question carries the subject, the answer cell only answers it. */
const sheet = (question: string, answer: string) => /[ぁ-ん]/.test(question)
  ? `# 委託先セキュリティチェックシート（回答）\n\n回答者：株式会社テスト運用\n\n| No. | 質問 | 回答 | 備考 |\n|---|---|---|---|\n| 1 | ${question} | ${answer} | |\n`
  : `# Vendor Security Questionnaire — Responses\n\nRespondent: Test Hosting Ltd\n\n| # | Question | Answer | Comment |\n|---|---|---|---|\n| 1 | ${question} | ${answer} | |\n`;

describe('questions answered yes, in part or no (answer words in questionnaire-answers.json)', () => {
  it.each([
    ['委託先は、漏えい事故を貴社に報告しますか', 'はい'],
    ['Do you inform the customer of any breach of personal data?', 'Yes'],
  ])('a bare yes commits the respondent to what the question asks: %s | %s', (question, answer) => {
    expect(requirementOf(sheet(question, answer), 'INCIDENT-NOTIFICATION').status).not.toBe('missing');
    expect(requirementOf(sheet(question, answer === 'はい' ? 'いいえ' : 'No'), 'INCIDENT-NOTIFICATION').status).toBe('missing');
  });

  it('a question answered no commits nobody, even with its subject and a deadline in it', () => {
    expect(requirementOf(sheet('委託先は、情報漏えい時に12時間以内に貴社へ報告しますか', 'いいえ'), 'INCIDENT-NOTIFICATION').status).toBe('missing');
    expect(requirementOf(sheet('Will you report a breach of security to us within 12 hours?', 'No'), 'INCIDENT-NOTIFICATION').status).toBe('missing');
  });

  it.each([
    ['委託先は、従業員と退職後も有効な守秘の誓約書を交わし、従業員の違反について責任を負いますか', '一部', 'はい'],
    ['委託先は、従業員と退職後も有効な守秘の誓約書を交わし、従業員の違反について責任を負いますか', '一部対応', 'はい'],
  ])('a partial answer is at most insufficient where yes is sufficient: %s | %s', (question, partial, yes) => {
    expect(requirementOf(sheet(question, yes), 'PERSONNEL-CONFIDENTIALITY').status).toBe('sufficient');
    const { status, tests } = requirementOf(sheet(question, partial), 'PERSONNEL-CONFIDENTIALITY');
    expect(status).toBe('insufficient');
    expect(tests.filter((t) => t.met)).toEqual([]);
  });

  it('"Partially" meets none of the tests a bare "Yes" meets', () => {
    const question = 'Do your staff sign confidentiality undertakings that continue after their employment ends?';
    expect(requirementOf(sheet(question, 'Yes'), 'PERSONNEL-CONFIDENTIALITY').tests.some((t) => t.met)).toBe(true);
    const partly = requirementOf(sheet(question, 'Partially'), 'PERSONNEL-CONFIDENTIALITY');
    expect(partly.status).not.toBe('missing');
    expect(partly.tests.filter((t) => t.met)).toEqual([]);
  });
});

describe('a question the requester asks, answered without commitment', () => {
  it.each([
    ['Can we audit you?', 'We are happy to discuss audit requests from customers.'],
    ['Could we audit your service once a year?', 'We are willing to discuss this at renewal.'],
  ])('"we" asking is the customer, and "happy to discuss" grants no audit right: %s | %s', (question, answer) => {
    const audit = requirementOf(sheet(question, answer), 'AUDIT-INSPECTION-RIGHTS');
    expect(audit.status).toBe('insufficient');
    expect(audit.tests.find((t) => t.id === 'onsite')).toMatchObject({ found: true, met: false });
  });

  it('「ご相談ください」 defers the audit to a later agreement', () => {
    const text = sheet('貴社の事業所への立入監査を受け入れていただけますか', 'ご相談ください');
    const audit = requirementOf(text, 'AUDIT-INSPECTION-RIGHTS');
    expect(audit.status).toBe('insufficient');
    expect(audit.tests.find((t) => t.id === 'onsite')?.met).toBe(false);
  });
});

describe('a risk question answered yes', () => {
  it('undertakes nothing: the yes says the risk arises', () => {
    const row = '| 2 | 預託データを海外の拠点で保管することがありますか | はい | |';
    expect(answeredQuestions(row)).toEqual([]);
    expect(answeredQuestions('| 2 | 預託データを海外の拠点で保管しますか | はい | |')).toHaveLength(1);
  });
});

describe('questionnaire-answers.json', () => {
  it('is valid as shipped', () => {
    expect(() => parseQuestionnaireAnswers(answerWords)).not.toThrow();
  });

  it('names the field of a malformed answer list', () => {
    expect(() => parseQuestionnaireAnswers({ ...answerWords, partial: { ja: ['一部'], en: [''] } })).toThrow(/questionnaire-answers\.json.*partial\.en\.0/);
  });
});

describe('a Q/A sheet written as lines', () => {
  const sheet = (question: string, answer: string) => `Q3-4　${question}\nA　${answer}\n`;

  it('reads a question answered in the respondent own words as undertaken at most in part', () => {
    const text = sheet('委託先の作業員に対して研修を行っていますか。', '状況を見て行っております。');
    expect(statusOf('PERSONNEL-TRAINING', text)).toBe('insufficient');
    expect(answeredQuestions('q3-4 委託先の作業員に対して研修を行っていますか。\na 状況を見て行っております。')).toEqual([{ at: 5, answer: 'partial' }]);
  });

  it('reads a plain yes as undertaken, and leaves a question answered in the negative', () => {
    expect(answeredQuestions('q1 監査を受け入れますか。\na はい。')).toEqual([{ at: 3, answer: 'affirmed' }]);
    expect(answeredQuestions('q1 監査を受け入れますか。\na 受け入れておりません。')).toEqual([]);
    expect(answeredQuestions('q1 監査を受け入れますか。\na 該当なし')).toEqual([]);
    expect(statusOf('PERSONNEL-TRAINING', sheet('委託先の作業員に対して研修を行っていますか。', '行っておりません。'))).toBe('missing');
  });
});

describe('a requirement-table row asking the bidder to describe its breach notice', () => {
  const table = (row: string) => `Invitation to Tender\n\n## Security questions\n\n| Ref | Question | Type |\n|---|---|---|\n${row}\n\nTenders shall be returned by 1 May.\n`;

  it('addresses incident notification, committing to nothing (insufficient)', () => {
    expect(statusOf('INCIDENT-NOTIFICATION', table('| SEC-09 | Explain how and when you will inform the Authority of a personal data breach. | M |'))).toBe('insufficient');
  });

  it('leaves a request about something else missing', () => {
    expect(statusOf('INCIDENT-NOTIFICATION', table('| SEC-10 | Explain how you will back up the Authority\'s data. | M |'))).toBe('missing');
  });
});

// session 59 probe sweep
describe('a "no" with its reason after it, and an unnumbered "Q: … / A: No." pair on consecutive lines', () => {
  it.each([
    ['a row answered "No, …"', '| # | Question | Answer |\n|---|---|---|\n| 1 | Do staff receive security awareness training? | No, not at this time. |'],
    ['a row answered 「いいえ、…」', '| No. | 質問 | 回答 |\n|---|---|---|\n| 1 | 従事者に情報セキュリティ教育を実施していますか。 | いいえ、来年度から実施予定です。 |'],
    ['a Q:/A: pair', 'Security questionnaire\n\nQ: Do staff receive security awareness training?\nA: No.'],
    ['a Q:/A: pair answered "Not currently"', 'Security questionnaire\n\nQ: Is security awareness training given to all staff?\nA: Not currently.'],
  ])('%s commits nothing', (_name, text) => {
    expect(statusOf('PERSONNEL-TRAINING', text)).toBe('missing');
  });
  it.each([
    ['a row answered "Yes, …"', '| # | Question | Answer |\n|---|---|---|\n| 1 | Do staff receive security awareness training? | Yes, at induction and every year. |'],
    ['a Q:/A: pair answered yes', 'Security questionnaire\n\nQ: Do staff receive security awareness training?\nA: Yes. All staff complete it at induction and annually.'],
    ['a "no" that is the answer\'s first word but not a refusal', '| # | Question | Answer |\n|---|---|---|\n| 1 | How is security awareness training given to staff? | Nothing is outsourced: our own trainers run it yearly. |'],
  ])('%s still addresses the question', (_name, text) => {
    expect(statusOf('PERSONNEL-TRAINING', text)).not.toBe('missing');
  });
});
