#!/usr/bin/env node
// Load test of the local worker (npm run bench:worker): a fresh local D1 with the seed plus 10,000 clauses,
// `wrangler dev` on a free loopback port, then autocannon against /health, clause search and a profile
// read in the same run. Prints requests/s, p50 and p99 and the ratio to /health. Traffic stays on 127.0.0.1.
//   node scripts/bench-worker.js [--clauses N] [--seconds S] [--connections C]
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { freePort, root, startWrangler, waitForHealth, wrangler } from '../worker/tools/wrangler.js';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const clauses = arg('--clauses', 10_000);
const seconds = arg('--seconds', 8);
const connections = arg('--connections', 10);

const state = path.join(root, '.wrangler', 'bench-state');
rmSync(state, { recursive: true, force: true });
wrangler(['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', state], { quiet: true });
const seed = spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), ['scripts/worker-seed.ts', '--persist-to', state, '--bench', String(clauses)], { cwd: root, stdio: 'inherit' });
if (seed.status !== 0) process.exit(seed.status ?? 1);

const port = await freePort();
const base = `http://127.0.0.1:${port}`;
// The per-token rate limit would turn a load test into a 429 test: lift it for this local run only.
const dev = startWrangler(['dev', '--ip', '127.0.0.1', '--port', String(port), '--local', '--persist-to', state,
  '--var', 'RATE_LIMIT_PER_MINUTE:100000000', '--log-level', 'warn'], { quiet: true });
const stop = () => { if (!dev.killed) dev.kill('SIGTERM'); };
process.on('exit', stop);

try {
  await waitForHealth(base);
  const buyer = { authorization: 'Bearer dev-buyer-admin' };
  const targets = [
    { name: '/health', path: '/health', headers: {} },
    { name: `clause search ja (${clauses} clauses)`, path: `/api/v1/clauses?q=${encodeURIComponent('暗号化して保管')}&limit=20`, headers: buyer },
    { name: `clause search en (${clauses} clauses)`, path: '/api/v1/clauses?q=encrypt%20personal&limit=20', headers: buyer },
    { name: 'clause filter by requirement', path: '/api/v1/clauses?requirement=ENCRYPTION&lang=en&limit=20', headers: buyer },
    { name: 'vendor profile read (shared)', path: '/api/v1/vendors/vp_dev_vendor', headers: buyer },
  ];
  // Sanity: every target answers 200 before it is measured, so a broken route can't look fast.
  for (const t of targets) {
    const res = await fetch(base + t.path, { headers: t.headers });
    if (res.status !== 200) throw new Error(`${t.name}: HTTP ${res.status} ${await res.text()}`);
    await res.arrayBuffer();
  }
  const rows = [];
  const loadBefore = loadavg()[0];
  for (const t of targets) {
    await autocannon({ url: base + t.path, headers: t.headers, connections, duration: 1 }); // warm-up
    const r = await autocannon({ url: base + t.path, headers: t.headers, connections, duration: seconds });
    rows.push({ name: t.name, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors });
  }
  const health = rows[0].rps;
  console.log(`\nClause Lens worker benchmark: ${connections} connections, ${seconds} s per target, local D1 (workerd)`);
  console.log(`${'target'.padEnd(38)}${'req/s'.padStart(9)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'vs /health'.padStart(12)}  non-2xx`);
  for (const r of rows) {
    console.log(`${r.name.padEnd(38)}${r.rps.toFixed(0).padStart(9)}${String(r.p50).padStart(9)}${String(r.p99).padStart(9)}${`${((r.rps / health) * 100).toFixed(0)}%`.padStart(12)}  ${r.non2xx + r.errors}`);
  }
  console.log('Targets: search p99 < 50 ms at 10,000 clauses; search and profile read ≥ 50% of /health throughput.');
  // Everything (autocannon, wrangler, workerd and its local D1) shares this machine's cores: other load skews the run.
  console.log(`1-minute load average: ${loadBefore.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after (${availableParallelism()} cores)`);
} finally {
  stop();
}
process.exit(0);
