/**
 * (b) Google Docs, routed: docs.google.com pages and their export URLs are served by context.route.
 * The fixture editor behaves like Docs: it renders the annotated-canvas layer (SVG rects with the
 * text as aria-label) only when the page's main world was given this extension's id in
 * `_docs_annotate_canvas_by_ext` at document_start. Checks: text from the HTML export (tables
 * included), findings in the side panel, highlight boxes positioned over the rects and following
 * scrolling, jump + flash, re-check after an edit, the txt fallback, and the "no layer" notice.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page, Route } from 'playwright-core';
import { launch, openPanel, setSettings, shadowBoxes, shot, tabIdOf, type Browser } from './helpers';
import { EXT_BUILD } from './paths';

type Block = { p: string } | { table: string[][] };

const SPEC: Block[] = [
  { p: '顧客ポータル再構築業務 調達仕様書' },
  { p: '1. 業務の概要' },
  { p: '発注者は、顧客ポータルの再構築業務（以下「本業務」という。）を受注者に委託する。' },
  { p: '2. 情報セキュリティ要件' },
  { p: '受注者は、本業務で取り扱う個人情報を暗号化して保管すること。' },
  { p: '受注者は、脆弱性情報を定期的に収集し、必要に応じてパッチを適用すること。' },
  { p: '受注者は、情報セキュリティ事故が発生した場合は、速やかに発注者に報告すること。' },
  { p: '3. 再委託' },
  { p: '受注者は、発注者の書面による事前承認を得た場合に限り、本業務の一部を再委託することができる。' },
  { p: '4. 作業環境' },
  { table: [['要件', '内容'], ['アクセス管理', '作業者のアカウントは適宜見直す。'], ['ログ', '操作ログを取得し、1年間保存する。']] },
  { p: '5. その他' },
  { p: '本仕様書に定めのない事項は、別途協議する。' },
];

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The HTML export, shaped like Docs' (classes, spans) plus markup that must never run. */
function exportHtml(blocks: Block[]): string {
  const body = blocks.map((b) => ('p' in b ? `<p class="c1"><span class="c0">${esc(b.p)}</span></p>`
    : `<table class="c5">${b.table.map((r) => `<tr class="c3">${r.map((c) => `<td class="c2"><p class="c1"><span class="c0">${esc(c)}</span></p></td>`).join('')}</tr>`).join('')}</table>`)).join('');
  return `<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><style>.c0{font-family:"Arial"}</style></head>
<body class="c4 doc-content"><script>window.__pwned = 'export-script'</script><img src="x" onerror="window.__pwned = 'export-img'">${body}</body></html>`;
}
const exportTxt = (blocks: Block[]) => `\uFEFF${blocks.map((b) => ('p' in b ? b.p : b.table.map((r) => r.join('\t')).join('\n'))).join('\r\n\r\n')}`;

/** The editor page: draws text like Docs' canvas and, for the named extension only, the annotated rects. */
function editorHtml(title: string, blocks: Block[], layerFor: string): string {
  return `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>${esc(title)} - Google ドキュメント</title>
<style>body{margin:0;font-family:IPAGothic,sans-serif;background:#f1f3f4}
.kix-appview-editor{position:absolute;top:40px;left:0;right:0;bottom:0;overflow:auto}
.page{width:800px;height:1600px;margin:16px auto;background:#fff;box-shadow:0 1px 3px rgba(0,0,0,.2);position:relative}
.bar{height:40px;background:#fff;border-bottom:1px solid #ddd;font:14px sans-serif;line-height:40px;padding-left:16px}</style></head>
<body><div class="bar">${esc(title)}</div><div class="kix-appview-editor"><div class="page"><div class="kix-canvas-tile-content" style="position:absolute;inset:0"></div></div></div>
<script>
const blocks = ${JSON.stringify(blocks)};
const annotate = window._docs_annotate_canvas_by_ext === ${JSON.stringify(layerFor)};
document.documentElement.dataset.annotateFor = String(window._docs_annotate_canvas_by_ext || '');
const NS = 'http://www.w3.org/2000/svg';
const svg = document.createElementNS(NS, 'svg');
svg.setAttribute('width', '800'); svg.setAttribute('height', '1600');
const ctx = document.createElement('canvas').getContext('2d');
ctx.font = '15px IPAGothic';
let y = 72;
function line(text, x, bold) {
  const t = document.createElementNS(NS, 'text');
  t.setAttribute('x', x); t.setAttribute('y', y + 15); t.setAttribute('font-size', '15'); t.setAttribute('font-family', 'IPAGothic');
  if (bold) t.setAttribute('font-weight', 'bold');
  t.textContent = text; svg.append(t);
  if (annotate) {
    const r = document.createElementNS(NS, 'rect');
    r.setAttribute('x', x); r.setAttribute('y', y); r.setAttribute('width', ctx.measureText(text).width); r.setAttribute('height', '19');
    r.setAttribute('fill', 'transparent'); r.setAttribute('aria-label', text); svg.append(r);
  }
}
for (const b of blocks) {
  if (b.p !== undefined) { line(b.p, 72, /^\\d+\\.|仕様書$/.test(b.p)); y += 34; }
  else { for (const row of b.table) { line(row[0], 84, false); line(row[1], 240, false); y += 30; } y += 10; }
}
// taller than the viewport, so the layer has something to follow when the editor scrolls
document.querySelector('.kix-canvas-tile-content').append(svg);
</script></body></html>`;
}

