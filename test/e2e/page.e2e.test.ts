/**
 * (a) A web page on 127.0.0.1 with a Japanese contract: the page script (injected as the toolbar
 * button does) registers CSS highlights, the side panel lists the expected findings; jump + flash,
 * hover card, keyboard navigation, ignore/accept remembered per document, debounced re-check after an
 * edit, export in four formats, ja/en switch.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { checkTab, highlightsIn, html, launch, openPanel, paragraphsHtml, serve, setSettings, shadowBoxes, shot, tabIdOf, type Browser } from './helpers';

const CONTRACT = readFileSync(path.join(import.meta.dirname, 'fixtures', 'contract-ja.txt'), 'utf8');

let b: Browser;
let site: Awaited<ReturnType<typeof serve>>;
let page: Page;
let panel: Page;
let tabId: number;

beforeAll(async () => {
  site = await serve({ '/contract.html': html('業務委託契約書', `<article>${paragraphsHtml(CONTRACT)}</article>`) });
  b = await launch();
  await setSettings(b, { lang: 'ja' });
  page = await b.context.newPage();
  await page.goto(`${site.base}/contract.html`);
  tabId = await tabIdOf(b, page);
});

afterAll(async () => {
  await b?.close();
  await site?.close();
});

const finding = (id: string) => panel.locator(`li.finding[data-finding^="${id}"]`);

describe('web page with a Japanese contract', () => {
  test('highlights are registered in the page (CSS Custom Highlight API, no DOM mutation)', async () => {
    const before = await page.evaluate(() => document.body.innerHTML);
    await checkTab(b, tabId);
    await page.waitForFunction(() => Number(document.documentElement.dataset.clauseLensPlaced ?? 0) > 0, null, { timeout: 60_000 });
    const hl = await highlightsIn(page);
    expect((hl['clause-lens-high'] ?? 0) + (hl['clause-lens-medium'] ?? 0)).toBeGreaterThanOrEqual(4);
    // the document's own DOM is untouched (styles are adopted, highlights live in the registry)
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(before);
    await shot(page, 'page-highlights');
  });

  test('the side panel lists the expected findings', async () => {
    panel = await openPanel(b, tabId);
    await finding('INCIDENT-NOTIFICATION').waitFor({ timeout: 30_000 });
    // incident reporting exists but has no deadline → insufficient; 「速やかに」 flagged as vague
    await expect(finding('INCIDENT-NOTIFICATION').getAttribute('data-kind')).resolves.toBe('insufficient');
    await expect(finding('VAG-PROMPTLY').locator('.evidence').first().textContent()).resolves.toContain('速やかに');
    await expect(finding('VAG-EFFORT').count()).resolves.toBe(1);
    await expect(panel.locator('li.finding[data-kind="agree-later"]').count()).resolves.toBeGreaterThan(0);
    await expect(finding('DATA-RETURN-DELETION').getAttribute('data-kind')).resolves.toBe('missing');
    await expect(finding('SUBCONTRACT-APPROVAL').getAttribute('data-kind')).resolves.toBe('insufficient');
    // sorted by severity: no "low" before a "high"
    const sevs = await panel.locator('li.finding').evaluateAll((els) => els.map((e) => (e.className.match(/\b(high|medium|low)\b/) ?? [''])[0]));
    const rank = { high: 0, medium: 1, low: 2 } as Record<string, number>;
    expect(sevs.map((s) => rank[s])).toEqual([...sevs.map((s) => rank[s])].sort((x, y) => x - y));
    // coverage by stage ①–⑦ and severity counts, in Japanese
    await expect(panel.locator('ul.stages > li').count()).resolves.toBe(7);
    await expect(panel.locator('.sev-row').textContent()).resolves.toMatch(/高.*中.*低/);
    await expect(panel.locator('h2', { hasText: '指摘事項' }).count()).resolves.toBe(1);
    // the suggested clause comes from the bundled default library
    const details = finding('VULNERABILITY-MANAGEMENT').locator('details');
    await details.locator('summary').click();
    await expect(details.locator('.clause-text').textContent()).resolves.toMatch(/\S{20,}/);
    await expect(details.locator('.clause-head').textContent()).resolves.toContain('標準ライブラリ');
    // the responsibility matrix: parties as columns, requirements as rows
    const matrix = panel.locator('section.matrix');
    if (await matrix.count()) {
      await expect(matrix.locator('thead th').first().textContent()).resolves.toBe('要件');
      await matrix.scrollIntoViewIfNeeded();
      await shot(panel, 'sidepanel-matrix');
    }
    await panel.evaluate(() => window.scrollTo(0, 0));
    await shot(panel, 'sidepanel-ja');
  });

  test('clicking the evidence scrolls to the passage and flashes it; hover shows a card', async () => {
    await finding('VAG-PROMPTLY').locator('.evidence').first().click();
    await page.waitForFunction(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('clause-lens-flash'), null, { timeout: 10_000 });
    // hover over the flagged text → the card (closed shadow root) appears with the message
    const pos = await page.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = (n as Text).data.indexOf('速やかに');
        if (i < 0) continue;
        const r = document.createRange();
        r.setStart(n, i + 1); r.setEnd(n, i + 2);
        const rect = r.getBoundingClientRect();
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      return null;
    });
    expect(pos).not.toBeNull();
    await page.mouse.move(pos!.x - 40, pos!.y);
    await page.mouse.move(pos!.x, pos!.y, { steps: 3 });
    await page.waitForFunction(() => (document.querySelector('clause-lens-card') as HTMLElement | null)?.style.display === 'block', null, { timeout: 10_000 });
    const card = await shadowBoxes(page, 'clause-lens-card', 'card');
    expect(card.length).toBe(1);
    await shot(page, 'page-hover-card');
  });

  test('keyboard: findings are focusable, arrows move, labels are set', async () => {
    const first = panel.locator('li.finding').first();
    await first.focus();
    await panel.keyboard.press('ArrowDown');
    const focused = await panel.evaluate(() => [...document.querySelectorAll('li.finding')].indexOf(document.activeElement as Element));
    expect(focused).toBe(1);
    await panel.keyboard.press('End');
    const last = await panel.evaluate(() => [...document.querySelectorAll('li.finding')].indexOf(document.activeElement as Element));
    expect(last).toBe((await panel.locator('li.finding').count()) - 1);
    expect(await first.getAttribute('aria-label')).toMatch(/^(高|中|低): /);
    expect(await panel.locator('select').getAttribute('aria-label')).toBe('言語');
  });

  test('ignore and accept are remembered per document and remove the highlight', async () => {
    const placedBefore = Number(await page.evaluate(() => document.documentElement.dataset.clauseLensPlaced));
    await finding('VAG-PROMPTLY').getByRole('button', { name: /^無視/ }).click();
    await finding('VAG-PROMPTLY').waitFor({ state: 'detached' });
    await finding('INCIDENT-NOTIFICATION').getByRole('button', { name: /^対応済み/ }).click();
    await finding('INCIDENT-NOTIFICATION').waitFor({ state: 'detached' });
    await page.waitForFunction((n) => Number(document.documentElement.dataset.clauseLensPlaced) < n, placedBefore, { timeout: 10_000 });
    await panel.reload();
    await panel.locator('li.finding').first().waitFor();
    await expect(finding('VAG-PROMPTLY').count()).resolves.toBe(0);
    await panel.getByLabel(/無視・対応済みも表示/).check();
    await expect(finding('VAG-PROMPTLY').locator('.decided').textContent()).resolves.toBe('無視');
    await expect(finding('INCIDENT-NOTIFICATION').locator('.decided').textContent()).resolves.toBe('対応済み');
    // undo one
    await finding('INCIDENT-NOTIFICATION').getByRole('button', { name: '元に戻す' }).click();
    await expect(finding('INCIDENT-NOTIFICATION').locator('.decided').count()).resolves.toBe(0);
  });

  test('an edit in the page is re-checked (debounced) and the panel follows', async () => {
    await expect(panel.locator('li.finding', { hasText: '「適宜」' }).count()).resolves.toBe(0);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = '乙は、適宜バックアップを取得する。';
      // at the top: every later offset shifts, decisions must still hold
      document.querySelector('article')!.prepend(p);
    });
    await panel.locator('li.finding', { hasText: '「適宜」' }).first().waitFor({ timeout: 30_000 });
    await expect(finding('VAG-PROMPTLY').locator('.decided').textContent()).resolves.toBe('無視');
    await expect.poll(() => page.evaluate(() => Number(document.documentElement.dataset.clauseLensPlaced))).toBeGreaterThan(0);
  });

  test('export: Markdown, CSV, JSON and printable HTML', async () => {
    const grab = async (label: string) => {
      const [dl] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: label, exact: true }).click()]);
      return readFileSync((await dl.path())!, 'utf8');
    };
    const md = await grab('Markdown');
    expect(md).toContain('# Clause Lens');
    expect(md).toContain('速やかに');
    const csv = await grab('CSV');
    expect(csv.split('\r\n')[0]).toContain('"severity"');
    expect(csv).toContain('DATA-RETURN-DELETION');
    const json = JSON.parse(await grab('JSON'));
    expect(json.report.findings.length).toBeGreaterThan(5);
    expect(json.decisions).toMatchObject({});
    const printable = await grab('印刷用HTML');
    expect(printable).toMatch(/^<!doctype html>/);
    expect(printable).not.toMatch(/<script/i);
  });

  test('a page the extension may not read (no toolbar click, site not granted): the panel says what to do', async () => {
    const other = await b.context.newPage();
    await other.goto(site.base.replace('127.0.0.1', 'localhost') + '/contract.html');
    const otherTab = await tabIdOf(b, other);
    await checkTab(b, otherTab);
    const otherPanel = await openPanel(b, otherTab);
    await otherPanel.locator('.notice.error', { hasText: 'ツールバーの Clause Lens ボタン' }).waitFor({ timeout: 30_000 });
    await expect(otherPanel.locator('li.finding').count()).resolves.toBe(0);
    await other.close();
    await otherPanel.close();
  });

  test('English UI', async () => {
    await panel.locator('header select').selectOption('en');
    await panel.locator('h2', { hasText: 'Findings' }).waitFor();
    await expect(panel.locator('.privacy').textContent()).resolves.toContain('never leaves the browser');
    await panel.evaluate(() => window.scrollTo(0, 0));
    await shot(panel, 'sidepanel-en');
    await panel.locator('header select').selectOption('ja');
  });
});
