/** Export of a review: Markdown, CSV, JSON and printable HTML (every value escaped; no scripts). */
import type { Finding, Report } from '../../shared/schemas/report';
import { decisionKey, type Decisions } from './settings';
import { DOC_TYPES, STAGE_SHORT, t, type Lang } from './i18n';

export interface ExportMeta { title: string; url: string; lang: Lang; decisions: Decisions; excerpts?: Record<string, string[]> }

const sev = (f: Finding, lang: Lang) => t(f.severity === 'high' ? 'sevHigh' : f.severity === 'medium' ? 'sevMedium' : 'sevLow', lang);
const stage = (f: Finding, lang: Lang) => (f.stage ? STAGE_SHORT[f.stage]?.[lang] ?? f.stage : '');
const refText = (r: Finding['references'][number], lang: Lang) => `${r.src} ${r.loc}${r.status === 'recalled' ? ` (${t('unverified', lang)})` : ''}`;
/** The bundled model clause suggested with a finding, if any. */
export const bundledClause = (f: Finding, lang: Lang): string | null => f.suggestion?.[lang] || null;
const decided = (f: Finding, m: ExportMeta) => m.decisions[decisionKey(f.id, m.excerpts?.[f.id]?.[0])];
const decision = (f: Finding, m: ExportMeta) => (decided(f, m) ? t(decided(f, m)!, m.lang) : '');

export function toMarkdown(report: Report, m: ExportMeta): string {
  const L = m.lang;
  const out: string[] = [`# Clause Lens — ${m.title || report.title}`, ''];
  if (m.url) out.push(`- URL: ${m.url}`);
  out.push(`- ${t('docType', L)}: ${DOC_TYPES[report.documentType]?.[L] ?? report.documentType}`, `- ${new Date().toISOString()}`, '');
  out.push(`## ${t('coverageByStage', L)}`, '', `| | ${t('sufficient', L)} | ${t('insufficient', L)} | ${t('missing', L)} |`, '|---|---|---|---|');
  for (const [s, c] of Object.entries(report.coverage.byStage)) out.push(`| ${STAGE_SHORT[s]?.[L] ?? s} | ${c.sufficient} | ${c.insufficient} | ${c.missing} |`);
  out.push('', `## ${t('findings', L)}`, '');
  for (const f of report.findings) {
    const d = decision(f, m);
    out.push(`### [${sev(f, L)}] ${f.message[L]}${d ? ` — ${d}` : ''}`, '');
    if (f.stage) out.push(`- ${stage(f, L)}`);
    for (const ex of m.excerpts?.[f.id] ?? []) out.push(`- ${t('evidence', L)}: > ${ex}`);
    out.push(`- ${t('why', L)}: ${f.why[L]}`);
    if (f.references.length) out.push(`- ${t('references', L)}: ${f.references.map((r) => refText(r, L)).join('; ')}`);
    if (bundledClause(f, L)) out.push('', `${t('suggestion', L)}:`, '', ...bundledClause(f, L)!.split('\n').map((l) => `> ${l}`));
    out.push('');
  }
  return out.join('\n');
}

const csvCell = (v: string) => {
  // neutralise spreadsheet formulas, then quote
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return `"${safe.replace(/"/g, '""')}"`;
};

export function toCsv(report: Report, m: ExportMeta): string {
  const L = m.lang;
  const rows = [['id', 'severity', 'kind', 'stage', 'requirement', 'message', 'evidence', 'why', 'references', 'suggestion', 'decision']];
  for (const f of report.findings) {
    rows.push([f.id, f.severity, f.kind, f.stage ?? '', f.requirement ?? '', f.message[L], (m.excerpts?.[f.id] ?? []).join(' / '), f.why[L],
      f.references.map((r) => refText(r, L)).join('; '), bundledClause(f, L) ?? '', decided(f, m) ?? '']);
  }
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

export function toJson(report: Report, m: ExportMeta): string {
  return JSON.stringify({ title: m.title, url: m.url, exportedAt: new Date().toISOString(), decisions: m.decisions, excerpts: m.excerpts ?? {}, report }, null, 2);
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export function toHtml(report: Report, m: ExportMeta): string {
  const L = m.lang;
  const e = escapeHtml;
  const stages = Object.entries(report.coverage.byStage).map(([s, c]) =>
    `<tr><th>${e(STAGE_SHORT[s]?.[L] ?? s)}</th><td>${c.sufficient}</td><td>${c.insufficient}</td><td>${c.missing}</td></tr>`).join('');
  const findings = report.findings.map((f) => `
    <section class="f ${e(f.severity)}">
      <h3><span class="sev">${e(sev(f, L))}</span> ${e(f.message[L])}${decision(f, m) ? ` <small>(${e(decision(f, m))})</small>` : ''}</h3>
      ${f.stage ? `<p class="meta">${e(stage(f, L))}</p>` : ''}
      ${(m.excerpts?.[f.id] ?? []).map((x) => `<blockquote>${e(x)}</blockquote>`).join('')}
      <p><b>${e(t('why', L))}:</b> ${e(f.why[L])}</p>
      ${f.references.length ? `<p><b>${e(t('references', L))}:</b> ${f.references.map((r) => e(refText(r, L))).join('; ')}</p>` : ''}
      ${bundledClause(f, L) ? `<p><b>${e(t('suggestion', L))}:</b></p><pre>${e(bundledClause(f, L)!)}</pre>` : ''}
    </section>`).join('');
  return `<!doctype html><html lang="${L}"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Clause Lens — ${e(m.title || report.title)}</title>
<style>body{font:14px/1.6 system-ui,"Hiragino Sans","IPAGothic",sans-serif;max-width:900px;margin:2em auto;color:#111}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}
.f{border-left:4px solid #999;padding:4px 12px;margin:12px 0;break-inside:avoid}.high{border-color:#dc2626}.medium{border-color:#d97706}.low{border-color:#2563eb}
.sev{display:inline-block;padding:0 6px;border-radius:4px;background:#eee}pre{white-space:pre-wrap;background:#f6f6f6;padding:8px}
blockquote{margin:4px 0;padding-left:8px;border-left:2px solid #ccc;color:#444}.meta{color:#666;margin:0}</style></head>
<body><h1>Clause Lens — ${e(m.title || report.title)}</h1>
<p>${e(m.url)}<br>${e(t('docType', L))}: ${e(DOC_TYPES[report.documentType]?.[L] ?? report.documentType)} · ${e(new Date().toLocaleString(L))}</p>
<h2>${e(t('coverageByStage', L))}</h2><table><tr><th></th><th>${e(t('sufficient', L))}</th><th>${e(t('insufficient', L))}</th><th>${e(t('missing', L))}</th></tr>${stages}</table>
<h2>${e(t('findings', L))} (${report.findings.length})</h2>${findings}</body></html>`;
}

export function download(name: string, content: string, type: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 5000);
}
