/**
 * Obligations: every sentence, item or table row that creates a duty, prohibition, permission,
 * effort-only duty or to-be-agreed item, with its actor — the party written as its subject
 * (乙は / 受注者が / 受注者の責任で / "Supplier shall"), or inherited from structure: a lead sentence
 * that introduces a list (「受注者は、次の事項を実施すること。」) gives its actor to the items, a duty
 * heading (「受注者の責務」, "Supplier Obligations") to its section. Allocation tables
 * (責任分界表: a row per task, a column per party, ◎/○/― marks) give one duty per marked cell.
 */
import type { Segmentation, Sentence } from './segment.ts';
import type { Modality } from './modality.ts';
import type { SentenceFacts } from './rules.ts';
import type { PartyModel, Role } from './parties.ts';
import { escapeRegExp, normaliseTerm, phraseAlternation, termAlternation } from './lexicon.ts';
import { isAlnumCode } from './normalize.ts';
import { LEXICON, TermMatcher, lexicons, vaguenessData } from './vagueness.ts';

export interface Actor { key: string; label: string; role: Role }

export interface SentenceObligation {
  sentence: number;
  modality: Modality;
  actor: Actor | null;
  inherited: boolean;
  /** For a row of an allocation table: the marks per party column. */
  cells?: TableCell[];
}

export interface TableCell { actor: Actor; mark: 'lead' | 'support' | 'agree-later' | 'none' | 'empty' | 'other' }

const S = vaguenessData.structure;
/** Joint subjects (甲及び乙, 双方, both parties): the caller may find them in its own walk of the text (`JointSubjects`). */
export const JOINT_SUBJECT_TERMS = [...vaguenessData.parties.roles.both.ja, ...vaguenessData.parties.roles.both.en];
const bothWords = new TermMatcher([JOINT_SUBJECT_TERMS]);
/** Every match of JOINT_SUBJECT_TERMS, as `TermMatcher.scan` gives them. */
export type JointSubjects = { s: number; word: string }[];
const JA_SUBJECT = /^(?:は|が|において|にあっては|の責任(?:において|で|により)|の負担(?:において|で)|側(?:で|は|が)|自ら|自身)/;
const JA_JOIN = /^(?:及び|並びに|と|、)/;
/** 「乙の運用責任者は」: a party's people as the topic or subject act for the party (data: parties.agents). */
const AGENT_SUBJECT = new RegExp(`^の[^、。,]{0,10}?(?:${vaguenessData.parties.agents.ja.map(escapeRegExp).join('|')})(?:は|が)`);
/**
 * 「…の教育は、乙の責任で実施する。」「乙の負担と責任において行う」: the party whose responsibility the act is performs it,
 * like 「乙は」 — not when the responsibility is denied (乙の責任でない事由) or merely topical (乙の責任では／乙の責任である).
 */
const RESPONSIBLE_SUBJECT = /^の(?:(?:費用|負担)(?:と|及び|・))?責任(?:で|において|により)(?!な|は|も|あ)/;
const NO = 'の'.charCodeAt(0);
const NI = 'に'.charCodeAt(0);
/**
 * 「…は、乙において適切に管理する」: 「において」 after a party names who acts, like が — unless the party only sets a
 * condition (甲において必要と認める…) or the sentence merely happens there (乙においては、…場合がある).
 */
const NIOITE_SUBJECT = /^において、?(?!は|も|(?:定め|指定|承認|認め|提供|必要|適当|指示|求め|判断))/;
/** What follows an English subject: a modal or duty verb, or an adverb and a present verb ("The Board regularly updates …"). */
const EN_SUBJECT = /^(?:'s\s+\w+\s+)?\s*(?:[a-z]{3,}ly\s+(?!be\b)[a-z]{3,}s\b|shall|will|must|may|agrees?|undertakes?|should|can|cannot|is\s+(?:required|responsible|obliged|entitled|permitted)|are\s+(?:required|responsible|obliged|entitled|permitted)|acknowledges|warrants|represents|reserves|retains|is\s+not|will\s+not|must\s+not)\b/;
const ITEM_NUMBER = /^(?:\(\s*\d+\s*\)|\d{1,3}[.)]?|[一二三四五六七八九十]+|[ア-ン])[\s、.]*/;
const TOPIC = /^([^、。は]{2,30}?)(?:には|では|は)[、,]?/;
const PA = vaguenessData.parties.passiveAgent;
const PASSIVE_BEFORE = new RegExp(`(?:^|\\s)(?:${PA.en.map(escapeRegExp).join('|')})\\s+(?:the\\s+)?$`);
const PASSIVE_AFTER = new RegExp(`^(?:${PA.ja.filter((t) => t !== 'から').map(escapeRegExp).join('|')})`);
const FINAL: [Modality, string[]][] = [
  ['effort', S.sentenceFinal.effort], ['permission', S.sentenceFinal.permission], ['prohibition', S.sentenceFinal.prohibition],
  ['agree-later', S.sentenceFinal.agreeLater], ['obligation', S.sentenceFinal.obligation],
].map(([m, list]) => [m as Modality, (list as string[]).map(normaliseTerm)]);
/** The endings reversed into a trie; `rank`: the first entry of FINAL with an ending that ends at the node. */
interface EndingNode { next: Map<number, EndingNode>; rank: number }
const ENDINGS: EndingNode = { next: new Map(), rank: FINAL.length };
FINAL.forEach(([, ends], rank) => {
  for (const e of ends) {
    let node = ENDINGS;
    for (let k = e.length - 1; k >= 0; k--) {
      const c = e.charCodeAt(k);
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { next: new Map(), rank: FINAL.length }));
      node = child;
    }
    node.rank = Math.min(node.rank, rank);
  }
});
const TRAILING = new Set([...'。. \n\t)）'].map((c) => c.charCodeAt(0)));
const isKanaOrKanji = (c: number) => (c >= 0x3040 && c <= 0x30ff) || (c >= 0x4e00 && c <= 0x9fff);

/**
 * The modality written at the end of a Japanese sentence text[start, end) (「…することができる。」 is a right even
 * if 「求める」 appears): one walk back from the end through the reversed endings, no slicing.
 */
export function finalModality(text: string, start: number, end: number): Modality | null {
  let n = end;
  while (n > start && TRAILING.has(text.charCodeAt(n - 1))) n--;
  if (n === start || !isKanaOrKanji(text.charCodeAt(n - 1))) return null;
  let rank = FINAL.length;
  for (let node: EndingNode | undefined = ENDINGS, k = n - 1; k >= start && node; k--) {
    node = node.next.get(text.charCodeAt(k));
    if (node) rank = Math.min(rank, node.rank);
  }
  return rank < FINAL.length ? FINAL[rank][0] : null;
}
const PLAIN_ENDINGS = new Set(S.sentenceFinal.plainDuty.endings.map(normaliseTerm));
/**
 * A sentence ending in one of the terms. A term that starts with a kanji is the whole verb, not the tail of
 * a longer compound: 「存する」 (exists) is stative, 「保存する」 (keeps) is not.
 */
