/** Document context: language, document type, data classes, subcontracting stance. */
import * as v from 'valibot';
import documentTypesJson from '../catalog/document-types.json' with { type: 'json' };
import { DOCUMENT_TYPES, describeIssues } from '../catalog/schema.ts';
import type { Context } from '../schemas/report.ts';
import { escapeRegExp, normaliseTerm } from './lexicon.ts';

export type DocumentType = (typeof DOCUMENT_TYPES)[number];
export type Language = 'ja' | 'en' | 'mixed';

export function detectLanguage(text: string): Language {
  let cjk = 0;
  let latin = 0;
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x4e00 && c <= 0x9fff)) cjk++;
    else if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) latin++;
  }
  // A Japanese character carries about as much as a three-letter stretch of English.
  const ja = cjk * 3;
  if (ja > latin * 2) return 'ja';
  if (latin > ja * 2) return 'en';
  return cjk + latin === 0 ? 'en' : 'mixed';
}

const terms = v.array(v.pipe(v.string(), v.minLength(1)));
const TypeRule = v.strictObject({
  /** Words of a title that say what the document is. */
  title: terms,
  /**
   * Title words too general to decide alone: a title whose only hits are these is read on, so a later type's
   * word decides ("… Security Monitoring Services Agreement" is a contract about security, not a security page).
   */
  weakTitle: v.optional(terms, []),
  /** Vocabulary of the opening pages, for documents without a telling title. */
  body: terms,
});
const DocumentTypesData = v.strictObject({
  /** Title words are tried type by type in this order (the more specific first). */
  order: v.pipe(v.array(v.picklist(DOCUMENT_TYPES)), v.length(DOCUMENT_TYPES.length)),
  types: v.strictObject(Object.fromEntries(DOCUMENT_TYPES.map((t) => [t, TypeRule])) as Record<DocumentType, typeof TypeRule>),
});

/** Validates document-types.json; the error names the type and field. */
export function parseDocumentTypes(input: unknown) {
  const result = v.safeParse(DocumentTypesData, input);
  if (!result.success) throw new Error(describeIssues('document-types.json', result.issues));
  const { order, types } = result.output;
  if (new Set(order).size !== order.length) throw new Error('document-types.json: order: a type is listed twice');
  const normalised = (list: string[]) => list.map(normaliseTerm);
  const rules = Object.fromEntries(DOCUMENT_TYPES.map((t) => [t, {
    title: normalised(types[t].title), weakTitle: new Set(normalised(types[t].weakTitle)), body: normalised(types[t].body),
  }])) as Record<DocumentType, { title: string[]; weakTitle: Set<string>; body: string[] }>;
  return { order, rules };
}
const { order: typeOrder, rules: typeRules } = parseDocumentTypes(documentTypesJson);

const countOf = (haystack: string, needle: string) => {
  let n = 0;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length)) n++;
  return n;
};
const hasWord = (haystack: string, term: string) =>
  /^[\x20-\x7e]+$/.test(term) ? new RegExp(`\\b${escapeRegExp(term)}\\b`).test(haystack) : haystack.includes(term);

/** Title first (the document says what it is), then the vocabulary of its opening pages. */
export function detectDocumentType(titles: readonly string[], normalisedText: string): DocumentType {
  // the title lines in order: a letterhead or issuer's name often comes before the document's own title
  for (const title of titles) {
    const t = normaliseTerm(title);
    let weak: DocumentType | null = null;
    const hitsOf = new Map(typeOrder.map((type) => [type, typeRules[type].title.filter((term) => hasWord(t, term))]));
    const allHits = [...hitsOf.values()].flat();
    for (const type of typeOrder) {
      // a word inside another type's longer title phrase is that phrase's ("request for proposal" is no proposal)
      const hits = hitsOf.get(type)!.filter((h) => !allHits.some((o) => o.length > h.length && hasWord(o, h)));
      if (hits.length === 0) continue;
      if (!hits.every((h) => typeRules[type].weakTitle.has(h))) return type;
      weak ??= type;
    }
    if (weak) return weak;
  }
  const head = normalisedText.slice(0, 6000);
  let best: DocumentType = 'contract';
  let bestScore = 0;
  for (const type of typeOrder) {
    const score = typeRules[type].body.reduce((sum, term) => sum + Math.min(countOf(head, term), 5), 0);
    if (score > bestScore) [best, bestScore] = [type, score];
  }
  return best;
}

/** Counts of sentences mentioning each context concept, and the subcontracting stance, decide the context. */
export function decideContext(
  sentenceCounts: Record<'personalData' | 'tradeSecrets' | 'cloud' | 'critical' | 'softwareDevelopment' | 'publicSector', number>,
  sentences: number,
  subcontracting: Context['subcontracting'],
): Context {
  // Longer documents need more mentions before a passing word counts as context.
  const threshold = (base: number) => Math.max(base, Math.round(sentences / 150));
  return {
    personalData: sentenceCounts.personalData >= threshold(2),
    tradeSecrets: sentenceCounts.tradeSecrets >= threshold(2),
    cloud: sentenceCounts.cloud >= threshold(2),
    criticalFunctions: sentenceCounts.critical >= threshold(3),
    softwareDevelopment: sentenceCounts.softwareDevelopment >= threshold(4),
    publicSector: sentenceCounts.publicSector >= threshold(3),
    subcontracting,
  };
}
