/** Files page: open or drop .docx / .pdf / .txt / .md / .html, render it, check it, highlight inline. */
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import '../../lib/ui/panel.css';
import './files.css';
import { ReportView } from '../../lib/ui/ReportView';
import { resolveLang, t, type Lang, type LangSetting, type StringKey } from '../../lib/i18n';
import { Lock } from '../../lib/ui/Lock';
import { LangSelect } from '../../lib/ui/LangSelect';
import { getDecisions, getSettings, saveSettings, setDecision, type Decisions } from '../../lib/settings';
import { docxToSafeDom, htmlToSafeDom, kindOf, pdfToDom, textToDom, type FileKind } from '../../lib/extract';
import { extractDomText, type DomText } from '../../lib/dom-text';
import { PageOverlay } from '../../lib/highlight';
import { marksFor } from '../../lib/marks';
import type { Report } from '../../../shared/schemas/report';

type Phase = { kind: 'empty' } | { kind: 'loading'; name: string }
  | { kind: 'error'; name: string; message: string; reason?: string; technical?: string } | { kind: 'done'; name: string };

/** What went wrong, said to the reader; pdf.js names a password-protected file's error PasswordException. */
function unreadableReason(kind: Exclude<FileKind, null>, err: unknown): StringKey {
  if (kind === 'pdf') return (err as Error)?.name === 'PasswordException' ? 'filesPdfPassword' : 'filesBrokenPdf';
  return kind === 'docx' ? 'filesBrokenDocx' : 'filesBrokenText';
}

function App() {
  const [langSetting, setLangSetting] = useState<LangSetting>('auto');
  const [phase, setPhase] = useState<Phase>({ kind: 'empty' });
  const [report, setReport] = useState<Report | null>(null);
  const [excerpts, setExcerpts] = useState<Record<string, string[]>>({});
  const [docKey, setDocKey] = useState('');
  const [decisions, setDecisions] = useState<Decisions>({});
  const [dragging, setDragging] = useState(false);
  const docRef = useRef<HTMLDivElement>(null);
  const domRef = useRef<DomText | null>(null);
  const overlayRef = useRef<PageOverlay | null>(null);
  const lang: Lang = resolveLang(langSetting);

  useEffect(() => { void getSettings().then((s) => setLangSetting(s.lang)); }, []);
  useEffect(() => { document.documentElement.lang = lang; }, [lang]);
  useEffect(() => {
    if (!report || !domRef.current) return;
    overlayRef.current ??= new PageOverlay(lang);
    overlayRef.current.setLang(lang);
    const placed = overlayRef.current.apply(domRef.current, marksFor(report, decisions, lang, domRef.current.text));
    document.documentElement.dataset.clauseLensPlaced = String(placed);
  }, [report, decisions, lang]);

  async function open(file: File) {
    const container = docRef.current!;
    overlayRef.current?.clear();
    container.replaceChildren();
    setReport(null);
    setPhase({ kind: 'loading', name: file.name });
    const kind = kindOf(file.name);
    const key = `file:${file.name}:${file.size}`;
    setDocKey(key);
    setDecisions(await getDecisions(key));
    if (!kind) { setPhase({ kind: 'error', name: file.name, message: t('filesUnsupported', lang) }); return; }
    try {
      const buffer = await file.arrayBuffer();
      if (kind === 'docx') await docxToSafeDom(buffer, container);
      else if (kind === 'pdf') await pdfToDom(buffer, container);
      else if (kind === 'html') htmlToSafeDom(new TextDecoder().decode(buffer), container);
      else textToDom(new TextDecoder().decode(buffer).replace(/^\uFEFF/, ''), container);
    } catch (err) {
      container.replaceChildren();
      setPhase({ kind: 'error', name: file.name, message: t('filesUnreadable', lang), reason: t(unreadableReason(kind, err), lang),
        technical: String((err as Error)?.message ?? err) });
      return;
    }
    const dom = extractDomText(container);
    domRef.current = dom;
    if (dom.text.replace(/\s+/g, '').length < 10) {
      setPhase({ kind: 'error', name: file.name, message: t('filesNoText', lang) });
      return;
    }
    const res = await browser.runtime.sendMessage({ type: 'analyze-text', text: dom.text }) as { ok: boolean; report?: Report; excerpts?: Record<string, string[]>; error?: string };
    if (!res?.ok || !res.report) { setPhase({ kind: 'error', name: file.name, message: t('errorPrefix', lang) + (res?.error ?? '') }); return; }
    setExcerpts(res.excerpts ?? {});
    setReport(res.report);
    setPhase({ kind: 'done', name: file.name });
  }

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer?.files?.[0];
    if (file) void open(file);
  };

  return (
    <div class={`files ${dragging ? 'dragging' : ''}`} onDragOver={(e) => { e.preventDefault(); setDragging(true); }} onDragLeave={() => setDragging(false)} onDrop={onDrop}>
      <header class="top">
        <span class="brand">Clause Lens</span>
        <span class="doc">{t('filesTitle', lang)}{'name' in phase ? ` — ${phase.name}` : ''}</span>
        <label class="file-btn">
          {t('filesChoose', lang)}
          <input id="file-input" type="file" accept=".docx,.pdf,.txt,.md,.markdown,.html,.htm" onChange={(e) => { const f = (e.target as HTMLInputElement).files?.[0]; if (f) void open(f); }} />
        </label>
        <LangSelect value={langSetting} lang={lang} label={t('language', lang)} onChange={(v) => { setLangSetting(v); void saveSettings({ lang: v }); }} />
      </header>
      <p class="privacy" role="note"><Lock />{t('privacy', lang)}</p>
      <div class="split">
        <div class="doc-scroll" aria-label={'name' in phase ? phase.name : t('filesTitle', lang)} role="region">
          {phase.kind === 'empty' && <div class="drop">{t('filesDrop', lang)}</div>}
          {phase.kind === 'loading' && <p class="notice info">{t('filesLoading', lang)}</p>}
          {phase.kind === 'error' && (
            <div class="notice error" role="alert" id="file-error">
              <strong>{phase.message}</strong>
              {phase.reason && <p class="reason">{phase.reason}</p>}
              {phase.technical && (
                <details class="technical"><summary>{t('filesTechnical', lang)}</summary><code>{phase.technical}</code></details>
              )}
            </div>
          )}
          <div class="doc-body" ref={docRef} id="doc-body" />
        </div>
        <aside class="panel" aria-label={t('findings', lang)}>
          {report ? (
            <ReportView report={report} lang={lang} title={'name' in phase ? phase.name : ''} url="" decisions={decisions} excerpts={excerpts}
              onDecision={(id, d) => void setDecision(docKey, id, d).then(setDecisions)}
              onReveal={(f, span) => overlayRef.current?.reveal(f.id, span)} />
          ) : phase.kind === 'error' ? <p class="center">{phase.message}</p> : <p class="center">{t('filesDrop', lang)}</p>}
        </aside>
      </div>
    </div>
  );
}

render(<App />, document.getElementById('app')!);
