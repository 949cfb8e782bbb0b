/** Runs the built `dateline` CLI as a user would (tests build it first: `npm test` runs `npm run build`). */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const bin = fileURLToPath(new URL('../../bin/dateline.js', import.meta.url));

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function builtCliExists(): boolean {
  return existsSync(fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url)));
}

export function runCli(args: string[], input?: string | Buffer): CliResult {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: projectRoot,
    input,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function jsonLines(stdout: string): unknown[] {
  return stdout
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as unknown);
}
