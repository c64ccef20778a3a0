/**
 * Responsibility boundaries (issue 3): obligations with their actors, vague / unassigned / agree-later /
 * conflict / liability findings, the requirement × party matrix and the liability summary.
 * Rule content is data (shared/catalog/vagueness.json); this file only wires the evidence together.
 */
import type {
  Finding, LiabilitySummary, Obligation, Party, Report, RequirementResult, Responsibility, ResponsibilityCell, ResponsibilityRow, Span,
} from '../schemas/report.ts';
import type { Catalog } from '../catalog/index.ts';
import type { Analysis } from './analyze.ts';
import { sentenceLocator, type Section } from './segment.ts';
import { flattenWhitespace, NUMERAL, toOriginal } from './normalize.ts';
import { buildPartyModel, type PartyModel, type Role } from './parties.ts';
import { analyzeObligations, findSubject, isSuccessor, isTaskMark, JOINT_SUBJECT_TERMS, splitRow, type Actor, type JointSubjects, type MentionIndex, type SentenceObligation } from './obligations.ts';
import { analyzeLiability } from './liability.ts';
import { escapeRegExp, normaliseTerm } from './lexicon.ts';
import {
  compileSignals, LEXICON, LEXICON_LISTS, lexicons, PATTERN_CHECKS, signalApplies, TermMatcher, vaguenessData, type HitContext, type NamedCheck, type Signal, type SignalHit,
} from './vagueness.ts';

export interface ResponsibilityResult {
  obligations: Obligation[];
  findings: Finding[];
  responsibility: Responsibility;
  liability: LiabilitySummary;
  /** Sentence indices of allocation-table rows that mark no party (the task is nobody's). */
  orphanRows: number[];
}

export interface ResponsibilityOptions {
  language?: Report['language'];
  results?: RequirementResult[];
  personalData?: boolean;
  /** The party model when the caller has built it already. */
  model?: PartyModel;
  /** The text's party mentions when the caller has indexed them (without joint subjects: this analysis finds those). */
  mentions?: MentionIndex;
}

const V = vaguenessData;
const notesRe = new RegExp(`^(?:${[...V.structure.notes.ja, ...V.structure.notes.en].map(escapeRegExp).join('|')})`, 'i');
const DUTY_LEXICONS = Object.entries(V.duties).filter((e): e is [string, { ja: string[]; en: string[] }] => typeof e[1] !== 'string');
const SIGNALS = compileSignals();
/**
 * One walk of the text for the signals' literal terms, the duty terms and the joint subjects (scanned) and
 * the vocabulary lists of every sentence (`LEXICON` masks).
 */
const WORDS = new TermMatcher([SIGNALS.terms, DUTY_LEXICONS.flatMap(([, l]) => [...l.ja, ...l.en]), JOINT_SUBJECT_TERMS, ...LEXICON_LISTS]);
/** The matched duty term (normalised) → duty ids. */
const DUTY_OF = new Map<string, string[]>();
for (const [id, lex] of DUTY_LEXICONS) for (const t of [...lex.ja, ...lex.en]) {
  const k = normaliseTerm(t);
  DUTY_OF.set(k, [...new Set([...(DUTY_OF.get(k) ?? []), id])]);
}
const ANNEX_REF = /(別紙|別表|別添|別記|付録|annex|schedule|appendix|exhibit|attachment)\s*([0-9a-z一二三四五六七八九十]*)/g;
/** The named checks that are patterns (data: checkPatterns). */
const CHECK_PATTERN = Object.fromEntries(PATTERN_CHECKS.map((k) => [k, new RegExp(V.checkPatterns[k])])) as Record<(typeof PATTERN_CHECKS)[number], RegExp>;
const CLAUSE_CITED = new RegExp(`第\\s*${NUMERAL}+\\s*条|前条|前項|本契約第|section\\s+\\d|clause\\s+\\d|article\\s+\\d`);
const SEVERITY_RANK = { high: 0, medium: 1, low: 2 } as const;
/** A past participle: -ed, -en, or one of the irregular ones (made, kept, held …). */
const EN_PARTICIPLE = `(?:[a-z]+(?:ed|en)|${V.structure.sentenceFinal.plainDuty.practiceEn.irregularParticiples.map(escapeRegExp).join('|')})`;
/** Adverbs of manner between "be" and a duty's participle: "will be securely deleted", "must be permanently erased". */
const EN_DUTY_ADVERB = '(?:securely|permanently|irreversibly|irretrievably|promptly|regularly|periodically|fully|properly|independently)';
/** A passive duty: "shall be encrypted", "must not be used", "will be made available", "shall at all times be kept". */
const EN_PASSIVE_DUTY = new RegExp(`\\b(?:shall|must|will)(?:\\s+not)?\\s+(?:(?:at\\s+all\\s+times|only|also|always|promptly|regularly)\\s+)?be\\s+(?:${EN_DUTY_ADVERB}\\s+)?${EN_PARTICIPLE}\\b`);
/** A duty without a modal: "is to be carried out", "are to be retained", "expects the system to be restored". */
const EN_MODALLESS_DUTY = new RegExp(`\\b(?:(?:is|are)\\s+to\\s+be\\s+${EN_PARTICIPLE}|(?:expects?|requires?)\\s+(?:that\\s+)?(?:the|all|each|any|its|their)\\s+[^.;]{0,60}?\\bto\\s+be\\s+${EN_PARTICIPLE})\\b`);
/** A modal verb of English duties and permissions. */
const EN_MODAL = /\b(?:shall|must|will|may)\b/;
/** An active duty whose subject is people or equipment (structure.unownedSubjectsEn), as the sentence opens. */
const EN_UNOWNED_SUBJECT = new RegExp(`^((?:(?:all|any|each|every|the)\\s+)?(?:[a-z0-9'-]+\\s+){0,3}?(?:${V.structure.unownedSubjectsEn.en.map(escapeRegExp).join('|')}))\\b[^.;]{0,80}?\\b(?:shall|must)\\s+(?:not\\s+)?(?!be\\b)[a-z]+`);
/** More RACI marks in a table row (its cells after the task's) than in its party columns, or a note naming the lead (「一次対応」): the row is allocated. */
function markedElsewhere(raw: string[], cells: { mark: string }[]): boolean {
  const marks = raw.filter(isTaskMark).length;
  return marks > cells.filter((c) => c.mark === 'lead' || c.mark === 'support').length || raw.some((c) => c.length > 2 && (lexicons.maskIn(c) & LEXICON.cellLeadNote) !== 0);
}
const englishAnchors = new WeakMap<Catalog, RegExp>();
/** The catalog's deadline and frequency terms in English as one expression (Unicode, as the scanner compiles them), to find an anchor inside one clause. */
function englishAnchor(catalog: Catalog): RegExp {
  let re = englishAnchors.get(catalog);
  if (!re) {
    const terms = (['deadline', 'frequency'] as const).flatMap((c) => catalog.concepts[c]?.en ?? []);
    re = new RegExp(terms.map((t) => (t.startsWith('re:') ? `(?:${t.slice(3)})` : `\\b${escapeRegExp(normaliseTerm(t))}\\b`)).join('|'), 'u');
    englishAnchors.set(catalog, re);
  }
  return re;
}
/**
 * Where an English sentence splits into coordinated clauses: ';', or and/but before a modal or a verb and its
 * object ("… regularly and engage an independent tester …"); "promptly and in any event within 24 hours" stays one.
 */
