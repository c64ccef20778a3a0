/**
 * analyze(text, options) → Report: normalise, segment, scan concepts once, derive sentence facts,
 * context and parties, evaluate every requirement, then report findings with original offsets.
 * Pure and deterministic (apart from stats.millis).
 */
import { catalog as builtInCatalog, type Catalog } from '../catalog/index.ts';
import type { Requirement } from '../catalog/schema.ts';
import type { Context, Evidence, Finding, Party, Report, RequirementResult, Span } from '../schemas/report.ts';
import { decideContext, detectDocumentType, detectLanguage, type DocumentType } from './context.ts';
import { modalityOf, type Modality } from './modality.ts';
import { alignedTables, normalize, numberedParagraphTabs, toOriginal, type NormalizedText } from './normalize.ts';
import { unwrapLines } from './line-wrap.ts';
import { blankCrossReferenceCaptions } from './cross-references.ts';
import { blankStruckText } from './struck-text.ts';
import { applyEdits, type Edit } from './edits.ts';
import { answeredQuestions, blankDeclinedQuestions } from './questionnaire.ts';
import { markDefinedAliases, readDefinition } from './defined-terms.ts';
import { addressesReader, buildPartyModel, LETTER_LABEL } from './parties.ts';
import { escapeRegExp, isAsciiTerm, normaliseTerm, termAlternation, termConcepts } from './lexicon.ts';
import { vaguenessData } from './vagueness.ts';
import { allocationRows, buyerLedAllocations, englishPartyDuties, englishPracticeDuties, indexMentions, negatedDutyItems, outsourcerDuties, OWNER_HEADER, partyMatrixHeaders, plainFormDuties, requiredContentItems, unownedAllocationRows, writerOf, type MentionIndex } from './obligations.ts';
import { evaluateRequirement, type DocumentFacts, type RequirementEvaluation } from './requirements.ts';
import { RangeConcepts, type ConceptIds } from './concept-sets.ts';
import { compileCatalog, type CompiledCatalog, type SentenceFacts } from './rules.ts';
import { isCaptionLine, isTitleOnly, sectionHeadingLines, segment, sentenceLocator, type Segmentation } from './segment.ts';
import { analyzeResponsibility } from './responsibility.ts';
import { STAGE_LABELS, lower, pickClause } from './messages.ts';

export interface AnalyzeOptions {
  catalog?: Catalog;
  /** Forces the document language instead of detecting it. */
  language?: 'ja' | 'en';
  documentType?: DocumentType;
}

export interface Analysis {
  report: Report;
  normalized: NormalizedText;
  segmentation: Segmentation;
  facts: DocumentFacts;
  compiled: CompiledCatalog;
}

export function analyze(text: string, options: AnalyzeOptions = {}): Report {
  return analyzeDetailed(text, options).report;
}

const CONTEXT_CONCEPTS = {
  personalData: 'ctx-personal-data', tradeSecrets: 'ctx-trade-secrets', cloud: 'ctx-cloud',
  critical: 'ctx-critical', softwareDevelopment: 'ctx-software-development', publicSector: 'ctx-public-sector',
  personalDataWeak: 'ctx-personal-data-weak', criticalWeak: 'ctx-critical-weak', tradeSecretsWeak: 'ctx-trade-secrets-weak', cloudWeak: 'ctx-cloud-weak', cloudSite: 'ctx-cloud-site',
} as const;
/** What the work handles or is: a definition or heading naming these says more than a passing mention. */
const WEIGHTED_CONTEXT = new Set(['personalData', 'personalDataWeak', 'tradeSecrets', 'cloud', 'critical']);
/** A table whose header names any of these (its columns are parties) is read cell by cell, not header with row. */
const PARTY_CONCEPTS = ['outsourcer', 'contractor', 'subcontractor'];
const MODALITY_CONCEPTS: [Modality, string][] = [
  ['obligation', '@obligation'], ['prohibition', '@prohibition'], ['effort', '@effort'],
  ['permission', '@permission'], ['agree-later', '@agree-later'], ['statement', '@statement'],
];

