/** Side panel: the review of the active tab (or ?tab=ID), from the state the background keeps. */
import { render } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import '../../lib/ui/panel.css';
import { ReportView } from '../../lib/ui/ReportView';
import { resolveLang, t, type Lang, type LangSetting } from '../../lib/i18n';
import { Lock } from '../../lib/ui/Lock';
import { LangSelect } from '../../lib/ui/LangSelect';
import { getDecisions, getSettings, saveSettings, setDecision, type Decisions } from '../../lib/settings';
import type { Broadcast, TabState } from '../../lib/protocol';
import type { Finding } from '../../../shared/schemas/report';

const fixedTab = Number(new URLSearchParams(location.search).get('tab')) || null;

function App() {
  const [tabId, setTabId] = useState<number | null>(fixedTab);
  const [state, setState] = useState<TabState | null>(null);
  const [langSetting, setLangSetting] = useState<LangSetting>('auto');
  const [decisions, setDecisions] = useState<Decisions>({});
  // the document whose decisions are loaded: its report waits for them, so an ignored finding never shows again for a moment
  const [decisionsFor, setDecisionsFor] = useState<string | null>(null);
  const [revealMiss, setRevealMiss] = useState(false);
  const lang: Lang = resolveLang(langSetting);

  useEffect(() => { document.documentElement.lang = lang; }, [lang]);
  useEffect(() => {
    void getSettings().then((s) => setLangSetting(s.lang));
    if (fixedTab) return;
    const pick = () => browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => setTabId(tab?.id ?? null));
    void pick();
    const onActivated = () => void pick();
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, []);

  useEffect(() => {
    if (tabId === null) return;
    let live = true;
    void browser.runtime.sendMessage({ type: 'get-state', tabId }).then((s) => { if (live) setState((s as TabState | null) ?? null); });
    const onMsg = (raw: unknown) => {
      const msg = raw as Broadcast;
      if (msg?.type === 'state' && msg.state.tabId === tabId) setState(msg.state);
    };
    browser.runtime.onMessage.addListener(onMsg);
    return () => { live = false; browser.runtime.onMessage.removeListener(onMsg); };
  }, [tabId]);

  useEffect(() => {
    const key = state?.docKey;
    if (!key) return;
    void getDecisions(key).then((d) => { setDecisions(d); setDecisionsFor(key); });
  }, [state?.docKey]);

  useEffect(() => {
    const onChange = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'local') return;
      if (changes.settings) setLangSetting(((changes.settings.newValue as { lang?: LangSetting }) ?? {}).lang ?? 'auto');
      if (state?.docKey && changes[`decisions:${state.docKey}`]) setDecisions((changes[`decisions:${state.docKey}`].newValue as Decisions) ?? {});
    };
    browser.storage.onChanged.addListener(onChange);
    return () => browser.storage.onChanged.removeListener(onChange);
  }, [state?.docKey]);

  const check = useCallback(() => { if (tabId !== null) void browser.runtime.sendMessage({ type: 'check-tab', tabId }); }, [tabId]);
  const onReveal = useCallback(async (f: Finding, span: number) => {
    if (tabId === null) return;
    const ok = await browser.tabs.sendMessage(tabId, { type: 'reveal', findingId: f.id, span }).catch(() => false);
    setRevealMiss(!ok);
  }, [tabId]);
  const onDecision = useCallback((id: string, d: 'ignored' | 'accepted' | null) => {
    if (!state?.docKey) return;
    void setDecision(state.docKey, id, d).then(setDecisions);
  }, [state?.docKey]);

  const changeLang = (v: LangSetting) => { setLangSetting(v); void saveSettings({ lang: v }); };

  return (
    <>
      <header class="top">
        <span class="brand">Clause Lens</span>
        <span class="doc" title={state?.title}>{state?.title ?? ''}</span>
        <LangSelect value={langSetting} lang={lang} label={t('language', lang)} onChange={changeLang} />
      </header>
      <p class="privacy" role="note"><Lock />{t('privacy', lang)}</p>
      <div class="toolbar">
        <button type="button" onClick={check} disabled={tabId === null}>{state?.report ? t('recheck', lang) : t('checkPage', lang)}</button>
        <button type="button" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/files.html') })}>{t('openFile', lang)}</button>
        <button type="button" class="quiet" onClick={() => void browser.runtime.openOptionsPage()}>{t('options', lang)}</button>
      </div>
      <div aria-live="polite">
        {state?.status === 'analyzing' && <p class="notice info">{t('analyzing', lang)}</p>}
        {state?.status === 'error' && <p class="notice error">{state.error === 'no-text' ? t('noText', lang) : state.error === 'no-access' ? t('noAccess', lang) : state.error === 'unsupported-page' ? t('unsupportedPage', lang) : t('errorPrefix', lang) + (state.error ?? '')}</p>}
        {state?.surface === 'gdocs' && state.layer === 'absent' && <p class="notice" data-testid="layer-absent">{t('docsLayerAbsent', lang)}</p>}
        {revealMiss && <p class="notice info">{t('unassignedLayer', lang)}</p>}
      </div>
      {state?.report && (!state.docKey || decisionsFor === state.docKey) ? (
        <ReportView report={state.report} lang={lang} title={state.title} url={state.url} decisions={decisions}
          excerpts={state.excerpts} onDecision={onDecision} onReveal={onReveal} />
      ) : state?.status !== 'analyzing' && !state?.report && <p class="center">{t('noDocument', lang)}</p>}
    </>
  );
}

render(<App />, document.getElementById('app')!);