const endingPattern = (terms: string[]) => new RegExp(`(?:${terms.map((t) => normaliseTerm(t)).map((t) => `${/^\p{Script=Han}/u.test(t) ? '(?<!\\p{Script=Han})' : ''}${escapeRegExp(t)}`).join('|')})$`, 'u');
const PRACTICE = endingPattern(S.sentenceFinal.plainDuty.practice);
const PRACTICE_STATIVE = endingPattern(S.sentenceFinal.plainDuty.practiceStative);
const STATIVE = endingPattern(S.sentenceFinal.plainDuty.stative);
const RESERVED = endingPattern(S.sentenceFinal.plainDuty.reserved);
const BOUND_ROLES: ReadonlySet<Role> = new Set(['outsourcer', 'contractor', 'subcontractor', 'both']);

/**
 * Japanese sentences that state a party's duty in the plain form (「乙は、…を甲に報告する。」, see
 * `sentenceFinal.plainDuty`): read as statements by their markers, they bind like 「…するものとする」.
 * Only sentences whose own subject is a party (not table rows). With `writer` (the contractor writing its
 * proposal in the first person), also its practice in the progressive (「…を暗号化しております」). A party
 * reserving an act (「…を第三者に委託する場合がある」) is given a permission instead.
 */
export function plainFormDuties(
  text: string, sentences: readonly Sentence[], facts: readonly SentenceFacts[], mentions: MentionIndex, writer: Actor | null,
): { duties: number[]; permissions: number[] } {
  const duties: number[] = [];
  const permissions: number[] = [];
  const { starts, ends, actors } = mentions;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    if (facts[i].modality !== 'statement' || s.kind === 'row') continue;
    let n = s.end;
    while (n > s.start && TRAILING.has(text.charCodeAt(n - 1))) n--;
    if (n - s.start < 4 || !PLAIN_ENDINGS.has(text[n - 1]) || !isKanaOrKanji(text.charCodeAt(n - 2))) continue;
    const ending = text.slice(n - 8 > s.start ? n - 8 : s.start, n);
    if (writer && PRACTICE.test(ending) && !PRACTICE_STATIVE.test(ending)) {
      duties.push(i);
      continue;
    }
    // 「当社は、…を第三者に委託する場合がある。」: the party reserves the act — a permission, not a description
    const reserves = RESERVED.test(text.slice(n - 12 > s.start ? n - 12 : s.start, n));
    if (!reserves && STATIVE.test(ending)) continue;
    // a party is the topic (乙は) or the subject (乙が), not the agent of a condition (甲が指定する形式)
    for (let k = mentions.firstAt(s.start); k < starts.length && starts[k] < n; k++) {
      const next = text.charCodeAt(ends[k]);
      if (BOUND_ROLES.has(actors[k].role) && (next === HA || (next === GA && !GA_CONDITION.test(text.slice(ends[k], ends[k] + 8))) ||
        (next === NI && NIOITE_SUBJECT.test(text.slice(ends[k], ends[k] + 12))) ||
        (next === NO && (AGENT_SUBJECT.test(text.slice(ends[k], ends[k] + 16)) || RESPONSIBLE_SUBJECT.test(text.slice(ends[k], ends[k] + 12)))))) {
        (reserves ? permissions : duties).push(i);
        break;
      }
    }
  }
  return { duties, permissions };
}

/**
 * English counterpart of the proposal's practice (「…を暗号化しております」): in a proposal written in the first
 * person, a statement whose subject is the writer — "We encrypt…", "Our engineers hold…", "All staff
 * complete…", "Our backups are encrypted…" — binds it like "We will…". The subject is "we", or "our"/"all" with
 * a head noun for the writer's people or facilities; the verb is in the present tense (not a past, an opinion or
 * an auxiliary: "We have supported…", "We believe…", "We are pleased…" stay statements). Not table rows or
 * questions. Negated, the same practice is a ban like "We will not…" ("We do not sell client data", "Our
 * engineers never share accounts"), unless it describes what the writer lacks or does not yet do ("We do not
 * currently hold…", "We do not offer…": `notBan`). The caller applies it only to English proposals.
 */
const PRACTICE_EN = S.sentenceFinal.plainDuty.practiceEn;
/** A line's bullet or clause number before its first word ("- ", "3.2 ", "(b) "). */
const EN_LINE_START = String.raw`^(?:[#*\u2022-]+\s*)?(?:(?:\d+(?:\.\d+)*\.?|\(?[a-z0-9]{1,3}\))\s+)?`;
const EN_PRACTICE = new RegExp(
  `${EN_LINE_START}(?:we|(?:our\\s+|all\\s+(?:of\\s+)?(?:our\\s+)?)(?:[a-z0-9-]+\\s+){0,2}?(?:${phraseAlternation(PRACTICE_EN.subjects)}))\\s+` +
  `(?:(?:also|always|only|routinely|currently|already|each|both|all|then|automatically)\\s+)?(?:(?:is|are)\\s+(?:(?:also|always|only|all|routinely|fully|automatically)\\s+)?([a-z-]+)|([a-z-]+))\\b`,
);
const EN_NOT_PRACTICE = new Set(PRACTICE_EN.notPractice);
const EN_NOT_BAN = new Set(PRACTICE_EN.notBan);
/** The same subject, negated: "We do not sell…", "Our staff never share…" (the verb is group 1). */
const EN_BAN = new RegExp(
  `${EN_LINE_START}(?:we|(?:our\\s+|all\\s+(?:of\\s+)?(?:our\\s+)?)(?:[a-z0-9-]+\\s+){0,2}?(?:${phraseAlternation(PRACTICE_EN.subjects)}))\\s+` +
  `(?:(?:do|does)\\s+not|don't|doesn't|never)\\s+([a-z-]+)\\b`,
);
const EN_PARTICIPLE_IRREGULAR = new Set(PRACTICE_EN.irregularParticiples);
const EN_FIRST_PERSON_START = new RegExp(`${EN_LINE_START}we\\s`);
/** A negated verb that bans ("does not sell"), not one that states a lack ("does not offer") or a past. */
const isBanVerb = (verb: string) => !EN_NOT_PRACTICE.has(verb) && !EN_NOT_BAN.has(verb) && !/[a-z]ed$/.test(verb);

export function englishPracticeDuties(text: string, sentences: readonly Sentence[], facts: readonly SentenceFacts[]): { duties: number[]; bans: number[] } {
  let firstPerson = 0;
  for (const s of sentences) if (s.kind !== 'row' && EN_FIRST_PERSON_START.test(text.slice(s.start, Math.min(s.end, s.start + 40))) && ++firstPerson >= 3) break;
  if (firstPerson < 3) return { duties: [], bans: [] };
  const duties: number[] = [];
  const bans: number[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    if (facts[i].modality !== 'statement' || s.kind === 'row' || s.kind === 'heading') continue;
    const body = text.slice(s.start, s.end).trimEnd();
    if (body.endsWith('?')) continue;
    if (/\b(?:not|never|no longer)\b|n't\b/.test(body)) {
      const n = EN_BAN.exec(body);
      if (n && isBanVerb(n[1])) bans.push(i);
      continue;
    }
    const m = EN_PRACTICE.exec(body);
    if (!m) continue;
    const passive = m[1], verb = m[2];
    if (passive !== undefined ? EN_NOT_PRACTICE.has(passive) || !(/[a-z]ed$/.test(passive) || EN_PARTICIPLE_IRREGULAR.has(passive))
      : EN_NOT_PRACTICE.has(verb) || /[a-z]ed$/.test(verb)) continue;
    duties.push(i);
  }
  return { duties, bans };
}

