/**
 * The throwaway PostgreSQL server of postgres-server.mjs, for tests.
 *
 * When PostgreSQL is not installed the storage tests run on PGlite only, with a note;
 * DATELINE_REQUIRE_POSTGRES=1 (set by .ci/run) makes that a failure instead.
 */
import { afterAll, describe, it } from 'vitest';
import type { DatabaseOptions } from '../../src/store/database.js';
import { postgresBinDir, postgresMissingNote, startPostgres as startServer, type PostgresServer } from './postgres-server.mjs';

export { postgresBinDir, type PostgresServer } from './postgres-server.mjs';

export const postgresRequired = process.env.DATELINE_REQUIRE_POSTGRES === '1';
export const postgresAvailable = postgresBinDir() !== null;
if (!postgresAvailable && postgresRequired) {
  throw new Error('DATELINE_REQUIRE_POSTGRES=1 but initdb is not installed (apt-get install postgresql)');
}
export const postgresSkipNote = `${postgresMissingNote}: these tests ran on PGlite only`;

export async function startPostgres(): Promise<PostgresServer> {
  if (!postgresAvailable) throw new Error(postgresSkipNote);
  return startServer();
}

/** Where a storage test opens its database: embedded PGlite, or a database of the throwaway server. */
export interface StorageEngine {
  name: 'PGlite' | 'PostgreSQL';
  /** Options for openDatabase; `database` names a fresh database on the server (PGlite: a new in-memory one). */
  options(database: string): Promise<DatabaseOptions>;
}

/**
 * The engines a storage suite runs on: PGlite always, PostgreSQL when installed (one server
 * for the file, stopped after it); without it, a skipped test named `suite` says why.
 */
export function storageEngines(suite: string): StorageEngine[] {
  let server: PostgresServer | null = null;
  afterAll(async () => {
    await server?.stop();
  });
  if (!postgresAvailable) describe(`${suite} on PostgreSQL`, () => it.skip(postgresSkipNote, () => {}));
  const pglite: StorageEngine = { name: 'PGlite', options: async () => ({ data: 'memory://' }) };
  const postgres: StorageEngine = {
    name: 'PostgreSQL',
    options: async (database) => {
      server ??= await startPostgres();
      return { url: await server.createDatabase(database) };
    },
  };
  return postgresAvailable ? [pglite, postgres] : [pglite];
}
