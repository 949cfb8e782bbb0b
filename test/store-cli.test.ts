/**
 * The store commands as a user runs them: `dateline ingest` (and its resume after a
 * kill -9), `dateline claims`, and `dateline ingest --queue` with two `dateline worker`
 * processes sharing one PostgreSQL server.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClaimRow } from '../src/model/views.js';
import { builtCliExists, jsonLines, projectRoot, runCli } from './helpers/cli.js';
import { postgresAvailable, postgresSkipNote, startPostgres, type PostgresServer } from './helpers/postgres.js';

const bin = join(projectRoot, 'bin', 'dateline.js');
const ARTICLES = 30;

/** Short local reports, each different, saved as Windows-1252 so that every one logs a charset warning as it is stored. */
async function writeCorpus(dir: string): Promise<void> {
  const towns = ['Aldermoor', 'Brackenfield', 'Calloway', 'Dunmere', 'Eastwick', 'Fernhollow'];
  const incidents = ['a flood in the old mill quarter', 'a fire at a grain store', 'a bus crash on the ring road', 'a gas leak at a school', 'a landslide above the harbour'];
  for (let i = 0; i < ARTICLES; i++) {
    const town = towns[i % towns.length];
    const incident = incidents[i % incidents.length];
    const hurt = 3 + ((i * 7) % 30);
    const text =
      `${hurt} hurt after ${incident} in ${town}\n\n` +
      `${town} council said ${hurt} people were taken to hospital on ${['Monday', 'Tuesday', 'Friday'][i % 3]} after ${incident}. ` +
      `It was call-out number ${i + 1} this month for the county’s crews.\n\n` +
      `“We heard the sirens from the café,” said a shopkeeper on Quay Street, who asked not to be named. ` +
      `Engineers will inspect the site before the road reopens, the council added.\n`;
    await writeFile(join(dir, `report-${String(i).padStart(2, '0')}.txt`), windows1252(text));
  }
}

const WINDOWS_1252: Record<string, number> = { '’': 0x92, '“': 0x93, '”': 0x94, 'é': 0xe9 };
const windows1252 = (text: string) => Buffer.from([...text].map((c) => WINDOWS_1252[c] ?? c.charCodeAt(0)));

/** Runs the CLI without waiting, calling `onStderr` with what it has written to stderr so far. */
function startCli(args: string[], onStderr?: (soFar: string, kill: () => void) => void) {
  const child = spawn(process.execPath, [bin, ...args], { cwd: projectRoot, env: { ...process.env, NO_COLOR: '1' } });
  let stderr = '';
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    onStderr?.(stderr, () => child.kill('SIGKILL'));
  });
  const done = new Promise<{ status: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr })),
  );
  return { child, done };
}

/** Polls until `ready` holds (a process's state seen from outside), failing after a minute. */
async function waitFor(ready: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (await ready()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('gave up waiting');
}

/** "dateline: 12 stored, 3 already stored, 0 failed, 1 skipped, ..." -> numbers. */
function summary(stderr: string) {
  const m = /dateline: (\d+) (stored|queued), (\d+) already stored, (\d+) failed, (\d+) skipped/.exec(stderr);
  if (!m) throw new Error(`no summary line in: ${stderr}`);
  return { done: Number(m[1]), already: Number(m[3]), failed: Number(m[4]), skipped: Number(m[5]) };
}

describe.skipIf(!builtCliExists())('dateline ingest and claims on the embedded database', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dateline-store-cli-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('stores the samples, and a second ingest stores nothing new', () => {
    const data = join(dir, 'samples-db');
    const first = runCli(['ingest', 'samples', 'test/fixtures/store', '--data', data, '--no-progress', '--jobs', '1']);
    expect(first.status).toBe(0);
    const stored = summary(first.stderr);
    expect(stored).toMatchObject({ already: 0, failed: 0, skipped: 1 });
    expect(stored.done).toBeGreaterThanOrEqual(19);
    // The dam failure, the Lisbon port strike, and the two flood reports written for these tests.
    expect(first.stderr).toMatch(/, 3 stories,/);
    const again = runCli(['ingest', 'samples', 'test/fixtures/store', '--data', data, '--no-progress', '--jobs', '1']);
    expect(again.status).toBe(0);
    expect(summary(again.stderr)).toEqual({ done: 0, already: stored.done, failed: 0, skipped: 1 });

    const killed = runCli(['claims', '--data', data, '--kind', 'killed', '--where', 'Mozambique', '--format', 'jsonl']);
    expect(killed.status).toBe(0);
    const rows = jsonLines(killed.stdout).map((r) => ClaimRow.parse(r));
    expect(rows.map((r) => [r.value, r.outlet])).toEqual([[31, 'Coastal Times'], [23, 'Harbour Wire']]);
    const table = runCli(['claims', '--data', data, '--kind', 'killed', '--where', 'Mozambique']);
    expect(table.stdout).toContain('as of 2025-04-08  at least 23 people killed in gpe:mozambique, according to the National Institute for Disaster Management');
    expect(table.stdout).toContain('“At least 23 people have been killed in Mozambique');
  }, 180_000);

  it('rejects a bad claims query with a usage error naming the option', () => {
    const bad = runCli(['claims', '--data', join(dir, 'unused'), '--kind', 'exploded']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/dateline: claims: --kind: .*killed/);
    const date = runCli(['claims', '--data', join(dir, 'unused'), '--from', '14 March']);
    expect(date.status).toBe(2);
    expect(date.stderr).toMatch(/--from: ISO 8601 date/);
  }, 60_000);

  it('resumes after kill -9: every document stored exactly once', async () => {
    const corpus = join(dir, 'corpus');
    const data = join(dir, 'resume-db');
    await mkdir(corpus);
    await writeCorpus(corpus);
    const args = ['ingest', corpus, '--data', data, '--no-progress', '--jobs', '1', '--no-stories'];
    // Each warning is printed as its document is handed to the store, after the one before it committed.
    const first = await startCli(args, (stderr, kill) => {
      if ((stderr.match(/warning:/g) ?? []).length >= 12) kill();
    }).done;
    expect(first.signal).toBe('SIGKILL');
    const second = summary(runCli(args).stderr);
    expect(second.already).toBeGreaterThanOrEqual(11);
    expect(second.done + second.already).toBe(ARTICLES);
    expect(second.failed).toBe(0);
    expect(summary(runCli(args).stderr)).toEqual({ done: 0, already: ARTICLES, failed: 0, skipped: 0 });
    expect(runCli(['link', '--data', data]).stderr).toContain(`from ${ARTICLES} documents`);
  }, 120_000);
});