/**
 * An item that negates the duty its lead-in imposes ("The Recipient shall:" … "(b) not disclose it to any person …")
 * bans as "shall not …" does: the lead-in ends in a duty's auxiliary and a colon, the item opens (after its marker)
 * with "not" or "never" and a verb. An item whose lead-in permits or describes is left alone.
 */
const EN_DUTY_LEAD_END = /\b(?:shall|must|will|agrees?\s+to|undertakes?\s+to|is\s+required\s+to|are\s+required\s+to)(?:\s+[a-z]{2,12}ly)?\s*[:：]\s*$/;
const EN_NEGATED_ITEM = /^\s*(?:(?:\(?[a-z0-9]{1,4}[.)]|[-*•])\s*)?(?:to\s+)?(?:not|never)\s+([a-z-]{2,20})\b/;

export function negatedDutyItems(text: string, sentences: readonly Sentence[], facts: readonly SentenceFacts[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    if (s.kind !== 'item' || facts[i].modality !== 'statement' || s.lead < 0) continue;
    const lead = sentences[s.lead];
    if (facts[s.lead].modality !== 'obligation') continue;
    if (!EN_DUTY_LEAD_END.test(text.slice(Math.max(lead.start, lead.end - 60), lead.end))) continue;
    const m = EN_NEGATED_ITEM.exec(text.slice(s.start, Math.min(s.end, s.start + 60)));
    if (m && isBanVerb(m[1])) out.push(i);
  }
  return out;
}

/** A run-in label before a bullet's sentence ("- Security: the Provider keeps…"): up to four words and a colon. */
const EN_RUN_IN_LABEL = String.raw`(?:[a-z][a-z/&-]*(?:\s+[a-z/&-]+){0,3}\s*:\s*)?`;
/**
 * English contracts in the civil-law present tense: "The Provider encrypts…", "Upon request, the Supplier deletes…"
 * bind the contractor like "shall…"; "The Contractor does not sell…" bans like "shall not…". The subject is a
 * mention of the contractor opening the sentence (after its clause number or a run-in label) or closing a leading phrase with a
 * comma; the verb is a third-person present that is not a description, an opinion or an auxiliary
 * (contractorDescriptive and the practice lists). The caller applies it to English documents other than first-person proposals.
 */
const EN_PARTY_LEAD = new RegExp(`(?:${EN_LINE_START}${EN_RUN_IN_LABEL}|,\\s*)(?:the\\s+)?$`);
const EN_PARTY_VERB = /^\s+(?:(?:also|always|only|then|[a-z]+ly)\s+)?(?:(?:does\s+not|doesn't|never)\s+([a-z-]+)|([a-z-]+[^s]s))\b/;
const EN_PARTY_DESCRIPTIVE = new Set(PRACTICE_EN.contractorDescriptive);
const practiceBase = (verb: string) => EN_NOT_PRACTICE.has(verb) || EN_NOT_PRACTICE.has(verb.slice(0, -1)) || (verb.endsWith('es') && EN_NOT_PRACTICE.has(verb.slice(0, -2)));

export function englishPartyDuties(text: string, sentences: readonly Sentence[], facts: readonly SentenceFacts[], mentions: MentionIndex): { duties: number[]; bans: number[] } {
  const duties: number[] = [];
  const bans: number[] = [];
  const { starts, ends, actors } = mentions;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    if (facts[i].modality !== 'statement' || s.kind === 'row') continue;
    const limit = Math.min(s.end, s.start + 100);
    for (let k = mentions.firstAt(s.start); k < starts.length && starts[k] < limit; k++) {
      if (actors[k].role !== 'contractor') continue;
      if (!EN_PARTY_LEAD.test(text.slice(s.start, starts[k]))) break;
      const m = EN_PARTY_VERB.exec(text.slice(ends[k], Math.min(s.end, ends[k] + 40)));
      if (m && m[1] !== undefined) {
        if (isBanVerb(m[1])) bans.push(i);
      } else if (m && !EN_PARTY_DESCRIPTIVE.has(m[2]) && !practiceBase(m[2])) duties.push(i);
      break;
    }
  }
  return { duties, bans };
}

/** The contractor when it writes the text in the first person (当社・弊社 defined as the contractor), else null. */
export function writerOf(model: PartyModel): Actor | null {
  const writer = [...model.mentions.entries()].find(([k, m]) => (k === '当社' || k === '弊社') && m.role === 'contractor' && model.parties.some((p) => p.label === m.label));
  return writer ? { key: writer[0], label: writer[1].label, role: writer[1].role } : null;
}
const CELL_NONE = new Set(S.cellNone.map(normaliseTerm));
const CELL_LEAD = new Set(S.cellLead.map(normaliseTerm));
const RACI = new Set(S.raciMarks.map(normaliseTerm));
/** RACI letters that name no one to do the task (consulted, informed). */
const RACI_NOT_RESPONSIBLE = new Set(S.raciNotResponsible.en.map(normaliseTerm));
/** The marks of a cell: "A, C" and "R/A" hold two. */
const cellMarks = (cell: string): string[] => (/[,/]/.test(cell) ? cell.split(/\s*[,/]\s*/).filter(Boolean) : [cell]);
/** A RACI letter that makes a party do the task (R, A; not C or I). */
const isResponsibleRaci = (m: string): boolean => RACI.has(m) && !RACI_NOT_RESPONSIBLE.has(m);
/** A cell that makes a party do the task (◎ ○ R A 主 …, not C or I alone), in any column. */
export const isTaskMark = (cell: string): boolean => cellMarks(cell).some((m) => CELL_LEAD.has(m) || isResponsibleRaci(m));
/** Column headers that name who does each row's task (data: structure.ownerColumn). */
export const OWNER_HEADER: ReadonlySet<string> = new Set([...S.ownerColumn.ja, ...S.ownerColumn.en].map(normaliseTerm));
const CELL_UNDECIDED = new Set(S.cellUndecided.map(normaliseTerm));
/** A lead-in or heading that introduces a table of who does what ("how responsibilities will be divided", 役割分担; data: structure.allocationLead). */
const RESPONSIBILITY_LEAD = new RegExp(`${termAlternation(S.allocationLead.ja)}|\\b(?:${termAlternation(S.allocationLead.en)})\\b`);
const NOBODY: Actor = { key: '-', label: '-', role: 'other' };
/** A row's first cell that only heads the group of tasks below it (**Platform**, 【基盤】, ■ 運用): with the rest blank, no task. */
const GROUP_LABEL = /^(?:\*\*[^*]+\*\*|__[^_]+__|【[^】]+】|\[[^\]]+\]|[■□◆◇●▼▶].*)$/;
/** One cell's mark: the strongest of its marks ("R, A" leads; "C, I" names no one). */
function markOf(c: string): TableCell['mark'] {
  // a placeholder (TBD, 未定) names no party: the row is nobody's yet, and the placeholder itself a vague term
  if (!c || CELL_UNDECIDED.has(c)) return 'empty';
  if (CELL_NONE.has(c)) return 'none';
  if (CELL_LEAD.has(c)) return 'lead';
  if (RACI.has(c)) return RACI_NOT_RESPONSIBLE.has(c) ? 'none' : 'support';
  const parts = cellMarks(c);
  if (parts.length > 1 && parts.every((m) => CELL_LEAD.has(m) || RACI.has(m) || CELL_NONE.has(m))) {
    if (parts.some((m) => CELL_LEAD.has(m))) return 'lead';
    return parts.some(isResponsibleRaci) ? 'support' : 'none';
  }
  // short: 「協議」, "to be agreed"; a longer note (「協議の上、乙が実施」) says more than that
  return c.length <= (c.charCodeAt(0) < 0x80 ? 24 : 8) && (lexicons.maskIn(c) & LEXICON.cellAgreeLater) ? 'agree-later' : 'other';
}