const EN_CLAUSE_BREAK = /;|\s(?:and|but)\s+(?!in\s+any\s+(?:event|case)\b)(?:(?:shall|will|must|should|may|can)\b|[a-z]+\s+(?:the|a|an|its|their|all|any|our|your|each|every)\b)/g;

/** An English sentence's anchor counts for a hit only inside the hit's clause ("apply updates regularly and engage a tester each year": none). */
function anchorInClause(anchor: RegExp, text: string, s: { start: number; end: number }, start: number, end: number): boolean {
  const t = text.slice(s.start, s.end);
  let a = 0;
  let b = t.length;
  for (const m of t.matchAll(EN_CLAUSE_BREAK)) {
    const at = m.index!;
    if (at + m[0].length <= start - s.start) a = at + m[0].length;
    else if (at >= end - s.start) { b = at; break; }
  }
  return anchor.test(t.slice(a, b));
}

export function analyzeResponsibility(
  text: string, analysis: Omit<Analysis, 'report'>, requirementEvidence: Map<string, number[]>,
  options: ResponsibilityOptions = {},
): ResponsibilityResult {
  const { normalized, segmentation, facts, compiled } = analysis;
  const norm = normalized.text;
  const { sentences, sections } = segmentation;
  const model = options.model ?? buildPartyModel(text, normalized);
  const lang: 'ja' | 'en' = options.language === 'en' ? 'en' : 'ja';
  const orig = (s: number, e: number): Span => toOriginal(normalized, s, e);
  const spanMemo: (Span | undefined)[] = new Array(sentences.length);
  const sentSpan = (i: number) => (spanMemo[i] ??= orig(sentences[i].start, sentences[i].end));

  const signals = SIGNALS;
  const literalHits: SignalHit[] = [];
  // the duty words' starts and terms (parallel lists, in text order)
  const dutyStarts: number[] = [];
  const dutyTerms: string[] = [];
  const boths: JointSubjects = [];
  // the vocabulary lists of every sentence come from the same walk (a regular expression per list and sentence cost more)
  const lexOf = WORDS.scanEach(norm, [
    (start, end, term) => signals.literalHits(norm, start, end, term, literalHits),
    (start, _end, term) => { dutyStarts.push(start); dutyTerms.push(term); },
    (start, end) => boths.push({ s: start, word: norm.slice(start, end) }),
  ], sentences);
  const ownSecurity = (i: number) => (lexOf[i] & LEXICON.security) !== 0;
  /**
   * A sentence is about security when it has security words, or continues (same line: same paragraph or item) a
   * sentence that has them: "… holding a SOC 2 report. Supplier shall make it available on request."
   */
  const security = (i: number) => ownSecurity(i) || (i > 0 && sentences[i - 1].line === sentences[i].line && sentences[i - 1].kind !== 'row' && sentences[i].kind !== 'row' && ownSecurity(i - 1));
  const obligations = analyzeObligations(norm, segmentation, facts.sentenceFacts, model, lexOf, boths, options.mentions);
  const { bySentence, actorOf } = obligations;

  // sentence → requirements it is evidence for
  // sparse: most sentences are evidence for nothing (a shared empty list)
  const NONE: string[] = [];
  const reqOf: string[][] = new Array(sentences.length).fill(NONE);
  // addedBy[i]: the last requirement (1-based) that listed sentence i, to skip repeats without searching its list
  const addedBy = new Int32Array(sentences.length);
  let reqNo = 0;
  for (const [id, idx] of requirementEvidence) {
    reqNo++;
    for (let k = 0; k < idx.length; k++) {
      const i = idx[k];
      if (i < 0 || i >= sentences.length || addedBy[i] === reqNo) continue;
      addedBy[i] = reqNo;
      if (reqOf[i] === NONE) reqOf[i] = [id];
      else reqOf[i].push(id);
    }
  }
  const reqById = new Map(compiled.requirements.map((c) => [c.requirement.id, c.requirement]));
  const firstReq = (i: number) => { const id = reqOf[i]?.[0]; return id ? reqById.get(id) ?? null : null; };

  const deadline = compiled.concept('deadline');
  const frequency = compiled.concept('frequency');
  const anchored = (i: number) => { const f = facts.sentenceFacts[i]; return !!f && (f.concepts.has(deadline) || f.concepts.has(frequency)); };

  /**
   * English: a passive duty in a clause whose nearest earlier sentence with an actor is the contractor's
   * ("The Supplier must keep the DMS patched. Security patches will be applied …") continues that duty.
   */
  const contractorClause = (i: number): boolean => {
    if (lang !== 'en') return false;
    // (sibling items are passed over without counting: up to 4 other sentences, 30 in all)
    for (let j = i - 1, seen = 0; j >= 0 && seen < 4 && i - j <= 30 && sentences[j].section === sentences[i].section; j--) {
      // a numbered item of its own ("b) … shall be handed over") is not continued by a sibling item's subject, only by
      // the list's lead-in ("Customer has the following responsibilities …:" owns its items, whoever it names)
      const item = sentences[i].kind === 'item' && sentences[j].line !== sentences[i].line;
      if (item && sentences[j].kind === 'item') continue;
      seen++;
      const a = actorOf(j).actor;
      if (item && /[:：]\s*$/.test(norm.slice(sentences[j].start, sentences[j].end)) && (a || partyMentioned(norm, sentences[j].start, sentences[j].end, model))) return true;
      if (a) return a.role === 'contractor' || a.role === 'subcontractor';
    }
    return false;
  };

  /** The duty ids of a sentence's duty words (train, notify, delete …). */
  const dutiesIn = (i: number): Set<string> => {
    const set = new Set<string>();
    const { start, end } = sentences[i];
    // the first duty word at or after start (dutyStarts ascend), then those before end
    let lo = 0;
    for (let hi = dutyStarts.length; lo < hi; ) { const mid = (lo + hi) >> 1; if (dutyStarts[mid] < start) lo = mid + 1; else hi = mid; }
    for (let h = lo; h < dutyStarts.length && dutyStarts[h] < end; h++) for (const d of DUTY_OF.get(dutyTerms[h])!) set.add(d);
    return set;
  };
  /** The first sentence names duties and the second none of them (a frequency there times another task, or none named). */
  const otherDuty = (a: number, b: number): boolean => {
    const da = dutiesIn(a);
    const db = dutiesIn(b);
    return da.size > 0 && ![...da].some((d) => db.has(d));
  };

  const findings: Finding[] = [];
  const seen = new Set<string>();
  const push = (f: Finding, key: string) => { if (!seen.has(key)) { seen.add(key); findings.push(f); } };
  const sentenceAt = sentenceLocator(sentences);

  // 1. Vagueness signals: one scan, then each signal's own false-positive conditions.
  const hits = signals.allHits(norm, literalHits, sentences, facts.signalProbes);
  const needsPossessor = signals.signals.map((sg) => !!sg.falsePositive.when?.possessor || sg.falsePositive.unless.some((c) => !!c.possessor));
  const reported = new Map<number, Set<string>>(); // sentence → signals reported
  const pendingSuppressed: { hit: SignalHit; i: number; signal: Signal }[] = [];
  const ctx = new HitSentence(norm, sections);
  for (let h = 0; h < hits.length; h++) {
    const hit = hits[h];
    const i = sentenceAt(hit.start);
    if (i < 0 || hit.end > sentences[i].end) continue;
    const s = sentences[i];
    const signal = signals.signals[hit.signal];
    // the signal's own conditions are read only for a hit these cheaper tests keep
    // (a liability-clause signal has its own gate: a cap's 重大な過失 is flagged without security words)
    if (signal.kind === 'vague' && signal.severity === 'low' && !security(i) && !signal.falsePositive.when?.liabilityClause) continue;
    const { actor } = actorOf(i);
    if (signal.kind === 'unassigned' && (actor || contractorClause(i) || contractorMentioned(norm, s.start, s.end, model))) continue;
    ctx.setSentence(s.start, s.end, lexOf[i], i > 0 && sentences[i - 1].section === s.section ? lexOf[i - 1] : 0);
    ctx.securityAround = security(i);
    ctx.actor = actor ? actor.role : 'none';
    ctx.modality = bySentence[i]?.modality ?? facts.sentenceFacts[i]?.modality ?? 'statement';
    ctx.anchorSame = anchored(i) && (lang === 'ja' || anchorInClause(englishAnchor(compiled.catalog), norm, s, hit.start, hit.end));
    // (a sibling item about another duty — 「(6) …報告すること（遅くとも1時間以内に）」 after 「(5) 定期的に…教育を実施すること」 —
    // caps nothing of this one)
    ctx.anchorNext = i + 1 < sentences.length && sentences[i + 1].section === s.section && anchored(i + 1)
      && !(s.kind === 'item' && sentences[i + 1].kind === 'item' && sentences[i + 1].line !== s.line && otherDuty(i, i + 1));
    ctx.possessor = needsPossessor[hit.signal] ? possessorOf(norm, hit.start, hit.end, model) : 'none';
    ctx.before = norm.slice(Math.max(s.start, hit.start - 20), hit.start);
    if (!signalApplies(signal, ctx)) continue;
    if (signal.falsePositive.suppressedBy?.length) { pendingSuppressed.push({ hit, i, signal }); continue; }
    report(hit, i, signal);
  }
  for (const { hit, i, signal } of pendingSuppressed) {
    if (signal.falsePositive.suppressedBy!.some((id) => reported.get(i)?.has(id))) continue;
    report(hit, i, signal);
  }

  function report(hit: SignalHit, i: number, signal: Signal) {
    let set = reported.get(i);
    if (!set) reported.set(i, (set = new Set()));
    set.add(signal.id);
    const req = firstReq(i);
    const termSpan = orig(hit.start, hit.end);
    // quoted on one line: a line break the phrase runs over is one space, or none inside Japanese
    const term = flattenWhitespace(text.slice(termSpan.start, termSpan.end));
    // The highlighted span: the whole sentence for a missing actor, else the clause around the term (、…、).
    const span = signal.kind === 'unassigned' ? sentSpan(i) : orig(...clauseAround(norm, sentences[i], hit.start, hit.end));
    const quoted = signal.kind === 'unassigned' ? '' : `「${term.length > 40 ? `${term.slice(0, 40)}…` : term}」`;
    push({
      id: `${signal.id}:${span.start}`, kind: signal.kind, severity: signal.severity,
      requirement: req?.id ?? null, stage: req?.stage ?? null,
      message: {
        ja: signal.kind === 'agree-later' ? `${quoted}: 合意が後回しにされています（別途協議・別途定め）。` : signal.kind === 'unassigned' ? '義務の主体（誰が行うか）が書かれていません。' : `曖昧な表現${quoted}`,
        en: signal.kind === 'agree-later' ? `${quoted ? `"${term}"` : ''}: left to later agreement.` : signal.kind === 'unassigned' ? 'No party is named as responsible for this duty.' : `Vague wording "${term}"`,
      },
      why: signal.why, spans: [span], references: [],
      suggestion: suggestionFor(signal, text, sentSpan(i), termSpan),
    }, `${signal.kind}:${signal.id}:${span.start}`);
  }

  /** English: the duty's subject is people or equipment of no named party ("All staff with access … must pass …"). */
  const unownedSubject = (body: string, at: number): boolean => {
    const m = EN_UNOWNED_SUBJECT.exec(body);
    if (!m) return false;
    // a party before the head noun owns the people or things ("Council staff", "the Contractor's laptops")
    let named = false;
    model.scanMentions(norm, () => (named = true), at, at + m[1].length);
    return !named;
  };
  /**
   * A proposal written "We will…" (three sentences or more open with "we"): its passive duties describe the writer's
   * own solution ("Access will be limited to our engineers"); only the signals' passives (a notification) stay open.
   */
  let firstPerson = 0;
  if (lang === 'en') for (const s of sentences) if (s.kind !== 'row' && /^(?:[#*\u2022-]+\s*)?(?:(?:\d+(?:\.\d+)*\.?|\(?[a-z0-9]{1,3}\))\s+)?we\s/.test(norm.slice(s.start, Math.min(s.end, s.start + 40))) && ++firstPerson >= 3) break;
  const writerSpeaks = firstPerson >= 3;

  // 2. Unassigned duties: a duty of the document (not a note, not a definition) with no actor anywhere.
  for (let i = 0; i < sentences.length; i++) {
    const o = bySentence[i];
    const s = sentences[i];
    // English duties written without a modal: "… is to be carried out annually", "The Department expects the system to be restored …"
    const t = norm.slice(s.start, s.end);
    // (with the @obligation marker "is to be …" reads as a duty already, and comes here with an obligation of no actor;
    // beside a modal it is a relative clause's: "… to whom disclosure is to be made")
    const modallessDuty = lang === 'en' && s.kind !== 'row' && EN_MODALLESS_DUTY.test(t) && !EN_MODAL.test(t);
    const modalless = !o && modallessDuty && !actorOf(i).actor;
    if (!modalless && (!o || o.cells || o.actor)) continue;
    if (s.kind === 'row' || contractorClause(i)) continue;
    if (o && !['obligation', 'prohibition', 'effort'].includes(o.modality)) continue;
    // a title in brackets (（複写の禁止）) or an enumerated noun phrase (…取得した情報) creates no duty
    if ((lang === 'ja' && !/(?:。|こと|ない|する|します|ません)$/.test(t)) || !ownSecurity(i) || /^[(（【\[][^)）】\]]*[)）】\]]$/.test(t)) continue;
    if (contractorMentioned(norm, s.start, s.end, model)) continue;
    const body = t.replace(/^(?:\(\s*\d+\s*\)|\d+(?:\.\d+)+\.?\s|\d+[.)]|[0-9一二三四五六七八九十]+\s|[a-z]\)|\([a-z]\)|[-*・])\s*/, '');
    if (notesRe.test(body) || CHECK_PATTERN.definition.test(t)) continue;
    if (lang === 'en' && !/\b(?:shall|must)\s+be\s+\w+ed\b/.test(t) && /^[a-z]/.test(body) === false) continue;
    if (lang === 'en' && writerSpeaks) continue;
    if (lang === 'en' && !modallessDuty && !EN_PASSIVE_DUTY.test(t) && !unownedSubject(body, s.start + (t.length - body.length))) continue;
    // "Data shall be stored and processed only in the UK": a location rule binding everyone, not an orphaned task
    if (lang === 'en' && CHECK_PATTERN.locationRule.test(t)) continue;
    pushUnassigned(i, null);
  }
  function pushUnassigned(i: number, detail: string | null) {
    if (reported.get(i)?.has('VAG-NO-ACTOR')) return;
    const req = firstReq(i);
    const noActor = signals.signals[signals.byId.get('VAG-NO-ACTOR')!];
    const span = sentSpan(i);
    let set = reported.get(i);
    if (!set) reported.set(i, (set = new Set()));
    set.add('VAG-NO-ACTOR');
    push({
      id: `unassigned:${span.start}`, kind: 'unassigned', severity: 'high', requirement: req?.id ?? null, stage: req?.stage ?? null,
      message: {
        ja: detail === 'table' ? '責任分担表のこの行には担当する当事者が記載されていません。' : '義務の主体（誰が行うか）が書かれていません。',
        en: detail === 'table' ? 'This row of the allocation table names no responsible party.' : 'No party is named as responsible for this duty.',
      },
      why: noActor.why, spans: [span], references: [],
      suggestion: actorSuggestion(text.slice(span.start, span.end), model, lang, noActor),
    }, `unassigned:${i}`);
  }

  // 3. Allocation-table rows: nobody marked → unassigned; several supporters and no lead → joint, unallocated.
  const orphanRows: number[] = [];
  const joint = signals.signals[signals.byId.get('VAG-JOINT-UNALLOCATED')!];
  const agreeSignal = signals.signals[signals.byId.get('VAG-TO-BE-AGREED')!];
  for (const i of obligations.tableRows) {
    const cells = bySentence[i]!.cells!;
    const raw = splitRow(norm.slice(sentences[i].start, sentences[i].end).trim()).slice(1);
    // a mark in a column of no party of the model (AWS, the card acquirer, a note 「受注者が一次対応」) gives the task to someone
    const elsewhere = markedElsewhere(raw, cells);
    const span = sentSpan(i);
    const req = firstReq(i);
    // every column (a party's or not) given the same responsible mark: R | R | R, ◎ | ◎ | ◎
    const allSame = raw.length >= 2 && cells.length >= 2 && raw.every((c) => c === raw[0]) && isTaskMark(raw[0]);
    if (!elsewhere && cells.every((c) => c.mark === 'empty' || c.mark === 'none')) {
      pushUnassigned(i, 'table');
      // an orphan only when every cell after the task is blank: a note (「通信事業者（甲が契約）」) gives the task to someone
      if (raw.every((c) => /^[\s\-–—]*$/.test(c))) orphanRows.push(i);
    }
    else if (allSame || (!elsewhere && !cells.some((c) => c.mark === 'lead') && cells.filter((c) => c.mark === 'support').length >= 2)) {
      push({
        id: `VAG-JOINT-UNALLOCATED:${span.start}`, kind: 'vague', severity: joint.severity, requirement: req?.id ?? null, stage: req?.stage ?? null,
        message: { ja: '複数の当事者に同じ印が付き、主担当が決まっていません。', en: 'Several parties share this task and none leads it.' },
        why: joint.why, spans: [span], references: [], suggestion: joint.alternative,
      }, `vague:VAG-JOINT-UNALLOCATED:${i}`);
    }
    if (cells.some((c) => c.mark === 'agree-later') && !reported.get(i)?.has('VAG-TO-BE-AGREED')) {
      push({
        id: `VAG-TO-BE-AGREED:${span.start}`, kind: 'agree-later', severity: agreeSignal.severity, requirement: req?.id ?? null, stage: req?.stage ?? null,
        message: { ja: '担当が「別途協議」とされています。', en: 'Responsibility is left to later agreement.' },
        why: agreeSignal.why, spans: [span], references: [], suggestion: agreeSignal.alternative,
      }, `agree-later:VAG-TO-BE-AGREED:${i}`);
    }
  }

  // 4. Conflicts: one action of one requirement given to two parties, or two different deadlines for it.
  // rows by requirement and duty, groups in the order first seen; a group keeps its first 50 rows
  type ConflictRow = { i: number; role: Role; deadline: string | null };
  const groups: { reqId: string; duty: string; rows: ConflictRow[] }[] = [];
  const groupOf = new Map<string, Map<string, ConflictRow[]>>();
  const addRow = (reqId: string, duty: string, i: number, role: Role, deadline: string | null) => {
    let byDuty = groupOf.get(reqId);
    if (!byDuty) groupOf.set(reqId, (byDuty = new Map()));
    const rows = byDuty.get(duty);
    if (!rows) {
      const created = [{ i, role, deadline }];
      byDuty.set(duty, created);
      groups.push({ reqId, duty, rows: created });
    } else if (rows.length < 50) rows.push({ i, role, deadline });
  };
  // the duty words of the text by sentence: the hits come in text order, a sentence's hits in a run
  // only a duty of one side (not a table row, not stage wording) gives rows: the other sentences' duty words are not collected
  const dutyRole = (i: number): Role | null => {
    const o = i >= 0 ? bySentence[i] : null;
    return !o || o.cells || o.modality !== 'obligation' || !o.actor || o.actor.role === 'both' || (lexOf[i] & LEXICON.stage) ? null : o.actor.role;
  };
  const addDuties = (i: number, role: Role, duties: string[]) => {
    const t = norm.slice(sentences[i].start, sentences[i].end);
    const dl = deadlineOf(t);
    // a task given to both sides (notify and return run both ways, so they are left out)
    for (const duty of duties) if (duty !== 'notify' && duty !== 'return') for (const req of reqOf[i]) addRow(req, duty, i, role, dl);
    // the same sentence but for its deadline (repeated in two articles) is the same duty, whatever it matched
    if (dl) addRow(`=${dutySignature(t)}`, duties[0], i, role, dl);
  };
  let dutySentence = -1;
  let sentenceRole: Role | null = null;
  const duties: string[] = []; // the duty ids of that sentence (one list, refilled)
  for (let h = 0; h < dutyStarts.length; h++) {
    const i = sentenceAt(dutyStarts[h]);
    if (i !== dutySentence) {
      if (sentenceRole) addDuties(dutySentence, sentenceRole, duties);
      dutySentence = i;
      sentenceRole = dutyRole(i);
      duties.length = 0;
    }
    if (sentenceRole) for (const d of DUTY_OF.get(dutyTerms[h])!) if (!duties.includes(d)) duties.push(d);
  }
  if (sentenceRole) addDuties(dutySentence, sentenceRole, duties);
  for (const { reqId, duty, rows } of groups) {
    // a conflict takes two rows; a requirement's group can only give an actor conflict, a signature's a deadline one
    if (rows.length < 2) continue;
    const req = () => reqById.get(reqId) ?? (reqOf[rows[0].i][0] ? reqById.get(reqOf[rows[0].i][0]) : undefined) ?? { id: '', title: { ja: duty, en: duty }, stage: null };
    if (!reqId.startsWith('=')) {
      // (addDuties gives a requirement no notify or return rows)
      const a = rows.find((r) => r.role === 'outsourcer');
      const b = rows.find((r) => r.role === 'contractor');
      if (a && b && a.i !== b.i) pushConflict(req(), [a.i, b.i], 'actor', duty);
      continue;
    }
    const deadlines = [...new Map(rows.filter((r) => r.deadline).map((r) => [`${r.role}:${r.deadline}`, r])).values()];
    const sameActorDiffDeadline = deadlines.find((a) => deadlines.some((b) => b.role === a.role && b.deadline !== a.deadline && b.i !== a.i));
    if (sameActorDiffDeadline) {
      const other = deadlines.find((b) => b.role === sameActorDiffDeadline.role && b.deadline !== sameActorDiffDeadline.deadline)!;
      pushConflict(req(), [sameActorDiffDeadline.i, other.i], 'deadline', duty, [sameActorDiffDeadline.deadline!, other.deadline!]);
    }
  }
  function pushConflict(req: { id: string; title: { ja: string; en: string }; stage: Finding['stage'] }, idx: number[], what: 'actor' | 'deadline', duty: string, dls: string[] = []) {
    const spans = idx.map(sentSpan);
    push({
      id: `conflict:${req.id || 'duty'}:${duty}:${spans[0].start}`, kind: 'conflict', severity: 'high', requirement: req.id || null, stage: req.stage,
      message: what === 'actor'
        ? { ja: `「${req.title.ja}」の同じ作業（${duty}）が複数の当事者の義務とされています。`, en: `The same task (${duty}) of "${req.title.en}" is given to more than one party.` }
        : { ja: `「${req.title.ja}」の同じ作業（${duty}）に異なる期限が定められています（${dls.join(' / ')}）。`, en: `Two different deadlines (${dls.join(' / ')}) are set for the same task (${duty}) of "${req.title.en}".` },
      why: { ja: '同じ義務の担当や期限が食い違うと、事故の際にどちらが何をいつまでに行うかで争いになります。', en: 'When one duty has two owners or two deadlines, each side will rely on the reading that suits it after an incident.' },
      spans, references: [],
      suggestion: what === 'actor'
        ? { ja: '主担当を一方に定め、他方の役割（承認・支援）を明記する。例：「脆弱性の診断及び修正は乙が行い、甲は適用日を承認する。」', en: 'Name one owner and state the other party\'s role (approval, support): "Supplier performs the assessment and the fix; Customer approves the date of deployment."' }
        : { ja: '期限を一つに統一するか、第一報と詳細報告のように段階を明記する。例：「認知後24時間以内に第一報、72時間以内に書面で詳細を報告する。」', en: 'Use one deadline, or name the stages: "initial notice within 24 hours, a written report within 72 hours".' },
    }, `conflict:${key(idx)}`);
  }

  // 5. Liability.
  const liab = analyzeLiability(norm, segmentation, actorOf, model, lexOf);
  const capSpans = liab.capSentences.slice(0, 3).map(sentSpan);
  const liability: LiabilitySummary = {
    cap: { present: liab.capSentences.length > 0, text: liab.capSentences.length ? text.slice(capSpans[0].start, capSpans[0].end).slice(0, 300) : null, spans: capSpans },
    carveOuts: { ...liab.carveOuts, spans: liab.carveOutSentences.slice(0, 5).map(sentSpan) },
    incidentCosts: { bearer: liab.bearer?.label ?? null, role: liab.bearer?.role ?? null, spans: liab.costSentences.slice(0, 3).map(sentSpan) },
    disclaimers: liab.disclaimerSentences.slice(0, 5).map(sentSpan),
    capCoversDataBreach: liab.capCoversDataBreach,
  };
  if (liab.capCoversDataBreach && (options.personalData || (lexicons.maskIn(norm) & LEXICON.dataBreach))) {
    const liabReq = reqById.get('LIABILITY-DAMAGES-INSURANCE');
    push({
      id: `liability:cap:${capSpans[0].start}`, kind: 'liability', severity: 'high', requirement: liabReq?.id ?? null, stage: liabReq?.stage ?? null,
      message: { ja: '損害賠償の上限が情報漏えい等による損害にも及びます（上限の適用除外がありません）。', en: 'The liability cap also covers data-breach damages (no carve-out from the cap).' },
      why: { ja: '漏えい時の損害（通知・調査・賠償）は委託料を大きく超えることが多く、上限がそれを吸収すると安全管理の義務が実質的に空洞化します。', en: 'Breach costs (notification, forensics, claims) routinely exceed the fees; a cap that absorbs them empties the security obligations.' },
      spans: capSpans, references: [],
      suggestion: {
        ja: '「前項の上限は、秘密保持義務違反、安全管理措置義務違反及び個人情報の漏えい等に起因する損害並びに再委託先の行為による損害には適用しない。」',
        en: '"The cap in the preceding paragraph shall not apply to damages arising from a breach of confidentiality or security obligations, a personal data breach, or the acts of subcontractors."',
      },
    }, 'liability:cap');
  }

  // 6. Obligations list and the requirement × party matrix.
  const obligationList: Obligation[] = [];
  for (let i = 0; i < bySentence.length; i++) {
    const o = bySentence[i];
    if (!o) continue;
    const span = sentSpan(o.sentence);
    obligationList.push({ start: span.start, end: span.end, modality: o.modality, actor: o.actor?.label ?? null, role: o.actor?.role ?? null, inherited: o.inherited, requirements: reqOf[o.sentence] === NONE ? [] : reqOf[o.sentence] });
  }
  // lines of the original text (hard-wrapped lines are joined in the normalised one)
  const lineAt = lineLocator(text);
  const responsibility = buildMatrix(model.parties, bySentence, reqOf, compiled.requirements.map((c) => c.requirement), options.results, sentSpan, (i) => lineAt(sentSpan(i).start));

  findings.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || (a.spans[0]?.start ?? 0) - (b.spans[0]?.start ?? 0));
  return { obligations: obligationList, findings, responsibility, liability, orphanRows };
}

