#!/usr/bin/env node
// Installs Debian chromium + Japanese fonts when /usr/bin/chromium is missing (e2e tests need both).
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (existsSync(CHROMIUM) && existsSync('/usr/share/fonts/opentype/ipafont-gothic')) {
  process.exit(0);
}
const root = typeof process.getuid === 'function' && process.getuid() === 0;
const sudo = root ? '' : 'sudo ';
console.log(`[ensure-chromium] installing chromium and fonts-ipafont-gothic via apt${root ? '' : ' (sudo)'}…`);
try {
  execSync(`${sudo}apt-get update -qq`, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  execSync(`${sudo}apt-get install -y -qq chromium fonts-ipafont-gothic`, {
    stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
} catch (err) {
  console.error(`[ensure-chromium] could not install chromium: ${err.message}`);
  process.exit(1);
}
if (!existsSync(CHROMIUM)) {
  console.error(`[ensure-chromium] ${CHROMIUM} still missing after install`);
  process.exit(1);
}
console.log('[ensure-chromium] ok');
