/**
 * Questionnaire answers: in a check sheet's row 「| D-4 | 事前に通知しますか。 | いいえ | …」 (or its cells between tabs) the question names a
 * control the vendor has just declined, so its words are no commitment. Concepts are scanned with such a
 * question cell blanked (same length, so every offset stays valid); the answer's own explanation stays.
 * An answer that the question does not apply (N/A, Not applicable, 該当なし, 対象外) declines it as "no" does, in a
 * table row, in a questionnaire's "Q7. Describe your patching …" paragraph answered by "A7. N/A. …", or in an
 * unnumbered question ("### Do you run annual penetration tests?") whose next paragraph opens "N/A — …". A check-sheet
 * question with no answer in its row (「…実施していますか。 | |」, put to bidders) binds nobody either. A row answered
 * only yes (はい, Yes) or in part (一部, Partially) is the respondent's undertaking of the question (answeredQuestions).
 * The answer words are data: shared/catalog/questionnaire-answers.json.
 */
import * as v from 'valibot';
import answersJson from '../catalog/questionnaire-answers.json' with { type: 'json' };
import { describeIssues } from '../catalog/schema.ts';
import { applyEdits, blank, type Edit } from './edits.ts';
import { escapeRegExp } from './lexicon.ts';

const AnswerWords = v.strictObject({ ja: v.array(v.pipe(v.string(), v.minLength(1))), en: v.array(v.pipe(v.string(), v.minLength(1))) });
const AnswersData = v.object({ declined: AnswerWords, partial: AnswerWords, affirmed: AnswerWords });

/** Validates questionnaire-answers.json; the error names the field. */
export function parseQuestionnaireAnswers(input: unknown) {
  const result = v.safeParse(AnswersData, input);
  if (!result.success) throw new Error(describeIssues('questionnaire-answers.json', result.issues));
  return result.output;
}
const ANSWERS = parseQuestionnaireAnswers(answersJson);

/**
 * A cell that asks (ends in か / ? ) followed by a cell that only gives one of `answers`; cells between | or tabs (a
 * Word or plain-text table). Group 1 is the question's ending. The search starts at the question's end (rare
 * characters; a search from every cell start reads every line).
 */
function answeredRow(answers: v.InferOutput<typeof AnswerWords>, explained = false): RegExp {
  const words = [...answers.ja, ...answers.en].sort((a, b) => b.length - a.length).map(escapeRegExp);
  // an explained answer ("No, not at this time.", 「いいえ、来期導入予定です。」) goes on after punctuation
  const after = explained ? '(?:[,;:、。.][^|\\t\\n]*)?' : '[。.]?';
  return new RegExp(`((?:か[。.]?|[?？]) *)[|\\t] *(?:${words.join('|')})${after} *(?=[|\\t\\n]|$)`, 'gm');
}

/** A question answered no or not applicable, with or without a reason after it. */
const DECLINED = answeredRow(ANSWERS.declined, true);
/** A question answered in part (「一部」, "Partially"): its content is committed at most in part. */
const PARTIAL = answeredRow(ANSWERS.partial);
/** A question answered yes (「はい」, "Yes") and nothing more: the respondent commits to what it asks. */
const AFFIRMED = answeredRow(ANSWERS.affirmed);
/**
 * A question paragraph (「Q7.」, "**Q7. Describe …**", "Q:", wrapped over lines) whose answer, numbered alike and in the
 * next paragraph or on the next line, opens by declining it ("A7. N/A. The platform is a managed service.", "A: No."):
 * group 2 is the question's words.
 */
const DECLINED_PARAGRAPH = /^[*_ ]*q(\d{1,3})?[.:)] *((?:[^\n]+\n){0,6}?[^\n]+)\n(?:[ \t]*\n)?[*_ ]*a\1[.:)] *[*_]*(?:いいえ|該当なし|対象外|no|n\/a|not applicable|not currently|not yet)(?![\w/])/gm;
/**
 * An answer paragraph that opens by declining (「回答：該当なし」, "N/A — hosted by the customer", "No."), found before its
 * question: the answers are rare, question marks are not. A bare "no" counts only when punctuation or the line's end
 * follows it, so "No personal data is …" stays a sentence.
 */
