/** Options: worker URL + token with a connection test, language, requirement packs, per-site on/off. */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import '../../lib/ui/panel.css';
import './options.css';
import { resolveLang, t } from '../../lib/i18n';
import { Lock } from '../../lib/ui/Lock';
import { LangSelect } from '../../lib/ui/LangSelect';
import { getCachedPacks, getSettings, saveSettings, type CachedPack, type Settings } from '../../lib/settings';
import { fetchPacks, originPattern, requestWorkerPermission, testConnection } from '../../lib/worker-client';

function App() {
  const [s, setS] = useState<Settings | null>(null);
  const [url, setUrl] = useState('');
  const [token, setToken] = useState('');
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [runs, setRuns] = useState(0);
  const [packs, setPacks] = useState<CachedPack[]>([]);
  const [site, setSite] = useState('');
  const [siteMsg, setSiteMsg] = useState('');

  useEffect(() => {
    void getSettings().then((v) => { setS(v); setUrl(v.workerUrl); setToken(v.token); });
    void getCachedPacks().then(setPacks);
  }, []);
  if (!s) return null;
  const L = resolveLang(s.lang);
  document.documentElement.lang = L;

  const update = async (patch: Partial<Settings>) => {
    const next = await saveSettings(patch);
    setS(next);
    void browser.runtime.sendMessage({ type: 'settings-changed' }).catch(() => {});
  };

  const test = async () => {
    setBusy(true);
    try { await runTest(); } finally { setBusy(false); setRuns((n) => n + 1); }
  };
  const runTest = async () => {
    setStatus(null);
    const clean = url.trim().replace(/\/+$/, '');
    if (!originPattern(clean)) { setStatus({ ok: false, text: `${t('optTestFail', L)}: URL` }); return; }
    // the permission prompt needs this click (user gesture)
    if (!(await requestWorkerPermission(clean))) { setStatus({ ok: false, text: t('optPermissionDenied', L) }); return; }
    await update({ workerUrl: clean, token: token.trim() });
    const r = await testConnection(clean, token.trim());
    setStatus({ ok: r.ok, text: r.ok ? t('optTestOk', L) : `${t('optTestFail', L)}: ${r.detail}` });
    if (r.ok) setPacks(await fetchPacks().catch(() => []));
  };

  const togglePack = (id: string, on: boolean) => update({ enabledPacks: on ? [...new Set([...s.enabledPacks, id])] : s.enabledPacks.filter((x) => x !== id) });

  const addSite = async () => {
    setSiteMsg('');
    let origin: string;
    try { origin = new URL(site.includes('://') ? site : `https://${site}`).origin; } catch { setSiteMsg('URL?'); return; }
    const granted = await browser.permissions.request({ origins: [`${origin}/*`] }).catch(() => false);
    if (!granted) { setSiteMsg(t('optPermissionDenied', L)); return; }
    await update({ sites: [...new Set([...s.sites, origin])] });
    setSite('');
  };
  const removeSite = async (origin: string) => {
    await update({ sites: s.sites.filter((x) => x !== origin) });
    if (!origin.startsWith('https://docs.google.com')) await browser.permissions.remove({ origins: [`${origin}/*`] }).catch(() => {});
  };
  const docsOn = s.sites.some((x) => x.startsWith('https://docs.google.com'));

  return (
    <main class="options">
      <h1>{t('optTitle', L)}</h1>
      <p class="privacy" role="note"><Lock />{t('privacy', L)}</p>

      <section>
        <h2>{t('optLanguage', L)}</h2>
        <LangSelect id="lang" value={s.lang} lang={L} label={t('optLanguage', L)} onChange={(v) => void update({ lang: v })} />
      </section>

      <section>
        <h2>{t('optWorker', L)}</h2>
        <p class="help">{t('optWorkerHelp', L)}</p>
        <label class="field">{t('optWorkerUrl', L)}
          <input id="worker-url" type="url" placeholder="https://clause-lens.example.workers.dev" value={url} onInput={(e) => setUrl((e.target as HTMLInputElement).value)} />
        </label>
        <label class="field">{t('optToken', L)}
          <input id="worker-token" type="password" autocomplete="off" value={token} onInput={(e) => setToken((e.target as HTMLInputElement).value)} />
        </label>
        <div class="row">
          <button id="test" type="button" disabled={busy} onClick={() => void test()}>{t('optTest', L)}</button>
          <button type="button" class="quiet" onClick={() => void update({ workerUrl: url.trim(), token: token.trim() }).then(() => setStatus({ ok: true, text: t('optSaved', L) }))}>{t('optSave', L)}</button>
          <span id="status" role="status" data-runs={runs} aria-busy={busy} class={status ? (status.ok ? 'ok-text' : 'err-text') : ''}>{busy ? t('optTesting', L) : status?.text ?? ''}</span>
        </div>
      </section>

      <section>
        <h2>{t('optPacks', L)}</h2>
        <p class="help">{t('optPacksHelp', L)}</p>
        {packs.length === 0 ? <p class="help">{t('optNoPacks', L)}</p> : (
          <ul id="packs" class="plain">
            {packs.map((p) => (
              <li key={p.id}><label><input type="checkbox" checked={s.enabledPacks.includes(p.id)} onChange={(e) => void togglePack(p.id, (e.target as HTMLInputElement).checked)} /> {p.name}</label>
                {p.description && <span class="help"> — {p.description}</span>}</li>
            ))}
          </ul>
        )}
        {s.workerUrl && <button type="button" class="quiet" onClick={() => void fetchPacks().then(setPacks).catch(() => {})}>{t('optRefresh', L)}</button>}
      </section>

      <section>
        <h2>{t('optSites', L)}</h2>
        <p class="help">{t('optSitesHelp', L)}</p>
        <ul class="plain" id="sites">
          <li><label><input type="checkbox" checked={docsOn} onChange={(e) => void ((e.target as HTMLInputElement).checked
            ? update({ sites: [...s.sites, 'https://docs.google.com'] }) : update({ sites: s.sites.filter((x) => !x.startsWith('https://docs.google.com')) }))} /> {t('optGoogleDocs', L)}</label></li>
          {s.sites.filter((x) => !x.startsWith('https://docs.google.com')).map((origin) => (
            <li key={origin}>{origin} <button type="button" class="quiet" onClick={() => void removeSite(origin)} aria-label={`${t('optRemove', L)} ${origin}`}>{t('optRemove', L)}</button></li>
          ))}
        </ul>
        <div class="row">
          <input type="url" placeholder="https://contracts.example.com" aria-label={t('optAddSite', L)} value={site} onInput={(e) => setSite((e.target as HTMLInputElement).value)} />
          <button type="button" onClick={() => void addSite()}>{t('optAddSite', L)}</button>
          <span role="status" class="err-text">{siteMsg}</span>
        </div>
      </section>
    </main>
  );
}

render(<App />, document.getElementById('app')!);
