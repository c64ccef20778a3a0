/**
 * Questionnaire answers: in a check sheet's row 「| D-4 | 事前に通知しますか。 | いいえ | …」 (or its cells between tabs) the question names a
 * control the vendor has just declined, so its words are no commitment. Concepts are scanned with such a
 * question cell blanked (same length, so every offset stays valid); the answer's own explanation stays.
 */
import { applyEdits, blank, type Edit } from './edits.ts';

/** A cell that asks (ends in か / ? ) followed by a cell that only says no; cells between | or tabs (a Word or plain-text table). */
const DECLINED = /(^|[|\t])([^|\t\n]{2,200}?(?:か[。.]?|[?？]) *)[|\t] *(?:いいえ|×|✕|✖|未対応|非対応|no|n)[。.]? *(?=[|\t\n]|$)/gm;

/** `text` with the questions answered "no" replaced by spaces; `text` itself when there are none. */
export function blankDeclinedQuestions(text: string): string {
  if (text.indexOf('|') < 0 && text.indexOf('\t') < 0) return text;
  const blanks: Edit[] = [];
  DECLINED.lastIndex = 0;
  for (let m = DECLINED.exec(text); m; m = DECLINED.exec(text)) {
    const start = m.index + m[1].length;
    blanks.push(blank(start, start + m[2].length));
  }
  return applyEdits(text, blanks);
}