/**
 * The leads an item or row reads with, nearest first: its lead-in and, while that is itself an item, the lead-in of
 * that one (at most three: "- audit rights, covering:" under "Every contract must include:").
 */
function* leadChain(sentences: readonly Sentence[], s: Sentence): Generator<number> {
  for (let lead = s.lead, hops = 0; lead >= 0 && hops < 3; hops++) {
    yield lead;
    if (sentences[lead].kind !== 'item') return;
    lead = sentences[lead].lead;
  }
}

/** A lead that hands its subject to the items under it: 「次の事項を実施すること。」, "as follows", a line ending in a colon. */
const introducesItems = (lexBits: number, leadText: string): boolean => (lexBits & LEXICON.introLead) !== 0 || /[:：]\s*$/.test(leadText);

/** The modalities a list item takes from a lead-in that requires a document's contents: a duty's, not a permission's. */
const CONTENT_DUTIES: ReadonlySet<Modality> = new Set(['obligation', 'effort']);

/**
 * List items that a lead-in requires a contract, proposal or plan to contain ("Every outsourcing contract must
 * include:", 「契約書には、次の事項を定めること。」, data: structure.contentLead): noun phrases with no modal of their
 * own ("- notification of security incidents within 24 hours"), each binds as the lead-in does. A lead-in that
 * permits ("The Supplier may include:") or describes ("The service includes:") binds none of them.
 * Returns the items read as statements, with the modality each takes.
 */
export function requiredContentItems(text: string, seg: Segmentation, facts: readonly SentenceFacts[]): [number, Modality][] {
  const { sentences, sections } = seg;
  const leadModality = new Map<number, Modality | null>();
  const requiring = (lead: number): Modality | null => {
    const l = sentences[lead];
    const bits = lexicons.maskIn(text, l.start, l.end);
    if (!introducesItems(bits, text.slice(l.start, l.end)) || !(bits & LEXICON.contentVerb)) return null;
    // as the obligations below read it: a Japanese sentence's ending first (「…定めることができる。」 permits)
    const modality = bits & LEXICON.contentRequiring ? 'obligation' : finalModality(text, Math.max(l.start, l.end - 24), l.end) ?? facts[lead].modality;
    if (!CONTENT_DUTIES.has(modality)) return null;
    const heading = l.section >= 0 ? sections[l.section] : null;
    const names = (bits & LEXICON.contentDocument) !== 0 ||
      (heading !== null && (lexicons.maskIn(text, heading.start, heading.start + heading.heading.length) & LEXICON.contentDocument) !== 0);
    return names ? modality : null;
  };
  const out: [number, Modality][] = [];
  for (let i = 0; i < sentences.length; i++) {
    if (sentences[i].kind !== 'item' || facts[i].modality !== 'statement') continue;
    // the lead-in may be an item of an outer level, or lead that one ("- audit rights, covering:" under it)
    for (const lead of leadChain(sentences, sentences[i])) {
      if (!leadModality.has(lead)) leadModality.set(lead, requiring(lead));
      const modality = leadModality.get(lead);
      if (modality) { out.push([i, modality]); break; }
    }
  }
  return out;
}

/** The actor a duty heading names (「受注者の責務」, "Customer Responsibilities") for a section, from it or its parents. */
function dutyHeadingActor(text: string, sections: Segmentation['sections'], model: PartyModel): (sec: number) => Actor | null {
  const headingActor = new Map<number, Actor | null>();
  return (sec) => {
    for (let k = sec, depth = 0; k >= 0 && depth < 4; k = sections[k].parent, depth++) {
      if (!headingActor.has(k)) {
        const h = sections[k];
        headingActor.set(k, lexicons.maskIn(h.heading) & LEXICON.dutyHeading ? firstMention(text, h.start, h.start + h.heading.length, model) : null);
      }
      const a = headingActor.get(k);
      if (a) return a;
    }
    return null;
  };
}

export interface ObligationAnalysis {
  /** One entry per sentence index (null when the sentence creates no duty). */
  bySentence: (SentenceObligation | null)[];
  /** Actor of every sentence (subject or inherited), for conditions on statements too. */
  actorOf: (i: number) => { actor: Actor | null; inherited: boolean };
  /** Allocation tables found: row sentence indices. */
  tableRows: number[];
}

/**
 * `lexOf`: the vocabulary lists found in each sentence (`LEXICON` bits); `boths`: the joint subjects of the text;
 * `mentions`: the text's party mentions when the caller has indexed them (`indexMentions`).
 */
