/** The review UI shared by the side panel and the files page. Text only: no HTML from documents or clauses. */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Finding, Report, Responsibility } from '../../../shared/schemas/report';
import { DOC_TYPES, STAGE_SHORT, t, type Lang } from '../i18n';
import { decisionKey, type Decision, type Decisions } from '../settings';
import { bundledClause, download, toCsv, toHtml, toJson, toMarkdown } from '../export';
import { workerClause, type ClauseSuggestion } from '../worker-client';

export interface ReportViewProps {
  report: Report;
  lang: Lang;
  title: string;
  url: string;
  decisions: Decisions;
  excerpts?: Record<string, string[]>;
  onDecision(findingId: string, decision: Decision | null): void;
  onReveal?(finding: Finding, span: number): void;
}

const SEVS = ['high', 'medium', 'low'] as const;
const sevKey = (s: Finding['severity']) => (s === 'high' ? 'sevHigh' : s === 'medium' ? 'sevMedium' : 'sevLow');

export function ReportView(p: ReportViewProps) {
  const { report, lang: L } = p;
  const [sevFilter, setSevFilter] = useState<Finding['severity'] | null>(null);
  const [stageFilter, setStageFilter] = useState<string | null>(null);
  const [showHandled, setShowHandled] = useState(false);
  const listRef = useRef<HTMLOListElement>(null);

  const keyOf = (f: Finding) => decisionKey(f.id, p.excerpts?.[f.id]?.[0]);
  const open = report.findings.filter((f) => !p.decisions[keyOf(f)]);
  const counts = Object.fromEntries(SEVS.map((s) => [s, open.filter((f) => f.severity === s).length])) as Record<string, number>;
  const handled = report.findings.length - open.length;
  const visible = useMemo(() => report.findings.filter((f) =>
    (showHandled || !p.decisions[keyOf(f)]) && (!sevFilter || f.severity === sevFilter) && (!stageFilter || f.stage === stageFilter)),
  [report, p.decisions, p.excerpts, sevFilter, stageFilter, showHandled]);

  const meta = { title: p.title, url: p.url, lang: L, decisions: p.decisions, excerpts: p.excerpts };
  const base = (p.title || report.title || 'review').replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 60);

  const onListKey = (ev: KeyboardEvent) => {
    if (ev.key !== 'ArrowDown' && ev.key !== 'ArrowUp' && ev.key !== 'Home' && ev.key !== 'End') return;
    const items = [...(listRef.current?.querySelectorAll<HTMLElement>(':scope > li') ?? [])];
    const i = items.indexOf(document.activeElement as HTMLElement);
    const next = ev.key === 'Home' ? 0 : ev.key === 'End' ? items.length - 1 : ev.key === 'ArrowDown' ? Math.min(items.length - 1, i + 1) : Math.max(0, i - 1);
    if (items[next]) { ev.preventDefault(); items[next].focus(); }
  };

  const responsibility = report.responsibility as Responsibility | undefined;

  return (
    <div class="report">
      <section class="summary" aria-label={t('summary', L)}>
        <div class="doc-meta">
          <span class="chip">{DOC_TYPES[report.documentType]?.[L] ?? report.documentType}</span>
          {report.parties.slice(0, 4).map((party) => <span class="chip muted" key={party.label}>{party.label}</span>)}
        </div>
        <div class="sev-row" role="group" aria-label={t('severity', L)}>
          {SEVS.map((s) => (
            <button type="button" class={`sev-count ${s} ${sevFilter === s ? 'on' : ''}`} aria-pressed={sevFilter === s}
              aria-label={`${t('severity', L)} ${t(sevKey(s), L)}: ${counts[s]}`} onClick={() => setSevFilter(sevFilter === s ? null : s)} key={s}>
              <span class="n">{counts[s]}</span><span class="l">{t(sevKey(s), L)}</span>
            </button>
          ))}
        </div>
        <h2 class="h">{t('coverageByStage', L)}</h2>
        <ul class="stages">
          {Object.entries(report.coverage.byStage).map(([stage, c]) => {
            const total = Math.max(1, c.total);
            const label = `${STAGE_SHORT[stage]?.[L] ?? stage}: ${t('sufficient', L)} ${c.sufficient}, ${t('insufficient', L)} ${c.insufficient}, ${t('missing', L)} ${c.missing}`;
            return (
              <li key={stage}>
                <button type="button" class={`stage ${stageFilter === stage ? 'on' : ''}`} aria-pressed={stageFilter === stage} aria-label={label}
                  onClick={() => setStageFilter(stageFilter === stage ? null : stage)} disabled={c.total === 0}>
                  <span class="stage-name">{STAGE_SHORT[stage]?.[L] ?? stage}</span>
                  <span class="bar" aria-hidden="true">
                    <span class="ok" style={{ width: `${(100 * c.sufficient) / total}%` }} />
                    <span class="part" style={{ width: `${(100 * c.insufficient) / total}%` }} />
                    <span class="miss" style={{ width: `${(100 * c.missing) / total}%` }} />
                  </span>
                  <span class="frac">{c.total ? `${c.sufficient}/${c.total}` : '—'}</span>
                </button>
              </li>
            );
          })}
        </ul>
        <p class="legend" aria-hidden="true"><i class="ok" />{t('sufficient', L)} <i class="part" />{t('insufficient', L)} <i class="miss" />{t('missing', L)}</p>
      </section>

      <section aria-label={t('findings', L)}>
        <div class="list-head">
          <h2 class="h">{t('findings', L)} <span class="count">({visible.length})</span></h2>
          {(sevFilter || stageFilter) && <button type="button" class="link" onClick={() => { setSevFilter(null); setStageFilter(null); }}>{t('filterAll', L)}</button>}
          {handled > 0 && (
            <label class="handled"><input type="checkbox" checked={showHandled} onChange={(e) => setShowHandled((e.target as HTMLInputElement).checked)} /> {t('showHandled', L)} ({handled})</label>
          )}
        </div>
        {visible.length === 0 ? <p class="empty">{t('noFindings', L)}</p> : (
          <ol class="findings" ref={listRef} onKeyDown={onListKey}>
            {visible.map((f) => <FindingCard key={f.id} f={f} {...p} />)}
          </ol>
        )}
      </section>

      {responsibility?.rows && <Matrix data={responsibility} lang={L} />}

      <section class="export" aria-label={t('export', L)}>
        <h2 class="h">{t('export', L)}</h2>
        <div class="btns">
          <button type="button" onClick={() => download(`${base}.md`, toMarkdown(report, meta), 'text/markdown')}>{t('exportMd', L)}</button>
          <button type="button" onClick={() => download(`${base}.csv`, toCsv(report, meta), 'text/csv')}>{t('exportCsv', L)}</button>
          <button type="button" onClick={() => download(`${base}.json`, toJson(report, meta), 'application/json')}>{t('exportJson', L)}</button>
          <button type="button" onClick={() => download(`${base}.html`, toHtml(report, meta), 'text/html')}>{t('exportHtml', L)}</button>
        </div>
      </section>
    </div>
  );
}

