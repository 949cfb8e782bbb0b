/**
 * One SQL dialect, two engines: PostgreSQL through `pg` when a URL is given, else PGlite
 * (PostgreSQL compiled to WebAssembly) in a local folder. Migrations and queries are the
 * same on both.
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import { lockDataDir } from './data-lock.js';
import { PGliteDialect } from './pglite-dialect.js';
import type { Schema } from './schema.js';

export const DEFAULT_DATA_DIR = 'dateline-data';

export interface DatabaseOptions {
  /** PGlite data folder (default ./dateline-data); `memory://` keeps it in memory. */
  data?: string;
  /** postgres://... : wins over `data`. */
  url?: string;
}

export interface Database {
  db: Kysely<Schema>;
  /** Where the data lives, for messages (a URL without its password, or a folder). */
  where: string;
  engine: 'pglite' | 'postgres';
  /** Closes the connections (and gives back the folder's lock). */
  close(): Promise<void>;
}

const INT8 = 20;
const NUMERIC = 1700;
/** Counts and sequence numbers stay far below 2^53: numbers are simpler for every caller than strings. */
const toNumber = (value: string) => Number(value);

// The engines are imported when a store is opened, not when the CLI starts: `dateline analyze`
// never opens one, and PGlite and pg cost it about 20 MB of resident memory.
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.url) {
    const { default: pg } = await import('pg');
    const types = {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === INT8 || oid === NUMERIC ? toNumber : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    };
    const pool = new pg.Pool({ connectionString: options.url, types, max: 4 });
    const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
    return { db, where: redactUrl(options.url), engine: 'postgres', close: () => db.destroy() };
  }
  const data = options.data ?? DEFAULT_DATA_DIR;
  const inMemory = data.startsWith('memory://');
  const dataDir = inMemory ? data : resolve(data);
  let unlock = async () => {};
  if (!inMemory) {
    await mkdir(dataDir, { recursive: true });
    unlock = await lockDataDir(dataDir);
  }
  let db: Kysely<Schema>;
  try {
    const { PGlite } = await import('@electric-sql/pglite');
    const pglite = await PGlite.create(dataDir, { parsers: { [INT8]: toNumber, [NUMERIC]: toNumber } });
    db = new Kysely<Schema>({ dialect: new PGliteDialect(pglite) });
  } catch (error) {
    await unlock();
    throw error;
  }
  const close = async () => {
    try {
      await db.destroy();
    } finally {
      await unlock();
    }
  };
  return { db, where: dataDir, engine: 'pglite', close };
}

function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '<database url>';
  }
}
