/**
 * clause-lens check FILE... [--format text|json|md] [--lang ja|en] [--type spec|contract|dpa|proposal]
 *                            [--fail-on high|medium|low] [--packs FILE]
 * Exit 0: ran; 1: a finding reached --fail-on; 2: usage or input error (one line on stderr).
 */
import { parseArgs } from 'node:util';
import { analyze } from '../shared/engine/analyze.ts';
import { ExtractError } from '../shared/extract/errors.ts';
import { DOCUMENT_TYPES, RuleError } from '../shared/catalog/schema.ts';
import { formatJson, formatMarkdown, formatText, reportLanguage, type FileReport, type Lang } from './format.ts';
import { responsibilityMarkdown, responsibilityText } from './format-responsibility.ts';
import { readDocument, SUPPORTED } from './read.ts';
import { loadPacks } from './packs.ts';

const USAGE = `usage: clause-lens check FILE... [--format text|json|md] [--lang ja|en]
                         [--type ${DOCUMENT_TYPES.join('|')}] [--fail-on high|medium|low] [--packs FILE]
Reads ${SUPPORTED.join(' ')}. Exit 0 when it ran, 1 when a finding reaches --fail-on, 2 on usage or input errors.`;

class UsageError extends Error {}
const SEVERITY_RANK = { high: 3, medium: 2, low: 1 } as const;

export async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        lang: { type: 'string' },
        type: { type: 'string' },
        'fail-on': { type: 'string' },
        packs: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
        debug: { type: 'boolean' },
      },
    });
  } catch (error) {
    return fail(new UsageError((error as Error).message));
  }
  const { values, positionals } = args;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  try {
    const [command, ...files] = positionals;
    if (command !== 'check') throw new UsageError(command ? `unknown command "${command}"` : 'missing command "check"');
    if (files.length === 0) throw new UsageError('no input file');
    const format = values.format!;
    if (!['text', 'json', 'md'].includes(format)) throw new UsageError(`--format must be text, json or md (got "${format}")`);
    const lang = values.lang as Lang | undefined;
    if (lang && lang !== 'ja' && lang !== 'en') throw new UsageError(`--lang must be ja or en (got "${lang}")`);
    const type = values.type as (typeof DOCUMENT_TYPES)[number] | undefined;
    if (type && !DOCUMENT_TYPES.includes(type)) throw new UsageError(`--type must be one of ${DOCUMENT_TYPES.join(', ')} (got "${type}")`);
    const failOn = values['fail-on'] as keyof typeof SEVERITY_RANK | undefined;
    if (failOn && !(failOn in SEVERITY_RANK)) throw new UsageError(`--fail-on must be high, medium or low (got "${failOn}")`);
    const catalog = values.packs?.length ? await loadPacks(values.packs) : undefined;

    const items: FileReport[] = [];
    for (const file of files) {
      let text: string;
      try {
        text = await readDocument(file);
      } catch (error) {
        if (error instanceof ExtractError) throw new ExtractError(`${file}: ${error.message}`);
        throw error;
      }
      items.push({ file, text, report: analyze(text, { catalog, documentType: type, language: lang }) });
    }
    const output = format === 'json' ? formatJson(items)
      : format === 'md' ? formatMarkdown(items, lang, [responsibilityMarkdown])
      : textWithResponsibility(items, lang);
    process.stdout.write(output);
    if (failOn && items.some((i) => i.report.findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]))) return 1;
    return 0;
  } catch (error) {
    if (values.debug) console.error(error);
    return fail(error);
  }
}

/** Text output with the responsibility matrix and liability summary after each file. */
function textWithResponsibility(items: FileReport[], lang: Lang | undefined): string {
  return items.map((i) => `${formatText([i], lang).trimEnd()}\n${responsibilityText(i.report, reportLanguage(i.report, lang))}`).join('\n\n') + '\n';
}

function fail(error: unknown): number {
  if (error instanceof UsageError) process.stderr.write(`clause-lens: ${error.message}\n${USAGE}\n`);
  else if (error instanceof ExtractError || error instanceof RuleError) process.stderr.write(`clause-lens: ${error.message}\n`);
  else process.stderr.write(`clause-lens: unexpected error: ${error instanceof Error ? error.message : String(error)} (run with --debug for details)\n`);
  return 2;
}