const DECLINING_ANSWER = /\n[ \t]*\n[*_ ]*(?:(?:answer|response|回答)[ \t]*[:：][ \t]*)?[*_]*(?:(?:いいえ|no)(?=[.,;:。、]|[ \t]*$)|(?:該当なし|対象外|n\/a|not applicable)(?![\w/]))/gm;
/** An unnumbered question paragraph: heading marks, then words ending in ? or か (emphasis marks may close it). */
const QUESTION_PARAGRAPH = /^[#*_ \t]*([^|]+?(?:[?？]|か[。.]?))[*_ \t]*$/;
/** How far back an unnumbered question may wrap: six lines, as a numbered one. */
const QUESTION_LINES = 6;
/**
 * A question whether a risk ever arises (「第三者に提供することがありますか」, "Is Customer Data ever stored outside the EU?"):
 * its "no" is the commitment, so the question stays.
 */
const RISK_QUESTION = /(?:こと|場合)(?:が|は)(?:あります|ある|ございます)か|\bever\b/;
/**
 * A question left unanswered at the end of its row (「| S-06 | 脆弱性対策を実施していますか。 |」 in an RFP's check sheet put to
 * bidders, its answer column absent or empty): the outsourcer asks, nobody undertakes, so its words are no duty either.
 */
const UNANSWERED = /((?:ますか|でしょうか|ですか)[。.]? *)(?:\| *)*$/gm;
/** The question's words before its ending: two to two hundred characters of one cell. */
const QUESTION_LENGTH = { min: 2, max: 200 };

/** `text` with the questions answered "no" replaced by spaces; `text` itself when there are none. */
export function blankDeclinedQuestions(text: string): string {
  const blanks: Edit[] = [];
  if (text.indexOf('\nq') >= 0 || text.startsWith('q') || text.indexOf('*q') >= 0) {
    DECLINED_PARAGRAPH.lastIndex = 0;
    for (let m = DECLINED_PARAGRAPH.exec(text); m; m = DECLINED_PARAGRAPH.exec(text)) {
      const start = m.index + m[0].indexOf(m[2]);
      if (RISK_QUESTION.test(m[2])) continue;
      // every line of the question blanked, its line breaks kept
      blanks.push({ at: start, end: start + m[2].length, text: m[2].replace(/[^\n]/g, ' ') });
    }
  }
  DECLINING_ANSWER.lastIndex = 0;
  for (let m = DECLINING_ANSWER.exec(text); m; m = DECLINING_ANSWER.exec(text)) {
    const question = unnumberedQuestion(text, m.index);
    if (question) blanks.push(question);
  }
  if (text.indexOf('|') < 0 && text.indexOf('\t') < 0) return applyEdits(text, blanks);
  // a declined question's cell may open a line; an unanswered one must sit in a table row, after | or a tab
  // (a question paragraph of prose is left to segmentation)
  for (const [questions, lineMayOpen] of [[DECLINED, true], [UNANSWERED, false]] as const) {
    for (const { start, end } of questionCells(text, questions)) {
      if (lineMayOpen || (start > 0 && text.charCodeAt(start - 1) !== 10)) blanks.push(blank(start, end));
    }
  }
  return applyEdits(text, blanks);
}

/**
 * The question cells `questions` finds (group 1 ends the question), but not a risk question's: its "no" is the
 * commitment and its "yes" undertakes nothing, so it stays as written.
 */
function* questionCells(text: string, questions: RegExp): Generator<{ start: number; end: number }> {
  questions.lastIndex = 0;
  for (let m = questions.exec(text); m; m = questions.exec(text)) {
    const start = cellStart(text, m.index);
    const end = m.index + m[1].length;
    if (start >= 0 && !RISK_QUESTION.test(text.slice(start, end))) yield { start, end };
  }
}

/**
 * A numbered question line (「Q2-2　従事者への教育を実施していますか。」, "Q3. Describe …") answered on the next line by 「A　…」
 * (or 「回答：」, "A3."): group 1 is the question's words, group 2 the answer line's.
 */
const ANSWER_LINE = /^[#*_ \t]*q\d{1,3}(?:-\d{1,3})?[.:)]?[ \t]+([^\n]{2,200}?)[*_ \t]*\n(?:[ \t]*\n)?[*_ \t]*(?:a(?:\d{1,3}(?:-\d{1,3})?)?(?:[.:)][ \t]*|[ \t]+)|(?:回答|答)[ \t]*[:：]?[ \t]*)[*_]*([^\n]*)/gm;
/** An answer that opens by declining, or whose first sentence is negative (「実施しておりません。」): the question stays no undertaking. */
const ANSWER_DECLINES = new RegExp(`^(?:${[...ANSWERS.declined.ja, ...ANSWERS.declined.en].map(escapeRegExp).join('|')})(?![\\w/])|^[^。.]*(?:ません|ない|not)[。.]?(?:$|[ \\t])`);
/** An answer that opens with a plain yes (「はい。」): the question's content is undertaken in full. */
const ANSWER_AFFIRMS = new RegExp(`^(?:${[...ANSWERS.affirmed.ja, ...ANSWERS.affirmed.en].map(escapeRegExp).join('|')})(?:[。.、,]|[ \\t]*$)`);

/**
 * Questions of a Q/A sheet written as lines, not cells: answered 「はい」 the question is undertaken; answered in the
 * respondent's own words (「必要に応じて実施しております。」) it is undertaken at most in part, the answer's words deciding
 * what it meets; declined, or answered in the negative, it stays as it is.
 */
function answeredLines(text: string): { at: number; answer: 'affirmed' | 'partial' }[] {
  if (text.indexOf('q') < 0) return [];
  const found: { at: number; answer: 'affirmed' | 'partial' }[] = [];
  ANSWER_LINE.lastIndex = 0;
  for (let m = ANSWER_LINE.exec(text); m; m = ANSWER_LINE.exec(text)) {
    const answer = m[2].trim();
    if (!answer || ANSWER_DECLINES.test(answer) || RISK_QUESTION.test(m[1])) continue;
    found.push({ at: m.index + m[0].indexOf(m[1]), answer: ANSWER_AFFIRMS.test(answer) ? 'affirmed' : 'partial' });
  }
  return found;
}

/** Where a question cell answered yes or in part opens, with its answer; its row reads as the respondent's words. */
export function answeredQuestions(text: string): { at: number; answer: 'affirmed' | 'partial' }[] {
  if (text.indexOf('|') < 0 && text.indexOf('\t') < 0) return answeredLines(text);
  const found: { at: number; answer: 'affirmed' | 'partial' }[] = answeredLines(text);
  for (const [questions, answer] of [[AFFIRMED, 'affirmed'], [PARTIAL, 'partial']] as const) {
    for (const { start } of questionCells(text, questions)) found.push({ at: start, answer });
  }
  return found;
}

/** The unnumbered question paragraph ending at `end` (a line break), blanked line by line; undefined when it asks nothing. */
function unnumberedQuestion(text: string, end: number): Edit | undefined {
  let start = end;
  for (let lines = 0, lineEnd = end; lines < QUESTION_LINES && lineEnd >= 0; lines++) {
    const lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
    if (text.slice(lineStart, lineEnd).trim() === '') break;
    start = lineStart;
    lineEnd = lineStart - 1;
  }
  const paragraph = text.slice(start, end);
  const question = QUESTION_PARAGRAPH.exec(paragraph.replace(/\n/g, ' '));
  // a numbered question is DECLINED_PARAGRAPH's; a risk question's "no" is the commitment
  if (!question || /^[#*_ \t]*q\d/.test(paragraph) || RISK_QUESTION.test(question[1])) return undefined;
  const length = question[1].trim().length;
  if (length < QUESTION_LENGTH.min || length > QUESTION_LENGTH.max) return undefined;
  const at = start + question.index + question[0].indexOf(question[1]);
  return { at, end: at + question[1].length, text: text.slice(at, at + question[1].length).replace(/[^\n]/g, ' ') };
}

/** Where the cell whose question ends at `end` opens (after |, a tab or a line break); -1 when no cell of a question's length holds it. */
function cellStart(text: string, end: number): number {
  let start = end;
  while (start > 0 && start > end - QUESTION_LENGTH.max - 1 && !isCellEdge(text.charCodeAt(start - 1))) start--;
  const length = end - start;
  if (length < QUESTION_LENGTH.min || length > QUESTION_LENGTH.max || (start > 0 && !isCellEdge(text.charCodeAt(start - 1)))) return -1;
  return start;
}

/** |, tab or line break: what ends a cell. */
const isCellEdge = (c: number) => c === 124 || c === 9 || c === 10;
