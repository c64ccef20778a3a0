/**
 * Questionnaire answers: in a check sheet's row 「| D-4 | 事前に通知しますか。 | いいえ | …」 (or its cells between tabs) the question names a
 * control the vendor has just declined, so its words are no commitment. Concepts are scanned with such a
 * question cell blanked (same length, so every offset stays valid); the answer's own explanation stays.
 */
import { applyEdits, blank, type Edit } from './edits.ts';

/**
 * A cell that asks (ends in か / ? ) followed by a cell that only says no; cells between | or tabs (a Word or plain-text table).
 * The search starts at the question's end (rare characters; a search from every cell start reads every line).
 */
const DECLINED = /((?:か[。.]?|[?？]) *)[|\t] *(?:いいえ|×|✕|✖|未対応|非対応|no|n)[。.]? *(?=[|\t\n]|$)/gm;
/**
 * A question whether a risk ever arises (「第三者に提供することがありますか」, "Is Customer Data ever stored outside the EU?"):
 * its "no" is the commitment, so the question stays.
 */
const RISK_QUESTION = /(?:こと|場合)(?:が|は)(?:あります|ある|ございます)か|\bever\b/;
/** The question's words before its ending: two to two hundred characters of one cell. */
const QUESTION_LENGTH = { min: 2, max: 200 };

/** `text` with the questions answered "no" replaced by spaces; `text` itself when there are none. */
export function blankDeclinedQuestions(text: string): string {
  if (text.indexOf('|') < 0 && text.indexOf('\t') < 0) return text;
  const blanks: Edit[] = [];
  DECLINED.lastIndex = 0;
  for (let m = DECLINED.exec(text); m; m = DECLINED.exec(text)) {
    // the cell opens after a | or tab, or at a line's start
    let start = m.index;
    while (start > 0 && start > m.index - QUESTION_LENGTH.max - 1 && !isCellEdge(text.charCodeAt(start - 1))) start--;
    const length = m.index - start;
    if (length < QUESTION_LENGTH.min || length > QUESTION_LENGTH.max || (start > 0 && !isCellEdge(text.charCodeAt(start - 1)))) continue;
    if (RISK_QUESTION.test(text.slice(start, m.index + m[1].length))) continue;
    blanks.push(blank(start, m.index + m[1].length));
  }
  return applyEdits(text, blanks);
}

/** |, tab or line break: what ends a cell. */
const isCellEdge = (c: number) => c === 124 || c === 9 || c === 10;
