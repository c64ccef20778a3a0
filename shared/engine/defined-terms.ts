/**
 * Defined terms: how a definition sentence reads ('1.5 "Data Breach" means …', 「事故等」とは、…をいう), and the
 * document's own names for catalog concepts. A document that calls its subcontractors "Service Affiliates" (by a
 * definition, or "… subcontractors (each a "Partner")") means a subcontractor wherever it writes the name, so
 * each sentence using it gets the concepts its `readAs` term would give (defined-terms.json).
 */
import * as v from 'valibot';
import definedTermsJson from '../catalog/defined-terms.json' with { type: 'json' };
import { describeIssues } from '../catalog/schema.ts';
import { escapeRegExp, phrasePattern, termConcepts } from './lexicon.ts';
import type { CompiledCatalog } from './rules.ts';
import type { DocumentFacts } from './requirements.ts';
import { GLOSSARY_ENTRY, sentenceLocator, type Segmentation } from './segment.ts';
import { vaguenessData } from './vagueness.ts';

const DefinedTermsData = v.strictObject({
  $comment: v.optional(v.string()),
  aliases: v.array(v.strictObject({
    concept: v.pipe(v.string(), v.minLength(1)),
    readAs: v.strictObject({ en: v.pipe(v.string(), v.minLength(1)), ja: v.pipe(v.string(), v.minLength(1)) }),
    /**
     * The concept is a kind of thing (a place, people, information), not one thing: a name holding it is still read
     * ("Secure Lab" holds "lab" but not "premises"), and does not keep the name from another alias ("Learner Records"
     * defined as personal information). Generic aliases come after the others.
     */
    generic: v.optional(v.boolean()),
    /** A list of the concept's kinds is a head ("means the engineers, testers and team leaders who …"). */
    listHead: v.optional(v.boolean()),
  })),
  /** An English definition is about the concept when it names it within this many words of "means". */
  headWords: v.pipe(v.number(), v.integer(), v.minValue(1)),
});

/** Validates defined-terms.json; the error names the field. */
export function parseDefinedTerms(input: unknown) {
  const result = v.safeParse(DefinedTermsData, input);
  if (!result.success) throw new Error(describeIssues('defined-terms.json', result.issues));
  return result.output;
}
const DEFINED_TERMS = parseDefinedTerms(definedTermsJson);

export interface DefinitionSentence {
  /** The defined term, normalised, without a leading article. */
  term: string;
  /** Where the definition's body begins in the sentence (after "means", 「とは、」 or the glossary colon). */
  body: number;
  /** The term stands in quotes or bold (else it is the last words before "means", a guess). */
  quoted: boolean;
}

/** The verbs of an English definition: '"Incident" means …', '… has the meaning given in the Act'. */
const DEFINITION_VERB = String.raw`means|shall\s+mean|is\s+defined\s+as|refers\s+to|includes|shall\s+include|has\s+the\s+(?:same\s+)?meaning\s+(?:given|assigned|ascribed)`;
const DEFINITION_AT = new RegExp(String.raw`^(.*?)(?:\s(?:${DEFINITION_VERB})\b|とは[、,]?)`);