/** The clause around a term: from the previous 、/。/, to the next one (at most 60 characters each way). */
const CLAUSE_STOP = new Set(['、', '。', ',', ';', ':']);
function clauseAround(text: string, s: { start: number; end: number }, start: number, end: number): [number, number] {
  let a = start;
  while (a > s.start && start - a < 60 && !CLAUSE_STOP.has(text[a - 1])) a--;
  let b = end;
  while (b < s.end && b - end < 60 && !(CLAUSE_STOP.has(text[b]) && text[b] !== ':')) b++;
  while (a < start && (text[a] === ' ' || text[a] === '\n' || text[a] === '\t')) a++;
  return [a, b];
}

const key = (idx: number[]) => [...idx].sort((a, b) => a - b).join(',');

/** 1-based line of an offset into text (its line starts found on the first call). */
function lineLocator(text: string): (offset: number) => number {
  let starts: number[] | null = null;
  return (offset) => {
    if (!starts) {
      starts = [0];
      for (let k = text.indexOf('\n'); k >= 0; k = text.indexOf('\n', k + 1)) starts.push(k + 1);
    }
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (starts[mid] <= offset) lo = mid; else hi = mid - 1; }
    return lo + 1;
  };
}

/** A sentence without its deadline, numbers and punctuation: two articles repeating one duty share it. */
function dutySignature(t: string): string {
  return t.replace(/^(?:\(\s*\d+\s*\)|\d+[.)]?|[一二三四五六七八九十]+)\s*/, '').replace(/[0-9０-９]+\s*(?:分|時間|営業日|日|週間|か月|ヶ月|カ月|minutes?|hours?|business days?|days?|weeks?|months?)/g, '')
    .replace(/[\s、。,.;:()（）「」]/g, '');
}

