/**
 * Struck-through text in a negotiation mark-up: "~~Supplier remains fully liable for its Sub-processors.~~" is
 * wording one side deleted (markdown strikethrough, as a tracked-changes export renders a deletion). It no longer
 * says anything the parties agree to, so concepts are scanned in a copy of the text with each struck span blanked
 * (same length, so every offset stays valid). A span never crosses a line break; a lone "~~" stays.
 * A bracketed reviewer's comment ("[Supplier comment: we cannot accept a fixed deadline.]", "[Drafting note: …]")
 * is the negotiators' talk about a clause, not the clause, and is blanked the same way.
 */

import { blank, applyEdits, type Edit } from './edits.ts';

const STRUCK = /~~(?=\S)[^\n~]{1,600}?~~/g;
/** "[Supplier comment: …]", "[Customer's note: …]", "[Drafting note: …]", "[Comment (Legal): …]" — on one line. */
const COMMENT = /\[(?:[a-z][a-z'’.-]{0,30}\s){0,3}?(?:comments?|notes?)(?:\s*\([^()\n\]]{1,40}\))?\s*:[^\]\n]{1,1000}\]/g;

/** `text` with every ~~struck~~ span and bracketed comment replaced by spaces; `text` itself when it has none. */
export function blankStruckText(text: string): string {
  const struck = text.indexOf('~~') >= 0;
  if (!struck && text.indexOf('[') < 0) return text;
  const blanks: Edit[] = [];
  for (const pattern of struck ? [STRUCK, COMMENT] : [COMMENT]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) blanks.push(blank(m.index, m.index + m[0].length));
  }
  return applyEdits(text, blanks);
}