let b: Browser;
let page: Page;
let panel: Page;
let tabId: number;
const docs: Record<string, { blocks: Block[]; html: boolean; layer: boolean }> = {
  'e2e-spec': { blocks: SPEC, html: true, layer: true },
  'e2e-nolayer': { blocks: SPEC, html: false, layer: false },
};
const exportHits: string[] = [];

beforeAll(async () => {
  b = await launch();
  await setSettings(b, { lang: 'ja' });
  await b.context.route('https://docs.google.com/**', async (route: Route) => {
    const url = new URL(route.request().url());
    const m = /^\/document\/d\/([^/]+)\/(edit|export)$/.exec(url.pathname);
    const doc = m && docs[m[1]];
    if (!m || !doc) return route.fulfill({ status: 404, body: 'not found' });
    if (m[2] === 'edit') return route.fulfill({ contentType: 'text/html; charset=utf-8', body: editorHtml(`仕様書 ${m[1]}`, doc.blocks, doc.layer ? b.extId : 'another-extension') });
    exportHits.push(`${m[1]}:${url.searchParams.get('format')}`);
    if (url.searchParams.get('format') === 'html') {
      return doc.html ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: exportHtml(doc.blocks) }) : route.fulfill({ status: 500, body: 'export failed' });
    }
    return route.fulfill({ contentType: 'text/plain; charset=utf-8', body: exportTxt(doc.blocks) });
  });
});

afterAll(async () => { await b?.close(); });

const finding = (id: string) => panel.locator(`li.finding[data-finding^="${id}"]`);
const boxes = () => shadowBoxes(page, 'clause-lens-layer', 'b');
type Box = { x: number; y: number; width: number; height: number };
/** The box lies on the text's line and spans the text (the engine may flag a whole phrase around it). */
const covers = (box: Box, text: Box) => Math.abs(box.y - text.y) < 3 && Math.abs(box.height - text.height) < 3
  && box.x <= text.x + 2 && box.x + box.width >= text.x + text.width - 2;
/** Where a piece of text is drawn: the rect that holds it, and the proportional x of the piece. */
const textBox = (needle: string) => page.evaluate((n) => {
  for (const r of document.querySelectorAll('rect[aria-label]')) {
    const label = r.getAttribute('aria-label')!;
    const i = label.indexOf(n);
    if (i < 0) continue;
    const box = r.getBoundingClientRect();
    return { x: box.left + (box.width * i) / label.length, y: box.top, width: (box.width * n.length) / label.length, height: box.height };
  }
  return null;
}, needle);