export function analyzeObligations(
  text: string, seg: Segmentation, facts: SentenceFacts[], model: PartyModel, lexOf: Int32Array, boths?: JointSubjects, mentions?: MentionIndex,
): ObligationAnalysis {
  const { sentences, sections } = seg;
  const index = mentions && boths ? withJointSubjects(mentions, boths) : indexMentions(text, model, 0, boths);
  // per sentence (undefined: not looked for yet)
  const own: (Actor | null | undefined)[] = new Array(sentences.length);
  const subjectOf = (i: number): Actor | null => {
    let a = own[i];
    if (a === undefined) own[i] = a = findSubject(text, sentences[i].start, sentences[i].end, model, index);
    return a;
  };
  const sectionActor = dutyHeadingActor(text, sections, model);
  const inheritedOf = (s: Sentence): Actor | null => {
    if (s.kind === 'item' || s.kind === 'row') {
      for (const lead of leadChain(sentences, s)) {
        const lt = text.slice(sentences[lead].start, sentences[lead].end);
        const a = subjectOf(lead);
        if (a && (introducesItems(lexOf[lead], lt) || (s.kind === 'row' && /表|table|schedule|annex|別表|別紙/.test(lt)))) return a;
      }
    }
    return s.section >= 0 ? sectionActor(s.section) : null;
  };
  // The writer of a proposal or of terms (当社/弊社 as contractor) speaks in polite first person: 「…いたします。」
  const writerActor = writerOf(model);
  const continuationActor = (i: number, depth: number): Actor | null => {
    const s = sentences[i];
    if (depth > 4 || i === 0 || s.kind === 'row') return null;
    const prev = sentences[i - 1];
    if (prev.section !== s.section || prev.kind === 'row') return null;
    const body = text.slice(s.start, Math.min(s.end, s.start + 60)).replace(ITEM_NUMBER, '');
    const m = TOPIC.exec(body);
    if (!m) return null;
    // the head noun (last の-segment); further back along a chain of items, any segment of the topic
    const segments = m[1].replace(/(?:に当たって|に際して|の際|について)$/, '').split('の').map((h) => h.trim());
    // 「個人情報保護委員会への報告は」: a duty toward a recipient of its own continues only an item that names that recipient's duty
    const toRecipient = /(?:へ|に対する)$/.test(segments.at(-2) ?? '');
    const heads = (toRecipient ? [m[1]] : depth === 0 ? segments.slice(-1) : segments).filter((h) => h.length >= 2);
    let first = i - 1;
    while (first > 0 && sentences[first - 1].line === prev.line && sentences[first - 1].kind !== 'row') first--;
    const prevText = text.slice(sentences[first].start, prev.end);
    if (!heads.some((h) => prevText.includes(h))) return null;
    for (let k = i - 1; k >= first; k--) { const a = subjectOf(k); if (a) return a; }
    return continuationActor(first, depth + 1);
  };
  const actorMemo: ({ actor: Actor | null; inherited: boolean } | undefined)[] = new Array(sentences.length);
  const actorOf = (i: number): { actor: Actor | null; inherited: boolean } => (actorMemo[i] ??= computeActor(i));
  const computeActor = (i: number): { actor: Actor | null; inherited: boolean } => {
    const a = subjectOf(i);
    if (a) return { actor: a, inherited: false };
    const s = sentences[i];
    // the next sentence of the same paragraph continues its subject (「乙は、…報告する。報告には…記載する。」)
    if (i > 0 && sentences[i - 1].line === s.line && sentences[i - 1].kind !== 'row') {
      const prev = subjectOf(i - 1);
      if (prev) return { actor: prev, inherited: true };
    }
    const inh = inheritedOf(s);
    if (inh) return { actor: inh, inherited: true };
    // an item that continues the previous one's subject matter (「(2) 事故報告書には…」 after 「(1) 受注者は…事故報告書を…」)
    const cont = continuationActor(i, 0);
    if (cont) return { actor: cont, inherited: true };
    if (writerActor && /(?:ます|ません|いたします|ください)[。.]?$/.test(text.slice(Math.max(s.start, s.end - 8), s.end))) return { actor: writerActor, inherited: true };
    return { actor: null, inherited: false };
  };

  const tables = allocationTables(text, sentences, model);
  const bySentence: (SentenceObligation | null)[] = new Array(sentences.length).fill(null);
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    const cells = tables.get(i);
    if (cells) {
      const marks = cells.map((c) => c.mark);
      const modality: Modality = marks.some((m) => m === 'lead' || m === 'support') ? 'obligation' : marks.some((m) => m === 'agree-later') ? 'agree-later' : 'obligation';
      const lead = cells.filter((c) => c.mark === 'lead');
      const actor = lead.length === 1 ? lead[0].actor : null;
      bySentence[i] = { sentence: i, modality, actor, inherited: false, cells };
      continue;
    }
    const modality = finalModality(text, Math.max(s.start, s.end - 24), s.end) ?? facts[i]?.modality ?? 'statement';
    if (modality === 'statement') continue;
    const { actor, inherited } = actorOf(i);
    bySentence[i] = { sentence: i, modality, actor, inherited };
  }
  return { bySentence, actorOf, tableRows: [...tables.keys()] };
}

/** Two sides joined as one subject or agent (甲及び乙は, "the Council and the Contractor will"). */
const joined = (a: Actor, b: Actor): Actor => ({ key: `${a.key}+${b.key}`, label: `${a.label}・${b.label}`, role: 'both' });

const HA = 'は'.charCodeAt(0);
const GA = 'が'.charCodeAt(0);
const DE = 'で'.charCodeAt(0);
/** が after a party that makes it the agent of a condition, not the subject (甲が定める…, 甲が必要と認める…). */
const GA_CONDITION = /^が(?:定め|指定|承認|認め|提供|必要|適当|指示|求め|判断)/;
/** 「医療法人が引渡しを要しない旨を通知した場合は、…消去する」: the subject of a condition is not the one bound by the sentence. */
const GA_IF = /^が[^。、]{0,20}?(?:場合|とき)(?:は|には|に)?、/;

/** Words before a role word that make it the successor of the party (次期受注者, "a successor supplier", "the incoming contractor"). */
const SUCCESSOR_BEFORE = /(?:次期|後継|\b(?:successor|incoming|replacement)\s+)$/;
/** The mention at `at` (in a sentence from `from`) names the party's successor: a party other than the one bound. */
export const isSuccessor = (text: string, from: number, at: number): boolean => SUCCESSOR_BEFORE.test(text.slice(Math.max(from, at - 12), at));

/** The subject of a sentence: a は-topic first, else the last が-subject (the main clause), else English "X shall". */
export function findSubject(text: string, start: number, end: number, model: PartyModel, index?: MentionIndex): Actor | null {
  const idx = index ?? indexMentions(text.slice(start, end), model, start);
  const both = bothSubject(text, start, end, idx);
  let topic: Actor | null = null;
  let ga: Actor | null = null;
  let other: Actor | null = null;
  let en: Actor | null = null;
  let passive: Actor | null = null;
  const { starts, ends, actors } = idx;
  const first = idx.firstAt(start);
  let last = first;
  while (last < starts.length && starts[last] < end) last++;
  // the text after a mention (at most 24 characters) is sliced only when a pattern needs more than its first character
  const afterOf = (e: number) => text.slice(e, Math.min(end, e + 24));
  for (let k = first; k < last; k++) {
    const s = starts[k];
    const e = ends[k];
    const actor = actors[k];
    // 甲及び乙は / 甲と乙は → both
    if (k + 1 < last && starts[k + 1] - e <= 4 && JA_JOIN.test(afterOf(e))) {
      const nextActor = actors[k + 1];
      const after2 = text.slice(ends[k + 1], Math.min(end, ends[k + 1] + 4));
      if (/^(?:は|が|で)/.test(after2) && nextActor.role !== actor.role) {
        if (!topic) topic = joined(actor, nextActor);
        k++;
        continue;
      }
    }
    // "The Council and the Contractor will cooperate …": two sides joined as one English subject → both
    const andNext = k + 1 < last && actors[k + 1].role !== actor.role && /^\s+and\s+(?:the\s+)?(?:[a-z-]+\s+)?$/.test(text.slice(e, starts[k + 1]));
    if (andNext && EN_SUBJECT.test(text.slice(ends[k + 1], Math.min(end, ends[k + 1] + 24))) && !en && !topic) {
      en = joined(actor, actors[k + 1]);
      k++;
      continue;
    }
    // "… will be handled jointly by the University and the Contractor": two sides joined as one passive agent → both
    if (andNext && !passive && PASSIVE_BEFORE.test(text.slice(Math.max(start, s - 9), s))) {
      passive = joined(actor, actors[k + 1]);
      k++;
      continue;
    }
    if (s > 0 && isAlnumCode(text.charCodeAt(s - 1))) continue;
    // the successor (次期受注者, "a successor supplier") is another party than the one bound here
    if (isSuccessor(text, start, s)) continue;
    const next = e < end ? text.charCodeAt(e) : -1;
    // 「本市では、…を行っており」: a party as the topic of では speaks of its own practice
    if ((next === HA || (next === NO && AGENT_SUBJECT.test(afterOf(e))) || (next === DE && text.charCodeAt(e + 1) === HA)) && !topic) { topic = actor; break; }
    const after = afterOf(e);
    if (next === GA && GA_IF.test(after)) continue;
    if (next === GA && !GA_CONDITION.test(after)) ga = actor;
    else if (JA_SUBJECT.test(after) && !other) other = actor;
    else if (!en && EN_SUBJECT.test(after)) en = actor;
    // the agent of a passive duty: 'shall be provided by Supplier', 「乙により行われる」
    else if (!passive && (PASSIVE_BEFORE.test(text.slice(Math.max(start, s - 9), s)) || PASSIVE_AFTER.test(after))) passive = actor;
  }
  // 「甲が必要と認める場合、乙は…」: the topic is the actor; a joint subject wins when written first.
  const chosen = topic ?? en ?? ga ?? other ?? passive;
  if (both) {
    if (!chosen) return both;
    let chosenAt = Infinity;
    for (let k = first; k < last; k++) if (actors[k] === chosen) { chosenAt = starts[k]; break; }
    if (both.pos < chosenAt) return both;
  }
  return chosen;
}