function deadlineOf(t: string): string | null {
  const ja = /(\d+)\s*(分|時間|営業日|日|週間|か月|ヶ月|カ月)\s*(?:以内|まで)/.exec(t);
  if (ja) return `${ja[1]}${ja[2]}`;
  const en = /within\s+(?:\w+\s+)?\(?(\d+)\)?\s*(minutes?|hours?|business days?|days?|weeks?|months?)/.exec(t);
  return en ? `${en[1]} ${en[2].replace(/s$/, '')}` : null;
}

/** Whether text[start, end) mentions a party that `accepts` (given its role and where the mention starts). */
function mentions(text: string, start: number, end: number, model: PartyModel, accepts: (role: Role | undefined, at: number) => boolean): boolean {
  let found = false;
  model.scanMentions(text, (s, e) => (found = accepts(model.mentions.get(text.slice(s, e))?.role, s)), start, end);
  return found;
}

/** Some party of the document is mentioned in text[start, end). */
const partyMentioned = (text: string, start: number, end: number, model: PartyModel): boolean =>
  mentions(text, start, end, model, (role) => !!role);

/**
 * A contractor-side party is named in the sentence (丙及び丁の作業場所は…): the duty is theirs, not orphaned. The successor
 * (次期受注者, "a successor supplier", "the incoming contractor") is not the party bound here.
 */
