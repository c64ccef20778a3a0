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
  /**
   * Title words that name the document only when its title opens with them, after any schedule or annex number
   * ("Schedule 5 — Service Levels and Service Credits"); further on they are one subject of several ("Schedule 6 —
   * Security, Privacy and Service Levels" is the contract's schedule).
   */
  leadTitle: v.optional(terms, []),
  /**
   * Title words of a reply to another document ("Tender Response of …", 「回答書」): a reply names what it answers
   * in an earlier title line ("RFP 2025/117 – …"), so a title line with one of these is read first.
   */
  answers: v.optional(terms, []),
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
    title: normalised(types[t].title), weakTitle: new Set(normalised(types[t].weakTitle)), leadTitle: normalised(types[t].leadTitle),
    body: normalised(types[t].body),
  }])) as Record<DocumentType, { title: string[]; weakTitle: Set<string>; leadTitle: string[]; body: string[] }>;
  return { order, rules, answers: DOCUMENT_TYPES.flatMap((t) => normalised(types[t].answers)) };
}
const { order: typeOrder, rules: typeRules, answers: replyWords } = parseDocumentTypes(documentTypesJson);

const countOf = (haystack: string, needle: string) => {
  let n = 0;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length)) n++;
  return n;
};
// an English title word may be plural ("Questionnaire Responses", "Service Level Agreements")
const hasWord = (haystack: string, term: string) =>
  /^[\x20-\x7e]+$/.test(term) ? new RegExp(`\\b${escapeRegExp(term)}s?\\b`).test(haystack) : haystack.includes(term);
/** A Japanese title spaced out for display (「仕　様　書」, 「誓 約 書」): the spaces between its characters. */
const SPACED_OUT = /(?<=[\u3040-\u30ff\u3400-\u9fff々〇])\s+(?=[\u3040-\u30ff\u3400-\u9fff々〇])/g;
/** A title's dashes written as one ("Questionnaire — Responses" as "Questionnaire - Responses"). */
const DASHES = /\s*[\u2012-\u2015\u2212]\s*/g;
/** The number a schedule or annex is titled with ("schedule 5 - ", "exhibit b: ", 「別紙２　」), before its subject. */
const PART_NUMBER = /^(?:(?:schedule|annex|appendix|exhibit|attachment|part)\s+[a-z0-9.]{1,4}|別紙|別添|別記|付属書|附属書)[\s\d０-９.:：-]*/;

/** Title first (the document says what it is), then the vocabulary of its opening pages. */
export function detectDocumentType(titles: readonly string[], normalisedText: string): DocumentType {
  // the title lines in order: a letterhead or issuer's name often comes before the document's own title; a weak
  // word ("Security Requirements") yields to a later line that names the document ("Contract No. 12 for …")
  let weak: DocumentType | null = null;
  const normalised = titles.map((title) => normaliseTerm(title).replace(DASHES, ' - ').replace(SPACED_OUT, ''));
  const isReply = (title: string) => replyWords.some((term) => hasWord(title, term));
  for (const t of [...normalised.filter(isReply), ...normalised.filter((title) => !isReply(title))]) {
    const subject = t.replace(PART_NUMBER, '');
    const hitsOf = new Map(typeOrder.map((type) => [type, [
      ...typeRules[type].title.filter((term) => hasWord(t, term)),
      ...typeRules[type].leadTitle.filter((term) => subject.startsWith(term) && hasWord(subject.slice(0, term.length + 1), term)),
    ]]));
    const allHits = [...hitsOf.values()].flat();
    for (const type of typeOrder) {
      // a word inside another type's longer title phrase is that phrase's ("request for proposal" is no proposal)
      const hits = hitsOf.get(type)!.filter((h) => !allHits.some((o) => o.length > h.length && hasWord(o, h)));
      if (hits.length === 0) continue;
      if (!hits.every((h) => typeRules[type].weakTitle.has(h))) return type;
      weak ??= type;
    }
  }
  const head = normalisedText.slice(0, 6000);
  const scoreOf = (type: DocumentType) => typeRules[type].body.reduce((sum, term) => sum + Math.min(countOf(head, term), 5), 0);
  let best: DocumentType = 'contract';
  let bestScore = 0;
  for (const type of typeOrder) {
    const score = scoreOf(type);
    if (score > bestScore) [best, bestScore] = [type, score];
  }
  // a weak title word stands unless the opening pages speak of nothing but another kind of document
  return weak && (scoreOf(weak) > 0 || bestScore < WEAK_TITLE_OVERRULED) ? weak : best;
}
/** Body vocabulary that overrules a weak title word its own type's vocabulary does not back. */
const WEAK_TITLE_OVERRULED = 5;

