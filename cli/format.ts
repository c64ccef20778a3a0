/** Report formats for the command line: text (terminal), md (a review to attach to an email), json. */
import type { Finding, Report } from '../shared/schemas/report.ts';
import { catalog } from '../shared/catalog/index.ts';
import { SEVERITY_LABELS, STAGE_LABELS } from '../shared/engine/messages.ts';
import { flattenWhitespace } from '../shared/engine/normalize.ts';

export type Lang = 'ja' | 'en';
export interface FileReport { file: string; text: string; report: Report }

const UI = {
  ja: {
    requirements: '要求事項', sufficient: '十分', insufficient: '不十分', missing: '欠落', applicable: '対象',
    findings: '指摘', other: 'その他', evidence: '根拠', why: '理由', references: '参考', suggestion: '条項例',
    unverified: '未検証', noFindings: '指摘事項はありません（対象となる要求事項はすべて十分に定められています）。',
    title: 'セキュリティ条項レビュー', file: 'ファイル', language: '言語', type: '文書種別', context: '文脈',
    subcontracting: '再委託', parties: '当事者', coverage: 'ステージ別カバレッジ', stage: 'ステージ', status: '状態',
    summary: '概要', list: '要求事項一覧', notApplicable: '対象外', line: '行', generated: 'Clause Lens により端末内で解析（文書は外部に送信されていません）',
  },
  en: {
    requirements: 'requirements', sufficient: 'sufficient', insufficient: 'insufficient', missing: 'missing', applicable: 'applicable',
    findings: 'findings', other: 'Other', evidence: 'Evidence', why: 'Why', references: 'References', suggestion: 'Suggested clause',
    unverified: 'unverified', noFindings: 'No findings: every applicable requirement is sufficiently addressed.',
    title: 'Security clause review', file: 'File', language: 'Language', type: 'Document type', context: 'Context',
    subcontracting: 'Subcontracting', parties: 'Parties', coverage: 'Coverage by stage', stage: 'Stage', status: 'Status',
    summary: 'Summary', list: 'All requirements', notApplicable: 'not applicable', line: 'line', generated: 'Analysed locally by Clause Lens (the document was not uploaded anywhere)',
  },
};
const CONTEXT_LABELS: Record<string, { ja: string; en: string }> = {
  personalData: { ja: '個人情報', en: 'personal data' },
  tradeSecrets: { ja: '営業秘密', en: 'trade secrets' },
  cloud: { ja: 'クラウド', en: 'cloud' },
  criticalFunctions: { ja: '重要業務', en: 'critical functions' },
  softwareDevelopment: { ja: 'ソフトウェア開発', en: 'software development' },
  publicSector: { ja: '公共調達', en: 'public sector' },
};
const sourceStatus = new Map(catalog.sources.map((s) => [s.id, s]));

export function reportLanguage(report: Report, forced?: Lang): Lang {
  return forced ?? (report.language === 'en' ? 'en' : 'ja');
}

