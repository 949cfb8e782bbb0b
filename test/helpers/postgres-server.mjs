/**
 * A throwaway PostgreSQL server: initdb into a temporary folder, trust authentication,
 * loopback only, a free port, its socket inside the folder. As root the server programs
 * run as the `postgres` user (initdb refuses root). Shared by the storage tests
 * (test/helpers/postgres.ts) and the store bench (bench/store.mjs), so both run the same
 * server; plain JavaScript because the bench runs on Node without a TypeScript step.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chown, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export const postgresMissingNote = 'PostgreSQL is not installed (no initdb)';

/** The folder holding initdb and pg_ctl, or null when PostgreSQL is not installed. */
export function postgresBinDir() {
  const onPath = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' }).stdout.trim();
  if (onPath) return onPath.replace(/\/initdb$/, '');
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian).sort((a, b) => Number(b) - Number(a));
    for (const v of versions) if (existsSync(join(debian, v, 'bin', 'initdb'))) return join(debian, v, 'bin');
  }
  return null;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

const asRoot = process.getuid?.() === 0;

/** Runs a PostgreSQL program, as the `postgres` user when we are root. */
function run(binDir, program, args) {
  const path = join(binDir, program);
  const [command, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', path, ...args]] : [path, args];
  execFileSync(command, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
}

/**
 * Starts a server; `settings` adds `-c name=value` server settings (the bench raises
 * max_connections for its workers and API pool). `dir` keeps the server's folder: made
 * (initdb) when it holds no server yet, reused as it is otherwise, and left in place by stop().
 * @param {{ settings?: string[], dir?: string }} [options]
 * @returns {Promise<import('./postgres-server.d.mts').PostgresServer>}
 */
export async function startPostgres(options = {}) {
  const binDir = postgresBinDir();
  if (!binDir) throw new Error(postgresMissingNote);
  const keep = options.dir !== undefined;
  const dir = keep ? options.dir : await mkdtemp(join(tmpdir(), 'dateline-pg-'));
  if (keep) await mkdir(dir, { recursive: true });
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    await chown(dir, uid, gid);
  }
  const data = join(dir, 'data');
  const port = await freePort();
  try {
    if (!existsSync(join(data, 'PG_VERSION'))) run(binDir, 'initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-locale', '--no-sync']);
    const settings = [`-p ${port}`, `-k ${dir}`, '-c listen_addresses=127.0.0.1', '-c fsync=off', '-c max_connections=50'];
    for (const setting of options.settings ?? []) settings.push(`-c ${setting}`);
    run(binDir, 'pg_ctl', ['-D', data, '-w', '-t', '60', '-l', join(dir, 'server.log'), '-o', settings.join(' '), 'start']);
  } catch (error) {
    if (!keep) await rm(dir, { recursive: true, force: true });
    throw error;
  }
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  return {
    url,
    async hasDatabase(name) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        return (await client.query('select 1 from pg_database where datname = $1', [name])).rows.length > 0;
      } finally {
        await client.end();
      }
    },
    databaseUrl: (name) => `postgres://postgres@127.0.0.1:${port}/${name}`,
    async createDatabase(name) {
      if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a plain database name: ${name}`);
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        // An identifier cannot be a bound parameter; the name is checked above.
        await client.query(`create database ${name}`);
      } finally {
        await client.end();
      }
      return `postgres://postgres@127.0.0.1:${port}/${name}`;
    },
    async stop() {
      try {
        // A kept folder is stopped cleanly, so the next start needs no recovery.
        run(binDir, 'pg_ctl', ['-D', data, '-w', '-m', keep ? 'fast' : 'immediate', 'stop']);
      } finally {
        if (!keep) await rm(dir, { recursive: true, force: true });
      }
    },
  };
}
