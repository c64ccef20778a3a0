/**
 * Annexes a clause cites: 「別紙2のとおり」, "the controls in Schedule 5". The cited annex is read as the rest of the
 * clause (its sufficiency tests look there too). Citations are found once per document.
 */
import type { DocumentFacts } from './requirements.ts';
import { sentenceLocator, type Segmentation } from './segment.ts';

/** 「別紙2のとおり」 said by an evidence sentence or the next one: that annex is the rest of the clause. */
const ANNEX_CITED = /(別紙|別表)\s*(\d{1,2})(?![\d.])[^。]{0,16}?(?:のとおり|に定める|に記載|に掲げる)/g;
/** 'the information in Schedule 5', 'the controls set out in Annex B': that schedule is the rest of the clause. */
const ANNEX_CITED_EN = /\b(?:in|under)\s+(schedule|annex|appendix|exhibit|attachment)\s+(\d{1,2}|[a-h])\b(?!\.?\d)/g;
/** Per document: the annexes each sentence cites, and every section's heading without its markup. */
export interface AnnexCitations { bySentence: Map<number, string[]>; headings: string[] }
const citationCache = new WeakMap<DocumentFacts, AnnexCitations>();

/** The annexes each sentence cites, found once per document: few sentences name an annex at all. */
export function annexCitations(facts: DocumentFacts, text: string): AnnexCitations {
  let citations = citationCache.get(facts);
  if (citations) return citations;
  const bySentence = new Map<number, string[]>();
  const { sentences, sections } = facts.segmentation;
  const sentenceAt = sentenceLocator(sentences);
  const cite = (i: number, label: string) => { const list = bySentence.get(i); if (list) list.push(label); else bySentence.set(i, [label]); };
  const read = new Set<number>();
  for (const word of ['別紙', '別表']) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 2)) {
      const i = sentenceAt(at);
      if (i < 0 || sentences[i].kind === 'heading' || read.has(i)) continue;
      read.add(i);
      for (const m of text.slice(sentences[i].start, sentences[i].end).matchAll(ANNEX_CITED)) cite(i, `${m[1]}${m[2]}`);
    }
  }
  // a numbered English paragraph is a heading here ('10.3 The notice must contain … Schedule 5'): headings count
  for (const m of text.matchAll(ANNEX_CITED_EN)) {
    const i = sentenceAt(m.index!);
    if (i >= 0 && m.index! + m[0].length <= sentences[i].end) cite(i, `${m[1]} ${m[2]}`);
  }
  citations = { bySentence, headings: bySentence.size ? sections.map((sec) => sec.heading.replace(/^#+\s*|\*\*/g, '')) : [] };
  citationCache.set(facts, citations);
  return citations;
}

/** The sections of the annexes the evidence sentences (or the sentence after each, in the same clause) cite. */
export function annexesCited(evidence: number[], seg: Segmentation, { bySentence, headings }: AnnexCitations): number[] {
  if (bySentence.size === 0) return [];
  const cited = new Set<string>();
  for (const i of evidence) {
    for (const k of [i, i + 1]) {
      if (k < seg.sentences.length && seg.sentences[k].section === seg.sentences[i].section) for (const c of bySentence.get(k) ?? []) cited.add(c);
    }
  }
  if (cited.size === 0) return [];
  const out: number[] = [];
  headings.forEach((heading, k) => {
    for (const c of cited) if (heading.startsWith(c) && !/^[\da-z]/.test(heading.slice(c.length))) { out.push(seg.sections[k].index); return; }
  });
  return out;
}
