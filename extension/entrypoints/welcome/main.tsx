/** First-run page: what Clause Lens does, and that nothing leaves the browser. */
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import '../../lib/ui/panel.css';
import '../options/options.css';
import { resolveLang, type Lang } from '../../lib/i18n';
import { Lock } from '../../lib/ui/Lock';

const TEXT = {
  ja: {
    title: 'Clause Lens へようこそ',
    lead: '仕様書・契約書・提案書に必要なセキュリティ要件（再委託の承認、事故報告の期限、監査権、データの返還・消去など）が書かれているかを、開いている文書の上でそのままチェックします。',
    how: '使い方',
    steps: [
      'Google ドキュメント、Word for the web、任意の Web ページでツールバーの Clause Lens ボタンを押すと、サイドパネルに指摘が表示され、文書上の該当箇所がハイライトされます。',
      'ローカルの .docx / .pdf / .txt / .md / .html は「ローカルファイルを開く」ページにドロップしてください。',
      '指摘ごとに「なぜ重要か」「根拠」「条項例」を確認し、条項例をコピーして文書に挿入できます。対応済み・無視は文書ごとに記憶されます。',
    ],
    privacyTitle: 'プライバシー',
    privacy: [
      '文書の本文はブラウザの外に一切送信されません。解析はすべてこの拡張機能の中で行われます。',
      '組織の条項ライブラリ（Worker）を設定した場合も、送受信するのは条項例と要件パックだけです。',
      'アクセス権限は最小限です。Google ドキュメント以外のサイトは、ボタンを押したときか、設定で許可したサイトだけを読みます。',
    ],
    files: 'ローカルファイルを開く', options: '設定を開く',
  },
  en: {
    title: 'Welcome to Clause Lens',
    lead: 'Clause Lens checks, in place, whether the specification, contract or proposal you have open states the security requirements it should — subcontracting approval, incident notification deadlines, audit rights, return and deletion of data, and more.',
    how: 'How to use it',
    steps: [
      'In Google Docs, Word for the web or any web page, press the Clause Lens toolbar button: the side panel lists the findings and the passages are highlighted in the document.',
      'For local .docx, .pdf, .txt, .md or .html files, drop them on the “Open a local file” page.',
      'Each finding explains why it matters, its references and a suggested model clause you can copy into the document. Ignore/accept decisions are remembered per document.',
    ],
    privacyTitle: 'Privacy',
    privacy: [
      'The text of your documents never leaves the browser. All analysis runs inside this extension.',
      'If you connect your organisation’s clause library (worker), only model clauses and requirement packs are exchanged.',
      'Permissions are minimal: apart from Google Docs, a site is read only when you press the button or switch the site on in the settings.',
    ],
    files: 'Open a local file', options: 'Open settings',
  },
};

function App() {
  const [lang, setLang] = useState<Lang>(resolveLang('auto'));
  const x = TEXT[lang];
  document.documentElement.lang = lang;
  return (
    <main class="options">
      <div class="row" style={{ justifyContent: 'flex-end' }}>
        <button type="button" aria-pressed={lang === 'ja'} onClick={() => setLang('ja')}>日本語</button>
        <button type="button" aria-pressed={lang === 'en'} onClick={() => setLang('en')}>English</button>
      </div>
      <h1>{x.title}</h1>
      <p>{x.lead}</p>
      <h2>{x.how}</h2>
      <ol>{x.steps.map((s) => <li key={s}>{s}</li>)}</ol>
      <h2><Lock />{x.privacyTitle}</h2>
      <ul>{x.privacy.map((s) => <li key={s}>{s}</li>)}</ul>
      <div class="row">
        <button type="button" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/files.html') })}>{x.files}</button>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>{x.options}</button>
      </div>
    </main>
  );
}

render(<App />, document.getElementById('app')!);
