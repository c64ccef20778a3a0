/**
 * Spans of a string replaced in one pass: the pieces are joined once (a one-byte string stays one-byte, which
 * regular expressions scan faster), not rebuilt span by span.
 */
export interface Edit {
  /** [at, end) is replaced by `text`; at = end inserts. */
  at: number;
  end: number;
  text: string;
}

/** `text` with every edit applied (in any order); an edit starting inside an earlier one is dropped. */
export function applyEdits(text: string, edits: Edit[]): string {
  if (edits.length === 0) return text;
  edits.sort((a, b) => a.at - b.at);
  const parts: string[] = [];
  let from = 0;
  for (const edit of edits) {
    if (edit.at < from) continue;
    parts.push(text.slice(from, edit.at), edit.text);
    from = edit.end;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/** An edit blanking [at, end) with spaces: the text keeps its length, so every offset stays valid. */
export const blank = (at: number, end: number): Edit => ({ at, end, text: ' '.repeat(end - at) });
