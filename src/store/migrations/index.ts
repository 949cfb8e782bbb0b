/** Versioned migrations, in code so that they ship inside dist/ with no file lookups. Append; never edit one that has shipped. */
import { Migrator, type Kysely, type Migration, type MigrationProvider, type MigrationResultSet } from 'kysely';
import type { Schema } from '../schema.js';
import * as initial from './001_initial.js';
import * as fasterReads from './002_faster_reads.js';
import * as serving from './003_serving.js';
import * as inferredDates from './004_inferred_dates.js';
import * as searchSlices from './005_search_slices.js';
import * as compressedStoryPages from './006_compressed_story_pages.js';
import * as searchOutletKey from './007_search_outlet_key.js';

const MIGRATIONS: Record<string, Migration> = {
  '001_initial': initial,
  '002_faster_reads': fasterReads,
  '003_serving': serving,
  '004_inferred_dates': inferredDates,
  '005_search_slices': searchSlices,
  '006_compressed_story_pages': compressedStoryPages,
  '007_search_outlet_key': searchOutletKey,
};

const provider: MigrationProvider = {
  getMigrations: async () => MIGRATIONS,
};

/** Runs pending migrations; throws with the failing migration's name and reason. */
export async function migrateToLatest(db: Kysely<Schema>): Promise<void> {
  reportFailure(await new Migrator({ db, provider }).migrateToLatest());
}

/** Runs pending migrations up to and including `name`: a store as an older version left it, for tests of a migration on existing data. */
export async function migrateTo(db: Kysely<Schema>, name: string): Promise<void> {
  if (!(name in MIGRATIONS)) throw new Error(`no database migration named ${name}`);
  reportFailure(await new Migrator({ db, provider }).migrateTo(name));
}

function reportFailure({ error, results }: MigrationResultSet): void {
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(failed ? `database migration ${failed} failed: ${reason}` : reason);
  }
}
