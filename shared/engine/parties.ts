/**
 * Parties: labels defined in the document (「株式会社A（以下「甲」という。）」, 'Acme Inc. ("Supplier")'),
 * role words used as subjects (受託者は / Customer shall), the provider named in terms (GitHub will /
 * Mozilla は) and first/second person in terms (we / you) — and their roles, inferred from the
 * document: role verbs first (甲が乙に委託する, 乙が丙に委託する → 丙 is a subcontractor), then
 * unambiguous label words (受託者, Customer), the defined name (受託者（以下「乙」）), provider verbs
 * (当社が提供する), the counterpart (当社 facing 受託者 is the outsourcer), and last the convention
 * (甲 = outsourcer). Vocabulary: shared/catalog/vagueness.json `parties`.
 */
import type { Party } from '../schemas/report.ts';
import vagueness from '../catalog/vagueness.json' with { type: 'json' };
import { flattenWhitespace, isSpaceCode, normalize, toOriginal, type NormalizedText } from './normalize.ts';
import { escapeRegExp, isAsciiTerm, normaliseTerm, phraseAlternation, phrasePattern, termAlternation } from './lexicon.ts';
import { FlatTrie } from './trie.ts';
import { unwrapLines } from './line-wrap.ts';
import { catalog } from '../catalog/index.ts';

export type Role = Party['role'];
type FixedRole = 'outsourcer' | 'contractor' | 'subcontractor';

const P = vagueness.parties;
/**
 * After a party's definition, an apposition naming it a subcontractor: '("Northline"), Vendor's GIS subcontractor',
 * '("Keystone"), its backup sub-processor', or the role it is appointed to: '("Brightline") as a subcontractor of the Provider'.
 */
