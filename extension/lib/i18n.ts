/** UI strings in Japanese and English. The language setting is auto / ja / en. */
export type Lang = 'ja' | 'en';
export type LangSetting = 'auto' | Lang;

export function resolveLang(setting: LangSetting | undefined): Lang {
  if (setting === 'ja' || setting === 'en') return setting;
  const nav = typeof navigator !== 'undefined' ? navigator.language || '' : '';
  return nav.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

const STRINGS = {
  appName: { ja: 'Clause Lens', en: 'Clause Lens' },
  tagline: { ja: 'セキュリティ条項チェック', en: 'Security clause check' },
  privacy: { ja: '文書はブラウザの外に送信されません', en: 'Your document never leaves the browser' },
  recheck: { ja: '再チェック', en: 'Check again' },
  checkPage: { ja: 'このページをチェック', en: 'Check this page' },
  openFile: { ja: 'ローカルファイルを開く', en: 'Open a local file' },
  options: { ja: '設定', en: 'Settings' },
  noDocument: { ja: 'まだチェックしていません。ツールバーの Clause Lens ボタンか「このページをチェック」を押してください。', en: 'Nothing checked yet. Press the Clause Lens toolbar button or “Check this page”.' },
  analyzing: { ja: 'チェック中…', en: 'Checking…' },
  errorPrefix: { ja: 'チェックできませんでした: ', en: 'Could not check: ' },
  noText: { ja: 'このページから本文を読み取れませんでした。', en: 'No document text could be read from this page.' },
  summary: { ja: '概要', en: 'Summary' },
  coverageByStage: { ja: 'ライフサイクル段階ごとの充足状況', en: 'Coverage by lifecycle stage' },
  sufficient: { ja: '充足', en: 'Sufficient' },
  insufficient: { ja: '不十分', en: 'Insufficient' },
  missing: { ja: '欠落', en: 'Missing' },
  findings: { ja: '指摘事項', en: 'Findings' },
  noFindings: { ja: '指摘事項はありません。', en: 'No findings.' },
  severity: { ja: '重要度', en: 'Severity' },
  sevHigh: { ja: '高', en: 'High' },
  sevMedium: { ja: '中', en: 'Medium' },
  sevLow: { ja: '低', en: 'Low' },
  kind_missing: { ja: '欠落', en: 'Missing' },
  kind_insufficient: { ja: '不十分', en: 'Insufficient' },
  kind_vague: { ja: '曖昧な表現', en: 'Vague wording' },
  kind_unassigned: { ja: '責任者不明', en: 'No responsible party' },
  'kind_agree-later': { ja: '別途協議', en: 'Left to later agreement' },
  kind_conflict: { ja: '矛盾', en: 'Conflict' },
  kind_liability: { ja: '責任・賠償', en: 'Liability' },
  evidence: { ja: '該当箇所', en: 'In the document' },
  why: { ja: 'なぜ重要か', en: 'Why it matters' },
  references: { ja: '根拠', en: 'References' },
  unverified: { ja: '未検証（出典要確認）', en: 'unverified (check the source)' },
  suggestion: { ja: '条項例', en: 'Suggested clause' },
  suggestionFromWorker: { ja: '組織の条項ライブラリより', en: 'from your organisation’s clause library' },
  suggestionCached: { ja: 'キャッシュ（オフライン）', en: 'cached (offline)' },
  suggestionBundled: { ja: '標準ライブラリ', en: 'default library' },
  copy: { ja: '条項をコピー', en: 'Copy clause' },
  copied: { ja: 'コピーしました', en: 'Copied' },
  jump: { ja: '該当箇所へ移動', en: 'Go to passage' },
  ignore: { ja: '無視', en: 'Ignore' },
  accept: { ja: '対応済み', en: 'Accept' },
  undo: { ja: '元に戻す', en: 'Undo' },
  ignored: { ja: '無視', en: 'Ignored' },
  accepted: { ja: '対応済み', en: 'Accepted' },
  showHandled: { ja: '無視・対応済みも表示', en: 'Show ignored and accepted' },
  filterAll: { ja: 'すべて', en: 'All' },
  export: { ja: 'エクスポート', en: 'Export' },
  exportMd: { ja: 'Markdown', en: 'Markdown' },
  exportCsv: { ja: 'CSV', en: 'CSV' },
  exportJson: { ja: 'JSON', en: 'JSON' },
  exportHtml: { ja: '印刷用HTML', en: 'Printable HTML' },
  matrix: { ja: '責任分担マトリクス', en: 'Responsibility matrix' },
  docType: { ja: '文書種別', en: 'Document type' },
  language: { ja: '言語', en: 'Language' },
  parties: { ja: '当事者', en: 'Parties' },
  langAuto: { ja: '自動', en: 'Auto' },
  docsLayerAbsent: { ja: 'Google ドキュメントの位置情報レイヤーが見つからないため、文書上のハイライトは表示できません。指摘一覧はエクスポートされた本文から作成しています。', en: 'The Google Docs position layer is not available, so no highlights can be drawn in the document. The findings below come from the exported text.' },
  docsLayerOk: { ja: 'Google ドキュメント上にハイライトを表示中', en: 'Highlights shown in Google Docs' },
  noPassage: { ja: '文書全体に該当する定めがありません', en: 'Not found anywhere in the document' },
  highlights: { ja: '件のハイライト', en: 'highlights' },
  unassignedLayer: { ja: '位置不明', en: 'position unknown' },
  // options
  optTitle: { ja: 'Clause Lens の設定', en: 'Clause Lens settings' },
  optLanguage: { ja: '表示言語', en: 'Display language' },
  optWorker: { ja: '条項ライブラリ（Worker）への接続', en: 'Clause library (worker) connection' },
  optWorkerHelp: { ja: '任意。設定すると組織の条項例と要件パックを取得します。文書本文は送信されません。', en: 'Optional. When set, your organisation’s model clauses and requirement packs are fetched. Document text is never sent.' },
  optWorkerUrl: { ja: 'Worker の URL', en: 'Worker URL' },
  optToken: { ja: 'API トークン', en: 'API token' },
  optSave: { ja: '保存', en: 'Save' },
  optSaved: { ja: '保存しました', en: 'Saved' },
  optTest: { ja: '接続テスト', en: 'Test connection' },
  optTesting: { ja: '接続を確認しています…', en: 'Testing the connection…' },
  optTestOk: { ja: '接続できました', en: 'Connected' },
  optTestFail: { ja: '接続できません', en: 'Connection failed' },
  optPermissionDenied: { ja: 'このオリジンへのアクセスが許可されませんでした', en: 'Access to this origin was not granted' },
  optPacks: { ja: '要件パック', en: 'Requirement packs' },
  optPacksHelp: { ja: '標準カタログは常に有効です。組織のパックを追加で適用できます。', en: 'The built-in catalog is always on. Your organisation’s packs can be applied on top.' },
  optNoPacks: { ja: 'パックはありません（Worker 未接続）', en: 'No packs (no worker connected)' },
  optRefresh: { ja: 'パックを再取得', en: 'Reload packs' },
  optSites: { ja: 'サイトごとの自動チェック', en: 'Automatic check per site' },
  optSitesHelp: { ja: 'オンにしたサイトでは開いたときに自動でチェックします。それ以外のサイトはツールバーのボタンでチェックします。', en: 'Sites switched on are checked automatically when opened. Other sites are checked when you press the toolbar button.' },
  optAddSite: { ja: 'サイトを追加', en: 'Add site' },
  optRemove: { ja: '削除', en: 'Remove' },
  optOn: { ja: 'オン', en: 'On' },
  optOff: { ja: 'オフ', en: 'Off' },
  optGoogleDocs: { ja: 'Google ドキュメント', en: 'Google Docs' },
  // files page
  filesTitle: { ja: 'ローカルファイルのチェック', en: 'Check a local file' },
  filesDrop: { ja: '.docx / .pdf / .txt / .md / .html ファイルをここにドロップ、または選択してください。ファイルはこのブラウザ内だけで処理されます。', en: 'Drop a .docx, .pdf, .txt, .md or .html file here, or choose one. The file is processed inside this browser only.' },
  filesChoose: { ja: 'ファイルを選択', en: 'Choose a file' },
  filesUnsupported: { ja: 'この形式には対応していません', en: 'This file type is not supported' },
  filesUnreadable: { ja: 'ファイルを読み取れませんでした。指摘がないという意味ではありません。', en: 'The file could not be read. This does not mean there are no issues.' },
  filesNoText: { ja: 'ファイルに読み取れる本文がありません（スキャン画像の PDF など）。チェックは行われていません。', en: 'The file contains no readable text (a scanned PDF, for example). Nothing was checked.' },
  filesLoading: { ja: '読み込み中…', en: 'Loading…' },
  // welcome
  welcomeTitle: { ja: 'Clause Lens へようこそ', en: 'Welcome to Clause Lens' },
} as const;

export type StringKey = keyof typeof STRINGS;

export function t(key: StringKey, lang: Lang): string {
  return STRINGS[key][lang];
}

export const STAGE_SHORT: Record<string, { ja: string; en: string }> = {
  S1: { ja: '①方針・リスク評価', en: '① Policy & risk' },
  S2: { ja: '②体制・教育', en: '② Organisation' },
  S3: { ja: '③選定・提案', en: '③ Selection' },
  S4: { ja: '④契約', en: '④ Contract' },
  S5: { ja: '⑤モニタリング', en: '⑤ Monitoring' },
  S6: { ja: '⑥インシデント', en: '⑥ Incidents' },
  S7: { ja: '⑦検収・終了', en: '⑦ Acceptance & exit' },
};

export const DOC_TYPES: Record<string, { ja: string; en: string }> = {
  spec: { ja: '仕様書', en: 'Specification' },
  contract: { ja: '契約書', en: 'Contract' },
  dpa: { ja: 'データ処理契約', en: 'Data processing agreement' },
  proposal: { ja: '提案書', en: 'Proposal' },
  nda: { ja: '秘密保持契約', en: 'NDA' },
  sla: { ja: 'SLA', en: 'SLA' },
  terms: { ja: '利用規約', en: 'Terms' },
  policy: { ja: '規程', en: 'Policy' },
};
