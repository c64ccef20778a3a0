/**
 * Cross-reference captions: "subject to Section 14 (Return of Data)", "Sections 9 (Confidentiality), 12 (Audit)
 * and 15 (Liability) survive", 「第14条(データの返還)の定めに従い」. The caption names another clause's subject;
 * the sentence that cites it does not deal with that subject. Concepts are therefore scanned in a copy of the
 * normalised text with such captions blanked (same length, so every offset stays valid). A caption that opens
 * its line is the clause's own heading and stays; so does a schedule's or annex's ("Schedule 4 (Security
 * Requirements) forms part of this Agreement"), whose content is often a separate document.
 */

import { applyEdits, blank, type Edit } from './edits.ts';
import { NUMERAL } from './normalize.ts';

const NUMBER = '(?:\\d{1,3}(?:\\.\\d{1,3})*(?:\\([a-z0-9]{1,4}\\))?|[ivxlc]{1,6})';
const CAPTION = '\\([^()\\n]{2,60}\\)';
/** "Section 14 (Return of Data)", with further "…, 12 (Audit) and 15 (Liability)" of the same list. */
const ENGLISH = new RegExp(
  `\\b(?:sections?|clauses?|articles?|paragraphs?)\\s+${NUMBER}\\s*${CAPTION}` +
  `(?:\\s*(?:,\\s*(?:and\\s+|or\\s+)?|and\\s+|or\\s+)${NUMBER}\\s*${CAPTION})*`, 'g');
const KANJI_NUMBER = `${NUMERAL}+`;
/** 第14条(データの返還), 第3条の2(…), 第5条第2項(…). */
const JAPANESE = new RegExp(`第${KANJI_NUMBER}条(?:の${KANJI_NUMBER})?(?:第${KANJI_NUMBER}項)?\\s*\\([^()\\n]{1,30}\\)`, 'g');
const SPACE = 32;

/** `text` with the captions of cross-references replaced by spaces; `text` itself when it cites none. */
export function blankCrossReferenceCaptions(text: string): string {
  // each parenthesised caption, brackets included
  const blanks: Edit[] = [];
  for (const pattern of [ENGLISH, JAPANESE]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 8);
      if (opensLine(text, m.index) && !isCitation(m[0], after)) continue;
      if (namesABreach(text.slice(Math.max(0, m.index - 40), m.index), after)) continue;
      if (disapplies(text.slice(m.index + m[0].length, m.index + m[0].length + 60))) continue;
      for (let k = m.index, end = m.index + m[0].length, depth = 0, open = 0; k < end; k++) {
        const c = text.charCodeAt(k);
        if (c === 40 && depth++ === 0) open = k;
        if (c === 41 && --depth === 0) blanks.push(blank(open, k + 1));
      }
    }
  }
  return applyEdits(text, blanks);
}

/**
 * At a line start, a caption is the clause's own heading unless the line goes on citing: a list of clauses
 * ("Sections 9 (…), 12 (…) survive"), or a Japanese citation followed by a particle (「第14条(…)の定めに従い」).
 */
function isCitation(match: string, after: string): boolean {
  return /^(?:sections|clauses|articles|paragraphs)\b/.test(match) || (match.match(/\(/g)?.length ?? 0) > 1 + (/\d\([a-z0-9]{1,4}\)/.test(match) ? 1 : 0) ||
    /^(?:の|に|を|で|及び|又は|並びに|から|まで|により|による|に基づ|、)/.test(after);
}

/**
 * "liability for breach of Section 9 (Confidentiality)", 「第9条(秘密保持)に違反し」: the caption says which
 * duty was broken, which is what the sentence deals with (a cap's carve-out, a breach-specific liability).
 */
function namesABreach(before: string, after: string): boolean {
  return /\b(?:breach(?:es)?|breaching|violat(?:ion|ions|es|ing)|infring(?:ement|ements|es|ing))\s+(?:of\s+)?(?:(?:its|their|any|the)\s+)?(?:obligations\s+(?:under|in)\s+)?$/.test(before) ||
    /^(?:の規定)?(?:に(?:違反|反し|反す|基づく義務に違反)|の違反)/.test(after);
}

/**
 * 「第21条(損害賠償の制限)の規定は、…には適用しない」, "Section 14 (Limitation of Liability) shall not apply to": the
 * sentence switches the cited clause off, so its caption is what the sentence deals with (a cap's carve-out).
 */
function disapplies(after: string): boolean {
  return /^(?:の(?:規定|定め))?(?:は|については)、?[^。\n]{0,40}?適用(?:しない|されない|しません|されません|がない|を受けない)/.test(after) ||
    /^\s*(?:shall|will|does|do)\s+not\s+apply\b/.test(after);
}

/** Whether only whitespace (or a markdown heading mark) precedes `index` on its line. */
function opensLine(text: string, index: number): boolean {
  for (let k = index - 1; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if (c === 10) return true;
    if (c !== SPACE && c !== 9 && c !== 35 /* # */) return false;
  }
  return true;
}
