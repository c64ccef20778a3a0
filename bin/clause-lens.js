#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so `npx clause-lens` works from a fresh clone without a build.
import { register } from 'tsx/esm/api';

register();
// `clause-lens check … | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
