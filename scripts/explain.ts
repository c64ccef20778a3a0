/**
 * Shows how one requirement is matched in a text or file — for rule authors:
 *   npm run explain -- REQUIREMENT-ID "clause text" | path/to/file
 */
import { existsSync, readFileSync } from 'node:fs';
import { analyzeDetailed } from '../shared/engine/analyze.ts';
import { flattenWhitespace } from '../shared/engine/normalize.ts';

const [id, input] = process.argv.slice(2);
if (!id || !input) {
  console.error('usage: npm run explain -- REQUIREMENT-ID "text" | FILE');
  process.exit(2);
}
const text = existsSync(input) ? readFileSync(input, 'utf8') : input;
const { report, facts, compiled, segmentation, normalized } = analyzeDetailed(text);
const result = report.requirements.find((r) => r.id === id);
if (!result) {
  console.error(`unknown requirement ${id}`);
  process.exit(2);
}
console.log(`${id}: ${result.status} (applicable: ${result.applicable}, documentType: ${report.documentType})`);
for (const t of result.tests) console.log(`  test ${t.id}${t.core ? ' [core]' : ''}: found=${t.found} met=${t.met}`);
for (const e of result.evidence) console.log(`  evidence ${e.start}-${e.end}: ${flattenWhitespace(e.text).slice(0, 160)}`);
if (process.env.VERBOSE) {
  segmentation.sentences.slice(0, 400).forEach((s, i) => {
    const names = [...facts.sentenceFacts[i].concepts].map((c) => compiled.scanner.names[c]).filter((n) => n.startsWith(`${id}/`) || !n.includes('/'));
    console.log(`  #${i} [${s.kind} ${facts.sentenceFacts[i].modality} §${s.section}] ${names.join(',')} :: ${normalized.text.slice(s.start, s.end).replace(/\s+/g, ' ').slice(0, 100)}`);
  });
}
