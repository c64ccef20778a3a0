/**
 * Parties: labels defined in the document (「株式会社A（以下「甲」という。）」, 'Acme Inc. ("Supplier")')
 * and their roles. Role words come from the shared concepts (outsourcer / contractor / subcontractor).
 */
import type { Party } from '../schemas/report.ts';
import type { Catalog } from '../catalog/index.ts';
import { normaliseTerm } from './lexicon.ts';

type Role = Party['role'];

const JA_DEFINITION = /([^\s、。「」()（）]{1,40}?)\s*[(（]\s*以下\s*[、,]?\s*[「『"]([^」』"]{1,12})[」』"]\s*(?:と|という|といい)/g;
const EN_DEFINITION = /([A-Z][\w&.,'’ -]{1,80}?)\s*\(\s*(?:hereinafter\s+)?(?:referred\s+to\s+as\s+|the\s+|each\s+a\s+|collectively\s*,?\s*)?["“]([A-Z][\w -]{1,30}?)["”]\s*\)/g;

export function detectParties(original: string, catalog: Catalog): Party[] {
  const roleOf = roleLookup(catalog);
  const byLabel = new Map<string, Party>();
  const add = (label: string, name: string | null) => {
    const key = label.trim();
    if (!key) return;
    let party = byLabel.get(key);
    if (!party) byLabel.set(key, (party = { label: key, role: roleOf(key), names: [] }));
    if (name && !party.names.includes(name.trim())) party.names.push(name.trim());
  };
  const head = original.length > 400_000 ? original.slice(0, 400_000) : original;
  for (const m of head.matchAll(JA_DEFINITION)) add(m[2], m[1]);
  for (const m of head.matchAll(EN_DEFINITION)) add(m[2], m[1].replace(/^(?:and|between|by)\s+/i, ''));
  return [...byLabel.values()];
}

function roleLookup(catalog: Catalog): (label: string) => Role {
  const table = new Map<string, Role>();
  for (const role of ['subcontractor', 'contractor', 'outsourcer'] as const) {
    const lex = catalog.concepts[role];
    for (const term of [...(lex?.ja ?? []), ...(lex?.en ?? [])]) {
      const key = normaliseTerm(term);
      if (!table.has(key)) table.set(key, role);
    }
  }
  return (label) => table.get(normaliseTerm(label)) ?? 'other';
}
