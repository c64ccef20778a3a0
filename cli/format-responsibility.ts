/**
 * The responsibility section of the reports: the requirement × party matrix (who must / may / must not
 * do what, what is left to later agreement, what nobody must do) and the liability summary.
 * Markdown for the review report, plain text for the terminal.
 */
import type { Report, ResponsibilityCell } from '../shared/schemas/report.ts';
import { flattenWhitespace } from '../shared/engine/normalize.ts';

type Lang = 'ja' | 'en';

const UI = {
  ja: {
    matrix: '責任分担マトリクス', liability: '責任・損害賠償の概要', requirement: '要求事項', none: '該当する義務の定めはありません。',
    unassigned: '主体なし', agreeLater: '別途協議', cap: '賠償上限', carveOuts: '上限の適用除外', costs: 'インシデント対応費用の負担',
    disclaimers: '免責条項', yes: 'あり', no: 'なし', unknown: '定めなし', dataBreach: '情報漏えい', confidentiality: '秘密保持違反',
    subcontractor: '再委託先の行為', intent: '故意・重過失', warnCap: '⚠ 上限が情報漏えい等による損害にも適用されます（適用除外がありません）。',
    legend: '凡例: 義務 = しなければならない（（努）は努力義務のみ）、可 = できる、禁止 = してはならない、協議 = 別途協議、— = 定めなし。括弧内は行番号。',
    line: '行', lines: '行', nobodyRows: '担当する当事者が決まっていない要求事項',
  },
  en: {
    matrix: 'Responsibility matrix', liability: 'Liability summary', requirement: 'Requirement', none: 'No duties found.',
    unassigned: 'no actor', agreeLater: 'to be agreed', cap: 'Liability cap', carveOuts: 'Carve-outs from the cap', costs: 'Incident-response costs borne by',
    disclaimers: 'Disclaimers', yes: 'yes', no: 'no', unknown: 'not stated', dataBreach: 'data breach', confidentiality: 'confidentiality',
    subcontractor: 'subcontractor acts', intent: 'intent / gross negligence', warnCap: '⚠ The cap also covers data-breach damages (no carve-out).',
    legend: 'Legend: must, may, prohibited, to be agreed, — = nothing stated; "(effort)" = effort wording only. Line numbers in brackets.',
    line: 'line', lines: 'lines', nobodyRows: 'Requirements allocated to no party',
  },
};
const CELL = {
  ja: { must: '義務', may: '可', prohibited: '禁止', 'agree-later': '協議', nobody: '—' },
  en: { must: 'must', may: 'may', prohibited: 'prohibited', 'agree-later': 'to be agreed', nobody: '—' },
};

const mdEscape = (s: string) => s.replace(/([\\`*_[\]<>|])/g, '\\$1');

function cellText(c: ResponsibilityCell, lang: Lang): string {
  if (c.value === 'nobody') return CELL[lang].nobody;
  const effort = c.effortOnly ? (lang === 'ja' ? '（努）' : ' (effort)') : '';
  const lines = c.lines.length ? ` (${[...new Set(c.lines)].slice(0, 3).join(', ')})` : '';
  return `${CELL[lang][c.value]}${effort}${lines}`;
}

/** Rows worth showing: requirements with any duty, any orphaned duty or any deferred item. */
function shownRows(report: Report) {
  return report.responsibility.rows.filter((r) => r.cells.some((c) => c.value !== 'nobody') || r.unassigned.length || r.agreeLater.length);
}

export function responsibilityMarkdown(report: Report, lang: Lang): string {
  const t = UI[lang];
  const out: string[] = [`## ${t.matrix}`, ''];
  const rows = shownRows(report);
  const cols = report.responsibility.parties;
  if (!rows.length || !cols.length) out.push(t.none);
  else {
    out.push(`| ${t.requirement} | ${cols.map((c) => `${mdEscape(c.label)} (${c.role})`).join(' | ')} | ${t.unassigned} | ${t.agreeLater} |`);
    out.push(`|---|${cols.map(() => '---').join('|')}|---:|---:|`);
    for (const r of rows) {
      const title = `${mdEscape(r.title[lang])}${r.assigned ? '' : ' ⚠'}`;
      out.push(`| ${title} | ${r.cells.map((c) => cellText(c, lang)).join(' | ')} | ${r.unassigned.length || ''} | ${r.agreeLater.length || ''} |`);
    }
    out.push('', `_${t.legend}_`);
    const orphan = rows.filter((r) => !r.assigned && r.status !== 'missing');
    if (orphan.length) out.push('', `**${t.nobodyRows}:** ${orphan.map((r) => mdEscape(r.title[lang])).join('、')}`);
  }
  out.push('', `## ${t.liability}`, '', ...liabilityLines(report, lang).map((l) => `- ${mdEscape(l)}`));
  if (report.liability.capCoversDataBreach) out.push('', `**${t.warnCap}**`);
  return out.join('\n');
}

function liabilityLines(report: Report, lang: Lang): string[] {
  const t = UI[lang];
  const l = report.liability;
  const carve = [
    [l.carveOuts.dataBreach, t.dataBreach], [l.carveOuts.confidentiality, t.confidentiality],
    [l.carveOuts.subcontractorActs, t.subcontractor], [l.carveOuts.intentOrGrossNegligence, t.intent],
  ] as const;
  return [
    `${t.cap}: ${l.cap.present ? `${t.yes} — ${flattenWhitespace(l.cap.text ?? '').slice(0, 160)}` : t.unknown}`,
    `${t.carveOuts}: ${carve.map(([on, label]) => `${label} ${on ? t.yes : t.no}`).join(', ')}`,
    `${t.costs}: ${l.incidentCosts.bearer ? `${l.incidentCosts.bearer} (${l.incidentCosts.role})` : t.unknown}`,
    `${t.disclaimers}: ${l.disclaimers.length}`,
  ];
}

/** Plain-text version for the terminal. */
export function responsibilityText(report: Report, lang: Lang): string {
  const t = UI[lang];
  const rows = shownRows(report);
  const cols = report.responsibility.parties;
  const lines = ['', t.matrix];
  if (!rows.length || !cols.length) lines.push(`  ${t.none}`);
  else {
    const width = Math.min(34, Math.max(...rows.map((r) => r.title[lang].length)) + 2);
    lines.push(`  ${''.padEnd(width)} ${cols.map((c) => c.label.padEnd(16)).join(' ')}`);
    for (const r of rows) {
      const title = r.title[lang].slice(0, width - 2) + (r.assigned ? '' : ' !');
      const extra = [r.unassigned.length ? `${t.unassigned} ${r.unassigned.length}` : '', r.agreeLater.length ? `${t.agreeLater} ${r.agreeLater.length}` : ''].filter(Boolean).join(', ');
      lines.push(`  ${title.padEnd(width)} ${r.cells.map((c) => cellText(c, lang).padEnd(16)).join(' ')}${extra ? `  [${extra}]` : ''}`);
    }
  }
  lines.push('', t.liability, ...liabilityLines(report, lang).map((l) => `  ${l}`));
  if (report.liability.capCoversDataBreach) lines.push(`  ${t.warnCap}`);
  return lines.join('\n');
}