export function analyzeDetailed(text: string, options: AnalyzeOptions = {}): Analysis {
  const started = performance.now();
  const catalog = options.catalog ?? builtInCatalog;
  const compiled = compileCatalog(catalog);
  const normalized = unwrapLines(text, alignedTables(numberedParagraphTabs(normalize(text)), text, OWNER_HEADER), catalog);
  const segmentation = segment(normalized.text);
  // concepts are read where the text deals with them, not in the captions of the clauses it cites
  // nor in a check sheet's questions answered no
  const titleAt = segmentation.sentences.findIndex((s) => mayBeTitle(s, normalized.text));
  const titleSentence = titleAt >= 0 ? segmentation.sentences[titleAt] : undefined;
  const titleIsLine = titleSentence !== undefined && isTitleLine(titleSentence, normalized.text);
  const subcontract = definesSubcontractorParty(normalized);
  const language = options.language ?? detectLanguage(text);
  const title = titleSentence ? originalSlice(text, normalized, titleSentence.start, titleSentence.end).replace(/^#+\s*/, '').slice(0, 200) : '';
  const documentType = options.documentType ?? detectDocumentType(titleLines(segmentation.sentences, normalized.text), normalized.text);
  const partyModel = buildPartyModel(text, normalized, documentType === 'proposal');
  const parties = partyModel.parties;
  const scanned = blankDeclinedQuestions(blankCrossReferenceCaptions(blankStruckText(normalized.text)));
  const relabelled = subcontract ? subcontractorPartyAsContractor(scanned, text, normalized) : scanned;
  const facts = collectFacts(readerAsSupplier(relabelled, parties), segmentation, compiled,
    titleIsLine ? titleAt : -1);
  markDefinedAliases(normalized.text, facts, compiled);
  readAnsweredQuestions(normalized.text, segmentation, facts);
  const { sentences, sections } = segmentation;

  const context = detectContext(facts, compiled, normalized.text, documentType);
  // a document that bans subcontracting outright has no subcontractor whose incidents a clause must cover
  if (context.subcontracting === 'prohibited') {
    const banned = compiled.concept('subcontracting-banned');
    for (let i = 0; i < sentences.length; i++) facts.sentenceConcepts.bits.set(banned, i);
  }
  // joint subjects (甲及び乙) are left to the responsibility analysis, which finds them in its own walk of the text
  const mentions = indexMentions(normalized.text, partyModel, 0, []);
  // (a party the preamble defines as "the Subcontractor" is the document's contractor, see subcontractorPartyAsContractor)
  markPartyMentions(facts, mentions, compiled, subcontract ? parties.filter((p) => !/^sub-?contractor$/i.test(p.label)) : parties, normalized.text);
  markSubcontractorAnaphora(facts, compiled, normalized.text);
  const buyerRow = compiled.concept('buyer-led-row');
  for (const i of buyerLedAllocations(normalized.text, sentences, partyModel)) facts.sentenceConcepts.bits.set(buyerRow, i);
  const matrixHeader = compiled.concept('party-matrix-header');
  for (const i of partyMatrixHeaders(normalized.text, segmentation, partyModel)) facts.sentenceConcepts.bits.set(matrixHeader, i);
  const allocRow = compiled.concept('allocation-row');
  for (const i of allocationRows(normalized.text, sentences, partyModel)) facts.sentenceConcepts.bits.set(allocRow, i);
  const unownedRow = compiled.concept('unowned-allocation-row');
  for (const i of unownedAllocationRows(normalized.text, segmentation, partyModel)) facts.sentenceConcepts.bits.set(unownedRow, i);
  // a vendor's practice binds it in its proposal (in its terms of service the same words describe the service)
  const writer = documentType === 'proposal' ? writerOf(partyModel) : null;
  const plain = plainFormDuties(normalized.text, sentences, facts.sentenceFacts, mentions, writer);
  for (const i of plain.duties) facts.sentenceFacts[i].modality = 'obligation';
  for (const i of plain.permissions) facts.sentenceFacts[i].modality = 'permission';
  if (language === 'en') {
    // a first-person proposal's practice ("We encrypt…"), a contract's present tense ("The Provider encrypts…")
    const { duties, bans } = documentType === 'proposal'
      ? englishPracticeDuties(normalized.text, sentences, facts.sentenceFacts)
      : englishPartyDuties(normalized.text, sentences, facts.sentenceFacts, mentions);
    for (const i of duties) facts.sentenceFacts[i].modality = 'obligation';
    for (const i of bans) facts.sentenceFacts[i].modality = 'prohibition';
    // "The Recipient shall:" … "(b) not disclose …": the item bans
    for (const i of negatedDutyItems(normalized.text, sentences, facts.sentenceFacts)) facts.sentenceFacts[i].modality = 'prohibition';
  }
  // an item under "The contract must include:" is a duty unless it reads otherwise on its own (after the readings above)
  const contentItems = new Set<number>();
  for (const [i, modality] of requiredContentItems(normalized.text, segmentation, facts.sentenceFacts)) {
    facts.sentenceFacts[i].modality = modality;
    contentItems.add(i);
  }
  // after the plain-form and present-tense duties above: their modality decides what binds the customer. An item a
  // content lead-in requires ("Business owners must ensure that every contract contains: (d) audit rights") names
  // what the contract is to say, not a duty of the customer who writes it.
  const outsourcerDuty = compiled.concept('outsourcer-duty');
  for (const i of outsourcerDuties(normalized.text, segmentation, facts.sentenceFacts, partyModel, mentions)) {
    if (!contentItems.has(i)) facts.sentenceConcepts.bits.set(outsourcerDuty, i);
  }

  const evaluations = compiled.requirements.map((c) => evaluateRequirement(c, facts, context, documentType, normalized.text));
  const sentenceSpan = (i: number) => toOriginal(normalized, sentences[i].start, sentences[i].end);
  const evidenceOf = (ev: RequirementEvaluation): Evidence[] =>
    ev.evidence.slice(0, 20).map((i) => {
      const span = sentenceSpan(i);
      return { ...span, text: text.slice(span.start, Math.min(span.end, span.start + 400)) };
    });
  const requirements: RequirementResult[] = evaluations.map((ev) => ({ ...ev.result, evidence: evidenceOf(ev) }));
  const responsibility = analyzeResponsibility(
    text, { normalized, segmentation, facts, compiled },
    new Map(evaluations.map((ev) => [ev.compiled.requirement.id, ev.evidence])),
    { language, results: requirements, personalData: context.personalData, model: partyModel, mentions },
  );
  const findings = sortFindings([...requirementFindings(evaluations, requirements, documentType, parties, sentenceSpan), ...responsibility.findings]);

  return {
    report: {
      language, documentType, title, context, parties, requirements, findings, obligations: responsibility.obligations,
      responsibility: responsibility.responsibility, liability: responsibility.liability,
      coverage: coverage(requirements, catalog.requirements),
      stats: { characters: text.length, sentences: sentences.length, sections: sections.length, millis: performance.now() - started },
    },
    normalized, segmentation, facts, compiled,
  };
}

/**
 * Longest title line: a contract's full title names both parties ("Master Services Agreement for … between
 * X plc and Y Limited"), well over a hundred characters as a .docx gives it on one line.
 */
const MAX_TITLE_LINE = 200;

/**
 * The title-like lines at the very top, in order: short, not ending as a sentence unless a markdown heading,
 * no HTML comment. An issuer's name or an exhibit number often comes before the title ("Exhibit
 * 99(d)(7)\nNON-DISCLOSURE AGREEMENT"), and a note in italics after it ("_These terms apply to customers
 * who…_") is none.
 */
function titleLines(sentences: Segmentation['sentences'], text: string): string[] {
  const titles: string[] = [];
  let top = -1;
  for (const s of sentences) {
    if (titles.length >= 4 || (top >= 0 && s.start > top + 600)) break;
    if (!mayBeTitle(s, text)) continue;
    for (const raw of text.slice(s.start, s.end).split('\n')) {
      const line = titleText(raw, SENTENCE_END);
      if (line === null || isLetterhead(line)) continue;
      if (top < 0) top = s.start;
      titles.push(line);
    }
  }
  return titles;
}

/** The corporate forms of a Japanese sender's name (株式会社〇〇, 〇〇協同組合). */
const JA_CORPORATE_FORMS = '株式会社|有限会社|合同会社|一般社団法人|一般財団法人|公益社団法人|公益財団法人|独立行政法人|国立大学法人|学校法人|医療法人|社会福祉法人|協同組合';
const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';
/**
 * A letter's head above its subject line, which the title reader passes over (a reply's subject, 「…について（回答）」
 * or "Re: …", comes after it): a date, an addressee (「…御中」「…殿」「…様」, "To: …"), a document number
 * (「情報第12号」, "Ref: …"), or the sender's company, department or post alone on its line. None names a document.
 */
const LETTERHEAD = new RegExp([
  `^(?:令和|平成)?\\s*(?:\\d{1,4}|元)\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日$`,
  `^\\d{4}[/.-]\\d{1,2}[/.-]\\d{1,2}$`,
  `^(?:\\d{1,2}\\s+)?(?:${MONTHS})\\s+(?:\\d{1,2},?\\s+)?\\d{4}$`,
  '(?:御中|殿|様)$',
  '^(?:to|attn|attention|from|cc|date|ref|our ref|your ref)\\s*[:：]',
  '第\\s*\\d+\\s*号$',
  `^(?:${JA_CORPORATE_FORMS})\\S{1,20}$`,
  `^\\S{1,20}(?:${JA_CORPORATE_FORMS})$`,
  // a department or a post, with the holder's name after it: 「品質管理本部長」「情報システム部 部長 山田太郎」
  '^\\S{0,20}(?:部|課|室|局|本部|センター)(?:長)?(?:\\s+\\S{1,10}){0,2}$',
  '^(?:\\S{1,20}\\s+)?(?:代表取締役|取締役|執行役員|理事長|社長|所長)(?:社長)?(?:\\s+\\S{1,10})?$',
].join('|'));
/** A document's own name ends so, never a letterhead line (「株式会社〇〇との業務委託契約書」). */
const NAMES_DOCUMENT = /(?:書|契約|規約|約款|規程|規定|仕様|要領|方針|ポリシー|特記事項|について|\(回答\))$/;
const isLetterhead = (line: string): boolean => LETTERHEAD.test(line) && !NAMES_DOCUMENT.test(line);

/** A heading or running text, not a table row or list item, and no HTML comment (a page's source note). */
function mayBeTitle(s: Segmentation['sentences'][number], text: string): boolean {
  return (s.kind === 'heading' || s.kind === 'sentence') && !text.startsWith('<!--', s.start);
}

/**
 * Whether the document's first sentence is its title: one line, unnumbered, no longer than a title line, not ending
 * as a sentence or a question unless a markdown heading ("# Vendor Security Questionnaire"), binding nobody.
 */
function isTitleLine(s: Segmentation['sentences'][number], text: string): boolean {
  const raw = text.slice(s.start, s.end);
  const line = raw.includes('\n') ? null : titleText(raw, SENTENCE_OR_QUESTION_END);
  return line !== null && !/^\(?[0-9０-９a-z]{1,3}[.)]/.test(line) && !TITLE_BINDS.test(line);
}

/** How a line that is no title ends (a markdown heading may end so and still be one). */
const SENTENCE_END = /[.。:;:]$/;
const SENTENCE_OR_QUESTION_END = /[.。:;:?？]$/;

/** A line's text without markdown marks when it reads as a title: short, and not ending as `end` says unless a markdown heading. */
function titleText(raw: string, end: RegExp): string | null {
  const line = raw.replace(/^[#>\s_*]+|[\s_*]+$/g, '');
  return line.length > 0 && line.length <= MAX_TITLE_LINE && (/^\s*#/.test(raw) || !end.test(line)) ? line : null;
}

/** A first line that binds or asks is a clause, whatever its length. */
const TITLE_BINDS = /\b(?:shall|must|will|should|agrees?)\b|(?:しなければ|すること|するものとする|ものとする|こと。)/;

function originalSlice(text: string, normalized: NormalizedText, start: number, end: number): string {
  const span = toOriginal(normalized, start, end);
  return text.slice(span.start, span.end);
}

/**
 * A check sheet's question answered yes (「委託先は…報告しますか | はい |」) is the respondent's undertaking of what it
 * asks; answered in part (一部, "Partially"), undertaken but evidence that meets no test, as a description asked for is.
 */
function readAnsweredQuestions(text: string, seg: Segmentation, facts: DocumentFacts): void {
  const sentenceAt = sentenceLocator(seg.sentences);
  for (const { at, answer } of answeredQuestions(text)) {
    const i = sentenceAt(at);
    if (i < 0) continue;
    if (facts.sentenceFacts[i].modality === 'statement') facts.sentenceFacts[i].modality = 'obligation';
    if (answer === 'partial') facts.requests[i >>> 5] |= 1 << (i & 31);
  }
}

/**
 * A party defined as "the Subcontractor" in the preamble of the agreement made with it ('between Acme ("Acme") and
 * Beta Ltd ("the Subcontractor")', "And: Beta Ltd (the \u201cSub-contractor\u201d)").
 */
const SUBCONTRACTOR_PARTY = /\b(?:between|and\s*:|parties\b)[^]{0,400}?\(\s*(?:the\s+)?["\u201c]\s*(?:the\s+)?(sub-?contractor)\s*["\u201d]\s*\)/;
const definesSubcontractorParty = (normalized: NormalizedText) => SUBCONTRACTOR_PARTY.test(normalized.text.slice(0, 2500));

/**
 * In a subcontract the subcontractor is a party, the document's contractor: "The Subcontractor shall not subcontract
 * any part of the services" bans its own further subcontracting, and "The Subcontractor is responsible for its
 * redactors as if for itself" is a contractor's liability for its staff, not the prime's for a subcontractor. Where
 * the preamble defines a party so, its capitalised label (as a defined term is written; "a subcontractor" in lower
 * case stays a lower tier) is read as "contractor", padded to the same length so every offset stays valid.
 */
function subcontractorPartyAsContractor(text: string, original: string, normalized: NormalizedText): string {
  const edits: Edit[] = [];
  // each match capitalised in the original becomes `word`, padded on the left to the match's length
  const relabel = (pattern: RegExp, word: string) => {
    for (const m of text.matchAll(pattern)) {
      const at = m.index!;
      if (original[toOriginal(normalized, at, at + m[0].length).start] !== 'S') continue;
      edits.push({ at, end: at + m[0].length, text: word.padStart(m[0].length) });
    }
  };
  relabel(/\bsub-?contractor\b(?!s\b)/g, 'contractor');
  // "this Subcontract", the title "REDACTION SERVICES SUBCONTRACT": the agreement itself ("either party may end this
  // Subcontract"), not a further subcontract (capitalised as a document's name is)
  relabel(/\bsub-?contract\b(?!\s*(?:any|all|the|its|a|to|or|with)\b)/g, 'agreement');
  return applyEdits(text, edits);
}

const SECOND_AS_THIRD: Record<string, string> = { you: 'it', your: 'its', yours: 'its', yourself: 'itself', yourselves: 'themselves' };

/**
 * A letter from the buyer ("the terms on which you will provide … services to us", 「発送業務を貴社にお願いいたします」)
 * makes the reader the supplier. The words addressing it do not carry the customer's side the lexicon gives them (a
 * customer's own duty in terms of service: "you must keep your password secret", 「お客様は…管理するものとします」):
 * for the concept scan "you" / "your" read as the third person ("it", "its") and 貴社 as 乙, padded so every offset
 * stays valid, and the supplier's duties read as duties.
 */
function readerAsSupplier(text: string, parties: readonly Party[]): string {
  const readers = parties.filter((p) => p.role === 'contractor' && addressesReader(p.label)).map((p) => normaliseTerm(p.label));
  if (readers.length === 0) return text;
  const ja = readers.filter((w) => !isAsciiTerm(w));
  const words = new RegExp([...(readers.includes('you') ? [String.raw`\byou(?:rs?|rsel(?:f|ves))?\b`] : []), ...ja.map(escapeRegExp)].join('|'), 'g');
  return text.replace(words, (m) => SECOND_AS_THIRD[m]?.padEnd(m.length) ?? '乙'.padStart(m.length));
}

/** Concept sets per sentence and per section heading, from one scan of the whole text for literal terms and probes. */
function collectFacts(text: string, seg: Segmentation, compiled: CompiledCatalog, title: number): DocumentFacts {
  const { scanner } = compiled;
  const scanned = scanner.scanText(text);
  const markerIds = new Map<Modality, number>(MODALITY_CONCEPTS.map(([m, name]) => [m, compiled.concept(name)]));
  const conceptsIn = (ranges: { start: number; end: number }[]) => new RangeConcepts(text, ranges, scanner, scanned);
  const toFacts = (concepts: ConceptIds): SentenceFacts => ({ concepts, modality: modalityOf(concepts, markerIds), lead: null, heading: null });
  const sentenceConcepts = conceptsIn(seg.sentences);
  const headingConcepts = conceptsIn(seg.sections.map((s) => ({ start: s.start, end: s.start + s.heading.length })));
  // a row reads with its table's header ("| below 99.0% | 50% |" under "| Monthly availability | Service credit |"),
  // its modality with its own words only; not under a header of parties (a matrix or a contact list: each cell
  // is one party's, see obligations.ts)
  const isMarker = (id: number) => scanner.names[id].startsWith('@');
  const partyColumns = PARTY_CONCEPTS.map((name) => compiled.concept(name));
  // a register ("| Subprocessor | Function | Location |"): the party names only the first column, whose cells are the
  // entries; its other columns say what each entry's cells are, so its rows read with the header like any table's
  // (through the header's concept set: a party written as a pattern term, 貴市 or 貴院, is searched for there)
  const hasParty = (set: ConceptIds) => partyColumns.some((id) => set.has(id));
  const partyHeaded = seg.tables.filter((table) => hasParty(sentenceConcepts.sets[table.header]));
  const headerCells = partyHeaded.map((table) => {
    const { start, end } = seg.sentences[table.header];
    const cells: { start: number; end: number }[] = [];
    for (let i = start, from = start; i <= end; i++) {
      if (i < end && text[i] !== '|' && text[i] !== '\t') continue;
      if (text.slice(from, i).trim()) cells.push({ start: from, end: i });
      from = i + 1;
    }
    return cells;
  });
  // (the cells of every such header in one pass over the hits)
  const cellSets = partyHeaded.length > 0 ? conceptsIn(headerCells.flat()).sets : [];
  const registers = new Set<number>();
  for (let t = 0, first = 0; t < partyHeaded.length; first += headerCells[t++].length) {
    const sets = cellSets.slice(first, first + headerCells[t].length);
    if (sets.length >= 3 && hasParty(sets[0]) && !sets.slice(1).some(hasParty)) registers.add(partyHeaded[t].header);
  }
  const matrices = new Set(partyHeaded.map((table) => table.header).filter((header) => !registers.has(header)));
  for (const table of seg.tables) {
    if (matrices.has(table.header)) continue;
    sentenceConcepts.inherit(table.header, table.from, table.to, isMarker);
  }
  const sentenceFacts = sentenceConcepts.sets.map(toFacts);
  const request = compiled.concept('description-request');
  sentenceConcepts.search(request, sentenceConcepts.everyRange);
  // a caption binds nobody: 「第8条(複写の禁止)」, "Prohibited Uses"
  seg.sentences.forEach((s, i) => { if (isTitleOnly(text, s) || isCaptionLine(text, s.start, s.end)) sentenceFacts[i].modality = 'statement'; });
  // a definition's "may" describes the term, it grants nothing: '"Sub-processor" means a third party engaged by the
  // provider that may process Footage' permits no subcontracting (a definitions-only section addresses no duty)
  const defining = compiled.concept('defining-phrase');
  sentenceFacts.forEach((f) => { if (f.modality === 'permission' && f.concepts.has(defining)) f.modality = 'statement'; });
  seg.sentences.forEach((s, i) => { if (s.lead >= 0) sentenceFacts[i].lead = sentenceFacts[s.lead]; });
  const headingLines = sectionHeadingLines(seg);
  headingLines.forEach((h, i) => { if (h >= 0) sentenceFacts[i].heading = sentenceFacts[h]; });
  return {
    segmentation: seg, sentenceConcepts, headingConcepts, headingLines,
    sentenceFacts, headingFacts: headingConcepts.sets.map(toFacts), signalProbes: scanned.extra, requests: sentenceConcepts.bits.view(request).slice(), title,
  };
}

/**
 * A named buyer used as the modifier of a defined data term ("Bank Information", "Trust Data") names the data, not the
 * party (data: parties.dataNouns; on one line, as a defined term is written).
 */
const DATA_TERM_AFTER = (() => {
  const { en, except } = vaguenessData.parties.dataNouns;
  return new RegExp(`^[ \\t]+(?!(?:${termAlternation(except, '[ \\t]+')})\\b)(?:${termAlternation(en, '[ \\t]+')})\\b`);
})();

/**
 * The buyer the document names counts as the outsourcer concept where it is mentioned: "notify the Retailer"
 * (a party defined as the buyer) is notice to the outsourcer as much as "notify the Customer" is. So does a
 * subcontractor the document names and defines ('Acme Ltd. (the "Platform Vendor")', operating for the provider)
 * for the subcontractor concept. (Not a subcontractor read from a role word alone: "Affiliate" is no subcontractor
 * wherever it is mentioned.)
 */
function markPartyMentions(facts: DocumentFacts, mentions: MentionIndex, compiled: CompiledCatalog, parties: readonly Party[], text: string): void {
  const outsourcer = compiled.concept('outsourcer');
  const subcontractor = compiled.concept('subcontractor');
  const namedSubcontractors = new Set(parties.filter((p) => p.role === 'subcontractor' && p.names.length > 0).map((p) => p.label));
  // a label with no meaning of its own that the document makes a subcontractor, a bare letter (「乙が…次の者（以下「丙」
  // という。）に再委託する」) or a name ('subcontract the monitoring to Northmoor … ("Northmoor")'), is read as 再委託先
  // wherever it stands, as a defined term is (「丙との間で…同等の義務を定めた契約」, "remain liable for everything Northmoor
  // does"); a label that says what it is (「SaaS事業者」) keeps its own words' meaning
  const asSubcontractor = termConcepts(compiled.scanner, '再委託先') ?? [];
  const readAsSubcontractor = new Set([...namedSubcontractors].filter((label) => LETTER_LABEL.test(label) || !termConcepts(compiled.scanner, label)?.length));
  const sentenceAt = sentenceLocator(facts.segmentation.sentences);
  for (let k = 0; k < mentions.starts.length; k++) {
    const { role, label } = mentions.actors[k];
    const id = role === 'outsourcer' ? outsourcer : role === 'subcontractor' && namedSubcontractors.has(label) ? subcontractor : -1;
    if (id < 0) continue;
    if (role === 'outsourcer' && DATA_TERM_AFTER.test(text.slice(mentions.ends[k], mentions.ends[k] + 40))) continue;
    const i = sentenceAt(mentions.starts[k]);
    if (i < 0) continue;
    facts.sentenceConcepts.bits.set(id, i);
    if (id === subcontractor && readAsSubcontractor.has(label)) for (const c of asSubcontractor) facts.sentenceConcepts.bits.set(c, i);
  }
}

/** The anaphors of data parties.subcontractorAnaphora, then a particle or a verb: at a sentence's start (after a list or table marker), or in Japanese after a clause's comma, either perhaps after a short topic (「受注者は」). */
const SUBCONTRACTOR_ANAPHOR = new RegExp(String.raw`(?:^[\s|*#>\-・()（）0-9０-９.．:：]*|、)` +
  // (in Japanese also after a short topic naming the one who imposes: 「受注者は当該業者に…を遵守させる」)
  String.raw`(?:[^\s。、「」]{1,8}?は、?)?` +
  `(?:${termAlternation(vaguenessData.parties.subcontractorAnaphora.ja)})(?:に(?:は|も|対し)?|は|も|が|と(?:は|の間)|との間)` +
  // (or in English after "… shall ensure that" opening the sentence: "TapVend will ensure that they are bound by …")
  String.raw`|^[\s|*#>\-・()0-9.:]*(?:(?:[\w'’-]+\s+){1,4}?(?:ensure|ensures|procure|procures|make\s+sure)\s+that\s+)?` +
  String.raw`(?:${termAlternation(vaguenessData.parties.subcontractorAnaphora.en)})\s+(?:are|is|will|shall|must|have|has|sign|signs|work|works|agree|agrees|follow|follows|receive|receives|undergo|undergoes)\b`);
/**
 * Its possessives, anywhere in the sentence (「同社の行為」, "their performance"), and a firm or worker after a determiner
 * that points back ("each approved agent", "any such freelancer or bureau"; "that" only before a possessive: "that
 * locksmith's work").
 */
const SUBCONTRACTOR_REFERENCE = (() => {
  const { possessive, determined } = vaguenessData.parties.subcontractorAnaphora;
  const nouns = termAlternation(determined.nouns.en);
  const determinedEn = String.raw`\b(?:${termAlternation(determined.determiners.en)})\s+(?:[\w-]+\s+){0,2}?(?:${nouns})(?:s|es)?\b` +
    String.raw`|\b(?:${termAlternation(determined.possessiveDeterminers.en)})\s+(?:${nouns})(?:s|es)?['’]s?(?=\s)`;
  return new RegExp(String.raw`(?:${termAlternation(possessive.ja)})|\b(?:${termAlternation(possessive.en)})\b|${determinedEn}`);
})();

/** Sentences back within one clause that a possessive or a determined firm may point to. */
const REFERENCE_REACH = 3;

/**
 * A sentence opening with an anaphor (同社, "they") right after a sentence that entrusts work to a subcontractor
 * (「…グループ会社に委託する予定です。同社には当社と同等の秘密保持義務を課します。」), or holding its possessive ("their
 * performance") or a determined firm ("each approved agent") in it or up to REFERENCE_REACH sentences after one, speaks of that
 * subcontractor: it gets the concepts of the word 再委託先 ("subcontractor"), as a subcontractor named by a letter does.
 */
function markSubcontractorAnaphora(facts: DocumentFacts, compiled: CompiledCatalog, text: string): void {
  const { sentences, sections } = facts.segmentation;
  const entrusting = [compiled.concept('subcontracting'), compiled.concept('subcontractor'), compiled.concept('downstream-party')];
  const carriedJa = termConcepts(compiled.scanner, '再委託先') ?? [];
  const carriedEn = termConcepts(compiled.scanner, 'subcontractor') ?? [];
  // sub-clauses of one clause go on with each other ("4.1 … may instruct a debt recovery agent" / "4.2 … each approved agent")
  const sameClause = (a: number, b: number) => a === b || (a >= 0 && b >= 0 && sections[a].parent >= 0 && sections[a].parent === sections[b].parent);
  for (let i = 1; i < sentences.length; i++) {
    const s = sentences[i];
    // (the anaphor first: asking the sentence before for its pattern concepts searches them there)
    const opening = SUBCONTRACTOR_ANAPHOR.exec(text.slice(s.start, Math.min(s.end, s.start + 200)));
    const m = opening ?? SUBCONTRACTOR_REFERENCE.exec(text.slice(s.start, s.end));
    if (!m) continue;
    // an opening "they" points at the sentence right before; "each approved agent" may reach past a sentence on the
    // approval request, or point back within its own sentence ("… by another locksmith; we answer for that locksmith's work")
    const reach = opening ? 1 : REFERENCE_REACH;
    let entrusted = false;
    for (let j = opening ? i - 1 : i; j >= Math.max(0, i - reach) && sameClause(s.section, sentences[j].section) && !entrusted; j--) {
      entrusted = entrusting.some((c) => facts.sentenceFacts[j].concepts.has(c));
    }
    if (!entrusted) continue;
    for (const c of /[a-z]/.test(m[0]) ? carriedEn : carriedJa) facts.sentenceConcepts.bits.set(c, i);
  }
}

function detectContext(facts: DocumentFacts, compiled: CompiledCatalog, text: string, documentType: DocumentType): Context {
  const { sentences } = facts.segmentation;
  // per sentence, read once for all the weighted classes: 0 not read yet, 1 a definition, 2 not
  const definition = new Uint8Array(sentences.length);
  const workSubject = compiled.concept('ctx-work-subject');
  // 「本番環境の需要家情報は取り扱わない」, "the work does not involve personal data": naming the data to exclude it
  const notHandled = compiled.concept('ctx-not-handled');
  const isDefinition = (i: number) => (definition[i] ||= readDefinition(text.slice(sentences[i].start, sentences[i].end)) ? 1 : 2) === 1;
  const counts = Object.fromEntries(
    Object.entries(CONTEXT_CONCEPTS).map(([key, name]) => {
      const id = compiled.concept(name);
      const weighted = WEIGHTED_CONTEXT.has(key);
      const personal = key === 'personalData' || key === 'personalDataWeak';
      const names = (f: SentenceFacts) => f.concepts.has(id) && !(personal && f.concepts.has(notHandled));
      let n = 0;
      facts.sentenceFacts.forEach((f, i) => {
        if (!names(f)) return;
        // a definition naming the data class ("Member Information means … personal information") says what the work
        // handles; so do the title and the sentence that names the work itself (「住民記録システム（以下「本システム」という。）」)
        n += weighted && (i === facts.title || f.concepts.has(workSubject) || isDefinition(i)) ? 2 : 1;
      });
      // so does a heading (「個人情報の取扱い」, "Cloud Hosting")
      if (weighted) n += facts.headingFacts.filter(names).length;
      return [key, n];
    }),
  ) as Parameters<typeof decideContext>[0];
  return decideContext(counts, facts.sentenceFacts.length, subcontractingStance(facts, compiled, text), documentType);
}

/**
 * A short English line with no full stop and no verb of its own: a title or a running header, whatever its segment
 * kind. (Japanese is not read so: 「再委託しないこと」 in a list is a ban without 「。」, and its verbs are no English words.)
 */
function isVerblessLine(text: string, start: number, end: number): boolean {
  const line = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return line.length <= STANCE_CAPTION_LENGTH && !/[\u3040-\u30ff\u4e00-\u9fff]/.test(line) && !/[。.;:：!?]$/.test(line) && !/[\n]/.test(text.slice(start, end).trim()) &&
    !/\b(?:is|are|was|were|be|been|shall|will|may|must|can|should|has|have|had|does|do|did|uses?|engages?|appoints?|permitted|allowed|prohibited|subcontracts|subcontracted)\b/i.test(line);
}
/** Longest heading line read as a caption by the subcontracting stance (markup and a clause number included). */
const STANCE_CAPTION_LENGTH = 60;

/**
 * Prohibited only when subcontracting is banned outright; a ban "without consent" allows it with approval,
 * and so does a ban followed by a proviso with approval (「…してはならない。ただし、甲の承諾を得た場合は…」).
 * A title alone ("5. SUBCONTRACTING", 「（再委託）」) takes no stance either way.
 */
function subcontractingStance(facts: DocumentFacts, compiled: CompiledCatalog, text: string): Context['subcontracting'] {
  const sub = compiled.concept('subcontracting');
  const approval = compiled.concept('approval');
  // "shall not disclose … except to its subcontractors": a ban on others that names subcontractors as allowed
  const carveout = compiled.concept('subcontracting-carveout');
  // "shall not subcontract the main part / all of it at once": the rest stays open to subcontracting
  const partial = compiled.concept('subcontracting-partial');
  // 「派遣労働者の受入れは再委託とはみなさない」: says what is not subcontracting, no stance on subcontracting itself
  const notDeemed = compiled.concept('subcontracting-not-deemed');
  // "The Bank wishes to outsource … to the Supplier", "the Outsourcing Policy (BS11)": the buyer's own outsourcing
  const buyerOutsourcing = compiled.concept('outsourcing-by-buyer');
  // 「承諾の有無にかかわらず」, "with or without consent": names approval only to rule it out, so the ban stays absolute
  const approvalIrrelevant = compiled.concept('approval-irrelevant');
  // "shall not add subcontractors without notifying the Customer", 「甲に通知することなく再委託してはならない」: a ban
  // lifted by notice, as one lifted by consent, leaves subcontracting open
  const noticeCondition = compiled.concept('subcontracting-notice-condition');
  // 「ただし」「この限りでない」「…にかかわらず」, "provided that", "notwithstanding": a sentence that lifts the one before
  const provisoCue = compiled.concept('proviso-cue');
  const grantsApproval = (f: SentenceFacts) => (f.concepts.has(approval) && !f.concepts.has(approvalIrrelevant)) || f.concepts.has(noticeCondition);
  const { sentences } = facts.segmentation;
  let prohibited = 0;
  let allowed = 0;
  facts.sentenceFacts.forEach((f, i) => {
    // (a caption numbered and marked up, "### Section 4 — No further subcontracting", is still a caption)
    if (!f.concepts.has(sub) || f.concepts.has(notDeemed) || f.concepts.has(buyerOutsourcing) || isTitleOnly(text, sentences[i], STANCE_CAPTION_LENGTH) || isCaptionLine(text, sentences[i].start, sentences[i].end)) return;
    // a title or running header read as a line of its own ("PROOFREADING SUBCONTRACT AGREEMENT", "Acme Subcontract
    // <wide gap> CONFIDENTIAL"): no verb, no full stop, no approval, so no stance either
    if (f.modality === 'statement' && !grantsApproval(f) && isVerblessLine(text, sentences[i].start, sentences[i].end)) return;
    const next = facts.sentenceFacts[i + 1];
    // 「(4) 再委託しないこと。\n(5) 作業場所を変更する場合は…当社の承認を得ること。」: the next item of a list is a duty of
    // its own, not a proviso, unless it speaks of subcontracting or reads as one (「ただし」「前項にかかわらず」)
    const siblingItem = next !== undefined && sentences[i].kind === 'item' && sentences[i + 1].kind === 'item' &&
      text.slice(sentences[i].end, sentences[i + 1].start).includes('\n') && !next.concepts.has(sub) && !next.concepts.has(provisoCue);
    const proviso = next !== undefined && sentences[i + 1].section === sentences[i].section && grantsApproval(next) && !siblingItem;
    if (f.modality === 'prohibition' && !grantsApproval(f) && !f.concepts.has(carveout) && !f.concepts.has(partial) && !proviso) prohibited++;
    else allowed++;
  });
  if (prohibited > 0 && prohibited >= allowed) return 'prohibited';
  return allowed > 0 ? 'allowed' : 'silent';
}

function requirementFindings(
  evaluations: RequirementEvaluation[], results: RequirementResult[], documentType: DocumentType, parties: Party[],
  sentenceSpan: (sentence: number) => Span,
): Finding[] {
  const findings: Finding[] = [];
  evaluations.forEach((ev, k) => {
    const result = results[k];
    if (!result.applicable || result.status === 'sufficient') return;
    const req = ev.compiled.requirement;
    const mustHere = req.documents.must.includes(documentType);
    const base = { requirement: req.id, stage: req.stage, why: req.why, references: req.references, suggestion: pickClause(req, parties) };
    if (result.status === 'missing') {
      findings.push({
        ...base, id: `${req.id}:missing`, kind: 'missing', spans: [],
        severity: mustHere ? req.severity : lower(req.severity),
        message: {
          ja: `「${req.title.ja}」に関する定めが見当たりません。`,
          en: `No clause addresses "${req.title.en}".`,
        },
      });
    } else {
      const failed = req.tests.filter((t) => ev.failedCoreTests.includes(t.id));
      findings.push({
        ...base, id: `${req.id}:insufficient`, kind: 'insufficient',
        severity: lower(req.severity),
        // the clause headed by the requirement's subject first ("11. Subcontracting", not a confidentiality clause that names subcontractors)
        spans: ev.leadingEvidence.slice(0, 3).map(sentenceSpan),
        message: {
          ja: `「${req.title.ja}」の定めはありますが不十分です。不足: ${failed.map((t) => t.title.ja).join('／')}`,
          en: `"${req.title.en}" is addressed but insufficient. Missing: ${failed.map((t) => t.title.en).join('; ')}`,
        },
      });
    }
  });
  return findings;
}

const SEVERITY_ORDER = { high: 0, medium: 1, low: 2 };
function sortFindings(findings: Finding[]): Finding[] {
  // Stage ids are ASCII (S1…S7): a plain comparison orders them (localeCompare is slow on thousands of findings).
  const byStage = (a: Finding, b: Finding) => ((a.stage ?? '') < (b.stage ?? '') ? -1 : (a.stage ?? '') > (b.stage ?? '') ? 1 : 0);
  return findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || byStage(a, b));
}

function coverage(results: RequirementResult[], requirements: Requirement[]): Report['coverage'] {
  const byStage: Report['coverage']['byStage'] = {};
  for (const stage of Object.keys(STAGE_LABELS)) byStage[stage] = { total: 0, sufficient: 0, insufficient: 0, missing: 0 };
  const causes = new Set<string>();
  const addressed = new Set<string>();
  results.forEach((r, i) => {
    if (!r.applicable) return;
    const s = byStage[r.stage];
    s.total++;
    s[r.status]++;
    for (const cause of requirements[i].incidentCauses) {
      causes.add(cause);
      if (r.status !== 'missing') addressed.add(cause);
    }
  });
  return { byStage, incidentCausesUnaddressed: [...causes].filter((c) => !addressed.has(c)) };
}
