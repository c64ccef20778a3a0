import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';

/** The public half of the key pinning the Chrome extension id (the private key is never committed). */
const PUBLIC_KEY = readFileSync(fileURLToPath(new URL('./keys/public-key.b64', import.meta.url)), 'utf8').trim();
/** Chrome derives the id from the key: sha256 of the DER public key, first 32 hex digits mapped to a-p. */
export const CHROME_EXTENSION_ID = [...createHash('sha256').update(Buffer.from(PUBLIC_KEY, 'base64')).digest('hex').slice(0, 32)]
  .map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
export const FIREFOX_EXTENSION_ID = 'clause-lens@clause-lens.dev';

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  outDir: '.output',
  manifestVersion: 3,
  zip: {
    artifactTemplate: 'clause-lens-{{version}}-{{browser}}.zip',
    sourcesTemplate: 'clause-lens-{{version}}-sources.zip',
    // the engine lives outside extension/: reviewers get the repository sources that build it
    sourcesRoot: fileURLToPath(new URL('..', import.meta.url)),
    includeSources: ['package.json', 'package-lock.json', 'tsconfig.json', 'extension/**', 'shared/**'],
    excludeSources: ['**/node_modules/**', 'extension/.output/**', 'extension/.wxt/**', 'worker/**', 'test/**', 'test-output/**', '.wrangler/**', 'examples/**', 'cli/**', 'scripts/**', 'bin/**', '*.md'],
  },
  vite: () => ({
    plugins: [preact()],
    define: {
      __CHROME_EXTENSION_ID__: JSON.stringify(CHROME_EXTENSION_ID),
    },
    build: { chunkSizeWarningLimit: 2500 },
    worker: { format: 'es' },
  }),
  manifest: ({ browser }) => {
    const chrome = browser !== 'firefox';
    return {
      name: '__MSG_extName__',
      version: '0.1.0',
      description: '__MSG_extDescription__',
      default_locale: 'en',
      permissions: ['activeTab', 'scripting', 'storage', ...(chrome ? ['sidePanel'] : [])],
      host_permissions: ['https://docs.google.com/*'],
      // The worker origin (and sites the user opts in to) are requested at runtime from the options page.
      optional_host_permissions: ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'],
      action: { default_title: '__MSG_actionTitle__' },
      icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
      ...(chrome
        ? { key: PUBLIC_KEY, minimum_chrome_version: '116' }
        : { browser_specific_settings: { gecko: { id: FIREFOX_EXTENSION_ID, strict_min_version: '128.0', data_collection_permissions: { required: ['none'] } } } }),
      content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'" },
    };
  },
});