describe('Google Docs (routed fixture)', () => {
  test('the extension id is pinned by the manifest key and handed to the page at document_start', async () => {
    const key = JSON.parse(readFileSync(path.join(EXT_BUILD, 'manifest.json'), 'utf8')).key as string;
    const expected = [...createHash('sha256').update(Buffer.from(key, 'base64')).digest('hex').slice(0, 32)].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
    expect(b.extId).toBe(expected);
    page = await b.context.newPage();
    await page.goto('https://docs.google.com/document/d/e2e-spec/edit');
    await expect(page.evaluate(() => document.documentElement.dataset.annotateFor)).resolves.toBe(b.extId);
  });

  test('findings from the export (tables included) and highlight boxes over the annotated rects', async () => {
    await page.waitForFunction(() => document.documentElement.dataset.clauseLensLayer === 'ok' && Number(document.documentElement.dataset.clauseLensPlaced) > 0, null, { timeout: 60_000 });
    expect(exportHits).toContain('e2e-spec:html');
    tabId = await tabIdOf(b, page);
    panel = await openPanel(b, tabId);
    await finding('VAG-PROMPTLY').waitFor({ timeout: 30_000 });
    // 適宜 sits in a table cell of the export: tables are part of the analysed text
    await expect(finding('VAG-AS-APPROPRIATE').locator('.evidence').first().textContent()).resolves.toContain('適宜');
    await expect(finding('ACCESS-CONTROL').getAttribute('data-kind')).resolves.toBe('insufficient');
    await expect(finding('INCIDENT-NOTIFICATION').getAttribute('data-kind')).resolves.toBe('insufficient');
    await expect(panel.locator('[data-testid="layer-absent"]').count()).resolves.toBe(0);
    await expect(panel.locator('.doc').textContent()).resolves.toBe('仕様書 e2e-spec');

    // the vague-wording boxes cover 「速やかに」 and 「適宜」 (the latter in a table cell), on their lines
    const all = await boxes();
    expect(all.length).toBeGreaterThanOrEqual(5);
    for (const [word, id] of [['速やかに', 'VAG-PROMPTLY'], ['適宜', 'VAG-AS-APPROPRIATE']]) {
      const target = (await textBox(word))!;
      const hit = all.find((x) => x.attrs['data-finding'].startsWith(id) && covers(x, target));
      expect(hit, `box over ${word}: ${JSON.stringify({ target, all })}`).toBeTruthy();
    }
    // the page's script never ran anything from the export (DOMParser documents are inert)
    await expect(page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned ?? null)).resolves.toBeNull();
    await shot(page, 'docs-layer');
    await shot(panel, 'docs-sidepanel');
  });

  test('the layer follows scrolling; jump flashes the passage', async () => {
    const target = (await textBox('適宜'))!;
    await page.locator('.kix-appview-editor').evaluate((e) => { e.scrollTop = 150; });
    const moved = async () => (await boxes()).some((x) => x.attrs['data-finding'].startsWith('VAG-AS-APPROPRIATE') && covers(x, { ...target, y: target.y - 150 }));
    await expect.poll(moved, { timeout: 10_000 }).toBe(true);
    await finding('VAG-AS-APPROPRIATE').locator('.evidence').first().click();
    await expect.poll(async () => (await boxes()).filter((x) => /\bf\b/.test(x.attrs.class)).length, { timeout: 10_000 }).toBeGreaterThan(0);
  });

  test('an edit is re-checked from a fresh export, debounced after the last keystroke', async () => {
    docs['e2e-spec'].blocks = [...SPEC, { p: '受注者は、作業完了後、可能な限り速やかにデータを消去する。' }];
    exportHits.length = 0;
    await page.locator('.bar').click();
    await page.keyboard.type('abc');
    await finding('VAG-AS-FAR-AS-POSSIBLE').first().waitFor({ timeout: 30_000 });
    // one export per burst of typing, not one per key
    expect(exportHits.filter((h) => h.startsWith('e2e-spec')).length).toBeLessThanOrEqual(2);
  });

  test('without the annotated layer: the txt export is used and the panel says the layer is absent', async () => {
    const other = await b.context.newPage();
    await other.goto('https://docs.google.com/document/d/e2e-nolayer/edit');
    await other.waitForFunction(() => document.documentElement.dataset.clauseLensLayer === 'absent', null, { timeout: 60_000 });
    expect(exportHits).toContain('e2e-nolayer:txt');
    const otherPanel = await openPanel(b, await tabIdOf(b, other));
    await otherPanel.locator('[data-testid="layer-absent"]').waitFor({ timeout: 30_000 });
    // the notice can show before the check's findings do (a loaded machine): wait for them, then count
    await otherPanel.locator('li.finding[data-finding^="VAG-PROMPTLY"]').first().waitFor({ timeout: 30_000 });
    await expect(otherPanel.locator('li.finding[data-finding^="VAG-PROMPTLY"]').count()).resolves.toBe(1);
    await shot(otherPanel, 'docs-sidepanel-no-layer');
    await other.close();
    await otherPanel.close();
  });
});