function bothSubject(text: string, start: number, end: number, idx: MentionIndex): (Actor & { pos: number }) | null {
  const { boths } = idx;
  for (let k = idx.firstBothAt(start); k < boths.length && boths[k].s < end; k++) {
    const { s: at, word } = boths[k];
    const after = text.slice(at + word.length, at + word.length + 20);
    if (/^(?:は|が|で|双方|誠実に|協議|協力|共同)/.test(after) || /^\s*(?:shall|will|must|may|agree|each|hereby|acknowledge)/.test(after) || /^(?:相互に|互いに|双方)/.test(word)) {
      return { key: 'both', label: word, role: 'both', pos: at };
    }
  }
  return null;
}

/** Every party mention and joint-subject word of a text, found in one scan each and looked up by range. */
export interface MentionIndex {
  /** Mention k is text[starts[k], ends[k]) naming actors[k]; in text order (parallel arrays: no object per mention). */
  starts: number[];
  ends: number[];
  actors: Actor[];
  /** The first mention starting at or after pos. */
  firstAt(pos: number): number;
  /** The joint-subject words, in text order, and the first of them starting at or after pos. */
  boths: JointSubjects;
  firstBothAt(pos: number): number;
}

export function indexMentions(text: string, model: PartyModel, offset = 0, jointSubjects?: JointSubjects): MentionIndex {
  const starts: number[] = [];
  const ends: number[] = [];
  const actors: Actor[] = [];
  // A document repeats a handful of mentions (甲, 乙, Customer…) thousands of times: resolve each once.
  const resolved = new Map<string, Actor | null>();
  model.scanMentions(text, (start, end, mention) => {
    let actor = resolved.get(mention);
    if (actor === undefined) {
      const key = mention.replace(/s$/, '');
      const info = model.mentions.get(mention) ?? model.mentions.get(key);
      actor = info ? { key, label: info.label, role: info.role } : null;
      resolved.set(mention, actor);
    }
    if (actor) { starts.push(offset + start); ends.push(offset + end); actors.push(actor); }
  });
  let boths = jointSubjects;
  if (!boths) {
    const found: JointSubjects = (boths = []);
    bothWords.scan(text, (start, end) => found.push({ s: offset + start, word: text.slice(start, end) }));
  }
  return withJointSubjects({ starts, ends, actors, firstAt: (pos) => lowerBound(starts, pos) }, boths);
}

/** The same mentions with the text's joint-subject words (`boths`) in place of the index's own. */
function withJointSubjects(index: Pick<MentionIndex, 'starts' | 'ends' | 'actors' | 'firstAt'>, boths: JointSubjects): MentionIndex {
  const bothStarts = boths.map((b) => b.s);
  return { starts: index.starts, ends: index.ends, actors: index.actors, firstAt: index.firstAt, boths, firstBothAt: (pos) => lowerBound(bothStarts, pos) };
}

/** The first index of the ascending `at` whose value is at or after pos. */
function lowerBound(at: ArrayLike<number>, pos: number): number {
  let lo = 0;
  let hi = at.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (at[mid] < pos) lo = mid + 1; else hi = mid; }
  return lo;
}

function firstMention(text: string, start: number, end: number, model: PartyModel): Actor | null {
  let actor: Actor | null = null;
  model.scanMentions(text, (s, e, mention) => {
    const info = model.mentions.get(mention);
    if (info) actor = { key: text.slice(s, e), label: info.label, role: info.role };
    return true;
  }, start, end);
  return actor;
}

/**
 * A table row's cells (markdown pipes, or the tabs of a Word or HTML table), of its first line: a row laid out in columns
 * may read on over the wrapped lines of a cell.
 */
export const splitRow = (row: string) => {
  const line = row.includes('\n') ? row.slice(0, row.indexOf('\n')) : row;
  return line.replace(/^\|/, '').replace(/\|\s*$/, '').split(line.includes('|') ? '|' : '\t').map((c) => c.trim());
};

/**
 * Allocations that leave the task out of the contractor's hands. Table rows marked for the outsourcer only (a duty
 * the buyer keeps), or with the contractor's column marked "none" (「脆弱性対応　判断　－　実施」: the buyer decides,
 * a third party it engages does the work) or left blank beside that party's mark; and list items that name the
 * outsourcer alone after the task (「・利用者IDの管理、アクセス権限の設定：甲」), the same split written as a list.
 */
export function buyerLedAllocations(text: string, sentences: Sentence[], model: PartyModel): number[] {
  const out: number[] = [];
  const isMarked = (mark: TableCell['mark']) => mark === 'lead' || mark === 'support';
  for (const [i, cells] of allocationTables(text, sentences, model)) {
    const marked = cells.filter((c) => isMarked(c.mark));
    const contractor = cells.filter((c) => c.actor.role === 'contractor');
    if ((marked.length && marked.every((c) => c.actor.role === 'outsourcer')) || (contractor.length && contractor.every((c) => c.mark === 'none'))) out.push(i);
    // the parties' columns blank and a mark under a column the document names no party for (a vendor the buyer engages)
    else if (contractor.length && cells.every((c) => c.mark === 'empty')
      && splitRow(text.slice(sentences[i].start, sentences[i].end)).slice(1).some((c) => isMarked(markOf(c)))) out.push(i);
  }
  for (const s of sentences) {
    if (s.kind !== 'item') continue;
    const parties = TASK_THEN_PARTIES.exec(text.slice(s.start, s.end).trim())?.[1];
    const names = parties?.replace(/\([^)]*\)/g, '').split(PARTY_LIST_SEPARATOR).map((n) => n.trim());
    if (names && names.every((n) => model.mentions.get(n)?.role === 'outsourcer')) out.push(s.index);
  }
  return out;
}

