/**
 * Builds the Chrome extension when extension/.output/chrome-mv3 is missing or older than its sources
 * (extension/, shared/ — the engine is bundled into the background). Firefox is built by `npm run build`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { ROOT, EXT_BUILD } from './paths';

function newest(dir: string, skip: Set<string>): number {
  let max = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (skip.has(entry.name)) continue;
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) max = Math.max(max, newest(p, skip));
    else max = Math.max(max, statSync(p).mtimeMs);
  }
  return max;
}

export function buildIsStale(): boolean {
  const manifest = path.join(EXT_BUILD, 'manifest.json');
  if (!existsSync(manifest)) return true;
  const skip = new Set(['.output', '.wxt', 'node_modules', 'test', '__tests__']);
  const sources = Math.max(
    newest(path.join(ROOT, 'extension'), skip),
    newest(path.join(ROOT, 'shared'), skip),
    statSync(path.join(ROOT, 'package-lock.json')).mtimeMs,
  );
  return sources > statSync(manifest).mtimeMs;
}

export default function setup() {
  if (process.env.CLAUSE_LENS_SKIP_BUILD === '1' && existsSync(path.join(EXT_BUILD, 'manifest.json'))) return;
  if (!buildIsStale()) return;
  console.log('[e2e] building the extension (chrome-mv3)…');
  const started = Date.now();
  const res = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'wxt'), ['build', 'extension'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  if (res.status !== 0) {
    process.stderr.write(res.stdout?.toString() ?? '');
    process.stderr.write(res.stderr?.toString() ?? '');
    throw new Error(`wxt build failed (exit ${res.status})`);
  }
  console.log(`[e2e] built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
