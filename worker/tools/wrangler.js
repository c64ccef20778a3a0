// Runs the project's wrangler offline: no telemetry, no Cloudflare lookups, config and logs kept in
// .wrangler/ instead of the home directory. Shared by scripts/worker-dev.js, worker-seed.ts, bench-worker.js.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(root, 'node_modules', '.bin', 'wrangler');

export function wranglerEnv() {
  return {
    ...process.env,
    WRANGLER_SEND_METRICS: 'false',
    WRANGLER_SEND_ERROR_REPORTS: 'false',
    CLOUDFLARE_CF_FETCH_ENABLED: 'false',
    XDG_CONFIG_HOME: process.env.XDG_CONFIG_HOME ?? path.join(root, '.wrangler', 'config'),
    WRANGLER_LOG_PATH: process.env.WRANGLER_LOG_PATH ?? path.join(root, '.wrangler', 'logs'),
  };
}

/** Runs wrangler to completion (stdin closed, so it never prompts); throws on failure. */
export function wrangler(args, { quiet = false } = {}) {
  const res = spawnSync(bin, args, { cwd: root, env: wranglerEnv(), stdio: ['ignore', quiet ? 'pipe' : 'inherit', 'inherit'] });
  if (res.status !== 0) throw new Error(`wrangler ${args.join(' ')} failed (exit ${res.status})`);
  return res.stdout ? res.stdout.toString() : '';
}

/** Starts `wrangler dev` in the background; the caller stops it with child.kill(). */
export function startWrangler(args, { quiet = false } = {}) {
  return spawn(bin, args, { cwd: root, env: wranglerEnv(), stdio: ['ignore', quiet ? 'ignore' : 'inherit', 'inherit'], detached: false });
}

/** A free TCP port on the loopback interface. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Polls GET /health until the worker answers (wrangler dev is usually ready in about a second). */
export async function waitForHealth(base, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const res = await fetch(`${base}/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`worker at ${base} did not become healthy within ${timeoutMs} ms`);
}
