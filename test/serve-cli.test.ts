/**
 * `dateline serve --workers N` as an operator runs it on a PostgreSQL server: several
 * processes answer on one port, a worker that dies is replaced, SIGTERM stops them all,
 * and a worker that cannot start stops the rest with the reason.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtCliExists, projectRoot, runCli } from './helpers/cli.js';
import { postgresAvailable, postgresSkipNote, startPostgres, type PostgresServer } from './helpers/postgres.js';

const bin = join(projectRoot, 'bin', 'dateline.js');

/** `dateline serve ...` in the background, with what it has printed so far. */
function startServe(args: string[]) {
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0', ...args], { cwd: projectRoot, env: { ...process.env, NO_COLOR: '1' } });
  const out = { stdout: '', stderr: '' };
  child.stdout.on('data', (chunk: Buffer) => (out.stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (out.stderr += chunk.toString()));
  const done = new Promise<{ status: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (status, signal) => resolve({ status, signal })),
  );
  return { child, out, done };
}

async function waitFor<T>(value: () => T | null | undefined | false): Promise<T> {
  for (let i = 0; i < 600; i++) {
    const got = value();
    if (got) return got;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('gave up waiting');
}

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe.skipIf(!builtCliExists())('dateline serve --workers on the embedded database', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dateline-serve-cli-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('refuses more than one worker: one process owns a PGlite folder', () => {
    const result = runCli(['serve', '--data', join(dir, 'db'), '--port', '0', '--workers', '2']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/dateline: --workers above 1 needs a PostgreSQL server/);
    expect(runCli(['serve', '--workers', '0']).stderr).toMatch(/--workers must be a whole number of at least 1/);
  });
});

describe.skipIf(!builtCliExists() || !postgresAvailable)('dateline serve --workers on PostgreSQL', () => {
  let server: PostgresServer;
  let url: string;
  beforeAll(async () => {
    server = await startPostgres();
    url = await server.createDatabase('serve');
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
  });

  it('answers from two workers, replaces one killed with SIGKILL, and stops them all on SIGTERM', async () => {
    const serve = startServe(['--database-url', url, '--workers', '2']);
    try {
      const base = await waitFor(() => /serving (http:\/\/127\.0\.0\.1:\d+\/)/.exec(serve.out.stdout)?.[1]);
      const pids = (await waitFor(() => /2 worker processes \(pids (\d+), (\d+)\)/.exec(serve.out.stderr))).slice(1).map(Number);
      expect(new Set(pids).size).toBe(2);
      expect(serve.out.stdout.match(/Dateline is serving/g)).toHaveLength(1);
      // The empty store is noted once, not once per worker.
      expect(serve.out.stderr.match(/is empty/g)).toHaveLength(1);
      const stats = await fetch(`${base}api/stats`);
      expect(stats.status).toBe(200);
      expect(await stats.json()).toMatchObject({ documents: 0 });

      process.kill(pids[0], 'SIGKILL');
      const replaced = await waitFor(() => new RegExp(`worker ${pids[0]} was killed by SIGKILL; started worker (\\d+) in its place`).exec(serve.out.stderr));
      const replacement = Number(replaced[1]);
      expect(pids).not.toContain(replacement);
      for (let i = 0; i < 10; i++) expect((await fetch(`${base}api/stories`)).status).toBe(200);

      serve.child.kill('SIGTERM');
      expect(await serve.done).toEqual({ status: 0, signal: null });
      expect([pids[1], replacement].filter(isRunning)).toEqual([]);
      expect(serve.out.stderr).toContain('SIGTERM: stopping 2 workers');
    } finally {
      serve.child.kill('SIGKILL');
    }
  }, 120_000);

  it('stops with the reason when its workers cannot listen', async () => {
    const first = startServe(['--database-url', url, '--workers', '1']);
    try {
      const port = (await waitFor(() => /serving http:\/\/127\.0\.0\.1:(\d+)\//.exec(first.out.stdout)))[1];
      const second = startServe(['--database-url', url, '--workers', '2', '--port', port]);
      expect(await second.done).toEqual({ status: 2, signal: null });
      expect(second.out.stderr).toMatch(new RegExp(`dateline: port ${port} on 127.0.0.1 is already in use`));
      expect(second.out.stdout).toBe('');
    } finally {
      first.child.kill('SIGTERM');
      await first.done;
    }
  }, 120_000);
});

if (!postgresAvailable) {
  describe('dateline serve --workers on PostgreSQL', () => {
    it.skip(postgresSkipNote, () => {});
  });
}
