/**
 * (e) Document text that contains HTML/script is shown as text and never executed: on a web page
 * (side panel evidence, hover card), in the files page (.html with live markup, .txt and .docx with
 * markup as text) and in the printable HTML export. (Docs exports with <script> are in docs.e2e.)
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import type { ConsoleMessage, Page } from 'playwright-core';
import { checkTab, html, launch, openPanel, serve, setSettings, shot, tabIdOf, type Browser } from './helpers';
import { makeDocx } from '../support/make-files';

const SCRIPT = `<script>window.__pwned='script'</script>`;
const IMG = `<img src=x onerror="window.__pwned='img'">`;
const SENTENCE = `乙は、${SCRIPT}個人情報の漏えい事故が発生した場合は、速やかに${IMG}甲に報告する。`;
const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

let b: Browser;
let site: Awaited<ReturnType<typeof serve>>;
const dialogs: string[] = [];
const cspViolations: string[] = [];

const watch = (p: Page) => {
  p.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  p.on('console', (m: ConsoleMessage) => { if (/Content Security Policy/i.test(m.text())) cspViolations.push(`${p.url()}: ${m.text()} @ ${JSON.stringify(m.location())}`); });
  return p;
};
const pwned = (p: Page) => p.evaluate(() => (window as unknown as { __pwned?: string }).__pwned ?? null);

beforeAll(async () => {
  site = await serve({
    '/xss.html': html('委託契約（テスト）', `<h1>業務委託契約書</h1>
      <p>株式会社甲山商事（以下「甲」という。）と株式会社乙川システム（以下「乙」という。）は、次のとおり契約する。</p>
      <h2>第5条（事故時の対応）</h2><p>${esc(SENTENCE)}</p>
      <h2>第6条（協議）</h2><p>本契約に定めのない事項は、甲乙別途協議の上定める。${esc('<a href="javascript:window.__pwned=\'a\'">詳細</a>')}</p>`),
  });
  b = await launch();
  await setSettings(b, { lang: 'ja' });
});

afterAll(async () => {
  await b?.close();
  await site?.close();
});

describe('document text with HTML and script is text, never code', () => {
  test('web page: evidence and hover card show the markup literally', async () => {
    const page = watch(await b.context.newPage());
    await page.goto(`${site.base}/xss.html`);
    const tabId = await tabIdOf(b, page);
    await checkTab(b, tabId);
    await page.waitForFunction(() => Number(document.documentElement.dataset.clauseLensPlaced ?? 0) > 0, null, { timeout: 60_000 });
    const panel = watch(await openPanel(b, tabId));
    const incident = panel.locator('li.finding[data-finding^="INCIDENT-NOTIFICATION"]');
    await incident.waitFor({ timeout: 30_000 });
    const evidence = await incident.locator('.evidence').first().textContent();
    expect(evidence).toContain(SCRIPT);
    expect(evidence).toContain(IMG);
    await expect(panel.locator('.report img, .report script, .report [onerror]').count()).resolves.toBe(0);
    // the export: escaped in the printable HTML
    const [dl] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: '印刷用HTML', exact: true }).click()]);
    const printable = readFileSync((await dl.path())!, 'utf8');
    expect(printable).toContain('&lt;img src=x onerror=&quot;window.__pwned=&#39;img&#39;&quot;&gt;');
    expect(printable).not.toContain(IMG);
    expect(printable).not.toMatch(/<script/i);
    expect(await pwned(page)).toBeNull();
    expect(await pwned(panel)).toBeNull();
    await incident.scrollIntoViewIfNeeded();
    await shot(panel, 'xss-sidepanel');
    await page.close();
    await panel.close();
  });

  test('files page: an .html file with live markup is rendered without scripts, handlers or links', async () => {
    const files = watch(await b.context.newPage());
    await files.goto(b.url('files.html'));
    const doc = `<html><body><h1>業務委託契約書</h1>${SCRIPT}<p>${SENTENCE}</p>
      <p onclick="window.__pwned='click'">本契約に定めのない事項は、別途協議する。<a href="javascript:window.__pwned='a'">リンク</a></p>
      <iframe srcdoc="<script>parent.__pwned='iframe'</script>"></iframe><svg onload="window.__pwned='svg'"></svg>
      <style>body{display:none}</style><form action="https://example.com"><input value="送信"></form></body></html>`;
    await files.locator('#file-input').setInputFiles({ name: 'xss.html', mimeType: 'text/html', buffer: Buffer.from(doc) });
    await files.locator('li.finding[data-finding^="INCIDENT-NOTIFICATION"]').waitFor({ timeout: 60_000 });
    const body = files.locator('#doc-body');
    await expect(body.locator('script, img, iframe, svg, style, form, input, a, [onclick], [onerror], [href], [src]').count()).resolves.toBe(0);
    await expect(body.textContent()).resolves.toContain('速やかに甲に報告する');
    await files.locator('#doc-body p').first().click();
    expect(await pwned(files)).toBeNull();
    await shot(files, 'xss-files-html');

    // .txt: the markup is the document's text, shown as such
    await files.locator('#file-input').setInputFiles({ name: 'xss.txt', mimeType: 'text/plain', buffer: Buffer.from(`業務委託契約書\n\n${SENTENCE}\n`) });
    await files.locator('header .doc', { hasText: 'xss.txt' }).waitFor();
    await files.locator('li.finding[data-finding^="INCIDENT-NOTIFICATION"]').waitFor({ timeout: 60_000 });
    await expect(body.locator('pre').textContent()).resolves.toContain(SCRIPT + '個人情報');
    await expect(body.locator('script, img').count()).resolves.toBe(0);

    // .docx: the same, through mammoth
    await files.locator('#file-input').setInputFiles({ name: 'xss.docx', mimeType: 'application/octet-stream', buffer: await makeDocx([{ p: '業務委託契約書' }, { p: SENTENCE }]) });
    await files.locator('header .doc', { hasText: 'xss.docx' }).waitFor();
    await files.locator('li.finding[data-finding^="INCIDENT-NOTIFICATION"]').waitFor({ timeout: 60_000 });
    await expect(body.textContent()).resolves.toContain(IMG);
    await expect(body.locator('script, img').count()).resolves.toBe(0);
    expect(await pwned(files)).toBeNull();
    await files.close();
  });

  test('nothing ran: no dialogs, no CSP violations', () => {
    expect(dialogs).toEqual([]);
    expect(cspViolations).toEqual([]);
  });
});
