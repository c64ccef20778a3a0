/** Check-sheet questions answered "no" are no commitment: blanked before concepts are read (questionnaire.ts). */
import { describe, expect, it } from 'vitest';
import { blankDeclinedQuestions } from '../../shared/engine/questionnaire.ts';

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
});