/** A list item that is a task, a colon and who does it, nothing more: 「・ログの確認:甲」, "- Backup: Customer" (normalised text). */
const TASK_THEN_PARTIES = /^(?:[・•*-]\s*)?[^:]{2,80}:\s*([^:]{1,40})$/;
/** Between the parties a task is given to: 「甲/乙」「甲及び乙」, "Customer and Supplier". */
const PARTY_LIST_SEPARATOR = /\/|、|,|及び|並びに|\band\b/;

/**
 * Header rows of allocation tables whose columns name the outsourcer and the contractor as the document defines them
 * ("| Activity | Trust | Provider |", 「| 項目 | 銀行 | 委託先 |」), not only by role words: each task marked there has
 * a named party.
 */
export function partyMatrixHeaders(text: string, seg: Segmentation, model: PartyModel): number[] {
  const rows = allocationTables(text, seg.sentences, model);
  const namesBothSides = (cells: TableCell[] | undefined) =>
    cells !== undefined && cells.some((c) => c.actor.role === 'outsourcer') && cells.some((c) => c.actor.role === 'contractor');
  return seg.tables.filter((t) => {
    for (let i = t.from; i < t.to; i++) if (namesBothSides(rows.get(i))) return true;
    return false;
  }).map((t) => t.header);
}

/**
 * Rows of an allocation table that give the task to nobody: no party marked to do it and nothing else after the task
 * but blanks, dashes, C/I, × and placeholders (TBD, 未定, "to be agreed"); a note (「回線事業者（甲が契約）」) gives it to
 * someone. analyze.ts marks them (`unowned-allocation-row`) for the tests that need every task owned.
 */
export function unownedAllocationRows(text: string, seg: Segmentation, model: PartyModel): number[] {
  const { sentences } = seg;
  // an x under a column of no party may be that column's tick (an x-only checkbox table), so it owns the task
  const ownsNothing = (c: string) => /^[\s-]*$/.test(c) || (c !== 'x' && UNOWNED_MARKS.has(markOf(c)));
  // the row's label may take more than one column (「| 3-4 | ログの定期レビュー | | | |」: a number, then the task)
  const afterLabel = (row: string[]) => {
    let k = 1;
    while (k < row.length - 1 && row[k].trim() !== '' && markOf(row[k].trim()) === 'other') k++;
    return row.slice(k);
  };
  return [...allocationTables(text, sentences, model)]
    .filter(([i, cells]) => cells.every((c) => UNOWNED_MARKS.has(c.mark)) &&
      afterLabel(splitRow(text.slice(sentences[i].start, sentences[i].end).trim())).every(ownsNothing))
    .map(([i]) => i);
}
const UNOWNED_MARKS: ReadonlySet<TableCell['mark']> = new Set(['empty', 'none', 'agree-later']);

/**
 * A document's allocation tables, read once: the buyer-led rows, the matrix headers (analyze.ts) and the obligations
 * read the same.
 */
const tablesRead = new WeakMap<Sentence[], { text: string; model: PartyModel; tables: Map<number, TableCell[]> }>();
/**
 * Every row of an allocation table (a task and the parties' marks): analyze.ts marks them (`allocation-row`) so a
 * requirement can tell a task given to a party in a matrix from a clause that says how the task is done.
 */
export function allocationRows(text: string, sentences: Sentence[], model: PartyModel): number[] {
  return [...allocationTables(text, sentences, model).keys()];
}

function allocationTables(text: string, sentences: Sentence[], model: PartyModel): Map<number, TableCell[]> {
  const read = tablesRead.get(sentences);
  if (read && read.text === text && read.model === model) return read.tables;
  const tables = findAllocationTables(text, sentences, model);
  tablesRead.set(sentences, { text, model, tables });
  return tables;
}

/**
 * Allocation tables: a header row naming at least two parties (or roles) in separate columns, and body
 * rows whose cells hold RACI marks (◎ ○ ― …), "別途協議" or nothing.
 */
function findAllocationTables(text: string, sentences: Sentence[], model: PartyModel): Map<number, TableCell[]> {
  const out = new Map<number, TableCell[]>();
  // cols: a column per party; owner: instead, the one column that names the responsible party per row
  let header: { cols: (Actor | null)[]; owner?: number } | null = null;
  let prevRow = -2;
  let pending: [number, TableCell[]][] = [];
  let marked = false;
  // "x" is "not this party" beside ○ ◎ marks (a Japanese ○× table), and the responsible party's box where a table
  // marks with x alone (an English checkbox table: "X" under one column, the others blank)
  let xCells: TableCell[] = [];
  let otherMarks = false;
  const close = () => {
    if (!otherMarks) for (const c of xCells) c.mark = 'lead';
    if (marked) for (const [i, cells] of pending) out.set(i, cells);
    xCells = [];
    otherMarks = false;
    // called at every sentence that is not a row: most have nothing pending
    if (pending.length) pending = [];
    marked = false;
    header = null;
  };
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    if (s.kind !== 'row' || i !== prevRow + 1) close();
    if (s.kind !== 'row') continue;
    prevRow = i;
    const cells = splitRow(text.slice(s.start, s.end));
    if (!header) {
      const cols = cells.map((c) => {
        const key = c.replace(/\s+/g, ' ');
        const info = model.mentions.get(key);
        return info ? { key, label: info.label, role: info.role } : null;
      });
      if (cols.filter(Boolean).length >= 2) header = { cols };
      else {
        const owner = cells.findIndex((c, k) => k > 0 && OWNER_HEADER.has(normaliseTerm(c)));
        const lead = s.lead >= 0 ? text.slice(sentences[s.lead].start, sentences[s.lead].end) : '';
        if (owner > 0) header = { cols: [], owner };
        // a who-does-what table whose column heads are names the model does not know (a proposal's trading names)
        else if (cells.length >= 3 && !cols.some(Boolean) && RESPONSIBILITY_LEAD.test(lead) && cells.slice(1).every((c) => c && c.length <= 40 && !/\d/.test(c))) {
          header = { cols: cells.map((c, k) => (k === 0 ? null : { key: c, label: c, role: 'other' as Role })) };
        }
      }
      continue;
    }
    if (header.owner !== undefined) {
      const c = (cells[header.owner] ?? '').trim();
      const info = c ? model.mentions.get(c.replace(/\s+/g, ' ')) : undefined;
      if (info) {
        pending.push([i, [{ actor: { key: c, label: info.label, role: info.role }, mark: 'lead' }]]);
        marked = true;
      } else if (!c || CELL_UNDECIDED.has(normaliseTerm(c))) pending.push([i, [{ actor: NOBODY, mark: 'empty' }]]);
      continue;
    }
    const marks: TableCell[] = [];
    let raciSeen = false;
    header.cols.forEach((col, k) => {
      if (!col) return;
      const c = (cells[k] ?? '').trim();
      const mark = markOf(c);
      if (mark !== 'other' && mark !== 'empty') raciSeen = true;
      if (mark === 'lead' || mark === 'support') otherMarks = true;
      const cell: TableCell = { actor: col, mark };
      if (c === 'x') xCells.push(cell);
      marks.push(cell);
    });
    marked ||= raciSeen;
    if (raciSeen || (marks.length && marks.every((m) => m.mark === 'empty') && !GROUP_LABEL.test(cells[0].trim()))) pending.push([i, marks]);
  }
  close();
  return out;
}