const contractorMentioned = (text: string, start: number, end: number, model: PartyModel): boolean =>
  mentions(text, start, end, model, (role, at) => !isSuccessor(text, start, at) && (role === 'contractor' || role === 'subcontractor'));

/** Role of the party whose judgement / method is referred to (乙の判断により, 当社所定の). */
function possessorOf(text: string, start: number, end: number, model: PartyModel): HitContext['possessor'] {
  if (/(?:自ら|自己|its\s*(?:own|sole)?\s*)$/.test(text.slice(Math.max(0, start - 10), start))) return 'self';
  let found: HitContext['possessor'] = 'none';
  model.scanMentions(text, (s, e) => {
    if (Math.abs(e - start) <= 1) found = model.mentions.get(text.slice(s, e))?.role ?? found;
  }, Math.max(0, start - 16), Math.min(text.length, start + 1));
  if (found !== 'none') return found;
  // 「…が必要であると当社が判断」: the judging party inside the match
  model.scanMentions(text, (s, e) => {
    const role = model.mentions.get(text.slice(s, e))?.role;
    if (role) found = role;
    return !!role;
  }, start, end);
  return found;
}

const ANNEX_HEADING = /^(?:#+\s*)?(?:別紙|別表|別添|別記|付録|annex|schedule|appendix|exhibit|attachment)/;

/**
 * What the signals' conditions read about the sentence of a hit (`HitContext`): one object per document,
 * set for each hit; the sentence's text, the annex headings and the document-wide test are read only when a
 * condition asks.
 */
class HitSentence implements HitContext {
  actor: HitContext['actor'] = 'none';
  modality: HitContext['modality'] = 'statement';
  anchorSame = false;
  anchorNext = false;
  possessor: HitContext['possessor'] = 'none';
  before = '';
  /** The sentence, or the one it continues on the same line, has security words (set per hit, before any check). */
  securityAround = false;
  private start = 0;
  private end = 0;
  /** The sentence's vocabulary lists (`LEXICON` bits). */
  private lex = 0;
  /** The lists of the previous sentence of the same section: 「ただし、…重大な過失による場合はこの限りでない。」 continues a cap. */
  private previousLex = 0;
  private sentenceText: string | null = null;
  private annexHeadings: string[] | null = null;
  /** The document anywhere states how instructions are given (comparing a cached 1 MB text with this one cost more than the test). */
  private instructed: boolean | null = null;

  constructor(private readonly norm: string, private readonly sections: readonly Section[]) {}

  setSentence(start: number, end: number, lex: number, previousLex = 0): void {
    this.start = start;
    this.end = end;
    this.lex = lex;
    this.previousLex = previousLex;
    this.sentenceText = null;
  }

  check(name: NamedCheck): boolean {
    const lex = this.lex;
    switch (name) {
      case 'annexReferenced': return CHECK_PATTERN.annexReferenced.test(this.text());
      case 'annexExists': {
        const headings = (this.annexHeadings ??= this.sections.map((s) => s.heading).filter((h) => ANNEX_HEADING.test(h)).map((h) => h.replace(/^#+\s*/, '')));
        for (const m of this.text().matchAll(ANNEX_REF)) if (headings.some((h) => h.startsWith(m[0].trim()))) return true;
        return false;
      }
      case 'namedStandard': return CHECK_PATTERN.namedStandard.test(this.text());
      case 'clauseCited': return CLAUSE_CITED.test(this.text());
      case 'documentCited': return CHECK_PATTERN.documentCited.test(this.text());
      case 'security': return this.securityAround;
      case 'notSecurity': return !this.securityAround;
      case 'exceptionProcedure': return CHECK_PATTERN.exceptionProcedure.test(this.text());
      case 'definedTerm': case 'definition': return CHECK_PATTERN.definition.test(this.text());
      case 'liabilityClause': return ((lex | this.previousLex) & LEXICON.damages) !== 0;
      case 'securityCarveOut': return (lex & LEXICON.carveOut) !== 0 && (lex & LEXICON.dataBreach) !== 0;
      case 'chooserNamed': return CHECK_PATTERN.chooserNamed.test(this.text());
      case 'finalReport': return CHECK_PATTERN.finalReport.test(this.text());
      case 'evidenceCopy': return CHECK_PATTERN.evidenceCopy.test(this.text());
      case 'locationRule': return CHECK_PATTERN.locationRule.test(this.text());
      case 'reportThenDirection': return CHECK_PATTERN.reportThenDirection.test(this.text());
      case 'civilCodeDefault': return CHECK_PATTERN.civilCodeDefault.test(this.text());
      case 'allocationTable': return (lex & LEXICON.allocationTable) !== 0 && (lex & LEXICON.residual) === 0;
      case 'instructionProcedure': return CHECK_PATTERN.instructionProcedure.test(this.text()) || (this.instructed ??= CHECK_PATTERN.instructionProcedure.test(this.norm));
    }
  }

  private text(): string {
    return (this.sentenceText ??= this.norm.slice(this.start, this.end));
  }
}

/** Characters of the sentence quoted on each side of a vague term in its suggested rewrite. */
const QUOTE_CONTEXT = 200;

/** The signal's precise alternative, led by the sentence rewritten in the document's language when a rewrite exists. */
function suggestionFor(signal: Signal, text: string, sentence: Span, term: Span): { ja: string; en: string } {
  const alt = { ...signal.alternative };
  const lang: 'ja' | 'en' = /[\u3040-\u30ff\u4e00-\u9fff]/.test(text.slice(term.start, term.end)) ? 'ja' : 'en';
  const rw = signal.rewrite?.[lang];
  if (rw !== undefined && term.start >= sentence.start && term.end <= sentence.end) {
    const matched = text.slice(term.start, term.end);
    const replaced = rw.replace(/\$&/g, matched);
    // the sentence around the term, at most QUOTE_CONTEXT characters on each side (a run-on sentence of a
    // page would be quoted in full by each of its findings)
    const from = Math.max(sentence.start, term.start - QUOTE_CONTEXT);
    const to = Math.min(sentence.end, term.end + QUOTE_CONTEXT);
    const sentenceText = (from > sentence.start ? '…' : '') + text.slice(from, term.start) + replaced + text.slice(term.end, to) + (to < sentence.end ? '…' : '');
    const flat = flattenWhitespace(sentenceText).replace(/、、/g, '、').replace(/^、/, '');
    alt[lang] = lang === 'ja' ? `「${flat}」 — ${alt.ja}` : `"${flat}" — ${alt.en}`;
  }
  return alt;
}

/** For a duty without an actor: the same sentence with the contractor named as its subject. */
function actorSuggestion(sentence: string, model: PartyModel, lang: 'ja' | 'en', signal: Signal): { ja: string; en: string } {
  const contractor = model.parties.find((p) => p.role === 'contractor')?.label ?? (lang === 'ja' ? '受託者' : 'Supplier');
  const flat = flattenWhitespace(sentence).replace(/^(?:\(\s*\d+\s*\)|\d+[.)]|[0-9０-９一二三四五六七八九十]+[\s　]|[-*・])\s*/, '');
  const alt = { ...signal.alternative };
  if (lang === 'ja') alt.ja = `「${contractor}は、${flat}」のように主体を明記する。 — ${alt.ja}`;
  else alt.en = `Name the party: "${contractor} shall …" — ${alt.en}`;
  return alt;
}

function addSpan(map: Map<string, Span[]>, key: string, span: Span) {
  const list = map.get(key);
  if (!list) map.set(key, [span]);
  else if (list.length < 5) list.push(span);
}

const CELL_RANK: Record<ResponsibilityCell['value'], number> = { must: 4, prohibited: 3, may: 2, 'agree-later': 1, nobody: 0 };

function buildMatrix(
  parties: Party[], bySentence: (SentenceObligation | null)[], reqOf: string[][],
  requirements: { id: string; title: { ja: string; en: string } }[], results: RequirementResult[] | undefined,
  sentSpan: (i: number) => Span, lineOf: (i: number) => number,
): Responsibility {
  // Columns: the document's parties with a fixed role (one column per label).
  const columns: { label: string; role: Party['role'] }[] = [];
  for (const p of parties) if (['outsourcer', 'contractor', 'subcontractor'].includes(p.role) && !columns.some((c) => c.label === p.label)) columns.push({ label: p.label, role: p.role });
  const columnsOf = (actor: Actor): number[] => {
    if (actor.role === 'both') return columns.map((c, k) => (c.role === 'outsourcer' || c.role === 'contractor' ? k : -1)).filter((k) => k >= 0);
    const exact = columns.findIndex((c) => c.label === actor.label);
    if (exact >= 0) return [exact];
    const byRole = columns.findIndex((c) => c.role === actor.role);
    if (byRole >= 0) return [byRole];
    if (actor.role === 'other') return [];
    columns.push({ label: actor.label, role: actor.role });
    return [columns.length - 1];
  };
  type Acc = { value: ResponsibilityCell['value']; effortOnly: boolean; spans: Span[]; lines: number[] };
  const acc = new Map<string, Map<number, Acc>>();
  const unassigned = new Map<string, Span[]>();
  const agreeLater = new Map<string, Span[]>();
  const addTo = (req: string, col: number, value: ResponsibilityCell['value'], effort: boolean, span: Span, line: number) => {
    let row = acc.get(req);
    if (!row) acc.set(req, (row = new Map()));
    const cur: Acc = row.get(col) ?? { value: 'nobody', effortOnly: true, spans: [], lines: [] };
    if (CELL_RANK[value] > CELL_RANK[cur.value]) { cur.value = value; cur.effortOnly = effort; }
    else if (value === cur.value && !effort) cur.effortOnly = false;
    if (cur.spans.length < 5) { cur.spans.push(span); cur.lines.push(line); }
    row.set(col, cur);
  };
  for (let i = 0; i < bySentence.length; i++) {
    const o = bySentence[i];
    if (!o) continue;
    const reqs = reqOf[o.sentence];
    if (!reqs.length) continue;
    const span = sentSpan(o.sentence);
    const line = lineOf(o.sentence);
    if (o.cells) {
      for (const req of reqs) {
        for (const c of o.cells) {
          const value = c.mark === 'lead' || c.mark === 'support' ? 'must' : c.mark === 'agree-later' ? 'agree-later' : null;
          if (value) for (const col of columnsOf(c.actor)) addTo(req, col, value, false, span, line);
        }
        if (o.cells.every((c) => c.mark === 'empty' || c.mark === 'none')) addSpan(unassigned, req, span);
      }
      continue;
    }
    const value: ResponsibilityCell['value'] | null =
      o.modality === 'obligation' || o.modality === 'effort' ? 'must'
        : o.modality === 'prohibition' ? 'prohibited' : o.modality === 'permission' ? 'may' : o.modality === 'agree-later' ? 'agree-later' : null;
    if (!value) continue;
    // the actor's columns are the same for every requirement of the sentence (the first look-up may add one)
    const cols = o.actor ? columnsOf(o.actor) : null;
    for (let r = 0; r < reqs.length; r++) {
      const req = reqs[r];
      if (value === 'agree-later') addSpan(agreeLater, req, span);
      if (!cols) {
        if (value === 'must' || value === 'prohibited') addSpan(unassigned, req, span);
        continue;
      }
      for (let k = 0; k < cols.length; k++) addTo(req, cols[k], value, o.modality === 'effort', span, line);
    }
  }
  const statusOf = new Map((results ?? []).map((r) => [r.id, r]));
  const rows: ResponsibilityRow[] = [];
  for (const req of requirements) {
    const result = statusOf.get(req.id);
    const row = acc.get(req.id);
    if (result && !result.applicable && result.status === 'missing' && !row) continue;
    const cells: ResponsibilityCell[] = columns.map((c, k) => {
      const a = row?.get(k);
      return { party: c.label, role: c.role, value: a?.value ?? 'nobody', effortOnly: a ? a.value === 'must' && a.effortOnly : false, spans: a?.spans ?? [], lines: a?.lines ?? [] };
    });
    rows.push({
      requirement: req.id, title: req.title, status: result?.status ?? (row ? 'insufficient' : 'missing'),
      assigned: cells.some((c) => c.value === 'must' || c.value === 'prohibited' || c.value === 'may'),
      cells, unassigned: (unassigned.get(req.id) ?? []).slice(0, 5), agreeLater: (agreeLater.get(req.id) ?? []).slice(0, 5),
    });
  }
  return { parties: columns, rows };
}

export { findSubject };