/** 1-based line and column of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

const quote = (text: string, max = 160) => {
  const flat = flattenWhitespace(text);
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
};

function contextSummary(report: Report, lang: Lang): string {
  const on = Object.entries(CONTEXT_LABELS).filter(([k]) => report.context[k as keyof Report['context']] === true).map(([, l]) => l[lang]);
  return on.length ? on.join(', ') : '-';
}

function counts(report: Report) {
  const by = { sufficient: 0, insufficient: 0, missing: 0 };
  for (const r of report.requirements) by[r.status]++;
  const sev = { high: 0, medium: 0, low: 0 };
  for (const f of report.findings) sev[f.severity]++;
  return { by, sev, applicable: report.requirements.filter((r) => r.applicable).length };
}

function groupByStage(findings: Finding[]): [string, Finding[]][] {
  const groups = new Map<string, Finding[]>();
  for (const stage of [...Object.keys(STAGE_LABELS), 'other']) groups.set(stage, []);
  for (const f of findings) groups.get(f.stage ?? 'other')!.push(f);
  return [...groups].filter(([, list]) => list.length > 0);
}

export function formatText(items: FileReport[], forced?: Lang): string {
  return items.map(({ file, text, report }) => {
    const lang = reportLanguage(report, forced);
    const t = UI[lang];
    const { by, sev, applicable } = counts(report);
    const lines = [
      `${file} — ${report.language} · ${report.documentType} · ${t.context}: ${contextSummary(report, lang)} · ${t.subcontracting}: ${report.context.subcontracting}`,
      `  ${report.requirements.length} ${t.requirements} (${applicable} ${t.applicable}): ${by.sufficient} ${t.sufficient}, ${by.insufficient} ${t.insufficient}, ${by.missing} ${t.missing}` +
        ` · ${t.findings}: ${SEVERITY_LABELS.high[lang]} ${sev.high}, ${SEVERITY_LABELS.medium[lang]} ${sev.medium}, ${SEVERITY_LABELS.low[lang]} ${sev.low}`,
    ];
    if (report.findings.length === 0) lines.push('', `  ${t.noFindings}`);
    for (const [stage, findings] of groupByStage(report.findings)) {
      lines.push('', STAGE_LABELS[stage]?.[lang] ?? t.other);
      for (const f of findings) {
        const where = f.spans[0] ? lineColumn(text, f.spans[0].start) : null;
        const loc = where ? `${where.line}:${where.column}` : '-';
        lines.push(`  [${SEVERITY_LABELS[f.severity][lang]}] ${loc.padEnd(7)} ${f.kind.padEnd(12)} ${f.message[lang]}`);
        if (f.spans[0]) lines.push(`          > ${quote(text.slice(f.spans[0].start, f.spans[0].end))}`);
      }
    }
    return lines.join('\n');
  }).join('\n\n') + '\n';
}

const mdEscape = (s: string) => s.replace(/([\\`*_[\]<>|])/g, '\\$1');
const mdQuote = (s: string) => s.trim().split(/\n+/).map((l) => `> ${mdEscape(l.trim())}`).join('\n');

export function formatMarkdown(items: FileReport[], forced?: Lang, extraSections: ((r: Report, lang: Lang) => string)[] = []): string {
  return items.map(({ file, text, report }) => {
    const lang = reportLanguage(report, forced);
    const t = UI[lang];
    const { by, sev } = counts(report);
    const out: string[] = [
      `# ${t.title}: ${mdEscape(report.title || file)}`, '',
      `| | |`, `|---|---|`,
      `| ${t.file} | ${mdEscape(file)} |`,
      `| ${t.language} | ${report.language} |`,
      `| ${t.type} | ${report.documentType} |`,
      `| ${t.context} | ${contextSummary(report, lang)} |`,
      `| ${t.subcontracting} | ${report.context.subcontracting} |`,
      `| ${t.parties} | ${report.parties.map((p) => `${mdEscape(p.label)} (${p.role})`).join(', ') || '-'} |`,
      '', `## ${t.summary}`, '',
      `${by.sufficient} ${t.sufficient} · ${by.insufficient} ${t.insufficient} · ${by.missing} ${t.missing} — ` +
        `${t.findings}: ${SEVERITY_LABELS.high[lang]} ${sev.high} / ${SEVERITY_LABELS.medium[lang]} ${sev.medium} / ${SEVERITY_LABELS.low[lang]} ${sev.low}`,
      '', `## ${t.coverage}`, '',
      `| ${t.stage} | ${t.applicable} | ${t.sufficient} | ${t.insufficient} | ${t.missing} |`, '|---|---:|---:|---:|---:|',
      ...Object.entries(report.coverage.byStage).map(([stage, c]) =>
        `| ${STAGE_LABELS[stage][lang]} | ${c.total} | ${c.sufficient} | ${c.insufficient} | ${c.missing} |`),
      '', `## ${t.findings}`,
    ];
    if (report.findings.length === 0) out.push('', t.noFindings);
    for (const [stage, findings] of groupByStage(report.findings)) {
      out.push('', `### ${STAGE_LABELS[stage]?.[lang] ?? t.other}`);
      for (const f of findings) {
        out.push('', `#### [${SEVERITY_LABELS[f.severity][lang]}] ${mdEscape(f.message[lang])}`);
        for (const span of f.spans.slice(0, 2)) {
          const { line } = lineColumn(text, span.start);
          out.push('', `${t.evidence} (${t.line} ${line}):`, '', mdQuote(quote(text.slice(span.start, span.end), 400)));
        }
        out.push('', `**${t.why}:** ${mdEscape(f.why[lang])}`);
        if (f.references.length) {
          const refs = f.references.map((r) => {
            const verified = r.status !== 'recalled' && sourceStatus.get(r.src)?.status !== 'recalled';
            return `${mdEscape(r.src)} ${mdEscape(r.loc)}${verified ? '' : ` (${t.unverified})`}`;
          });
          out.push('', `**${t.references}:** ${refs.join('; ')}`);
        }
        if (f.suggestion?.[lang]) out.push('', `**${t.suggestion}:**`, '', mdQuote(f.suggestion[lang]));
      }
    }
    out.push('', `## ${t.list}`, '', `| ID | ${t.requirements} | ${t.status} |`, '|---|---|---|');
    for (const r of report.requirements) {
      out.push(`| ${r.id} | ${mdEscape(r.title[lang])} | ${t[r.status]}${r.applicable ? '' : ` (${t.notApplicable})`} |`);
    }
    for (const section of extraSections) {
      const md = section(report, lang);
      if (md) out.push('', md);
    }
    out.push('', `---`, `_${t.generated}_`);
    return out.join('\n');
  }).join('\n\n') + '\n';
}

export function formatJson(items: FileReport[]): string {
  const objects = items.map(({ file, report }) => ({ file, ...report }));
  return JSON.stringify(items.length === 1 ? objects[0] : objects, null, 2) + '\n';
}