/** After the outsourcer's name: the contractor is only the one it deals with ("… to the Supplier", 「乙に提供する」, 「乙から」). */
const RECIPIENT_AFTER = /^(?:に(?!より|よって|おいて|て)|へ|から|との|と(?:協議|共有))/;
const RECIPIENT_BEFORE = /\b(?:to|with|from|of|send|sends|give|gives|provide|provides|notify|notifies|tell|tells|inform|informs|pay|pays|show|shows|deliver|delivers|furnish|furnishes)\s+(?:the\s+)?$/i;
/** "without the Supplier's prior written consent": the contractor only gives the consent the customer's act needs. */
const CONSENT_AFTER = /^['’]s?\s+(?:(?:express|prior|written|advance)\s+){0,3}(?:consent|approval|permission|authori[sz]ation)\b/i;
/** 「乙が行う調査に必要な情報」: the contractor as the subject of a clause that describes a noun acts in that clause only. */
const RELATIVE_CLAUSE = /^が[^、。,]{0,10}?(?:う|く|す|つ|む|る|た)(?=[\u4e00-\u9fff])/;
/** What binds the outsourcer named before it: a topic particle, or an English modal or duty phrase. */
const BOUND_AFTER = /^(?:は|(?:\s+[a-z]+ly)?\s+(?:shall|must|will|should|agrees?\s+to|undertakes?\s+to|(?:is|are)\s+(?:responsible|required|obliged))\b)/i;
/**
 * Subjects whose role the sentence does not settle: the writer in the first person (当社, "we": a proposal's
 * vendor as often as a buyer) and end users (利用者, "each user": the contractor's staff may be the users).
 */
const NOT_CUSTOMER_ITSELF = new Set([...vaguenessData.parties.firstPerson.contractor.ja, ...vaguenessData.parties.firstPerson.contractor.en,
  ...vaguenessData.parties.endUsers.ja, ...vaguenessData.parties.endUsers.en, 'user', 'end user'].map(normaliseTerm));
const DUTY_MODALITIES: ReadonlySet<Modality> = new Set(['obligation', 'prohibition', 'effort']);

/**
 * Outsourcer duties: a sentence (not a table row: allocation tables are buyerLedAllocations) that binds the customer
 * itself — its subject, resolved as the responsibility analysis resolves it (findSubject), is the outsourcer
 * (甲は, 利用団体は, "Customer shall", "you must" in terms addressed to the customer) and the contractor is named,
 * if at all, only as the one it deals with (甲は乙に…を提供する, "Customer shall give Supplier …"). A sentence with no
 * subject of its own takes it as analyzeObligations does: from the sentence before it in its paragraph; an item from
 * a lead that introduces it ("The Customer shall:", 「甲は、次の各号に掲げる事項を行う。」) and is itself an outsourcer
 * duty; else from a duty heading naming the outsourcer (「発注者の責務」, "Customer Responsibilities"). A duty the customer takes
 * on for its own users or systems is not the contractor's: requirements owed by the contractor exclude these
 * sentences (`outsourcer-duty` in their data). "You" addressed to a bidder, or the writer of a proposal, resolves
 * to the contractor and is not marked.
 */
export function outsourcerDuties(text: string, seg: Segmentation, facts: readonly SentenceFacts[], model: PartyModel, mentions: MentionIndex): number[] {
  const { sentences, sections } = seg;
  const sectionActor = dutyHeadingActor(text, sections, model);
  const isCustomerItself = (a: Actor | null): boolean => a !== null && a.role === 'outsourcer' && !NOT_CUSTOMER_ITSELF.has(a.key);
  const marked = new Uint8Array(sentences.length);
  /** Whether an item's lead (through nested items) introduces it and binds the customer; null when no lead does. */
  const leadBinds = (s: Sentence): boolean | null => {
    if (s.kind !== 'item') return null;
    for (const lead of leadChain(sentences, s)) {
      const l = sentences[lead];
      if (introducesItems(lexicons.maskIn(text, l.start, l.end), text.slice(l.start, l.end))) return marked[lead] === 1;
    }
    return null;
  };
  const hasSubject = new Uint8Array(sentences.length);
  /** Whether the sentence before in the paragraph, whose subject this one goes on with, binds the customer; null when it has no subject. */
  const previousBinds = (i: number): boolean | null =>
    i > 0 && sentences[i - 1].line === sentences[i].line && hasSubject[i - 1] === 1 ? marked[i - 1] === 1 : null;
  const out: number[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    if (s.kind === 'row') continue;
    const subject = findSubject(text, s.start, s.end, model, mentions);
    if (subject) hasSubject[i] = 1;
    if (subject && !isCustomerItself(subject)) continue;
    // bound as the topic or the English subject ("甲は", "You must"); the agent of a condition only (発注者が承認した作業者,
    // 甲が管理するID) leaves the sentence to the structure it sits in, as one without a subject
    let bound = false;
    for (let k = mentions.firstAt(s.start); subject && k < mentions.starts.length && mentions.starts[k] < s.end && !bound; k++) {
      // the agent of a participle before the modal is no subject: "files supplied by the Customer shall not be copied"
      if (mentions.actors[k] === subject && !PASSIVE_BEFORE.test(text.slice(Math.max(s.start, mentions.starts[k] - 9), mentions.starts[k]))) {
        bound = BOUND_AFTER.test(text.slice(mentions.ends[k], Math.min(s.end, mentions.ends[k] + 30)));
      }
    }
    if (bound ? !DUTY_MODALITIES.has(facts[i].modality) : !(previousBinds(i) ?? leadBinds(s) ?? (s.section >= 0 && isCustomerItself(sectionActor(s.section))))) continue;
    let contractorActs = false;
    for (let k = mentions.firstAt(s.start); k < mentions.starts.length && mentions.starts[k] < s.end; k++) {
      const role = mentions.actors[k].role;
      if (role !== 'contractor' && role !== 'subcontractor') continue;
      const after = text.slice(mentions.ends[k], Math.min(s.end, mentions.ends[k] + 6));
      const before = text.slice(Math.max(s.start, mentions.starts[k] - 16), mentions.starts[k]);
      const clause = text.slice(mentions.ends[k], Math.min(s.end, mentions.ends[k] + 14));
      const consent = CONSENT_AFTER.test(text.slice(mentions.ends[k], Math.min(s.end, mentions.ends[k] + 40)));
      if (!RECIPIENT_AFTER.test(after) && !RECIPIENT_BEFORE.test(before) && !RELATIVE_CLAUSE.test(clause) && !consent) { contractorActs = true; break; }
    }
    if (!contractorActs) { marked[i] = 1; out.push(i); }
  }
  return out;
}
