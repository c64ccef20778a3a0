#!/usr/bin/env node
// `npm start`: the whole product locally.
//   1. builds the extension for Chrome and Firefox (extension/.output/),
//   2. checks the bundled example documents with the CLI (the same engine the extension runs),
//   3. migrates and seeds a local D1 and serves the worker on http://127.0.0.1:8787 until Ctrl-C.
// Flags: --no-build (skip 1), --port N (worker port).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { root } from '../worker/tools/wrangler.js';

const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const run = (cmd, args) => {
  const res = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (res.status !== 0) {
    console.error(`\n[start] ${path.basename(cmd)} ${args.join(' ')} failed (exit ${res.status})`);
    process.exit(res.status ?? 1);
  }
};

if (!process.argv.includes('--no-build')) {
  console.log('[start] building the extension (Chrome MV3 and Firefox)…');
  run(bin('wxt'), ['build', 'extension']);
  run(bin('wxt'), ['build', 'extension', '-b', 'firefox']);
  console.log(`[start] extension built: load ${path.join(root, 'extension/.output/chrome-mv3')} as an unpacked extension (chrome://extensions, developer mode)`);
}

console.log('\n[start] the engine on the bundled examples (clause-lens check examples/*):\n');
// Exit 1 only means findings were reported; anything else is a real failure.
const check = spawnSync(process.execPath, [path.join(root, 'bin/clause-lens.js'), 'check', 'examples/spec-ja.md', 'examples/contract-en.md'], { cwd: root, stdio: 'inherit' });
if (check.status !== 0 && check.status !== 1) process.exit(check.status ?? 1);

const portFlag = process.argv.indexOf('--port');
const port = portFlag >= 0 ? process.argv[portFlag + 1] : '8787';
console.log('\n[start] worker: migrating and seeding the local D1, then serving…');
const dev = spawnSync(process.execPath, [path.join(root, 'scripts/worker-dev.js'), '--port', port], { cwd: root, stdio: 'inherit' });
process.exit(dev.status ?? 0);
