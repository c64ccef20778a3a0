import type { ChildProcess } from 'node:child_process';

export const root: string;
export function wranglerEnv(): NodeJS.ProcessEnv;
export function wrangler(args: string[], options?: { quiet?: boolean }): string;
export function startWrangler(args: string[], options?: { quiet?: boolean }): ChildProcess;
export function freePort(): Promise<number>;
export function waitForHealth(base: string, timeoutMs?: number): Promise<void>;
