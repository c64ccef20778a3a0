/**
 * Liability summary: the damages cap, its carve-outs (data breach, confidentiality, subcontractor acts,
 * intent / gross negligence), who bears incident-response costs, and broad disclaimers. A cap with no
 * data-breach carve-out "swallows" breach damages: that is flagged. Vocabulary: vagueness.json `liability`.
 */
import type { Segmentation } from './segment.ts';
import type { Actor } from './obligations.ts';
import type { PartyModel } from './parties.ts';
import { LEXICON, lexicons } from './vagueness.ts';
import { NUMERAL, parseNumber } from './normalize.ts';

/** 第6条 or "Section 12.3", the article's number captured (1: Japanese, 2: English). */
const ARTICLE_CITED = new RegExp(`第\\s*(${NUMERAL}+)\\s*条|(?:section|article|clause)\\s+(\\d+(?:\\.\\d+)*)`, 'g');

export interface LiabilityFacts {
  capSentences: number[];
  capText: string | null;
  carveOutSentences: number[];
  carveOuts: { dataBreach: boolean; confidentiality: boolean; subcontractorActs: boolean; intentOrGrossNegligence: boolean };
  costSentences: number[];
  bearer: Actor | null;
  disclaimerSentences: number[];
  capCoversDataBreach: boolean;
}

/** `lexOf`: the vocabulary lists found in each sentence (`LEXICON` bits). */
export function analyzeLiability(
  text: string, seg: Segmentation, actorOf: (i: number) => { actor: Actor | null }, model: PartyModel, lexOf: Int32Array,
): LiabilityFacts {
  const { sentences } = seg;
  const capSentences: number[] = [];
  const carveOutSentences: number[] = [];
  const costSentences: number[] = [];
  const disclaimerSentences: number[] = [];
  const carveOuts = { dataBreach: false, confidentiality: false, subcontractorActs: false, intentOrGrossNegligence: false };
  let capText: string | null = null;
  let bearer: Actor | null = null;
  const damagesSections = new Set<number>();
  const slice = (i: number) => text.slice(sentences[i].start, sentences[i].end);
  const incidentCost = LEXICON.incidentCost | LEXICON.incidentWords;
  for (let i = 0; i < sentences.length; i++) {
    const lex = lexOf[i];
    if (!(lex & LEXICON.damages)) {
      if ((lex & incidentCost) === incidentCost && (lex & LEXICON.costBorne)) costSentences.push(i);
      continue;
    }
    damagesSections.add(sentences[i].section);
    if (lex & LEXICON.cap) {
      capSentences.push(i);
      const t = slice(i);
      capText ??= t.length > 200 ? `${t.slice(0, 200)}…` : t;
    }
    if (lex & LEXICON.disclaimer) disclaimerSentences.push(i);
    if ((lex & incidentCost) === incidentCost) costSentences.push(i);
  }
  // Carve-outs: in a cap sentence or a sentence of the same section (前項の上限は…には適用しない).
  const capSections = new Set(capSentences.map((i) => sentences[i].section));
  const capSet = new Set(capSentences);
  for (let i = 0; i < sentences.length; i++) {
    if (!capSections.has(sentences[i].section) && !capSet.has(i - 1)) continue;
    if (!(lexOf[i] & LEXICON.carveOut)) continue;
    let t = slice(i);
    let lex = lexOf[i];
    // articles cited by the carve-out count by their headings (第6条（秘密保持）, 第10条（安全管理措置）)
    for (const m of t.matchAll(ARTICLE_CITED)) {
      const label = m[1] ? String(parseNumber(m[1])) : m[2];
      const sec = seg.sections.find((x) => x.label === label && x.level <= 3);
      if (sec) { t += ` ${sec.heading}`; lex = lexicons.maskIn(t); }
    }
    let any = false;
    if (lex & LEXICON.dataBreach) { carveOuts.dataBreach = true; any = true; }
    if (lex & LEXICON.confidentiality) { carveOuts.confidentiality = true; any = true; }
    if (lex & LEXICON.subcontractorActs) { carveOuts.subcontractorActs = true; any = true; }
    if (lex & LEXICON.intent) { carveOuts.intentOrGrossNegligence = true; any = true; }
    if (any) carveOutSentences.push(i);
  }
  // Who bears incident costs: 「…費用は乙の負担とする」「乙は、自らの費用で…」 'at Supplier's expense'
  for (const i of costSentences) {
    const t = slice(i);
    const m = /([^\s、。,]{1,12})の(?:負担|費用(?:負担)?)(?:と|で|において|により)/.exec(t);
    if (m) {
      let first: string | null = null;
      model.scanMentions(m[1], (s, e) => { first = m[1].slice(s, e); return true; });
      const info = first !== null ? model.mentions.get(first) : undefined;
      if (info) { bearer = { key: first!, label: info.label, role: info.role }; break; }
    }
    const en = /at\s+(?:the\s+)?([a-z][a-z -]{1,30}?)(?:'s|’s)\s+(?:sole\s+)?(?:cost|expense)/.exec(t);
    if (en) {
      const info = model.mentions.get(en[1].trim());
      if (info) { bearer = { key: en[1], label: info.label, role: info.role }; break; }
    }
    const a = actorOf(i).actor;
    if (a && a.role !== 'both' && (lexOf[i] & LEXICON.ownCost)) { bearer = a; break; }
  }
  return {
    capSentences, capText, carveOutSentences, carveOuts, costSentences, bearer, disclaimerSentences,
    capCoversDataBreach: capSentences.length > 0 && !carveOuts.dataBreach,
  };
}