function bundledSuggestion(f: Finding, L: Lang): ClauseSuggestion | null {
  const text = bundledClause(f, L);
  return text ? { text, source: 'bundled' } : null;
}

function FindingCard(props: ReportViewProps & { f: Finding }) {
  const { f, lang: L } = props;
  const key = decisionKey(f.id, props.excerpts?.[f.id]?.[0]);
  const decision = props.decisions[key];
  const [copied, setCopied] = useState(false);
  const [clause, setClause] = useState<ClauseSuggestion | null>(bundledSuggestion(f, L));
  const excerpts = props.excerpts?.[f.id] ?? [];

  useEffect(() => {
    let live = true;
    setClause(bundledSuggestion(f, L));
    if (f.requirement && (f.kind === 'missing' || f.kind === 'insufficient')) {
      void workerClause(f.requirement, L).then((c) => { if (live && c) setClause(c); });
    }
    return () => { live = false; };
  }, [f.id, L]);

  const reveal = () => { if (f.spans.length && props.onReveal) props.onReveal(f, 0); };
  const copy = async () => {
    if (!clause) return;
    try { await navigator.clipboard.writeText(clause.text); } catch {
      const ta = document.createElement('textarea'); ta.value = clause.text; document.body.append(ta); ta.select(); document.execCommand('copy'); ta.remove();
    }
    setCopied(true);
    setTimeout(() => setCopied(false), 1500);
  };

  return (
    <li class={`finding ${f.severity} ${decision ?? ''}`} tabIndex={0} data-finding={f.id} data-kind={f.kind}
      aria-label={`${t(sevKey(f.severity), L)}: ${f.message[L]}`}
      onKeyDown={(e) => { if (e.key === 'Enter' && e.target === e.currentTarget) reveal(); }}>
      <div class="f-head">
        <span class={`badge ${f.severity}`}>{t(sevKey(f.severity), L)}</span>
        <span class="kind">{t(`kind_${f.kind}` as Parameters<typeof t>[0], L)}</span>
        {f.stage && <span class="stage-tag">{STAGE_SHORT[f.stage]?.[L]}</span>}
        {decision && <span class="decided">{t(decision, L)}</span>}
      </div>
      <p class="msg">{f.message[L]}</p>
      {excerpts.length > 0 ? excerpts.slice(0, 2).map((x, i) => (
        <button type="button" class="evidence" key={i} onClick={() => props.onReveal?.(f, i)} aria-label={`${t('jump', L)}: ${x}`}>
          <span class="q">“</span>{x}
        </button>
      )) : f.kind === 'missing' ? <p class="absent">{t('noPassage', L)}</p> : null}
      <details>
        <summary>{t('why', L)} · {t('references', L)} · {t('suggestion', L)}</summary>
        <p class="why">{f.why[L]}</p>
        {f.references.length > 0 && (
          <ul class="refs" aria-label={t('references', L)}>
            {f.references.map((r, i) => (
              <li key={i} class={r.status === 'recalled' ? 'recalled' : ''}>
                {r.src} {r.loc}
                {r.status === 'recalled' && <span class="unverified" title={t('unverified', L)}> — {t('unverified', L)}</span>}
              </li>
            ))}
          </ul>
        )}
        {clause && (
          <div class="clause">
            <div class="clause-head">{t('suggestion', L)} <small>({clause.source === 'worker' ? t('suggestionFromWorker', L) : clause.source === 'cache' ? t('suggestionCached', L) : t('suggestionBundled', L)})</small></div>
            <pre class="clause-text">{clause.text}</pre>
          </div>
        )}
      </details>
      <div class="actions">
        {f.spans.length > 0 && props.onReveal && <button type="button" onClick={reveal} aria-label={`${t('jump', L)}: ${f.message[L]}`}>{t('jump', L)}</button>}
        {clause && <button type="button" onClick={copy} aria-label={`${t('copy', L)}: ${f.message[L]}`}>{copied ? t('copied', L) : t('copy', L)}</button>}
        {decision ? (
          <button type="button" class="quiet" onClick={() => props.onDecision(key, null)}>{t('undo', L)}</button>
        ) : (
          <>
            <button type="button" class="quiet" onClick={() => props.onDecision(key, 'accepted')} aria-label={`${t('accept', L)}: ${f.message[L]}`}>{t('accept', L)}</button>
            <button type="button" class="quiet" onClick={() => props.onDecision(key, 'ignored')} aria-label={`${t('ignore', L)}: ${f.message[L]}`}>{t('ignore', L)}</button>
          </>
        )}
      </div>
    </li>
  );
}