export type ContextCounts = Record<'personalData' | 'tradeSecrets' | 'cloud' | 'critical' | 'softwareDevelopment' | 'publicSector', number>
  & Partial<Record<'personalDataWeak' | 'criticalWeak' | 'tradeSecretsWeak' | 'cloudWeak' | 'cloudSite', number>>;

/** Kinds of document that describe a provider's standard service to all its customers. */
const SERVICE_DOCUMENTS: readonly DocumentType[] = ['terms', 'sla', 'policy'];

/**
 * Counts of sentences mentioning each context concept (a definition or heading naming it counts again), and the
 * subcontracting stance, decide the context. The weak vocabularies (availability figures, a confidentiality
 * clause, a data centre) are what every service document has, so they only confirm a strong word.
 */
export function decideContext(
  sentenceCounts: ContextCounts,
  sentences: number,
  subcontracting: Context['subcontracting'],
  documentType: DocumentType = 'contract',
): Context {
  // Longer documents need more mentions before a passing word counts as context.
  const threshold = (base: number) => Math.max(base, Math.round(sentences / 150));
  const { personalDataWeak = 0, criticalWeak = 0, tradeSecretsWeak = 0, cloudWeak = 0, cloudSite = 0 } = sentenceCounts;
  const serviceDocument = SERVICE_DOCUMENTS.includes(documentType);
  const nda = documentType === 'nda';
  return {
    // one mention says the work handles personal data; an NDA or SLA may name it only to exclude it
    personalData: sentenceCounts.personalData >= threshold(nda || documentType === 'sla' ? 2 : 1)
      // user accounts, customer records, patients: a class of data about people, named more than once
      || (!nda && sentenceCounts.personalData + personalDataWeak >= threshold(2)),
    // an NDA is about the discloser's secrets; in a provider's standard terms or a DPA a confidentiality clause is
    // boilerplate, so only the secrets themselves (source code, know-how) count there, and in terms more often
    // (they name the provider's own source code when forbidding reverse engineering)
    tradeSecrets: nda || sentenceCounts.tradeSecrets >= threshold(serviceDocument ? 3 : 2)
      || (!serviceDocument && documentType !== 'dpa' && sentenceCounts.tradeSecrets + tradeSecretsWeak >= threshold(2)),
    // a service's own terms, SLA or notice describe a service that runs online: one mention says so; elsewhere one
    // cloud word needs a second mention, which the data centre or region the service runs in makes (「クラウド事業者の
    // 国内リージョン」; a website or the internet does not: a maintenance contract names them for remote support)
    cloud: sentenceCounts.cloud >= threshold(2) || (serviceDocument && sentenceCounts.cloud + cloudWeak + cloudSite >= threshold(1))
      || (sentenceCounts.cloud >= 1 && sentenceCounts.cloud + cloudSite >= threshold(2)),
    // uptime figures and support hours are in every SaaS SLA; criticality needs the function named as such
    // (an NDA hands over information, not a function)
    criticalFunctions: !nda && (sentenceCounts.critical >= threshold(2)
      || (!serviceDocument && sentenceCounts.critical >= 1 && criticalWeak >= threshold(3))),
    softwareDevelopment: sentenceCounts.softwareDevelopment >= threshold(4),
    publicSector: sentenceCounts.publicSector >= threshold(3),
    subcontracting,
  };
}
