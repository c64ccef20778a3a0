/**
 * (d) Options against the local worker (wrangler dev + local D1 seeded by scripts/worker-seed.ts):
 * the connection test succeeds with dev-buyer-admin, a bad token and an unreachable worker fail
 * clearly; the organisation's packs are listed and applied; the side panel's suggested clauses come
 * from the worker's library; and nothing but clause/pack reads ever reaches the worker (no document text).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { checkTab, html, launch, openPanel, paragraphsHtml, serve, setSettings, shot, tabIdOf, type Browser } from './helpers';
import { startWorker, type LocalWorker } from './worker';

const CONTRACT = readFileSync(path.join(import.meta.dirname, 'fixtures', 'contract-ja.txt'), 'utf8');

let b: Browser;
let worker: LocalWorker;
let site: Awaited<ReturnType<typeof serve>>;
let options: Page;

beforeAll(async () => {
  [worker, b, site] = await Promise.all([
    startWorker(),
    launch(),
    serve({ '/contract.html': html('業務委託契約書', `<article>${paragraphsHtml(CONTRACT)}</article>`) }),
  ]);
  // an organisation pack that switches one catalog requirement off
  const res = await fetch(`${worker.direct}/api/v1/packs`, {
    method: 'POST', headers: { authorization: 'Bearer dev-buyer-admin', 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'E2E 調達パック', description: 'データ所在地は別紙で管理', disable: ['DATA-LOCATION'] }),
  });
  expect(res.status).toBe(201);
  await setSettings(b, { lang: 'ja' });
  options = await b.context.newPage();
  await options.goto(b.url('options.html'));
  await options.locator('#worker-url').waitFor();
});

afterAll(async () => {
  await b?.close();
  await site?.close();
  await worker?.stop();
});

async function connect(url: string, token: string): Promise<string> {
  await options.locator('#worker-url').fill(url);
  await options.locator('#worker-token').fill(token);
  const runs = Number(await options.locator('#status').getAttribute('data-runs'));
  await options.locator('#test').click();
  await options.locator(`#status[data-runs="${runs + 1}"]`).waitFor({ timeout: 30_000 });
  return (await options.locator('#status').textContent()) ?? '';
}

describe('options and the local worker', () => {
  test('a bad token fails clearly', async () => {
    const text = await connect(worker.base, 'not-a-real-token');
    expect(text).toMatch(/^接続できません: token rejected \(HTTP 401\)/);
    await expect(options.locator('#status').getAttribute('class')).resolves.toBe('err-text');
    await shot(options, 'options-bad-token');
  });

  test('an unreachable worker fails clearly', async () => {
    const text = await connect('http://127.0.0.1:9', 'dev-buyer-admin');
    expect(text).toMatch(/^接続できません: /);
  });

  test('the connection test succeeds and the organisation packs are listed', async () => {
    const text = await connect(worker.base, 'dev-buyer-admin');
    expect(text).toBe('接続できました');
    await options.locator('#packs li', { hasText: 'E2E 調達パック' }).waitFor();
    const saved = await b.sw.evaluate(async () => (await chrome.storage.local.get('settings')).settings);
    expect(saved).toMatchObject({ workerUrl: worker.base, token: 'dev-buyer-admin' });
    await shot(options, 'options-connected');
  });

  test('the side panel uses the worker library and an enabled pack changes the check', async () => {
    const page = await b.context.newPage();
    await page.goto(`${site.base}/contract.html`);
    const tabId = await tabIdOf(b, page);
    await checkTab(b, tabId);
    const panel = await openPanel(b, tabId);
    const vuln = panel.locator('li.finding[data-finding^="VULNERABILITY-MANAGEMENT"]');
    await vuln.waitFor({ timeout: 60_000 });
    await expect(panel.locator('li.finding[data-finding^="DATA-LOCATION"]').count()).resolves.toBe(1);
    await vuln.locator('summary').click();
    await expect.poll(() => vuln.locator('.clause-head').textContent(), { timeout: 15_000 }).toContain('組織の条項ライブラリより');

    // switch the pack on in the options page → the requirement it disables is no longer reported
    await options.locator('#packs li', { hasText: 'E2E 調達パック' }).locator('input[type=checkbox]').check();
    await expect.poll(() => b.sw.evaluate(async () => (await chrome.storage.local.get('settings')).settings.enabledPacks.length)).toBe(1);
    await panel.getByRole('button', { name: '再チェック' }).click();
    await expect.poll(() => panel.locator('li.finding[data-finding^="DATA-LOCATION"]').count(), { timeout: 30_000 }).toBe(0);
    await expect(panel.locator('li.finding[data-finding^="VULNERABILITY-MANAGEMENT"]').count()).resolves.toBe(1);
    await page.close();
    await panel.close();
  });

  test('the first-run page explains what it does and that nothing leaves the browser', async () => {
    const welcome = await b.context.newPage();
    await welcome.goto(b.url('welcome.html'));
    await expect(welcome.locator('body').textContent()).resolves.toMatch(/プライバシー/);
    await shot(welcome, 'welcome');
    await welcome.close();
  });

  test('only clause and pack reads reach the worker: no document text, no writes', async () => {
    expect(worker.requests.length).toBeGreaterThan(3);
    for (const r of worker.requests) {
      expect(r.method).toBe('GET');
      expect(r.body).toBe('');
      expect(r.url).toMatch(/^\/(health|api\/v1\/(packs|clauses))\b/);
      expect(decodeURIComponent(r.url)).not.toMatch(/甲山商事|乙川システム|速やかに/);
    }
  });
});