describe.skipIf(!builtCliExists() || !postgresAvailable)('dateline ingest --queue and two workers on PostgreSQL', () => {
  let server: PostgresServer;
  let dir: string;
  beforeAll(async () => {
    server = await startPostgres();
    dir = await mkdtemp(join(tmpdir(), 'dateline-queue-cli-'));
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('processes every queued document exactly once', async () => {
    const url = await server.createDatabase('queue');
    await writeCorpus(dir);
    const queued = runCli(['ingest', dir, '--queue', '--database-url', url, '--no-progress']);
    expect(queued.status).toBe(0);
    expect(summary(queued.stderr)).toEqual({ done: ARTICLES, already: 0, failed: 0, skipped: 0 });
    expect(summary(runCli(['ingest', dir, '--queue', '--database-url', url, '--no-progress']).stderr).already).toBe(ARTICLES);

    const worker = () => startCli(['worker', '--once', '--batch', '3', '--jobs', '1', '--database-url', url]).done;
    const results = await Promise.all([worker(), worker()]);
    const counts = results.map((r) => {
      expect(r.status).toBe(0);
      const m = /worker: (\d+) stored, (\d+) already stored, (\d+) failed/.exec(r.stderr);
      expect(m).not.toBeNull();
      return { stored: Number(m![1]), already: Number(m![2]), failed: Number(m![3]) };
    });
    expect(counts[0].stored + counts[1].stored).toBe(ARTICLES);
    expect(counts.every((c) => c.already === 0 && c.failed === 0)).toBe(true);

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query<{ documents: string; done: string; keys: string; sources: string }>(
        `select (select count(*) from documents) as documents,
                (select count(*) from queue where state = 'done') as done,
                (select count(distinct document) from queue) as keys,
                (select count(*) from sources) as sources`,
      );
      expect(rows[0]).toEqual({ documents: String(ARTICLES), done: String(ARTICLES), keys: String(ARTICLES), sources: String(ARTICLES) });
    } finally {
      await client.end();
    }
  }, 180_000);

  it('loses nothing when a worker is killed mid-batch: its documents wait again, and the next worker stores each once', async () => {
    const url = await server.createDatabase('crash');
    const corpus = join(dir, 'crash');
    await mkdir(corpus);
    await writeCorpus(corpus);
    expect(runCli(['ingest', corpus, '--queue', '--database-url', url, '--no-progress']).status).toBe(0);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const count = async (query: string) => Number((await client.query<{ n: string }>(query)).rows[0].n);
    try {
      // The whole queue in one batch; once its rows are locked the worker is inside its transaction.
      const running = startCli(['worker', '--once', '--batch', String(ARTICLES), '--jobs', '1', '--database-url', url]);
      // FOR UPDATE holds a row-share lock on the queue table until the transaction ends; looking at pg_locks takes no lock itself.
      const workerInTransaction = `select count(*) as n from pg_locks l join pg_class c on c.oid = l.relation
        where c.relname = 'queue' and l.mode = 'RowShareLock' and l.pid <> pg_backend_pid()
          and l.database = (select oid from pg_database where datname = current_database())`;
      await waitFor(async () => (await count(workerInTransaction)) > 0);
      running.child.kill('SIGKILL');
      expect((await running.done).signal).toBe('SIGKILL');
      // The server rolls the dead worker's transaction back when its connection drops.
      await waitFor(async () => (await count(workerInTransaction)) === 0);
      expect(await count(`select count(*) as n from queue where state = 'queued'`)).toBe(ARTICLES);
      expect(await count('select count(*) as n from documents')).toBe(0);

      const retry = runCli(['worker', '--once', '--jobs', '1', '--database-url', url]);
      expect(retry.stderr).toMatch(new RegExp(`worker: ${ARTICLES} stored, 0 already stored, 0 failed`));
      expect(await count('select count(*) as n from documents')).toBe(ARTICLES);
      expect(await count(`select count(*) as n from queue where state = 'done'`)).toBe(ARTICLES);
    } finally {
      await client.end();
    }
  }, 180_000);
});

if (!postgresAvailable) {
  describe('dateline worker on PostgreSQL', () => {
    it.skip(postgresSkipNote, () => {});
  });
}
