import { defineConfig } from 'vitest/config';

// End-to-end tests in real Chromium with the built extension (see test/e2e/helpers.ts).
// One browser per file, files one after another: the machine has 2 cores.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 240_000,
    teardownTimeout: 30_000,
    reporters: ['default'],
  },
});
