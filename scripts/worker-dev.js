#!/usr/bin/env node
// Local worker: migrate the local D1, seed it, then serve on 127.0.0.1:8787 (state in .wrangler/).
//   node scripts/worker-dev.js [--port N]
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { root, startWrangler, wrangler } from '../worker/tools/wrangler.js';

const portFlag = process.argv.indexOf('--port');
const port = portFlag >= 0 ? process.argv[portFlag + 1] : '8787';

wrangler(['d1', 'migrations', 'apply', 'DB', '--local']);
const seed = spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), ['scripts/worker-seed.ts'], { cwd: root, stdio: 'inherit' });
if (seed.status !== 0) process.exit(seed.status ?? 1);

console.log(`\nClause Lens worker on http://127.0.0.1:${port}  (local tokens: dev-buyer-admin, dev-buyer2-admin, dev-vendor-admin)\n`);
const dev = startWrangler(['dev', '--ip', '127.0.0.1', '--port', port, '--local']);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => dev.kill(signal));
dev.on('exit', (code) => process.exit(code ?? 0));