/** The term a definition sentence defines and where its body begins, or null. */
export function readDefinition(sentence: string): DefinitionSentence | null {
  // a glossary entry with a colon instead of a verb: '1.4 **"Incident"**: any breach …'
  const glossary = /^[\s#*-]*(?:\(?[0-9a-z]{1,3}[.)]\s*)*(?:[0-9]+(?:\.[0-9]+)*\.?\s+)?\**["“‘「『]\**\s*([^"“”‘’「」『』*]{2,60}?)\s*\**["”’」』]\**\s*[:：]/.exec(sentence);
  // or with the term in bold instead of quotes, and a colon or dash: '- **Sub-supplier**: every third party …', '- **Partners** — the companies …'
  const boldGlossary = glossary ?? /^[\s#>-]*(?:\(?[0-9a-z]{1,3}[.)]\s*)*(?:[0-9]+(?:\.[0-9]+)*\.?\s+)?\*\*([^*"“”:：]{2,60}?)\*\*\s*(?:[:：]|-{1,2}\s)/.exec(sentence);
  const fromGlossary = boldGlossary && withoutArticle(boldGlossary[1]);
  if (fromGlossary) return { term: fromGlossary, body: boldGlossary[0].length, quoted: true };
  // a Japanese list of definitions with a space instead of a verb: 「④「サービスパートナー」　受託者が…事業者」
  const jaGlossary = JA_GLOSSARY.exec(sentence);
  if (jaGlossary && hasJapanese(sentence.slice(jaGlossary[0].length, jaGlossary[0].length + 8))) {
    return { term: jaGlossary[1], body: jaGlossary[0].length, quoted: true };
  }
  // a Japanese list of definitions in statute style, the term unquoted and set off by a space after the item number:
  // 「(2) 再委託先　委託先から当該業務の委託を受ける者」 (a 用語の意義 list); the body reads as a definition
  const jaPlain = JA_GLOSSARY_PLAIN.exec(sentence);
  if (jaPlain && JA_PLAIN_BODY.test(sentence.slice(jaPlain[0].length, jaPlain[0].length + 120))) {
    return { term: jaPlain[1], body: jaPlain[0].length, quoted: false };
  }
  // a plain-text glossary entry, the term set off from its body by a gap ("Security Incident      an event that …"):
  // a term, not quoted (no alias is taken from it)
  const indent = sentence.length - sentence.trimStart().length;
  const spaced = GLOSSARY_ENTRY.exec(sentence.slice(indent));
  if (spaced) {
    const term = withoutArticle(spaced[1]);
    if (term) return { term, body: indent + spaced[0].length - 1, quoted: false };
  }
  const m = DEFINITION_AT.exec(sentence);
  if (!m) {
    // a line break before the verb: only a quoted term a hard-wrapped line cut in two ('and "Security\nIncident"
    // means'), not any wrapped sentence that goes on to "includes"
    const unwrapped = sentence.includes('\n') ? readDefinition(sentence.replace(/[\r\n]/g, ' ')) : null;
    return unwrapped?.quoted ? unwrapped : null;
  }
  const body = m[0].length;
  // the quoted (or bold) term just before the verb ('- "**Security Incident**" means', 'Section 1.3 "Agency Data" means', '**Downstream Provider** means')
  const quoted = /["“‘「『]\**\s*([^"“”‘’「」『』*]{2,60}?)\s*\**["”’」』]\W{0,2}$|^[\s#>-]*(?:[0-9]+(?:\.[0-9]+)*\.?\s+)?\*\*([^*"“”]{2,60}?)\*\*\W{0,2}$/.exec(m[1]);
  const fromQuote = quoted && withoutArticle(quoted[1] ?? quoted[2]);
  if (fromQuote) return { term: fromQuote, body, quoted: true };
  // (a list item's bullet is no part of the term: "- Security Incident means …" once a Word export drops the bold)
  const words = m[1].replace(/^[\s#*>•・-]*(?:\(?[0-9a-z]{1,3}[.)]\s*)*(?:[0-9]+(?:\.[0-9]+)*\s+)?/, '')
    .replace(/["“”'‘’*「」『』()（）]/g, ' ').trim().split(/\s+/).filter(Boolean).slice(-5);
  const term = withoutArticle(words.join(' '));
  return term ? { term, body, quoted: false } : null;
}

/** A further Japanese term defined in the same sentence: 「「従事者」とは、…をいい、「再委託先」とは、…をいう」. */
const JA_FURTHER_TERM = /をいい[、,]\s*[「『]([^「」『』]{2,30})[」』]とは/g;

/** Every term a definition sentence defines: the first, and each further one a Japanese sentence chains by 「をいい、」. */
export function definedTerms(sentence: string): string[] {
  const first = readDefinition(sentence);
  return first ? [first.term, ...Array.from(sentence.matchAll(JA_FURTHER_TERM), (m) => m[1])] : [];
}

/** A glossary entry's item number before its term: 「(2)」, 「2.」, 「二 」 (after any list or heading marks). */
const JA_ITEM_NUMBER = String.raw`^[\s#*-]*(?:\(\d{1,2}\)\s*|\d{1,2}[.)]\s*|[一二三四五六七八九十]{1,3}\s+)`;
/** 「(2) 再委託先　…」: an item number, then an unquoted Japanese term, then a gap (NFKC has made the 全角 space a space). */
const JA_GLOSSARY_PLAIN = new RegExp(String.raw`${JA_ITEM_NUMBER}([\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー・]{2,15})[ \t\u3000]+(?=[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}])`, 'u');
/** The body of such an entry names what the term is: 「…を受ける者」, 「…をいう」, 「…するもの」. */
const JA_PLAIN_BODY = /^[^。]{0,100}?(?:をいう|をいい|者|もの)/;
/** 「(2)「再委託先」　…」: a quoted Japanese term, the item number before it optional, then a gap. */
const JA_GLOSSARY = new RegExp(String.raw`${JA_ITEM_NUMBER}?「([^「」]{2,30})」[ \t\u3000]+(?=[^\s])`);

/** A defined term without a leading article ("the Services" → "services"), or null when under two characters remain. */
function withoutArticle(term: string): string | null {
  // a term a hard-wrapped line cut in two ('and "Security\nIncident" means') is one term with a space
  const bare = term.trim().replace(/\s+/g, ' ').replace(/^(?:the|a|an|any)\s+/, '');
  return bare.length >= 2 ? bare : null;
}

/**
 * '… subcontractors (each a "Partner")', 「…再委託先（以下「協力会社」という。）」: the label in brackets after its
 * head noun. A plain '(the "X")' is left alone: it often closes a long phrase whose head comes first ("the Request
 * for Proposals for … Outsourcing (the "RFP")").
 */
const INLINE_EN = /\(\s*(?:each|individually|collectively|together)[\s,]+(?:(?:a|an|the|referred\s+to\s+as|called)\s+)?["“]\**([^"“”*]{2,40}?)\**["”]\s*\)/g;
/** 「2.2 担当医は、当社の委託先として」: a sentence opening with a role that it says is the contractor's subcontractor. */
const JA_AS_SUBCONTRACTOR = /^[\s#*>-]*(?:[0-9]+(?:\.[0-9]+)*\.?\s*|\(?[0-9]{1,2}\)\s*|[一二三四五六七八九十]{1,3}\s+)?([\p{Script=Han}\p{Script=Katakana}ー]{2,10})は[、,]\s*(当社の委託先|(?:(?:当社|弊社|乙|受託者|受注者)の)?(?:再委託先|外注先|協力会社))として/du;
const JA_PARTY_LABEL = /^(?:当社|弊社|貴社|受託者|受注者|委託者|発注者|契約者|利用者|委託先|再委託先)$/;
const INLINE_JA = /[（(]以下[、,]?\s*[「『]([^」』]{2,20})[」』](?:という|と総称する|と称する|と略す)/g;
/** A Japanese legal form (data: parties.organisationWords.jaLegalForms) shortly before: a party's name, not a concept's. */
const COMPANY_BEFORE = new RegExp(`(?:${vaguenessData.parties.organisationWords.jaLegalForms.map(escapeRegExp).join('|')})[^、。,;()（）]{0,30}$`);
/** The head of a Japanese definition ends right before 「をいう」 or, in です・ます terms, 「をいいます」 (「…再委託先の従業員をいう」 is about 従業員). */
const JA_BODY_END = /(?:をいう|をいいます|を指す|を指します|のことをいう|のことをいいます)/;
/**
 * A bracketed note closing the head (「…委託する第三者（クラウド基盤事業者を含む。）をいう」, "subcontractors (including
 * their affiliates) (each a …)"): the head is the noun before it.
 */
const HEAD_NOTE_AFTER = /^\s*\([^()]{1,80}\)$/;
/** After a Japanese phrase ending in its noun (「…を行わせる者」), 「として」: the phrase says what the defined party is. */
const AS_GENUS_AFTER = /^(?:として|であって)/;

/**
 * A concept that is one item of a list is no head: "employees, agents and subcontractors (collectively,
 * "Representatives")", 「役員、従業員及び再委託先」, "means subcontractors and agents".
 */
const COORDINATION_BEFORE = /(?:\band|\bor|,|&|、|・|及び|又は|並びに|若しくは)\s*(?:(?:its|their|our|the|any|all)\s+)?$/;
/**
 * An English head is followed by what closes or qualifies it, not by another noun and not by a list: "means
 * third parties that …", "personal information about students", but not "the Personal Data Protection Act" nor
 * "subcontractors and agents".
 */
/** The head is the first item of a list (for a concept whose kinds may be listed). */
const LIST_GOES_ON = /^\s*(?:,|\band\b|\bor\b)/;
const HEAD_END = /^(?:\s*$|\s*[;:.()]|\s+(?:that|which|who|whom|whose|where|when|of|to|in|on|at|for|by|with|from|about|as|under|within|relating|concerning|regarding|including|engaged|used|appointed|retained|employed|processed|provided|described|listed|identified|held|collected|received|disclosed|made|is|are|means|whether)\b)/;

/**
 * Nor is the object of a phrase after the head: "the party receiving the Confidential Information (each a
 * "Recipient")", "a list of subcontractors (each a …)" — but "approved subcontractors" is a head with its adjective.
 */
const POSTMODIFIER_BEFORE = /\b(?:(?:[a-z]+ing|[a-z]+ed)(?:\s+(?:the|a|an|its|their|our|such|any|all|each))+|of(?:\s+(?:the|a|an|its|their|our|such|any|all|each))*)\s+$/;

interface Alias { term: string; concepts: readonly number[] }

/** Kana or kanji: a Japanese term (matched as it stands) or body (its head comes last). */
const hasJapanese = (s: string) => /[\u3040-\u9fff]/.test(s);

/**
 * Marks the concepts of each alias's `readAs` term in every sentence and heading that uses a term the document
 * defines as that concept. A definition is about a concept when the concept is its head: within the first
 * words of an English definition's body, at the end of a Japanese one, or right before an inline label.
 */
export function markDefinedAliases(text: string, facts: DocumentFacts, compiled: CompiledCatalog): void {
  const aliases = findAliases(text, facts, compiled);
  if (aliases.length === 0) return;
  const sentenceAt = sentenceLocator(facts.sentenceConcepts.ranges);
  const headingAt = sentenceLocator(facts.headingConcepts.ranges);
  for (const { term, concepts } of aliases) {
    for (const at of occurrences(text, term)) {
      const i = sentenceAt(at);
      if (i >= 0) for (const c of concepts) facts.sentenceConcepts.bits.set(c, i);
      const h = headingAt(at);
      if (h >= 0) for (const c of concepts) facts.headingConcepts.bits.set(c, h);
    }
  }
}

function findAliases(text: string, facts: DocumentFacts, compiled: CompiledCatalog): Alias[] {
  const found: Alias[] = [];
  // a term's first definition decides (a glossary entry, then the clauses that repeat it)
  const read = new Set<string>();
  const { sentences } = facts.segmentation;
  const aliases = compiledAliases(compiled);
  for (const i of candidateSentences(text, sentences)) {
    const s = sentences[i];
    if (s.kind === 'row') continue;
    const sentence = text.slice(s.start, s.end);
    // one definition may offer several head places (an enumerated body): the first that holds a concept decides
    const here = new Set<string>();
    for (const { term, head, text: reading } of definitionsIn(sentence)) {
      if (read.has(term)) continue;
      here.add(term);
      // a term that names a concept itself is that concept ("Personal Data Incident" is an incident, whatever its definition mentions)
      if (aliases.some((a) => !a.generic && a.holds(term))) continue;
      const alias = headAlias(aliases, reading ?? sentence, head);
      if (alias) {
        found.push({ term, concepts: alias.concepts[hasJapanese(term) ? 'ja' : 'en'] });
        read.add(term);
      }
    }
    for (const term of here) read.add(term);
  }
  return found;
}

/** What any definition (readDefinition, INLINE_EN, INLINE_JA) holds: the few sentences with one are read, not every sentence. */
const DEFINITION_CUE = new RegExp(String.raw`\b(?:${DEFINITION_VERB})\b|とは|(?:委託先|外注先|協力会社)として|(?:["”’」』]|\*\*)\**\s*[:：]|\*\*\s*-{1,2}\s|\(\s*(?:each|individually|collectively|together)\b|[（(]以下|」[ \t\u3000]`, 'g');

function candidateSentences(text: string, sentences: Segmentation['sentences']): number[] {
  const sentenceAt = sentenceLocator(sentences);
  const out: number[] = [];
  for (const m of text.matchAll(DEFINITION_CUE)) {
    const i = sentenceAt(m.index!);
    if (i >= 0 && out[out.length - 1] !== i) out.push(i);
  }
  return out;
}

/**
 * Where a definition's head is: in sentence[from, to), a term of the concept starting before `startsBy` (the
 * first words of an English body), or, when `startsBy` is -1, ending at `to` (a Japanese body, an inline label).
 */
interface HeadPlace {
  from: number;
  to: number;
  startsBy: number;
  /** An item of an enumerated body: only a phrase (a pattern's match) is a head there, not a listed noun. */
  phraseOnly?: boolean;
}
const ENUMERATED_BODY = /^\s*\((?:a|i|1)\)\s/;
/** A phrase closing a short list names the genus: "means its subcontractors, vendors and other third parties that it uses in performing …". */
const GENUS_AFTER_LIST = /^[^.;:]{0,80},[^.;:,]{0,40}?\s(?:and|or)\s+(?:any\s+|all\s+)?other\s+$/;
const ITEM_MARKER = /\((?:[b-h]|ii|iii|iv|[2-8])\)\s+/g;

/**
 * 「乙が第三者（以下「専門業者」という。）に再委託できる」: the label stands between the head and the verb that makes it
 * the subcontractor; read without the bracket (「第三者に再委託」), the verb right after is the head. Only 再委託 /
 * 再委任: a plain 委託 is the outsourcer's own (「第三者（以下「監査人」という。）に委託して」).
 */
const INLINE_JA_SUB_AFTER = /^[。.]?\s*[)）]\s*((?:に|へ)(?:再委託|再委任))/;

function* definitionsIn(sentence: string): Generator<{ term: string; head: HeadPlace; text?: string }> {
  const definition = readDefinition(sentence);
  if (definition?.quoted) {
    const body = sentence.slice(definition.body);
    const jaEnd = body.search(JA_BODY_END);
    if (jaEnd >= 0) yield { term: definition.term, head: { from: definition.body, to: definition.body + jaEnd, startsBy: -1 } };
    // a Japanese body without 「をいう」 (a list entry 「「X」　…事業者」) ends with its head
    else if (hasJapanese(body.slice(0, 8))) yield { term: definition.term, head: { from: definition.body, to: sentence.length, startsBy: -1 } };
    else {
      // the first words of the body, articles and possessives included ("means the Vendor's third-party …")
      const words = [...body.matchAll(/\S+/g)].slice(0, DEFINED_TERMS.headWords);
      const last = words[words.length - 1];
      if (last) yield { term: definition.term, head: { from: definition.body, to: sentence.length, startsBy: last.index! + last[0].length } };
      // an enumerated body ('means (a) any company in its group and (b) any other third party, in each case engaged by
      // the Operator to carry out …'): each item's first words may hold the head, but only as a phrase, not a listed noun
      if (ENUMERATED_BODY.test(body)) {
        for (const item of body.matchAll(ITEM_MARKER)) {
          const after = item.index! + item[0].length;
          const itemWords = [...body.slice(after).matchAll(/\S+/g)].slice(0, DEFINED_TERMS.headWords);
          const end = itemWords[itemWords.length - 1];
          if (end) yield { term: definition.term, head: { from: definition.body, to: sentence.length, startsBy: after + end.index! + end[0].length, phraseOnly: true } };
        }
      }
    }
  }
  // 「担当医は、当社の委託先として…を行う」: a role the document makes a subcontractor by a predicate, not by 「とは」
  // (the contractor's own labels are no such role: 「受託者は、委託者の委託先として」 is the contract itself)
  const role = JA_AS_SUBCONTRACTOR.exec(sentence);
  if (role?.indices?.[2] && !JA_PARTY_LABEL.test(role[1])) yield { term: role[1], head: { from: role.indices[2][0], to: role.indices[2][1], startsBy: -1 } };
  for (const re of [INLINE_EN, INLINE_JA]) {
    for (const m of sentence.matchAll(re)) {
      const term = withoutArticle(m[1]);
      // a party's name is no concept: 「株式会社エヌ・ティ・ティ・データ（以下「乙」という。）」
      if (term && !COMPANY_BEFORE.test(sentence.slice(Math.max(0, m.index! - 40), m.index!))) {
        const from = Math.max(0, m.index! - 80);
        yield { term, head: { from, to: m.index!, startsBy: -1 } };
        const verb = re === INLINE_JA ? INLINE_JA_SUB_AFTER.exec(sentence.slice(m.index! + m[0].length))?.[1] : undefined;
        if (verb) {
          // the phrase starts after the clause's last comma (「乙は、第三者に再委託」 is no list)
          const clause = from + sentence.slice(from, m.index!).search(/[^、,。]*$/);
          yield { term, text: sentence.slice(0, m.index!) + verb, head: { from: clause, to: m.index! + verb.length, startsBy: -1 } };
        }
      }
    }
  }
}

/**
 * The alias whose term heads the definition: the first in order, unless a later non-generic one's term is longer
 * ("a personal data breach" is an incident, not personal data: an English compound's last noun is its head).
 */
function headAlias(aliases: CompiledAlias[], sentence: string, head: HeadPlace): CompiledAlias | undefined {
  let best: { alias: CompiledAlias; span: [number, number] } | undefined;
  for (const alias of aliases) {
    if (best && alias.generic) break;
    const span = alias.headSpan(sentence, head);
    if (!span) continue;
    if (!best) { best = { alias, span }; continue; }
    // one literal hit carries the concepts of the terms inside it: on the same span, the concept of its first words is the modifier
    const lead = sentence.slice(span[0], span[1]).replace(/\s*\S+$/, '');
    const longer = span[0] <= best.span[0] && span[1] > best.span[1];
    const same = span[0] === best.span[0] && span[1] === best.span[1] && lead !== '' && best.alias.holds(lead) && !alias.holds(lead);
    if (longer || same) best = { alias, span };
  }
  return best?.alias;
}

interface CompiledAlias {
  /** Where a term (or pattern) of the concept is the head of the definition (in the sentence), or null. */
  headSpan(sentence: string, head: HeadPlace): [number, number] | null;
  /** Whether a term carries the concept itself. */
  holds(term: string): boolean;
  generic: boolean;
  concepts: { en: readonly number[]; ja: readonly number[] };
}
const aliasCache = new WeakMap<CompiledCatalog, CompiledAlias[]>();

function compiledAliases(compiled: CompiledCatalog): CompiledAlias[] {
  let cached = aliasCache.get(compiled);
  if (cached) return cached;
  const { scanner } = compiled;
  const patternsOf = new Map<number, RegExp[]>();
  for (const { re, concept } of scanner.patterns) patternsOf.set(concept, [...(patternsOf.get(concept) ?? []), re]);
  // the aliases are tried one after another on the same text: its literal hits are scanned once
  let scanned = '';
  let hits = scanner.scanLiterals('');
  /** The spans of the concept's terms and patterns in a short text (and whether a pattern matched: a phrase, not a word). */
  const spans = (id: number, text: string): [number, number, boolean][] => {
    const out: [number, number, boolean][] = [];
    if (text !== scanned) [scanned, hits] = [text, scanner.scanLiterals(text)];
    for (let k = 0; k < hits.length; k++) if (hits.at(k).includes(id)) out.push([hits.starts[k], hits.ends[k], false]);
    for (const re of patternsOf.get(id) ?? []) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        if (m[0].length === 0) { re.lastIndex++; continue; }
        out.push([m.index, m.index + m[0].length, true]);
      }
    }
    return out;
  };
  /** The concepts a term gives where it stands alone; a term no concept has is an error in the data file. */
  const conceptsOf = (readAs: string, field: string): number[] => {
    const concepts = termConcepts(scanner, readAs);
    if (!concepts) throw new Error(`defined-terms.json: ${field}: "${readAs}" is no term of the catalog`);
    return concepts;
  };
  cached = DEFINED_TERMS.aliases.map(({ concept, readAs, generic, listHead }, k) => {
    const id = compiled.concept(concept);
    return {
      headSpan: (sentence, { from, to, startsBy, phraseOnly }) => {
        // trailing spaces, commas and quotes aside: "… subcontractors, (each a …)"
        const place = sentence.slice(from, to).replace(/[\s,、*"”」』]+$/, '');
        const span = spans(id, place).find(([start, end, phrase]) => {
          const before = place.slice(0, start);
          if (COORDINATION_BEFORE.test(before)) return false;
          // or a phrase that names what the head is (「…を行わせる者として、受託者が指定する事業者」)
          if (startsBy < 0) return (end === place.length || HEAD_NOTE_AFTER.test(place.slice(end)) || (phrase && AS_GENUS_AFTER.test(place.slice(end)))) && !POSTMODIFIER_BEFORE.test(before);
          // an English body opens with the concept: a phrase, or a word that ends as a head; in a list item only a phrase
          if (!phrase && (phraseOnly || !(HEAD_END.test(place.slice(end)) || (listHead && LIST_GOES_ON.test(place.slice(end)))))) return false;
          return start < startsBy || (phrase && !phraseOnly && GENUS_AFTER_LIST.test(before));
        });
        return span ? [from + span[0], from + span[1]] : null;
      },
      holds: (term) => spans(id, term).length > 0,
      generic: generic === true,
      concepts: { en: conceptsOf(readAs.en, `aliases.${k}.readAs.en`), ja: conceptsOf(readAs.ja, `aliases.${k}.readAs.ja`) },
    };
  });
  aliasCache.set(compiled, cached);
  return cached;
}

/** Starts of a defined term's uses: an English one as a whole word, plural and possessive included. */
function occurrences(text: string, term: string): number[] {
  const out: number[] = [];
  if (hasJapanese(term)) {
    for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) out.push(at);
    return out;
  }
  const singular = term.replace(/(?:ies|s)$/, (s) => (s === 'ies' ? 'y' : ''));
  const stem = singular.endsWith('y') ? `${phrasePattern(singular.slice(0, -1))}(?:y|ies)` : `${phrasePattern(singular)}(?:s|es)?`;
  for (const m of text.matchAll(new RegExp(`(?<![a-z0-9])${stem}(?:'s|')?(?![a-z0-9])`, 'g'))) out.push(m.index!);
  return out;
}
