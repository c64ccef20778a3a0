/**
 * The local worker for the e2e tests: a fresh local D1 in a temporary directory (migrations + the dev
 * seed with its tokens dev-buyer-admin…), `wrangler dev` on a free 127.0.0.1 port (never 8787, which the
 * developer's own worker may use), behind a recording proxy so tests can see every request made to it.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
// @ts-expect-error plain JS helper shared with scripts/worker-dev.js
import { freePort, root, waitForHealth, wrangler, wranglerEnv } from '../../worker/tools/wrangler.js';

export interface Recorded { method: string; url: string; body: string; authorization: string | null }

export interface LocalWorker {
  /** The proxy's origin: what the extension is configured with. */
  base: string;
  /** The worker itself. */
  direct: string;
  requests: Recorded[];
  stop(): Promise<void>;
}

export async function startWorker(): Promise<LocalWorker> {
  const state = mkdtempSync(path.join(tmpdir(), 'clause-lens-e2e-d1-'));
  const env = { XDG_CONFIG_HOME: path.join(state, 'config'), WRANGLER_LOG_PATH: path.join(state, 'logs') };
  Object.assign(process.env, env);
  wrangler(['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', state], { quiet: true });
  const seed = spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), ['scripts/worker-seed.ts', '--persist-to', state], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  if (seed.status !== 0) throw new Error(`worker seed failed: ${seed.stderr?.toString()}`);
  const port = (await freePort()) as number;
  const direct = `http://127.0.0.1:${port}`;
  // output is kept and shown only when the worker does not come up (esbuild complains when stopped)
  const dev: ChildProcess = spawn(path.join(root, 'node_modules', '.bin', 'wrangler'),
    ['dev', '--ip', '127.0.0.1', '--port', String(port), '--local', '--persist-to', state, '--log-level', 'warn'],
    { cwd: root, env: wranglerEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  dev.stdout?.on('data', (d) => { log += d; });
  dev.stderr?.on('data', (d) => { log += d; });
  try {
    await waitForHealth(direct, 120_000);
  } catch (err) {
    dev.kill('SIGKILL');
    throw new Error(`${(err as Error).message}\n${log.slice(-4000)}`);
  }

  const requests: Recorded[] = [];
  const proxy: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    requests.push({ method: req.method ?? '', url: req.url ?? '', body, authorization: (req.headers.authorization as string | undefined) ?? null });
    try {
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string' && !['host', 'connection', 'content-length'].includes(k)) headers[k] = v;
      const upstream = await fetch(direct + (req.url ?? '/'), { method: req.method, headers, body: body && req.method !== 'GET' && req.method !== 'HEAD' ? body : undefined });
      const out = Buffer.from(await upstream.arrayBuffer());
      const h: Record<string, string> = {};
      upstream.headers.forEach((v, k) => { if (!['content-encoding', 'content-length', 'transfer-encoding', 'connection'].includes(k)) h[k] = v; });
      res.writeHead(upstream.status, h).end(out);
    } catch (err) {
      res.writeHead(502).end(String(err));
    }
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(proxy.address() as { port: number }).port}`;

  return {
    base, direct, requests,
    async stop() {
      await new Promise<void>((r) => proxy.close(() => r()));
      proxy.closeAllConnections?.();
      if (dev.exitCode === null) {
        const exited = new Promise((r) => dev.once('exit', r));
        dev.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (dev.exitCode === null) dev.kill('SIGKILL');
      }
      rmSync(state, { recursive: true, force: true, maxRetries: 3 });
    },
  };
}