const SUBCONTRACTOR_APPOSITION = /^["”’']?\s*\)\s*(?:,|\s(?:as|to\s+act\s+as|to\s+be)\s)\s*(?:(?:its|their|the|a|an|one\s+of\s+(?:its|the))\s+)?(?:[A-Za-z][\w&.-]*['’]s\s+)?(?:[\w-]+\s+){0,3}?(?:sub-?contractor|sub-?processor)s?\b/i;
/** A lexicon's terms in both languages, normalised (a text may mix them). */
const termsOf = (lexicon: { ja: readonly string[]; en: readonly string[] }) => [...lexicon.ja, ...lexicon.en].map(normaliseTerm);

/** Role words (normalised) → role; 'both' for joint subjects. */
const ROLE_WORDS = new Map<string, Role>();
for (const role of ['subcontractor', 'contractor', 'outsourcer', 'both'] as const) {
  const lex = (P.roles as Record<string, { ja: string[]; en: string[] }>)[role];
  for (const t of [...lex.ja, ...lex.en]) {
    const k = normaliseTerm(t);
    if (k && !ROLE_WORDS.has(k)) ROLE_WORDS.set(k, role);
  }
}
/** The party letters of a Japanese contract (甲乙丙丁戊): labels with no meaning of their own. */
export const LETTER_LABEL = /^[甲乙丙丁戊]$/;
/** The role word a plural stands for ("bidders" → "bidder"), or undefined. */
const singularRoleWord = (w: string): string | undefined => (/[a-z]s$/.test(w) && ROLE_WORDS.has(w.slice(0, -1)) ? w.slice(0, -1) : undefined);
/** Words that only ever name a contracting role (data: parties.contractRoleWords; a 利用者 may be the customer or just an end user). */
const CONTRACT_ROLE_WORDS = new Set(termsOf(P.contractRoleWords));
/** Labels whose role the document decides (data: parties.documentDecided, and the bare 県/市 labels). */
const AMBIGUOUS = new Set([...P.documentDecided.ja, ...P.documentDecided.en, ...P.organisationWords.jaBareLabels].map(normaliseTerm));
/** Generic role words searched as subjects even without a definition (multi-char, not too generic: parties.notSubjectAlone). */
const NOT_SUBJECT_ALONE = new Set(termsOf(P.notSubjectAlone));
const SUBJECT_WORDS = [...ROLE_WORDS.keys()].filter((w) => ROLE_WORDS.get(w) !== 'both' && (isAsciiTerm(w) ? w.length >= 3 : w.length >= 2 || /^[甲乙丙丁]$/.test(w))
  && !NOT_SUBJECT_ALONE.has(w));
const wordsPattern = (ja: string[], en: string[]) =>
  [...ja.map((w) => escapeRegExp(normaliseTerm(w))), `\\b(?:${en.map(phrasePattern).join('|')})\\b\\.?`].join('|');
const O = P.organisationWords;
/** In the verb clause after 「Yに」: another one entrusted right before the role verb (「甲に届け出た協力会社に委託する」). */
const ENTRUSTED_LATER = /[^、,。\s]に(?:対し(?:て)?)?[、,]?(?:委託|発注|委任)(?:する|し[、,たてまよ]|される)/;
/** A Japanese name that is an organisation by its legal form or its ending (data: parties.organisationWords), on the normalised name. */
const ORG_NAME_JA = new RegExp(`${O.ja.map((w) => escapeRegExp(normaliseTerm(w))).join('|')}|(?:${O.jaEndings.map(escapeRegExp).join('|')})$`);
const LEGAL_FORM_EN = new RegExp(`\\b(?:${O.en.map(phrasePattern).join('|')})\\b\\.?`, 'gi');
/**
 * A defined name that is an organisation by its legal form, `written` as in the original: an English legal form
 * ends a company's name, so one inside a longer proper name ("… Reliability Corporation Critical Infrastructure
 * Protection") or a word ("co-host") names something else.
 */
function isOrganisation(n: string, written: string): boolean {
  if (ORG_NAME_JA.test(n)) return true;
  for (const m of written.matchAll(LEGAL_FORM_EN)) {
    const after = written.slice(m.index + m[0].length);
    // "Corp. Suite 207" is an address after the name: an abbreviation's full stop ends it
    if (after.startsWith('-') || (!m[0].endsWith('.') && /^\s+[A-Z][a-z]/.test(after))) continue;
    // a form written in lower case ends the name: "group health plans" is no "… Group"
    if (m[0] !== m[0].toLowerCase() || !/[a-z]/i.test(after)) return true;
  }
  return false;
}
/** A word addressing the buyer (貴社, お客様), not the writer's own (「当社のお客様の個人情報」: its customers, not its reader). */
const ADDRESSEE_JA = new RegExp(`(?<!(?:${P.firstPerson.contractor.ja.map(escapeRegExp).join('|')})の)(?:${P.firstPerson.outsourcer.ja.map(escapeRegExp).join('|')})`);
/** What an appositive puts before a name: 「協力会社である」「当社の子会社たる」. */
const APPOSITIVE_HEAD_JA = /^.+(?:である|たる)(?=.)/;
/** An organisation's name (no particle in it) before に/へ and 再委託 in the same clause, its seat in brackets between. */
const SUBCONTRACTED_ORG_JA = /(?<=^|[、。をは\s])([^\s、。「」()をはがにへ]{2,40})(?:\([^()。]{1,30}\))?(?:に|へ)[、,]?[^。]{0,30}?再{1,2}々?委託(?:する|し|を予定|の予定|を行)/gm;
/**
 * A firm of partners by its name as written: partners' names joined by & ("Harlow & Finch"), or & / and before a
 * partnership word ("Quill and Partners"; data: organisationWords.partnerships).
 */
const PARTNERSHIP_WORDS = O.partnerships.en.map(escapeRegExp).join('|');
const PARTNERSHIP = new RegExp(`\\p{Lu}[\\p{L}'’.-]*\\s+(?:&\\s+\\p{Lu}|(?:&|and)\\s+(?:${PARTNERSHIP_WORDS})\\b)`, 'u');
/** A law, code or standard by its last word, a year after it or not (data: organisationWords.instruments), on the normalised name. */
const INSTRUMENT = new RegExp(`(?:${[...O.instruments.ja.map(escapeRegExp), `\\b(?:${O.instruments.en.map(phrasePattern).join('|')})`].join('|')})(?:\\s*\\d{4})?$`);
/** A bare local-government label as a party (data: organisationWords.jaBareLabels), not inside a longer word. */
const BARE_LABEL = new RegExp(`(?<![\\u3400-\\u9fff々〇ヶケ])(${O.jaBareLabels.map(escapeRegExp).join('|')})(?=は|が|に|の|へ|から|と|及び|又は)`, 'g');
/** A public body, school, hospital or bank: a party when named in the opening of the document. */
const PUBLIC_BODY = new RegExp(wordsPattern(O.publicBodies.ja, O.publicBodies.en));
/**
 * Labels that name a kind of body ("the University", "the Insurer"): a party when defined in the opening; the buyers'
 * kinds (a bank, a university) buy the service like a public body.
 */
const BUYER_LABELS = new Set(O.bodyLabels.buyers.map(normaliseTerm));
const BODY_LABELS = new Set([...O.bodyLabels.en.map(normaliseTerm), ...BUYER_LABELS]);
/**
 * A name written as one: Japanese, or English words all capitalised but for joining words and a lower-case legal
 * form ("City of Oakton", "The Regents of the University of California", "Northwind Bank plc"), with one capital at
 * least; not a phrase that mentions a body ("the laws of the State").
 */
const isProperName = (name: string) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(name) || (/(?:^|\s)[("“]*[\p{Lu}0-9]/u.test(name) &&
  name.trim().split(/\s+/).every(isNameWord));
const isNameWord = (w: string) => /^[\p{Lu}0-9&("“]/u.test(w) || /^(?:of|the|and|for|de|du|des|der|\/|&)$/.test(w) || LOWER_LEGAL_FORM.test(w);
const LOWER_LEGAL_FORM = new RegExp(`^(?:${O.en.map(escapeRegExp).join('|')})\\.?,?$`);
/**
 * The words before a party's name; the "and" inside a partnership's name ("Quill and Partners") is none. A letter
 * or recital names a party inside its sentence: "We confirm that Acme Ltd ("Acme") will renew …".
 */
const PARTY_LEAD = new RegExp(`^.*\\b(?:between|among|and(?!\\s+(?:${PARTNERSHIP_WORDS})\\b)|by|with|acting\\s+through|that)\\s+`, 'i');
/** 'This Agreement is between Acme Corp.' → 'Acme Corp.', on one line */
const partyName = (raw: string) =>
  flattenWhitespace(raw).replace(/\*+/g, '').replace(PARTY_LEAD, '').replace(/^(?:は|と|、)\s*(?![ぁ-ゖ])/, '')
    // a list's number before the name ("(1) BICYCLETX LIMITED"), a registration number in brackets after it
    // ("… Limited (CE No. AXK123)")
    .replace(/^\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})\)\s+/i, '')
    // a clause's number before the name that opens it ("1.1 Acme Ltd (\"we\") provide …")
    .replace(/^\d{1,2}(?:\.\d{1,2})+\.?\s+(?=\p{Lu})/u, '').replace(/\s*\([^()]*\d[^()]*\)$/, '')
    // a form's field label: 「回答者：株式会社…」
    .replace(/^[^：:\s]{1,10}[：:]\s*/, '');
/**
 * The organisation a clause ends in ('… may subcontract the monitoring to Northmoor Managed Services Ltd ("Northmoor")'):
 * its last run of name words from a capital, when a legal form makes it an organisation's name.
 */
function organisationAtEnd(written: string): string | null {
  const words = partyName(written).trim().split(/\s+/);
  let k = words.length;
  while (k > 0 && isNameWord(words[k - 1])) k--;
  while (k < words.length && !/^[\p{Lu}0-9]/u.test(words[k])) k++;
  const name = words.slice(k).join(' ');
  return name && isOrganisation(normaliseTerm(name), name) ? name : null;
}

/**
 * Work handed on to a party the document names ('subcontract the monitoring to Northmoor', 'Consent to subcontract —
 * out-of-hours monitoring (Northmoor …)', 'engages Acme as its sub-processor', 'Proposed subcontractor: Acme'):
 * that party is a subcontractor, though no role word labels it.
 */
function handedOnTo(text: string, key: string): boolean {
  const k = phrasePattern(key);
  return new RegExp(`\\bsub-?contract(?:s|ed|ing)?\\b[^.;\\n]{0,60}?(?:\\bto\\s+|\\(\\s*)(?:the\\s+)?${k}\\b` +
    `|\\b${k}\\b[^.;\\n]{0,30}?\\bas\\s+(?:a|an|its|our|your|their|the)\\s+(?:[\\w-]+\\s+){0,2}?sub-?(?:contractor|processor)\\b` +
    `|\\bsub-?(?:contractor|processor)s?\\s*[:(]\\s*${k}\\b`).test(text);
}

/** Words for a service's end users, who are a party only when not defined as someone else's people (data: parties.endUsers). */
const END_USER_WORDS = new Set(termsOf(P.endUsers));
/** A department's name ends so; a legal form before or after a name is not part of it (data: organisationWords). */
const UNIT_END = new RegExp(`(?:${phraseAlternation(O.jaUnitEndings)})$`);
/** A label or name that ends in a service or system noun. */
const SERVICE_END = /(?:サービス|システム)$/;
/** A Japanese legal form anywhere in a name. */
const JA_LEGAL_FORM_ANY = new RegExp(phraseAlternation(O.jaLegalForms));
const LEGAL_FORM_JA = new RegExp(`^(?:${phraseAlternation(O.jaLegalForms)})|(?:${phraseAlternation(O.jaLegalForms)})$`, 'g');
/** Characters from the start within which a definition names the parties (the preamble and recitals). */
const OPENING = 2000;
/** A definition's pronoun ('"Customer" or "you" means …', '"Provider", "we", "us" or "our" means …') → the party key it stands for. */
const PRONOUNS = new Map<string, 'we' | 'you'>([
  ...P.firstPerson.contractor.en.map((w) => [normaliseTerm(w), 'we'] as const),
  ...P.firstPerson.outsourcer.en.map((w) => [normaliseTerm(w), 'you'] as const),
]);
const hasPronoun = (aliases: string[]) => aliases.some((a) => PRONOUNS.has(normaliseTerm(a)));
/** Words before a verb that are not a provider's name (data: parties.notNames). */
const NOT_NAMES = new Set(termsOf(P.notNames));

export interface PartyModel {
  parties: Party[];
  /** Normalised mention → role and the label shown in the report (as written in the original). */
  mentions: Map<string, { role: Role; label: string }>;
  /**
   * Every mention in text[from, to) left to right without overlaps; `mention` is the matched key with its
   * whitespace read as single spaces (and a plural s). `visit` returning true stops the scan.
   */
  scanMentions(text: string, visit: (start: number, end: number, mention: string) => boolean | void, from?: number, to?: number): void;
}

/** Detects parties; `normalized` avoids normalising the document twice when the caller has it. */
export function detectParties(original: string, normalized?: NormalizedText): Party[] {
  // hard-wrapped lines joined as analyze() joins them: a name cut by a line break is one name
  return buildPartyModel(original, normalized ?? unwrapLines(original, normalize(original), catalog)).parties;
}

// Definitions: 「名称（以下「甲」という。）」 and 'Name ("Label")'. The bracket is found first (a literal,
// cheap to search for) and the name read backwards from it: a name-first regular expression would try a
// lazy 40–80 character run at every position of the document.
// 「（本店：東京都千代田区、以下「甲」という。）」: a note on the party may come before 以下; 「以下総称して「参加団体」」,
// 「以下それぞれを「利用団体」」: a word saying how the label covers several bodies may come after it
const JA_DEF_TAIL = /\(\s*(?:(?:[^()「」『』]{1,60}?[、,]\s*)?(?:以下|以降)(?:\s*(?:それぞれ|各々|総称して|併せて|合わせて|まとめて|個別に|単に)\s*を?)?|まとめて)?\s*[、,]?\s*[「『"]([^」』"]{1,15})[」』"]\s*(?:と|という|といい|と称|\))/g;
const JA_NAME_CHAR = /[^\s、。「」()]/;
// ("Council", "we"), ("**Port**"), ("the Supplier"): the first of several labels, markdown bold and an article inside the quotes
// or between dashes, as German-drafted contracts write it: '… GmbH, Stuttgart\n- hereinafter referred to as "Client" -'
// a data-protection role may follow the label, as a DPA names its parties: ("Retailer", controller), ("Host"; processor)
// and Indian drafting says whom the label binds: (hereinafter "the Company", which expression shall … include its successors)
const EN_DEF_TAIL = new RegExp(String.raw`(?:\(|(?<=^|\s)-\s*(?=hereinafter\b))\s*(?:hereinafter\s+)?(?:referred\s+to\s+as\s+|called\s+)?(?:the\s+|each\s+a\s+|collectively\s*,?\s*)?(?:(?:\*\*)?"\**|\*\*)(?:the\s+)?([a-z0-9][\w -]{1,30}?)(?:\**"(?:\*\*)?|\*\*)((?:\s*(?:,|or|and)\s*(?:the\s+)?"[^"()]{1,30}")*)(?:\s*[,;]\s*(?:as\s+)?(?:the\s+|a\s+)?(?:data\s+)?(${termAlternation(P.dataRoles.en)}))?(?:\s*,\s*which\s+(?:expression|term)\s+shall\b[^()"]{0,200})?\s*(?:\)|-)`, 'g');
// a name and its description may hold brackets and an address: "Kestrel Cloud Services (HK) Limited", "18/F, …"
const EN_NAME_CHAR = /[\p{L}\p{N}_&.,'’*()\/# -]/u;
/**
 * '**Acme Water Authority**, a public utility having its head office at 40 Mill Road, Brackenridge (the
 * "Customer")': the name is what comes before the description of the party.
 */
const EN_PARTY_DESCRIPTION = new RegExp([
  ',\\s*(?:a|an|whose|having|with\\s+its|incorporated|organi[sz]ed|registered|located|acting|which)\\b',
  ',\\s*(?:\\d|suite\\b|p\\.?\\s*o\\.?\\s*box\\b)',
  // an address without a number first: ", Industriestraße 5", ", Praha 4"
  ',\\s*[\\p{L}.-]+\\s+\\d{1,5}\\b',
  '\\s+(?:whose|having|with\\s+its|incorporated|organi[sz]ed|located)\\b',
  '\\s+an?\\s+(?:[a-z-]+\\s+){0,4}(?:corporation|company|partnership|trust|association|body)\\b',
].join('|'), 'gu');

interface Definition {
  name: string; nameStart: number; label: string; labelStart: number;
  /** Where the bracket opens. */
  bracket: number;
  /** Further labels of the same party: ("Council", "we"). */
  aliases: string[];
  /** The data-protection role written after the label: ("Retailer", controller). */
  dataRole?: string;
}

/** A line this long that breaks mid-sentence was wrapped at a page's width (a heading or a list line is shorter). */
const MIN_WRAPPED_LINE = 60;

/** Whether the line break at `i` only wraps a long line that goes on (a party's description set in a fixed-width page). */
function wrapsAt(text: string, i: number): boolean {
  if (text[i] !== '\n' || text[i - 1] === '\n') return false;
  const lineStart = text.lastIndexOf('\n', i - 1) + 1;
  return i - lineStart >= MIN_WRAPPED_LINE && !/[.:;。]/.test(text[i - 1]);
}

/** A word joining a party's definition to the next party's name: と, 及び, 並びに, が, は or a comma. */
const JOINING_PARTICLE = /^(?:及び|並びに|ならびに|[はとが、])/;

/**
 * Each `tail` match (the bracketed label) with the name before it: the longest run of `nameChar` (at most
 * `maxName`) ending at the bracket, whitespace aside, starting at its first `firstChar` — what the regular
 * expression `(name{1,max}?)\s*tail` finds, leftmost start first.
 */
function definitionsBefore(
  text: string, tail: RegExp, nameChar: RegExp, firstChar: RegExp, maxName: number,
  description?: { pattern: RegExp; isName: (start: number, cut: number, end: number) => boolean },
): Definition[] {
  const out: Definition[] = [];
  let consumed = 0;
  for (const m of text.matchAll(tail)) {
    let end = m.index!;
    while (end > consumed && /\s/.test(text[end - 1])) end--;
    let start = end;
    // a party's description may run longer than a name; the name then ends where the description begins
    const reach = description ? 3 * maxName : maxName;
    while (start > consumed && end - start < reach && (nameChar.test(text[start - 1]) || (description && wrapsAt(text, start - 1)))) start--;
    // — the first description after which a name remains ('("VIP"), a New Jersey corporation, located at …,
    // and The Deerskin Companies, Inc. ("Company")' describes the earlier party: no cut, as before)
    const from = start;
    const described = description && [...text.slice(from, end).matchAll(description.pattern)].find((d) => description.isName(from, from + d.index!, end));
    if (described) end = from + described.index!;
    else if (end - start > maxName) start = end - maxName;
    while (start < end && !firstChar.test(text[start])) start++;
    // the particle joining this party to the one defined just before (「…という。）と株式会社…」「…）及び株式会社…」
    // 「…）が加盟店…」) is no part of its name, while a name's own first kana is (「はやて損害保険株式会社（以下…」 opening a line)
    if (consumed > 0 && start - consumed <= 6 && text[start - 1] === ')') start += JOINING_PARTICLE.exec(text.slice(start, start + 3))?.[0].length ?? 0;
    if (start >= end) continue;
    const label = m[1];
    out.push({ name: text.slice(start, end), nameStart: start, label, labelStart: m.index! + m[0].indexOf(label, m[0].search(/["「『]/)), aliases: aliasesIn(m[2]), bracket: m.index!, dataRole: m[3] });
    consumed = m.index! + m[0].length;
  }
  return out;
}

/** The further labels after a definition's first: ', "we", "the Trust"' or ', "**we**"' → we, Trust (an article and markdown bold inside the quotes dropped). */
const aliasesIn = (labels: string | undefined): string[] => [...(labels ?? '').matchAll(/"\**(?:the\s+)?([^"*]+?)\**"/g)].map((a) => a[1]);

/** '"the Department" or "the State" means the North Plains Department of …': labels, then the name they mean. */
const EN_MEANS_DEFINITION = /"\**(?:the\s+)?([a-z0-9][\w -]{1,30}?)\**"((?:\s*(?:,|or|and)\s*(?:the\s+)?"[^"()]{1,30}")*)\s+(?:shall\s+)?means?\s+(?:the\s+)?([^,;.:"()\n]{3,100})/g;

/** Each `EN_MEANS_DEFINITION`: the label, its aliases (an article inside the quotes dropped) and the name. */
function meansDefinitions(text: string): Definition[] {
  return [...text.matchAll(EN_MEANS_DEFINITION)].map((m) => ({
    name: m[3].trimEnd(), nameStart: m.index! + m[0].length - m[3].length, label: m[1], labelStart: m.index! + m[0].indexOf(m[1]),
    aliases: aliasesIn(m[2]), bracket: m.index!,
  }));
}

const TO = 'と'.charCodeAt(0);
const SHA = '者'.charCodeAt(0);
const isOpenQuote = (c: number) => c === 0x300c || c === 0x300e; // 「 『
const isCloseQuote = (c: number) => c === 0x300d || c === 0x300f; // 」 』
/** A character of a name in 「…する者を「受注者」という」: anything but whitespace, 、。「」(). */
const isRoleNameChar = (c: number) => !isSpaceCode(c) && c !== 0x3001 && c !== 0x3002 && c !== 0x300c && c !== 0x300d && c !== 40 && c !== 41;

/** 「委託先」とは、…法人をいう: a quoted label defined by the kind of party it means. */
const JA_ROLE_MEANS = /[「『]([^」』「『\n]{2,12})[」』]とは[、,]?[^。\n]{0,60}?(?:者|法人|事業者|会社|団体|企業)をい(?:い|う)/g;
/** The same definition as an item of a definitions list, the term unquoted between spaces (「二　委託先　業務の委託を受ける者をいう。」). */
const JA_ROLE_MEANS_ITEM = /^[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}|\d{1,2}|[(（]\d{1,2}[)）]|[\u2460-\u2473])[ \t\u3000]+([^\s「」『』、。()（）]{2,12})[ \t\u3000]+[^。\n]{0,60}?(?:者|法人|事業者|会社|団体|企業)をい(?:い|う)/gm;

/**
 * 「…する者を「受注者」という」: what `([^\s、。「」()]{1,30}?(?:者|事業者|会社))を[「『]([^」』]{1,12})[」』]と`
 * finds, anchored on を「 and read backwards (the regular expression tried a lazy 30-character name at every
 * position). The leftmost name start belongs to the first tail that has a name, since start bounds only grow.
 */
function roleDefinitions(text: string): Definition[] {
  const out: Definition[] = [];
  let consumed = 0;
  for (let q = text.indexOf('を'); q >= 0; q = text.indexOf('を', q + 1)) {
    if (!isOpenQuote(text.charCodeAt(q + 1))) continue;
    // the label: 1–12 characters up to the first 」 or 』, which must be followed by と
    const labelStart = q + 2;
    let close = labelStart;
    while (close - labelStart <= 12 && close < text.length && !isCloseQuote(text.charCodeAt(close))) close++;
    if (close === labelStart || close - labelStart > 12 || !isCloseQuote(text.charCodeAt(close)) || text.charCodeAt(close + 1) !== TO) continue;
    // the name ends in 者 (2–31 characters, 4–33 as …事業者) or 会社 (3–32)
    let min: number, max: number;
    if (text.charCodeAt(q - 1) === SHA) [min, max] = [2, q >= 3 && text.startsWith('事業', q - 3) ? 33 : 31];
    else if (text.startsWith('会社', q - 2)) [min, max] = [3, 32];
    else continue;
    let start = q;
    while (start > consumed && q - start < max && isRoleNameChar(text.charCodeAt(start - 1))) start--;
    if (q - start < min) continue;
    out.push({ name: text.slice(start, q), nameStart: start, label: text.slice(labelStart, close), labelStart, aliases: [], bracket: q });
    consumed = close + 2;
    q = close + 1;
  }
  return out;
}

/** `firstPersonWriter`: the text is a proposal, where "we" is the bidder even with no "you" facing it. */
export function buildPartyModel(original: string, normalized: NormalizedText, firstPersonWriter = false): PartyModel {
  const text = normalized.text;
  const head = text.length > 400_000 ? text.slice(0, 400_000) : text;
  const shown = (start: number, end: number) => {
    const span = toOriginal(normalized, start, end);
    // a label or name a hard wrap broke (「発注\n者」) reads on one line
    return flattenWhitespace(original.slice(span.start, span.end));
  };
  interface Candidate {
    key: string; label: string; names: string[]; defined: boolean; count: number; nameRole?: FixedRole; definedAt?: number; publicBody?: boolean; aliases?: string[];
    /** The pronoun the definition makes this party ('"Customer" or "you" means …'). */
    pronoun?: 'we' | 'you';
  }
  const byKey = new Map<string, Candidate>();
  const add = (key: string, label: string, name: string | null, defined: boolean) => {
    key = key.trim();
    if (!key) return undefined;
    let c = byKey.get(key);
    if (!c) byKey.set(key, (c = { key, label, names: [], defined, count: 0 }));
    c.defined ||= defined;
    if (name) {
      // 'This Agreement is between Acme Corp.' → 'Acme Corp.'; a fragment of a name already kept is dropped
      const n = partyName(name);
      if (n && !c.names.some((x) => x.includes(n))) {
        c.names = c.names.filter((x) => !n.includes(x));
        c.names.push(n);
      }
    }
    return c;
  };
  /** `name` normalised, `written` as in the original (capitals tell a proper name), `at` where the label stands. */
  const isPartyDefinition = (label: string, n: string, written: string, at: number) => {
    const l = normaliseTerm(label);
    if (ROLE_WORDS.has(l) || LETTER_LABEL.test(l)) return true;
    // '… and ____ (the "Parties")' names both
    if (/^part(?:y|ies)$/.test(l)) return false;
    // (before the law test: "… licensed under the Banking Act 1970 ("the Bank")" describes the bank, it does not name the Act)
    if (at < OPENING && BODY_LABELS.has(l)) return true;
    if (INSTRUMENT.test(n)) return false;
    // (a long label is a defined term, "Confidential Information", unless a role word ends it: "Platform Vendor")
    if (/^(?:本|当|同)?(?:業務|契約|システム|サービス|規約|事務|覚書|情報|データ)/.test(l) || /(?:書|契約|規約|事項|規程|基準|計画|agreement|terms|addendum|services?|clauses?|dpa|nda|credits?)$/.test(l) ||
      (l.length > 12 && !(isAsciiTerm(l) && ROLE_WORDS.has(l.slice(l.lastIndexOf(' ') + 1))))) return false;
    // a service the document names (「…の事業者の提供するクラウドサービス（以下「外部サービス」という。）」) is no party, though
    // an organisation stands in its description (a clause: 「学校法人…の教員が…提供する…サービス」); a company so named has
    // its legal form and no clause (「株式会社ABCサービス」)
    if (SERVICE_END.test(l) && SERVICE_END.test(n) && (!JA_LEGAL_FORM_ANY.test(n) || /(?:する|される|した)[^、。]{0,30}$/.test(n))) return false;
    if (isOrganisation(n, written) || (at < OPENING && (PUBLIC_BODY.test(n) || PARTNERSHIP.test(partyName(written))) && isProperName(partyName(written)))) return true;
    // 'a System Integrator (the "SI")', 'the Managed Service Provider ("MSP")': an abbreviation of a role noun names that party
    if (isAsciiTerm(l) && /^[a-z]{2,5}$/.test(l) && /\b(?:systems?\s+integrator|service\s+provider|supplier|contractor|vendor)$/.test(n)) return true;
    // 「本業務を受託する者」 names a party; 「受託者が…行う作業」 an activity (a Japanese name ends in its head noun)
    return !isAsciiTerm(l) && roleOfName(n) !== undefined && /[者人先]$/.test(n);
  };

  // 1. Definitions: 「名称（以下「甲」という。）」, 'Name ("Label")', 「…する者を「受注者」という」.
  const english = definitionsBefore(head, EN_DEF_TAIL, EN_NAME_CHAR, /[a-z0-9]/, 81,
    {
      pattern: EN_PARTY_DESCRIPTION,
      // a proper name before the description, and no further party after it ('Yahoo! Inc., a California
      // corporation, and Restrac, Inc. ("Participant")' describes Yahoo)
      isName: (start, cut, end) => /[a-z]/.test(head.slice(start, cut)) && isProperName(partyName(shown(start, cut).replace(/^[\s,;:]+/, '')))
        && !/,\s*(?:and|between|among)\s+[A-Z]|\b(?:between|among)\s+[A-Z]/.test(shown(cut, end)),
    });
  // an English ("Customer") read the Japanese way keeps only the last word of the name ("…, USA")
  const readInEnglish = new Set(english.map((d) => d.bracket));
  const definitions = [
    ...definitionsBefore(head, JA_DEF_TAIL, JA_NAME_CHAR, /./, 40).filter((d) => !readInEnglish.has(d.bracket)),
    ...roleDefinitions(head),
    ...english,
    // a label defined by what it means, in the opening where the parties are named, names a party when that is a
    // proper name (not '"Affiliate" means any entity …', nor a glossary's regulators further on) or when the document
    // calls it "you" or "we" ('"Customer" or "you" means the entity that accepts these Terms')
    ...meansDefinitions(head).filter((d) => d.labelStart < OPENING && (isProperName(partyName(shown(d.nameStart, d.nameStart + d.name.length))) || hasPronoun(d.aliases))),
  ];
  /** The role an alias gives its party: a role word ("Supplier"), "you", and "we" where the writer is the provider. */
  const aliasRole = (aliases: string[]): FixedRole | undefined => {
    for (const alias of aliases.map(normaliseTerm)) {
      const word = ROLE_WORDS.get(alias);
      if (alias === 'you') return 'outsourcer';
      if (alias === 'we') { if (firstPersonWriter) return 'contractor'; continue; }
      if ((word === 'outsourcer' || word === 'contractor' || word === 'subcontractor') && !AMBIGUOUS.has(alias)) return word;
    }
    return undefined;
  };
  // the parties whose names a clause gives, not a list of the parties ("between Acme Corp. and …"): one the work is handed
  // on to may be a subcontractor
  const namedInClause = new Set<string>();
  for (const { name, nameStart, label, labelStart, aliases, dataRole } of definitions) {
    const written = shown(nameStart, nameStart + name.length);
    const n = normaliseTerm(name);
    if (!isPartyDefinition(label, n, written, labelStart)) continue;
    // a name is a proper name ('… to allow each party ("Discloser")' defines a label, not a name)
    const named = !isAsciiTerm(written) || isProperName(partyName(written));
    const organisation = named ? null : organisationAtEnd(written);
    const c = add(normaliseTerm(label), shown(labelStart, labelStart + label.length), named ? written : organisation, true);
    if (c && organisation) namedInClause.add(c.key);
    if (c) {
      c.definedAt = Math.min(c.definedAt ?? labelStart, labelStart);
      if ((!isOrganisation(n, written) && PUBLIC_BODY.test(n)) || BUYER_LABELS.has(c.key)) c.publicBody = true;
    }
    // 'Northline Mapping Co. ("Northline"), Vendor's GIS subcontractor': the apposition after the definition names the role
    if (c && !c.nameRole && SUBCONTRACTOR_APPOSITION.test(head.slice(labelStart + label.length, labelStart + label.length + 80))) c.nameRole = 'subcontractor';
    // (the name without the words before it: "operated for the Provider by Acme Ltd." is no provider itself)
    if (c && !c.nameRole) c.nameRole = aliasRole(aliases) ?? roleOfName(partyName(organisation ?? name));
    // ("Retailer", controller), ("Clinic", a covered entity), ("Host", data importer): the role word's role (parties.roles)
    if (c && !c.nameRole && dataRole) c.nameRole = dataRoleOf(dataRole);
    // ("Acme" or the "Bank"): a later label names the same party
    if (c) for (const a of aliases.map(normaliseTerm)) if (a !== 'we' && a !== 'you' && !ROLE_WORDS.has(a)) (c.aliases ??= []).push(a);
    // ("Customer" or "you"): the pronoun reads as this party
    const pronoun = c && aliases.map((a) => PRONOUNS.get(normaliseTerm(a))).find(Boolean);
    if (c && pronoun) c.pronoun = pronoun;
  }

  for (const key of namedInClause) {
    const c = byKey.get(key)!;
    if (!c.nameRole && !ROLE_WORDS.has(key) && handedOnTo(head, key)) c.nameRole = 'subcontractor';
  }

  // 「委託先」とは、当社から業務の委託を受ける法人をいう: a contractor-side role word defined by what it means names
  // that party though the text never makes it a subject (an internal rule speaks of 委託先の選定, 委託先に対する監査)
  for (const m of [...head.matchAll(JA_ROLE_MEANS), ...head.matchAll(JA_ROLE_MEANS_ITEM)]) {
    const key = normaliseTerm(m[1]);
    const role = ROLE_WORDS.get(key);
    if ((role !== 'contractor' && role !== 'subcontractor') || AMBIGUOUS.has(key)) continue;
    const at = m.index! + m[0].indexOf(m[1]);
    const c = add(key, shown(at, at + m[1].length), null, true);
    if (c) c.definedAt = Math.min(c.definedAt ?? at, at);
  }

  // A label the opening fills like a header field ("Party A (Entrusting Party): Zhejiang … Co., Ltd.") names its party.
  // (the role word in its brackets gives the role, read as an alias is: "Party B (Service Provider)")
  for (const field of labelFields(head, shown)) {
    const c = add(normaliseTerm(field.label), field.label, field.name, true);
    if (c) { c.definedAt = Math.min(c.definedAt ?? field.at, field.at); c.nameRole ??= field.bracketed === undefined ? undefined : aliasRole([field.bracketed]); }
  }

  // An internal policy's owner, named where the policy says what it applies to, is the outsourcer.
  const owner = policyOwner(head, shown);
  if (owner) {
    const c = add(normaliseTerm(owner.name), owner.name, owner.name, true);
    if (c) { c.definedAt ??= owner.at; c.nameRole ??= 'outsourcer'; }
  }

  // 2. Role words used as subjects (受託者は / Customer shall / you will), counted.
  const japanese = JA_SUBJECT_CUE.test(head);
  const subjectRe = subjectPattern(japanese);
  // the words before a role word that ends a defined label ("platform" of "Platform Vendor"): there it is that party
  const labelHeads = [...byKey.values()].filter((c) => c.defined && isAsciiTerm(c.key) && c.key.includes(' ')).map((c) => c.key.slice(0, c.key.lastIndexOf(' ') + 1));
  const endsLabel = (start: number) => {
    const before = head.slice(Math.max(0, start - 40), start).replace(/\s+/g, ' ');
    return labelHeads.some((h) => before.endsWith(h));
  };
  for (const m of head.matchAll(subjectRe)) {
    const raw = m[1] ?? m[2];
    const written = raw.replace(/\s+/g, ' ');
    // a plural role word ("Bidders must …") names the party of its singular: one party, not "Bidder" and "Bidders"
    const word = singularRoleWord(written) ?? written;
    const start = m.index! + m[0].indexOf(raw);
    if (!byKey.has(word) && endsLabel(start)) continue;
    // (a label defined in the plural, ("Proposers"), is the party its singular names too: "the selected Proposer shall")
    const c = byKey.get(word) ?? byKey.get(`${word}s`) ?? add(word, shown(start, start + raw.length - (written.length - word.length)), null, false);
    if (c) c.count++;
  }
  // An appositive names the party a role word stands for (「協力会社である有限会社岬電設に再委託する」): the
  // document may never make that role word a subject, yet it names an organisation in that role.
  for (const m of japanese ? head.matchAll(appositivePattern()) : []) {
    const name = m[2];
    // (a name cut at a particle inside it leaves only the legal form)
    if (!ORG_NAME_JA.test(name) || !name.replace(ORG_NAME_JA, '')) continue;
    const nameStart = m.index! + m[0].length - name.length;
    add(m[1], shown(m.index!, m.index! + m[1].length), shown(nameStart, nameStart + name.length), true);
  }
  // An organisation named as the one work is handed on to (「監視業務の一部を株式会社ノースウォッチ（札幌市）に再委託する」):
  // a subcontractor the document names without a role word.
  for (const m of japanese ? head.matchAll(SUBCONTRACTED_ORG_JA) : []) {
    // (the words an appositive puts before the name are none of it: 「弊社グループ会社である株式会社エヌ・サポート」)
    const lead = APPOSITIVE_HEAD_JA.exec(m[1])?.[0].length ?? 0;
    const name = m[1].slice(lead);
    if (!ORG_NAME_JA.test(name) || !name.replace(ORG_NAME_JA, '')) continue;
    const start = m.index! + lead;
    const c = add(name, shown(start, start + name.length), shown(start, start + name.length), true);
    if (c) c.nameRole ??= 'subcontractor';
  }
  // A public body's one-character label written alone as a party (県は / 市に報告 / 町の承認 — not 〇〇県, 県内,
  // 都道府県, 市町村): the buyer of a local government's specification, five times at least.
  const bare = new Map<string, { first: number; count: number }>();
  for (const m of head.matchAll(BARE_LABEL)) {
    const seen = bare.get(m[1]);
    if (seen) seen.count++;
    else bare.set(m[1], { first: m.index!, count: 1 });
  }
  for (const w of O.jaBareLabels) {
    const seen = bare.get(w);
    if (!seen || seen.count < 5) continue;
    // (a label seen once as a subject, 「教育委員会は…」, counts every bare mention as well)
    const known = byKey.get(w);
    if (known) { if (!known.defined) known.count = Math.max(known.count, seen.count); continue; }
    const c = add(w, shown(seen.first, seen.first + w.length), null, false);
    if (c) c.count = seen.count;
  }
  // First/second person of terms and proposals (貴社の…, お客様へ…) count on any mention; in a form whose header
  // names the respondent, its 当社 twice (「当社所定の様式」「当社ウェブサイトに掲載」 in the remarks) is the writer.
  const cover = coverNames(head, shown);
  // (the writer's side first: a reader addressed twice (貴社) by a writer who speaks as 弊社 is the other side)
  let writerSpeaks = false;
  for (const w of [...P.firstPerson.contractor.ja, ...P.firstPerson.outsourcer.ja]) {
    let n = 0;
    for (let i = head.indexOf(w); i >= 0 && n < 50; i = head.indexOf(w, i + w.length)) n++;
    const writer = P.firstPerson.contractor.ja.includes(w);
    // (a letter addressed to the buyer — 「株式会社○○　御中」 — is written by the other side: its 弊社 twice is the writer)
    const needed = (writer ? cover.answered || cover.outsourcer !== undefined : writerSpeaks) ? 2 : 3;
    if (n < needed) continue;
    writerSpeaks ||= writer;
    const i = head.indexOf(w);
    const c = byKey.get(w) ?? add(w, shown(i, i + w.length), null, false);
    if (c) c.count = Math.max(c.count, n);
  }
  // 3. The provider named in terms: "GitHub will", "Mozilla は", "37signals may".
  const names = new Map<string, { count: number; start: number }>();
  // The name is a whole alphanumeric run with a letter after its first character. Reading the run at once
  // and checking the letter after (searching on from the next position when it has none, as a pattern
  // demanding the letter would) saves trying every split of every word.
  const NAME_RE = /(?:^|[^\w@.\/-])([a-z0-9]+)(?:\s+(?:shall|will|may|must|agrees|reserves|does|is|has|uses|collects|provides|processes|maintains|employs|runs|stores|encrypts|offers)\b|\s*(?:は|が)[、,]?)/g;
  for (let m; (m = NAME_RE.exec(head)); ) {
    const w = m[1];
    if (!/[a-z]/.test(w.slice(1))) {
      NAME_RE.lastIndex = m.index + 1;
      continue;
    }
    // (a buyer's kind acting often, "the City may audit", is no provider's name)
    if (NOT_NAMES.has(w) || ROLE_WORDS.has(w) || BUYER_LABELS.has(w) || w.length < 3) continue;
    const start = m.index! + m[0].indexOf(w);
    // a proper name is written capitalised (or with a digit) in the original
    const orig = shown(start, start + w.length);
    if (!/^[A-Z0-9]/.test(orig)) continue;
    // a side's role word in the plural ("Suppliers must …", "Bidders will …") is that role word acting, not a name
    const singular = singularRoleWord(w);
    if (singular && (ROLE_WORDS.get(singular) === 'contractor' || ROLE_WORDS.get(singular) === 'outsourcer')) {
      const c = byKey.get(singular) ?? byKey.get(w) ?? add(singular, orig.slice(0, -1), null, false);
      if (c) c.count++;
      continue;
    }
    const e = names.get(w) ?? { count: 0, start };
    e.count++;
    names.set(w, e);
  }
  const minCount = text.length < 20_000 ? 2 : 4;
  const topNames = [...names.entries()].filter(([, e]) => e.count >= minCount).sort((a, b) => b[1].count - a[1].count);
  const namedContractor = [...byKey.values()].some((c) => (c.defined || c.count >= 2) && c.key !== 'we' && ROLE_WORDS.get(c.key) === 'contractor' && !AMBIGUOUS.has(c.key));
  // The provider's own name (GitHub will …) also next to a role label, when it is the document's main actor.
  if (topNames.length && (!namedContractor || topNames[0][1].count >= 20)) {
    const best = topNames[0][1].count;
    // of two parties defined by label that both act ("Diplomat shall …", "Tadeo will …"), the one acting most is
    // the provider (a public body buys however often it acts); the other faces it (d2 of inferRoles)
    const top = topNames.find(([w]) => !byKey.get(w)?.publicBody)?.[0];
    // acting most makes no provider of a party defined beside a provider named by its role ('Northwind Airport Operations
    // Corporation ("NAOC")' beside '… Ltd ("Contractor")': NAOC audits and approves), nor of one a role verb names the
    // buyer ("NAOC engages Skyline")
    const providerDefined = [...byKey.values()].some((c) => c.defined && c.names.length > 0 && ROLE_WORDS.get(c.key) === 'contractor' && !AMBIGUOUS.has(c.key));
    const buyers = new Set(englishRoleEdges(head, [...byKey.keys()].filter(isAsciiTerm)).map(([giver]) => giver));
    for (const [w, e] of topNames) {
      if (byKey.get(w)?.defined && (providerDefined || buyers.has(w))) continue;
      if (w !== top && byKey.get(w)?.defined && top !== undefined && byKey.get(top)?.defined) continue;
      if (e.count < best * 0.8 && (namedContractor || !byKey.has(w))) continue;
      const c = byKey.get(w) ?? add(w, shown(e.start, e.start + w.length), null, false);
      // a university, agency or hospital named as a party buys the service, however often it acts
      if (c && !c.publicBody) { c.count += e.count; c.nameRole ??= 'contractor'; }
    }
  }

  // Short pages: the provider's name written with an inner capital or digit (GitHub, 37signals).
  // (mostlyLatin last: counting letters of a long document is not free)
  const mostlyLatin = () => (text.match(/[a-z]/g)?.length ?? 0) > text.length * 0.4;
  if (text.length < 20_000 && !namedContractor && !topNames.length && mostlyLatin()) {
    const counts = new Map<string, { n: number; start: number }>();
    for (const m of original.matchAll(/(?<![\w@.\/-])([A-Z][a-z]+[A-Z][A-Za-z]*|[0-9]+[a-z]{3,}|[A-Z][a-z]+[0-9]+)(?![\w@\/-])/g)) {
      const e = counts.get(m[1]) ?? { n: 0, start: m.index! };
      e.n++;
      counts.set(m[1], e);
    }
    const best = [...counts.entries()].filter(([w]) => !NOT_NAMES.has(w.toLowerCase())).sort((a, b) => b[1].n - a[1].n)[0];
    if (best && best[1].n >= 3) {
      const key = normaliseTerm(best[0]);
      const start = text.indexOf(key);
      const c = byKey.get(key) ?? add(key, start >= 0 ? shown(start, start + key.length) : best[0], null, false);
      if (c) { c.count += best[1].n; c.nameRole ??= 'contractor'; }
    }
  }
  // you/your facing a "we" (terms and policies written in the first person).
  const weCount = byKey.get('we')?.count ?? 0;
  // (also where "you" is the subject once: "You will prepare the boxes", then "your records")
  if (weCount >= 2 && (byKey.get('you')?.count ?? 0) < 2) {
    const m = /\byou(?:r)?\b/.exec(head);
    if (m && (head.match(/\byour?\b/g)?.length ?? 0) >= 2) { const c = byKey.get('you') ?? add('you', shown(m.index, m.index + 3), null, false); if (c) c.count = 2; }
  }
  // Keep defined labels and subject words seen at least twice; a Japanese role word that names only a
  // role (発注者, 委託者…) counts once: 「発注者が運営する…」 in a spec is already the outsourcer.
  const keep = [...byKey.values()].filter((c) => c.defined || c.count >= 2 || (c.count >= 1 && CONTRACT_ROLE_WORDS.has(c.key)));
  // you/we only in pairs (terms of service); alone they are ordinary words, unless a party is defined as one or a
  // form's header names the respondent who answers as "we".
  const definedAs = (k: string) => keep.some((c) => c.pronoun === k);
  const has = (k: string) => definedAs(k) || keep.some((c) => c.key === k);
  const kept = keep.filter((c) => (c.key === 'you' ? has('we') || keep.length === 1 || definedAs('you')
    : c.key === 'we' ? has('you') || firstPersonWriter || cover.answered || definedAs('we') : true));

  // 4. Role inference. No outsourcer at all: users of a service (All users are… / 利用者は…) are the outsourcer side
  // (not where a named buyer is, "Each user shall have a unique account" being its staff).
  // a proposal's or an answered form's 当社 is its writer
  const writes = firstPersonWriter || cover.answered === true;
  let roles = inferRoles(head, kept, writes);
  // An issuer that calls itself by its kind throughout without defining it ("the University" in a request for
  // proposals headed WESTERN PRAIRIE STATE UNIVERSITY) is the buyer.
  const issuer = [...roles.values()].includes('outsourcer') ? null : undefinedBuyer(head, shown);
  if (issuer) {
    const c = add(issuer.key, issuer.label, null, false);
    if (c) { c.count = Math.max(c.count, MIN_BUYER_MENTIONS); c.nameRole = 'outsourcer'; kept.push(c); roles = inferRoles(head, kept, writes); }
  }
  if (![...roles.values()].includes('outsourcer')) {
    const m = /\b(users?)\b(?=\s+(?:are|is|must|shall|may|will|can))|(利用者|ユーザー)(?=は|が)/.exec(head);
    if (m) {
      kept.push(add((m[1] ?? m[2]), shown(m.index, m.index + (m[1] ?? m[2]).length), null, false)!);
      roles = inferRoles(head, kept, writes);
    }
  }
  // an order letter (「下記のとおり注文いたします」) or a request (「発送業務を貴社にお願いいたします」) is written by the buyer to
  // its supplier: its 当社 orders from the 貴社 it addresses (御中), the other way round from a proposal or a provider's terms
  const opening = head.slice(0, OPENING);
  const orderLetter = WRITER_ORDERS.test(opening) || WRITER_ENTRUSTS.test(opening);
  if (orderLetter) {
    for (const c of kept) {
      const role = roles.get(c.key);
      if (role === 'contractor' && FIRST_PERSON.contractor.has(c.key)) roles.set(c.key, 'outsourcer');
      else if (role === 'outsourcer' && FIRST_PERSON.outsourcer.has(c.key)) roles.set(c.key, 'contractor');
    }
    [cover.contractor, cover.outsourcer] = [cover.outsourcer, cover.contractor];
  }
  // a data licence, supply or sharing agreement or an API's access terms binds the party receiving the data: read as a
  // provider's service, its "Provider" (the data's supplier) came out the provider and its "Subscriber" / "you" the
  // buyer, so the two sides turn round
  if (DATA_SUPPLY_TITLE.test(head.slice(0, TITLE_REACH))) {
    const receives = (c: Candidate) => DATA_RECEIVERS.has(c.key) || c.pronoun === 'you';
    const supplies = (c: Candidate) => DATA_SUPPLIERS.has(c.key) || c.pronoun === 'we';
    if (kept.some((c) => (receives(c) && roles.get(c.key) === 'outsourcer') || (supplies(c) && roles.get(c.key) === 'contractor'))) {
      for (const [key, role] of roles) if (role === 'outsourcer' || role === 'contractor') roles.set(key, otherSide(role));
    }
  }
  // a proposal speaking as we / you (当社 / 貴社) names both sides on its cover, a buyer its heading
  for (const c of kept) {
    const role = roles.get(c.key);
    if ((role === 'contractor' || role === 'outsourcer') && FIRST_PERSON[orderLetter ? otherSide(role) : role].has(c.key) && c.names.length === 0 && cover[role]) c.names.push(cover[role]!);
    // a buyer known by its kind ("the Hospital") is named by the heading that ends in it
    const named = role === 'outsourcer' && BUYER_LABELS.has(c.key) && c.names.length === 0 ? headingName(head, c.key, shown) : null;
    if (named) c.names.push(named);
  }
  // a label defined on the cover line for the name the cover gives a side is that side ('Submitted by: Vitalink Health, Inc.
  // ("Vitalink") to …'), when nothing else gave it a role
  for (const c of kept) {
    const role = roles.get(c.key);
    if (role === 'contractor' || role === 'outsourcer') continue;
    const side = SIDES.find((s) => cover[s] && c.names.some((n) => normaliseTerm(n).startsWith(normaliseTerm(cover[s]!))));
    // … unless a label other than we / you already stands for that side
    if (side && ![...roles.entries()].some(([k, r]) => r === side && !FIRST_PERSON[side].has(k))) roles.set(c.key, side);
  }
  // a side the cover or a form's header names by an organisation's name, and the text by no label, is that organisation
  // ("Requesting institution: Harbourside Credit Union" over answers that speak only as "we")
  for (const side of SIDES) {
    const name = cover[side];
    if (!name || [...roles.values()].includes(side) || !(isOrganisation(normaliseTerm(name), name) || PUBLIC_BODY.test(normaliseTerm(name)))) continue;
    const c = add(normaliseTerm(name), name, name, true);
    if (c && !kept.includes(c)) { kept.push(c); roles.set(c.key, side); }
  }
  // the pronoun a party is defined as carries its name ('"Provider", "we" … means Larkspur Cloud Ltd')
  for (const c of kept) {
    const pronoun = c.pronoun && kept.find((p) => p.key === c.pronoun);
    if (pronoun && pronoun.names.length === 0) pronoun.names.push(...c.names);
  }
  const parties: Party[] = kept.map((c) => ({ label: c.label, role: roles.get(c.key) ?? 'other', names: c.names }));

  // Mentions used for actor detection: every party plus generic role words.
  const mentions = new Map<string, { role: Role; label: string }>();
  for (const [w, role] of ROLE_WORDS) {
    if (w.length < 2 && !/^[甲乙丙丁]$/.test(w)) continue;
    mentions.set(w, { role, label: w });
  }
  for (const [i, c] of kept.entries()) mentions.set(c.key, { role: parties[i].role, label: c.label });
  for (const [i, c] of kept.entries()) {
    const role = parties[i].role;
    if (role === 'outsourcer' || role === 'contractor') for (const a of c.aliases ?? []) if (!mentions.has(a)) mentions.set(a, { role, label: c.label });
  }
  for (const [w, role] of [['we', 'contractor'], ['you', 'outsourcer']] as const) {
    if (!has(w)) mentions.delete(w);
    else if (!mentions.has(w)) mentions.set(w, { role, label: w });
  }
  const matcher = new MentionMatcher([...mentions.keys()]);
  return { parties, mentions, scanMentions: (text, visit, from, to) => matcher.scan(text, visit, from, to) };
}

/** 'This policy applies to all outsourcing arrangements of Meridian Insurance plc': the cue, then "of" and a name (data: parties.policyOwner). */
const POLICY_SCOPE = new RegExp(`(?:${phraseAlternation(termsOf(P.policyOwner))})\\b[^.;:\\n]{0,80}?\\bof\\s+([^.,;:()\\n]{2,80})`);

/** The organisation an internal policy governs, by its name as written (the capitalised words), in the opening. */
function policyOwner(head: string, shown: (start: number, end: number) => string): { name: string; at: number } | null {
  const m = POLICY_SCOPE.exec(head.slice(0, OPENING));
  if (!m) return null;
  const at = m.index + m[0].length - m[1].length;
  // the name's words, to the first that is no part of a name ("… plc and its subsidiaries")
  const words = shown(at, at + m[1].length).split(/\s+/);
  let n = 0;
  while (n < words.length && isProperName(words.slice(0, n + 1).join(' '))) n++;
  const name = words.slice(0, n).join(' ').replace(/(?:\s+(?:of|the|and|for|&))+$/, '');
  const key = normaliseTerm(name);
  return name && (isOrganisation(key, name) || PUBLIC_BODY.test(key)) ? { name, at } : null;
}

/** Mentions of "the University" (capitalised, never defined), 「協議会」 or 「本市」 that make it the document's buyer. */
const MIN_BUYER_MENTIONS = 5;
const THE_BUYER = new RegExp(`\\bthe\\s+(${termAlternation(O.bodyLabels.buyers.filter(isAsciiTerm))})\\b(?!\\s+(?:of|for)\\b)`, 'g');
/**
 * 「協議会は」「組合の承認」「本市に報告」: a buyer's kind or a buyer's role word written alone (not the end of a longer
 * name, 「推進協議会」) before a particle; not end users, a label only the document decides (甲), nor the second person
 * (貴社), counted elsewhere. (「協議会様」 addresses the reader of a proposal, whose cover names it.)
 */
const notBareBuyer = new Set([...END_USER_WORDS, ...AMBIGUOUS, ...termsOf(P.firstPerson.outsourcer)]);
const BARE_BUYER_WORDS = [...O.bodyLabels.buyers, ...[...ROLE_WORDS].filter(([, role]) => role === 'outsourcer').map(([w]) => w)]
  .filter((w) => !isAsciiTerm(w) && !notBareBuyer.has(w));
const BARE_BUYER = new RegExp(`(?<![\\u3400-\\u9fff々〇ァ-ヺー])(${phraseAlternation([...new Set(BARE_BUYER_WORDS)])})(?=は|が|に|の|と|へ|から|又は|及び)`, 'g');

/**
 * The buyer kind a document refers to itself by most without defining it: "the University", capitalised as a defined
 * term is, or 「協議会」「本市」 alone in a council's or a city's own specification.
 */
function undefinedBuyer(head: string, shown: (start: number, end: number) => string): { key: string; label: string } | null {
  const counts = new Map<string, { n: number; at: number }>();
  for (const kind of [THE_BUYER, BARE_BUYER]) {
    kind.lastIndex = 0;
    for (let m = kind.exec(head), seen = 0; m && seen < 500; m = kind.exec(head), seen++) {
      const at = m.index + m[0].length - m[1].length;
      if (kind === THE_BUYER && !/^[A-Z]/.test(shown(at, at + 1))) continue;
      const e = counts.get(m[1]) ?? { n: 0, at };
      e.n++;
      counts.set(m[1], e);
    }
  }
  const best = [...counts.entries()].sort((a, b) => b[1].n - a[1].n)[0];
  return best && best[1].n >= MIN_BUYER_MENTIONS ? { key: best[0], label: shown(best[1].at, best[1].at + best[0].length) } : null;
}

/** The lines of the text's first `chars` characters, with where each starts. */
function openingLines(head: string, chars: number): { start: number; line: string }[] {
  const lines: { start: number; line: string }[] = [];
  const top = head.slice(0, chars);
  for (let start = 0; start < top.length;) {
    let end = top.indexOf('\n', start);
    if (end < 0) end = top.length;
    lines.push({ start, line: top.slice(start, end) });
    start = end + 1;
  }
  return lines;
}

/** A heading line among the first five that ends in the buyer's kind names it ("WESTERN PRAIRIE STATE UNIVERSITY"). */
function headingName(head: string, kind: string, shown: (start: number, end: number) => string): string | null {
  for (const { start, line } of openingLines(head, 600).slice(0, 5)) {
    const t = line.replace(/^[#*_\s]+|[*_\s]+$/g, '');
    // (a Japanese name runs on into its kind: 「やまなみ地域医療連携推進協議会」)
    if (t.endsWith(kind) && t.length > kind.length + 3 && (!isAsciiTerm(kind) || /\s/.test(t.charAt(t.length - kind.length - 1)))) {
      const at = start + line.indexOf(t);
      return shown(at, at + t.length);
    }
  }
  return null;
}

/** Characters from the start that a cover page or letter head spans. */
const COVER = 1500;
/** A data supply agreement's title words, its receivers' and suppliers' labels (data: parties.dataSupply), and how far into the text the title may be. */
const DATA_SUPPLY_TITLE = new RegExp(`\\b(?:${phraseAlternation(termsOf(P.dataSupply.titles))})\\b`);
const DATA_RECEIVERS = new Set(termsOf(P.dataSupply.receivers));
const DATA_SUPPLIERS = new Set(termsOf(P.dataSupply.suppliers));
const TITLE_REACH = 200;
/** 「下記のとおり注文いたします」: the formula of an order letter, then the writer's ordering verb (data: parties.writerOrders). */
const WRITER_ORDERS = new RegExp(`(?:とおり|通り)、?(?:${phraseAlternation(termsOf(P.writerOrders))})`);
/**
 * 「会報の発送業務を貴社にお願いすることといたしました」「貴社に対し、次の保守作業を委託いたします」: the writer entrusts the work to
 * the organisation it addresses (貴社, 御社, 貴協会; not お客様, whom a provider's terms ask to do a task), which supplies it
 * (data: parties.writerEntrusts).
 */
const ENTRUSTED_READER = termAlternation(P.firstPerson.outsourcer.ja.filter((w) => /^[貴御]/.test(w)));
const ENTRUSTED_WORK = phraseAlternation(termsOf(P.writerEntrusts.work));
const ENTRUSTING = phraseAlternation(termsOf(P.writerEntrusts.verbs));
/** 「貴社に」「貴社に対し、」: the addressed organisation as the one entrusted. */
const TO_READER = `(?:${ENTRUSTED_READER})(?:に|へ)(?:対し(?:て)?)?、?`;
const WRITER_ENTRUSTS = new RegExp(
  `(?:${ENTRUSTED_WORK})(?:の全部又は一部|の一部)?を、?${TO_READER}(?:${ENTRUSTING})` +
  `|${TO_READER}[^。]{0,30}?(?:${ENTRUSTED_WORK})[^。を]{0,10}?を、?(?:${ENTRUSTING})`);
/** The two sides of the contract a cover names. */
type Side = Exclude<FixedRole, 'subcontractor'>;
const SIDES: readonly Side[] = ['contractor', 'outsourcer'];
/** The first and second person a document speaks in (we / 当社, you / 貴社), as party keys. */
const FIRST_PERSON: Record<Side, Set<string>> = {
  contractor: new Set(termsOf(P.firstPerson.contractor)),
  outsourcer: new Set(termsOf(P.firstPerson.outsourcer)),
};
/** Whether a party's label is a word addressing the reader (you, 貴社, 御社), which the lexicon reads as the customer's side. */
export const addressesReader = (label: string): boolean => FIRST_PERSON.outsourcer.has(normaliseTerm(label));
/**
 * A cover line's cue before a name, opening the line or after a dash ("Prepared for: ", "… — Proposal for ", 「提出先：」),
 * and after one (「 御中」); a form's header field, with its colon ("Respondent:", 「回答者：」); and a cue within the line
 * after the other side's name ("Submitted to Eastvale Council by …"), per side (data: parties.coverPage).
 */
const COVER_CUES = Object.fromEntries(SIDES.map((side) => {
  const cues = (lexicon: { ja: string[]; en: string[] }) => phraseAlternation(termsOf(lexicon));
  const { before, after, fields, inline } = P.coverPage;
  return [side, {
    before: new RegExp(`(?:^[\\s#>*_-]*|\\s[—–|-]\\s*)(?:${cues(before[side])})\\s*[:：]?\\s*`),
    after: termsOf(after[side]).length ? new RegExp(`\\s*(?:${cues(after[side])})\\s*$`) : null,
    field: new RegExp(`^[\\s#>*_|-]*(?:${cues(fields[side])})\\s*\\**\\s*[:：]\\s*`),
    inline: new RegExp(`\\s(?:${cues(inline[side])})\\s+`),
  }];
})) as Record<Side, { before: RegExp; after: RegExp | null; field: RegExp; inline: RegExp }>;
const otherSide = (side: Side): Side => (side === 'contractor' ? 'outsourcer' : 'contractor');

/**
 * The names a proposal's cover or a form's header gives its sides ("Prepared by: Halyard Shield Security, Inc.,
 * Columbus" → "Halyard Shield Security"; 「株式会社北辰物流 御中」; "Respondent: Fenwick Data Services Ltd"): the first
 * proper name cued for each side in the opening lines. `answered`: a header field names the respondent, who writes
 * the answers as we / 当社.
 */
function coverNames(head: string, shown: (start: number, end: number) => string): Partial<Record<Side, string>> & { answered?: boolean } {
  const names: Partial<Record<Side, string>> & { answered?: boolean } = {};
  const offer = (side: Side, start: number, end: number) => {
    if (names[side]) return false;
    // the name ends at its address or date: "…, Inc., Columbus, Ohio", "… — RFP CO-IT-2025-014"
    const written = partyName(shown(start, end).split(/\s+[—–-]\s+|[,，、(（|]/)[0]).replace(/^[#>*_\s]+|[*_\s]+$/g, '');
    // a Japanese company's name ends at the space before a post or department (「株式会社…　情報セキュリティ管理責任者」,
    // 「…株式会社 情報システム部 御中」)
    const first = written.split(/\s+/)[0];
    const name = first !== written && /[\u3040-\u30ff\u4e00-\u9fff]/.test(first) && ORG_NAME_JA.test(normaliseTerm(first)) ? first : written;
    if (name.length >= 2 && name.length <= 80 && isProperName(name)) names[side] = name;
    return names[side] === name;
  };
  for (const { start, line } of openingLines(head, COVER)) {
    const end = start + line.length;
    for (const side of SIDES) {
      if (names[side]) continue;
      const { before, after, field } = COVER_CUES[side];
      const cued = before.exec(line);
      const filled = cued ? null : field.exec(line);
      const from = cued ?? filled;
      if (from) {
        // "Submitted to Eastvale Council by Brightgate Digital Ltd": the other side's cue ends this side's name
        const nameAt = from.index + from[0].length;
        const next = COVER_CUES[otherSide(side)].inline.exec(line.slice(nameAt));
        if (next) offer(otherSide(side), start + nameAt + next.index + next[0].length, end);
        if (offer(side, start + nameAt, next ? start + nameAt + next.index : end) && filled && side === 'contractor') names.answered = true;
        continue;
      }
      const trailing = after?.exec(line);
      if (trailing) offer(side, start, start + trailing.index);
    }
  }
  return names;
}

/** A label filled like a header field, the role it plays in brackets, then the name (data: parties.coverPage.labels). */
const LABEL_FIELD = new RegExp(`^[\\s#>*_|-]*(${phraseAlternation(termsOf(P.coverPage.labels))})\\s*(?:[(（]([^()（）]{2,40})[)）])?\\s*\\**\\s*[:：]\\s*\\**\\s*(?=\\S)`);

/** A label the opening fills like a header field: where it stands, the name it is given and the words in its brackets. */
interface LabelField { label: string; at: number; name: string; bracketed?: string }

/** The labels the opening fills like header fields. */
function labelFields(head: string, shown: (start: number, end: number) => string): LabelField[] {
  const fields: LabelField[] = [];
  for (const { start, line } of openingLines(head, COVER)) {
    const m = LABEL_FIELD.exec(line);
    if (!m) continue;
    const at = start + m[0].indexOf(m[1]);
    // the name ends at its address or a note after it ("… Co., Ltd. — Hangzhou", "… Co., Ltd. (the \"Client\")")
    const name = shown(start + m[0].length, start + line.length).split(/\s+[—–|]\s+|\s*[(（]/)[0].replace(/[*_\s]+$/, '');
    if (name.length < 2 || name.length > 80 || !isProperName(name)) continue;
    fields.push({ label: shown(at, at + m[1].length), at, name, bracketed: m[2] });
  }
  return fields;
}

const JA_SUBJECTS = SUBJECT_WORDS.filter((w) => !isAsciiTerm(w)).sort((a, b) => b.length - a.length);
const JA_SUBJECT_WORDS = JA_SUBJECTS.map(escapeRegExp);
/**
 * Each Japanese role word's first non-ASCII character: a text holding none of them holds none of the words, and the
 * patterns below leave their Japanese alternatives out (tried at every position of an English text, they cost more than the rest).
 */
const JA_SUBJECT_CUE = new RegExp(`[${[...new Set(JA_SUBJECTS.map((w) => [...w].find((ch) => ch.charCodeAt(0) > 0x7f)!))].map(escapeRegExp).join('')}]`);

let appositiveReCache: RegExp | null = null;
/** A Japanese role word followed by である and the name it stands for, up to the particle after the name. */
function appositivePattern(): RegExp {
  appositiveReCache ??= new RegExp(
    `(${JA_SUBJECT_WORDS.join('|')})である([^\\s、。「」()]{2,40}?)(?=に|へ|が|は|を|と|、|\\()`,
    'g',
  );
  return appositiveReCache;
}

const subjectReCache = new Map<boolean, RegExp>();
/** Role words as subjects (受託者は / the Supplier shall); `japanese`: whether the text may hold a Japanese one. */
function subjectPattern(japanese: boolean): RegExp {
  let re = subjectReCache.get(japanese);
  if (re) return re;
  const en = phraseAlternation(SUBJECT_WORDS.filter(isAsciiTerm).concat(['you', 'we']));
  const english = `\\b(?:the\\s+)?(${en})\\b(?=\\s+(?:shall|will|must|may|agrees|agree|should|can|cannot|acknowledges|warrants|represents|is|are|has|have|does|do|reserves|retains)\\b|'s|’s)`;
  re = new RegExp(japanese ? `(${JA_SUBJECT_WORDS.join('|')})(?=は|が|及び|と(?:の間|は)|に対し)|${english}` : english, 'g');
  subjectReCache.set(japanese, re);
  return re;
}

/**
 * The mention keys of a document, matched as the regular expression
 * `(?:non-ASCII keys, longest first)|\b(?:ASCII keys, longest first, a space = \s+)s?\b` would match. Keys
 * starting with a non-ASCII character are walked in a trie (as alternatives they cost a quarter of the
 * responsibility analysis of a Japanese text); the others stay a regular expression, fast since they start
 * with an ASCII character (mostly at a word boundary). At one position only one of the two can match.
 */
class MentionMatcher {
  /** The keys starting with a non-ASCII character; the character class of their first characters (to skip a text without any). */
  private readonly ja: FlatTrie<string>;
  private readonly jaStart: RegExp | null;
  private readonly ascii: RegExp | null;

  constructor(keys: string[]) {
    const trieKeys = keys.filter((k) => k.charCodeAt(0) > 0x7f);
    this.ja = new FlatTrie(trieKeys.map((key) => ({ term: key, value: key })));
    this.jaStart = trieKeys.length ? new RegExp(`[${[...new Set(trieKeys.map((k) => escapeRegExp(k[0])))].join('')}]`, 'g') : null;
    const byLength = (list: string[]) => list.sort((a, b) => b.length - a.length);
    const ja = byLength(keys.filter((k) => k.charCodeAt(0) <= 0x7f && !isAsciiTerm(k))).map(escapeRegExp);
    const en = keys.filter(isAsciiTerm);
    const parts = [...(ja.length ? [`(?:${ja.join('|')})`] : []), ...(en.length ? [`\\b(?:${phraseAlternation(en)})(?:s)?\\b`] : [])];
    this.ascii = parts.length ? new RegExp(parts.join('|'), 'g') : null;
  }

  scan(text: string, visit: (start: number, end: number, mention: string) => boolean | void, from = 0, to = text.length): void {
    if (from > 0 || to < text.length) {
      // a range is matched as its own text (no boundary with what lies outside it)
      this.scan(text.slice(from, to), (s, e, mention) => visit(from + s, from + e, mention));
      return;
    }
    const { ja, ascii } = this;
    // the trie is walked from the first position that may start one of its keys (none in most English texts)
    let jaFrom = to;
    if (this.jaStart) {
      this.jaStart.lastIndex = 0;
      jaFrom = this.jaStart.exec(text)?.index ?? to;
    }
    // the next regular-expression match (the leftmost at or after a position, wherever the search began)
    let reStart = -1;
    let reEnd = -1;
    let reMention = '';
    const findRe = (p: number) => {
      const m = ascii ? ((ascii.lastIndex = p), ascii.exec(text)) : null;
      reStart = m ? m.index : to;
      if (m) { reEnd = m.index + m[0].length; reMention = m[0].replace(/\s+/g, ' '); }
    };
    for (let p = from; p < to;) {
      if (reStart < p) findRe(p);
      // a trie key starting before the regular-expression match
      let end = -1;
      let key = '';
      let q = Math.max(p, jaFrom);
      for (; q < reStart; q++) {
        if (ja.rootChild[text.charCodeAt(q)] === 0) continue;
        const node = ja.longestAt(text, q, to);
        if (node !== 0) {
          key = ja.values[node]!;
          end = q + key.length;
          break;
        }
      }
      if (end >= 0) {
        if (visit(q, end, key)) return;
        p = end;
      } else if (reStart < to) {
        if (visit(reStart, reEnd, reMention)) return;
        p = reEnd;
      } else break;
    }
  }
}

/** The role of a data-protection role note after a label (controller, sub-processor, data importer, business associate). */
function dataRoleOf(note: string): FixedRole | undefined {
  const word = normaliseTerm(note).replace(/\s+/g, ' ');
  const role = ROLE_WORDS.get(word) ?? ROLE_WORDS.get(`data ${word}`);
  return role === 'outsourcer' || role === 'contractor' || role === 'subcontractor' ? role : undefined;
}

function roleOfName(name: string): FixedRole | undefined {
  // the name read back from its label may start with the clause it stands in: 「受注者が発注者を組織する各市町（以下…）」
  // names the member towns, not the 受注者 (the subject before が/は is not the name)
  const full = normaliseTerm(name);
  const n = full.slice(Math.max(full.lastIndexOf('が'), full.lastIndexOf('は')) + 1);
  if (/再委託|再受託|下請|再々委託/.test(n)) return 'subcontractor';
  // the business that uses the service (「本サービスを利用する事業者（以下「加盟店」）」) is its customer, though 事業者
  if (/を(?:利用|使用|導入)(?:する|しようとする|した)(?:事業者|者|法人|企業|団体|お客様)$/.test(n)) return 'outsourcer';
  if (/受託する者|受注する者|受託者|受注者|請負人|受任者|(?:を|に)委託する(?:事業)?者|提供者|事業者$/.test(n)) return 'contractor';
  if (/委託者|発注者|注文者|委任者/.test(n)) return 'outsourcer';
  if (/\b(?:supplier|provider|vendor|contractor|processor|integrator)\b/.test(n)) return 'contractor';
  if (/\b(?:customer|client|buyer|controller)\b/.test(n)) return 'outsourcer';
  return undefined;
}

/** What a recital says one party means to do before its role verb ("wishes to", "is considering"). */
const INTENT = '(?:(?:wish(?:es)?|intends?|proposes?|plans?|desires?|(?:has|have)\\s+agreed|agrees?|would\\s+like)\\s+to|(?:is|are)\\s+(?:considering|contemplating|proposing|planning\\s+on)|will|would|may)';

/** [outsourcer, contractor] pairs named by an English role verb between two party keys. */
function englishRoleEdges(text: string, keys: string[]): [string, string][] {
  if (keys.length < 2) return [];
  const alt = phraseAlternation(keys);
  // 'A entrusts to B' (a Japanese contract in English: 甲は乙に委託する) names the same pair as 'A entrusts B'
  // a recital's intent names the pair as well: "Ashby is considering engaging Ferrocore", "X wishes to appoint Y"
  const give = new RegExp(`\\b(${alt})\\s+(?:hereby\\s+)?(?:${INTENT}\\s+)?(?:${phraseAlternation(P.roleVerbs.outsourcer.en)})\\s+(?:to\\s+)?(?:the\\s+)?(${alt})\\b`, 'g');
  const take = new RegExp(`\\b(${alt})\\s+(?:hereby\\s+)?(?:shall\\s+|will\\s+|agrees\\s+to\\s+)?(?:${phraseAlternation(P.roleVerbs.contractor.en)})\\b[^.;]{0,80}?\\b(?:to|for|of)\\s+(?:the\\s+)?(${alt})\\b`, 'g');
  // a plain-English recital of what the buyer wants done: "We want the Agency to plan and run our campaigns", "Acme
  // needs the Contractor to maintain its cameras" (never of a pronoun object: "we require you to provide accurate details"
  // in terms of use asks the user, no supplier)
  const ask = new RegExp(`\\b(${alt})\\s+(?:want|wants|need|needs|would\\s+like|has\\s+asked|have\\s+asked)\\s+(?:the\\s+)?(?!(?:you|us)\\b)(${alt})\\s+to\\s+(?:(?:plan|design|build|develop|run|operate|manage|deliver|provide|perform|carry\\s+out|host|maintain|support|supply|install)\\b)`, 'g');
  const key = (matched: string) => matched.replace(/\s+/g, ' ');
  const edges: [string, string][] = [];
  for (const m of text.matchAll(ask)) if (key(m[1]) !== key(m[2])) edges.push([key(m[1]), key(m[2])]);
  for (const m of text.matchAll(give)) if (key(m[1]) !== key(m[2])) edges.push([key(m[1]), key(m[2])]);
  for (const m of text.matchAll(take)) if (key(m[1]) !== key(m[2])) edges.push([key(m[2]), key(m[1])]);
  return edges;
}

/** Terms of use stating their purpose: 「この規約は」「本利用規約において」, then the provider and the use they govern. */
const TERMS_PURPOSE = /(?:この|本)(?:利用)?(?:規約|約款|規程|規則|要綱|要領)(?:は|において)/;
/** Whether `key` provides the service whose use the terms' purpose sentence governs (「…（以下「本学」という。）が提供する…の利用」). */
function providesTheTermsService(text: string, key: string): boolean {
  const purpose = TERMS_PURPOSE.exec(text.slice(0, OPENING));
  if (!purpose) return false;
  const k = escapeRegExp(key);
  return new RegExp(`^(?:[^。]|という。\\)){0,80}?${k}(?:」という。\\))?が(?:提供|運営)する(?:[^。]|という。\\)){0,80}?の利用`)
    .test(text.slice(purpose.index + purpose[0].length, OPENING));
}

/** What follows the name of the party that runs a school or hospital in that one's name (「学園が設置する…大学」). */
const RUN_BY = /^(?:が|の)(?:設置|運営|開設)する/;
/** A label naming a provider of some service (「CMS事業者」, "the Platform Vendor"): beside the two sides, a further provider. */
const PROVIDER_LABEL = /事業者|ベンダ|パートナー|provider|vendor|partner/;

// (the pieces the alternatives share: the supplying verb with up to three words before what is supplied, and an
// apposition naming the reader, "you, Mailright Ltd, will provide")
const SUPPLIES = String.raw`(?:provide|supply|perform|deliver|carry\s+out)\s+(?:(?:the|certain|our|[a-z-]+)\s+){0,3}?`;
const NAMED = String.raw`(?:,\s*[^,.;\n]{1,60},)?`;
/**
 * The reader engaged as the supplier: "you are an independent contractor / a self-employed …", or "you" defined as the
 * freelancer, independent contractor or consultant who accepts the work; or a letter written by the buyer to its
 * supplier, recalling the agreement "under which you provide (remote) monitoring / the Services" or setting "the terms
 * on which you will provide … services to us".
 */
const YOU_SUPPLY = new RegExp([
  String.raw`\b(?:under|by|on)\s+which\s+you${NAMED}\s+(?:will\s+|shall\s+|are\s+to\s+)?${SUPPLIES}(?:services|monitoring|maintenance|support)\b`,
  String.raw`\byou${NAMED}\s+(?:will|shall|agree\s+to|are\s+to)\s+${SUPPLIES}(?:services|work|support)\s+(?:to|for)\s+us\b`,
  String.raw`\byou\s+(?:are|will\s+be|act\s+as)\s+(?:an?\s+)?(?:independent|self-employed|freelance)\s+(?:contractor|consultant|supplier|service\s+provider|professional|transcriber|translator|worker)\b`,
  String.raw`["“']you["”']?\s+means\s+(?:the|an?|each)\s+(?:independent|self-employed|freelance)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:who|that)\s+(?:accepts?|performs?|undertakes?|carries\s+out|provides?)\b`,
].join('|'), 'i');
/** `firstPersonWriter`: a proposal, or a form whose header names the respondent: its 当社 / 弊社 is the writer. */
function inferRoles(
  text: string, candidates: { key: string; definedAt?: number; names?: string[]; nameRole?: FixedRole; publicBody?: boolean; pronoun?: 'we' | 'you' }[], firstPersonWriter = false,
): Map<string, Role> {
  const roles = new Map<string, Role>();
  const keys = candidates.map((c) => c.key);
  const jaKeys = keys.filter((k) => !isAsciiTerm(k));
  // Terms that engage the reader as the supplier ("You are an independent contractor and not our employee", '"you"
  // means the freelance translator who accepts the assignment', a buyer's letter: "the terms on which you will provide
  // … services to us"): "you" sells the work and "we" buy it
  if (keys.includes('you') && YOU_SUPPLY.test(text)) {
    roles.set('you', 'contractor');
    if (keys.includes('we')) roles.set('we', 'outsourcer');
    for (const c of candidates) if (c.pronoun) roles.set(c.key, c.pronoun === 'you' ? 'contractor' : 'outsourcer');
  }
  // a. role verbs: 「XがYに委託する」 (verb forms only: 委託業務/委託料 are nouns)「XはYに対し…を委託し」「YはXから…を受託する」
  const edges: [string, string][] = [];
  if (jaKeys.length >= 2) {
    const alt = jaKeys.sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
    // (依頼 is any request: 「IDの削除を甲に依頼し」; a definition in brackets ends in 。 inside the sentence)
    // (the label defined in the sentence it acts in: 「…協議会（以下「協議会」という。）は、…受託者に委託する」; so may the
    // one it entrusts: 「…（以下「事業者」という。）は、…（以下「受託者」という。）に…を委託する」; and the entrusting
    // itself: 「乙は、…第三者（以下「丙」という。）に委託（以下「再委託」という。）してはならない」)
    const give = new RegExp(`(${alt})(?:」という。\\))?(?:が|は)[、,]?(?:[^。]|という。\\)){0,80}?(${alt})(?:」という。\\))?に(?:対し(?:て)?)?[、,]?[^。]{0,40}?(?:委託|発注|委任)(?:\\(以下「[^」]{1,10}」という。\\))?(?:する|し[、,たてまよ]|される)`, 'dg');
    const take = new RegExp(`(${alt})(?:が|は)[、,]?[^。]{0,40}?(${alt})(?:」という。\\))?から[^。]{0,40}?(?:受託(?:する|し)|受注(?:する|し)|請け負|委託を受け)`, 'g');
    // a label's definition before its は (「…（以下「乙」という。）は、甲が乙に委託する」) may lead to the label itself or past
    // another subject: the search then goes on from the next character, where the sentence's own subject starts a match
    const definedThen = /^[^」]*」という。\)/;
    const subjectBetween = new RegExp(`(?:${alt})(?:が|は)`);
    for (let m; (m = give.exec(text));) {
      // the verb after 「Yに対して」 may belong to a later clause with its own subject: 「乙が甲に対して負う義務と同等の義務を
      // 再委託先に課し、再委託先がさらに委託する」 entrusts nothing to 甲
      const verbClause = m[0].slice(m.indices![2]![1] - m.index);
      // 「Yに」 may end a clause that names another one entrusted: 「乙は、…あらかじめ甲に届け出た協力会社に委託する」
      // entrusts the 協力会社, not 甲 (another 「…に」 right before the verb)
      // another label as the subject between the two (「甲は、乙が…を、次の者（以下「丙」という。）に再委託することを承認する」):
      // that one entrusts Y, not X — the search goes on from the next character and finds 「乙が…丙に再委託する」
      const between = m[0].slice(m.indices![1]![1] - m.index, m.indices![2]![0] - m.index);
      const innerSubject = [...between.matchAll(new RegExp(`(${alt})(?:」という。\\))?が`, 'g'))].some((s) => s[1] !== m[1] && s[1] !== m[2]);
      if (m[1] === m[2] || innerSubject || subjectBetween.test(verbClause) || ENTRUSTED_LATER.test(verbClause.slice(1)) ||
        (definedThen.test(m[0]) && subjectBetween.test(m[0].slice(m[0].indexOf(')') + 2, m[0].lastIndexOf(m[2]))))) give.lastIndex = m.index + 1;
      else edges.push([m[1], m[2]]);
    }
    for (const m of text.matchAll(take)) if (m[1] !== m[2]) edges.push([m[2], m[1]]);
  }
  // 「利用者」とは、<party>が…認めた者: the party's end users, not a side of the contract; nor are end users the text
  // names without defining them where both sides are defined in the opening (「全利用者が利用できない障害」).
  const definedSides = candidates.filter((c) => (c.definedAt ?? OPENING) < OPENING).length;
  for (const c of candidates) {
    if (!END_USER_WORDS.has(c.key)) continue;
    if (c.definedAt === undefined && definedSides >= 2) { roles.set(c.key, 'other'); continue; }
    const others = jaKeys.filter((k) => k !== c.key).map(escapeRegExp).join('|');
    if (others && new RegExp(`「${escapeRegExp(c.key)}」とは[、,]?(?:${others})(?:が|の)[^。]{0,60}?(?:認め|許諾|許可|承認|指定|登録)[^。]{0,120}?(?:をいう|を指す)`).test(text)) roles.set(c.key, 'other');
  }
  // A department of a party (「〇〇大学附属病院臨床研究推進センター」 beside 「国立大学法人〇〇大学」) is that party's side.
  const unitOf = new Map<string, string>();
  for (const c of candidates) {
    const unit = c.names?.find((n) => UNIT_END.test(n) && !ORG_NAME_JA.test(n));
    if (!unit) continue;
    const parent = candidates.find((p) => p.key !== c.key && p.names?.some((n) => {
      const core = n.replace(LEGAL_FORM_JA, '');
      return core.length >= 2 && core !== unit && unit.startsWith(core);
    }));
    if (parent) unitOf.set(c.key, parent.key);
  }
  // A school, hospital or office a party runs (「学園が設置する緑ヶ丘大学（以下「本学」）」) is that party's side too.
  for (const c of candidates) {
    const owner = candidates.find((p) => p.key !== c.key && !isAsciiTerm(p.key) &&
      c.names?.some((n) => n.startsWith(p.key) && RUN_BY.test(n.slice(p.key.length))));
    if (owner && !unitOf.has(c.key)) unitOf.set(c.key, owner.key);
  }
  // An organisation's own terms of use name it as the provider in their purpose (「この規約は、…大学（以下「本学」という。）が
  // 提供する…の利用について定める」): its self-reference (本学, 本市, 当社), a buyer's word elsewhere, is the provider here.
  for (const c of candidates) {
    if (ROLE_WORDS.get(c.key) === 'outsourcer' && providesTheTermsService(text, c.key)) roles.set(c.key, 'contractor');
  }
  // (where a definition makes a party "we" or "you", both pronouns wait for that party's role: f below)
  const pronounDefined = candidates.some((c) => c.pronoun);
  for (const c of candidates) {
    const word = ROLE_WORDS.get(c.key);
    if (roles.has(c.key) || (pronounDefined && (c.key === 'we' || c.key === 'you'))) continue;
    if (c.key === 'we') roles.set(c.key, 'contractor');
    else if (c.key === 'you') roles.set(c.key, 'outsourcer');
    else if (word && word !== 'both' && !AMBIGUOUS.has(c.key)) roles.set(c.key, word);
  }
  if (edges.length) {
    const incoming = new Set(edges.map((e) => e[1]));
    const roots = [...new Set(edges.map((e) => e[0]).filter((k) => !incoming.has(k)))];
    const fromEdges = new Map<string, Role>();
    const chain: Role[] = ['outsourcer', 'contractor', 'subcontractor'];
    // the chain starts below the outsourcer when its root is a contractor word, or when its root is the writer (当社,
    // 弊社: either side) and a party the opening defines is the outsourcer already, outside the chain (「申込者」 beside
    // 「当社は…委託先に委託する」: 当社's own vendors)
    const outside = (k: string) => !edges.some((e) => e.includes(k));
    const offset = (roots.some((r) => ROLE_WORDS.get(r) === 'contractor') && keys.some((k) => ROLE_WORDS.get(k) === 'outsourcer' && outside(k))) ||
      (roots.every((r) => r === '当社' || r === '弊社') && candidates.some((c) => (c.definedAt ?? OPENING) < OPENING && roles.get(c.key) === 'outsourcer' && outside(c.key))) ? 1 :
      // a chain rooted at 丙 or 丁 while 甲 and 乙 stand outside it (「丙が…丁に…を委託すること」 in a memo of 甲, 乙 and 丙):
      // the third and fourth labels are the lower tiers, so the root is a subcontractor itself
      roots.length > 0 && roots.every((r) => r === '丙' || r === '丁') && keys.includes('甲') && keys.includes('乙') && outside('甲') && outside('乙') ? 2 : 0;
    for (const r of roots) fromEdges.set(r, chain[offset]);
    let frontier = roots;
    let level = 0;
    const seen = new Set(roots);
    while (frontier.length) {
      const next: string[] = [];
      for (const [a, b] of edges) {
        if (frontier.includes(a) && !seen.has(b)) {
          fromEdges.set(b, chain[Math.min(2, level + 1 + offset)]);
          seen.add(b);
          next.push(b);
        }
      }
      frontier = next;
      level++;
    }
    // a chain without its root in this document (乙→丙, 丙→丁: the memo of a subcontract)
    for (const [a, b] of edges) {
      if (!fromEdges.has(b)) fromEdges.set(b, 'subcontractor');
      if (!fromEdges.has(a)) fromEdges.set(a, 'contractor');
    }
    for (const [k, r] of fromEdges) if (!roles.has(k)) roles.set(k, r);
  }
  // b. unambiguous label words and defined names
  for (const c of candidates) {
    if (roles.has(c.key)) continue;
    const word = ROLE_WORDS.get(c.key);
    if (word && word !== 'both' && !AMBIGUOUS.has(c.key)) roles.set(c.key, word);
    else if (c.nameRole) roles.set(c.key, c.nameRole);
  }
  // b2. English role verbs (data): "Party A engages Party B", "X shall provide the Services to Y" decide the
  //     labels still undecided (Party A / Party B, company names), never against a role already decided.
  //     (a whole-text search: only while an English label is undecided)
  const englishKeys = keys.filter(isAsciiTerm);
  for (const [giver, taker] of englishKeys.some((k) => !roles.has(k)) ? englishRoleEdges(text, englishKeys) : []) {
    const g = roles.get(giver);
    const t = roles.get(taker);
    if (g === undefined && (t === undefined || t === 'contractor')) roles.set(giver, 'outsourcer');
    if (t === undefined && (g === undefined || g === 'outsourcer')) roles.set(taker, 'contractor');
  }
  // c. counterpart: 当社/弊社 facing a decided contractor is the outsourcer, facing an outsourcer the contractor;
  //    otherwise provider verbs decide (「当社が提供する」).
  const decided = () => new Set([...roles.values()]);
  for (const c of candidates) {
    if (roles.has(c.key) || !['当社', '弊社', 'company'].includes(c.key)) continue;
    const d = decided();
    if (d.has('contractor') && !d.has('outsourcer')) roles.set(c.key, 'outsourcer');
    else if (d.has('outsourcer')) roles.set(c.key, 'contractor');
    else if (new RegExp(`${escapeRegExp(c.key)}(?:が|は)[^。]{0,30}?(?:提供する|提供し|受託|受注|請け負)`).test(text)) roles.set(c.key, 'contractor');
  }
  // A further provider organisation next to a decided outsourcer and contractor is a subcontractor
  // (the SaaS vendor behind a reseller, a data-centre operator).
  const furtherProviders = () => {
    const d2 = decided();
    if (!d2.has('outsourcer') || !d2.has('contractor')) return;
    for (const c of candidates) {
      if (roles.has(c.key) || ROLE_WORDS.has(c.key)) continue;
      if (PROVIDER_LABEL.test(c.key)) roles.set(c.key, 'subcontractor');
    }
  };
  furtherProviders();
  // d. 当社/弊社 in a text addressed to 貴社/貴県/お客様 is the writer, i.e. the provider side; so is it in a proposal or an answered form,
  //    unless the document defines it (「保険会社（以下「当社」）のチェックシートに対する…回答」 names the buyer so).
  //    「当社のお客様」 are the writer's own customers, a third party, not the reader it addresses (a supplier policy
  //    whose 当社 is the outsourcer speaks of them).
  const addressed = ADDRESSEE_JA.test(text);
  if (addressed || firstPersonWriter) {
    for (const c of candidates) if ((c.key === '当社' || c.key === '弊社') && (addressed || c.definedAt === undefined)) roles.set(c.key, 'contractor');
  }
  // d2. Two sides: the one other organisation named in the opening faces the side already decided
  //     ("Springfield School District ("District")" beside "EduTech Inc. ("Provider")"; "… licensed under the Banking
  //     Act ("the Bank")", a body by its label, beside "… ("the Service Provider")"). A label whose role only the
  //     document decides counts too: 'Keystone Recovery Associates, LLC ("Agency")' beside a decided Bank collects
  //     for it (an agency is not always the buyer).
  const faceDecidedSide = () => {
    const undecided = candidates.filter((c) => (c.definedAt ?? OPENING) < OPENING && !roles.has(c.key) && (!ROLE_WORDS.has(c.key) || (AMBIGUOUS.has(c.key) && c.key !== 'we' && c.key !== 'you')) && !unitOf.has(c.key) &&
      (c.names?.some(isProperName) || BODY_LABELS.has(c.key)));
    const d3 = decided();
    // a provider's label beside a decided contractor is no buyer (「CMS事業者」 whose system the 受注者 supplies): it waits
    // for furtherProviders
    const facing = d3.has('contractor') ? 'outsourcer' : 'contractor';
    if (undecided.length === 1 && d3.has('contractor') !== d3.has('outsourcer') && !(facing === 'outsourcer' && PROVIDER_LABEL.test(undecided[0].key))) {
      roles.set(undecided[0].key, facing);
    }
    return undecided;
  };
  const undecided = faceDecidedSide();
  // d3. A council, agency or university named as a party in the opening buys the service when nobody else
  //     does ("Waimarie District Council ("Council", "we") invites proposals").
  //     A buyer's kind (a council, a bank) facing a decided contractor buys even beside other buyer-side parties: the
  //     council that procures for its member bodies (「協議会」 beside 「利用団体」).
  const issuer = undecided.filter((c) => c.publicBody && !roles.has(c.key));
  const d4 = decided();
  if (issuer.length === 1 && (!d4.has('outsourcer') || (d4.has('contractor') && BUYER_LABELS.has(issuer[0].key)))) roles.set(issuer[0].key, 'outsourcer');
  //     and the other party named in the opening faces it before a role word's convention decides ("Agency")
  if (issuer.length === 1) faceDecidedSide();
  // e. convention (甲 = outsourcer, 乙 = contractor, you = outsourcer, we = contractor)
  for (const c of candidates) {
    if (roles.has(c.key)) continue;
    const word = ROLE_WORDS.get(c.key);
    if (c.key === 'we') roles.set(c.key, 'contractor');
    else if (c.key === 'you') roles.set(c.key, 'outsourcer');
    else if (c.key === '丙' || c.key === '丁') roles.set(c.key, 'other');
    // an "Agency" that is a trading company ('Marston Bailey Enforcement LLP ("the Agency")': an enforcement, recruitment
    // or marketing agency) sells the service: the convention that an agency buys is for government agencies
    else if (word === 'outsourcer' && c.key === 'agency' && c.names?.some((n) => isOrganisation(normaliseTerm(n), n))) roles.set(c.key, 'contractor');
    else if (word) roles.set(c.key, word);
  }
  // e2. The same once the convention decided a side (「国立大学法人…（以下「大学」）」 beside 「事業者」, a word of either side),
  //     and a further provider beside the two sides decided only now ("Clinic" facing the "Provider")
  faceDecidedSide();
  furtherProviders();
  for (const [unit, parent] of unitOf) {
    const r = roles.get(parent);
    if (!roles.has(unit) && (r === 'outsourcer' || r === 'contractor')) roles.set(unit, r);
    // and the party behind a unit whose role a word decided (「本学」 the buyer: so is the 学園 that runs it)
    const u = roles.get(unit);
    if (!roles.has(parent) && (u === 'outsourcer' || u === 'contractor')) roles.set(parent, u);
  }
  // f. A party the definitions call "you" or "we" gives the pronoun its role (a council writing as "we" buys), and
  //    the other pronoun, defined as no party, faces it. A party the text left undecided takes its pronoun's role
  //    instead ('Redline Assurance LLP ("Redline", "we")' in a letter that acts as "we" throughout).
  for (const c of candidates) {
    const role = c.pronoun && !roles.has(c.key) ? roles.get(c.pronoun) : undefined;
    if (role === 'outsourcer' || role === 'contractor') roles.set(c.key, role);
  }
  for (const c of candidates) {
    const role = c.pronoun && roles.get(c.key);
    if (role !== 'outsourcer' && role !== 'contractor') continue;
    roles.set(c.pronoun!, role);
    const other = c.pronoun === 'we' ? 'you' : 'we';
    if (keys.includes(other) && !candidates.some((o) => o.pronoun === other)) roles.set(other, role === 'outsourcer' ? 'contractor' : 'outsourcer');
  }
  return roles;
}