/** The requirement × party matrix: who must / may / must not do what, and duties nobody holds. */
function Matrix({ data, lang: L }: { data: Responsibility; lang: Lang }) {
  // requirements the document addresses (the missing ones are findings already)
  const rows = data.rows.filter((r) => r.status !== 'missing' || r.cells.some((c) => c.value !== 'nobody') || r.unassigned.length > 0 || r.agreeLater.length > 0);
  if (!rows.length || !data.parties.length) return null;
  const parties = data.parties.slice(0, 4);
  const cellText = (v: string, effortOnly: boolean) => t(`cell_${v}` as Parameters<typeof t>[0], L) + (effortOnly ? ` (${t('cell_effort', L)})` : '');
  return (
    <section class="matrix" aria-label={t('matrix', L)}>
      <h2 class="h">{t('matrix', L)}</h2>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('requirement', L)}</th>
              {parties.map((p) => <th scope="col" key={p.label}>{p.label}</th>)}
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, 60).map((r) => (
              <tr key={r.requirement} class={r.assigned ? '' : 'unassigned'}>
                <th scope="row">{r.title[L]}{!r.assigned && <span class="warn"> — {t('cell_nobody', L)}</span>}</th>
                {parties.map((p) => {
                  const c = r.cells.find((x) => x.party === p.label);
                  return <td key={p.label} class={c ? `v-${c.value}` : ''}>{c ? cellText(c.value, c.effortOnly) : '—'}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
