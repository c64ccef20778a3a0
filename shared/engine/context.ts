/** Document context: language, document type, data classes, subcontracting stance. */
import documentTypesJson from '../catalog/document-types.json' with { type: 'json' };
import type { DOCUMENT_TYPES } from '../catalog/schema.ts';
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

interface TypeRule { title: string[]; body: string[] }
const typeOrder = documentTypesJson.order as DocumentType[];
const typeRules = Object.fromEntries(
  Object.entries(documentTypesJson.types as Record<string, TypeRule>).map(([k, r]) => [
    k, { title: r.title.map(normaliseTerm), body: r.body.map(normaliseTerm) },
  ]),
) as Record<DocumentType, TypeRule>;

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
    for (const type of typeOrder) {
      const hits = typeRules[type].title.filter((term) => hasWord(t, term));
      if (hits.length === 0) continue;
      // "… Security Monitoring Services Agreement" is a contract about security, not a vendor's security page
      if (type === 'policy' && hits.every((h) => h === 'security') && typeRules.contract.title.some((term) => hasWord(t, term))) continue;
      return type;
    }
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
