/**
 * The throwaway PostgreSQL server of postgres-server.mjs, for tests.
 *
 * When PostgreSQL is not installed the storage tests run on PGlite only, with a note;
 * DATELINE_REQUIRE_POSTGRES=1 (set by .ci/run) makes that a failure instead.
 */
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
