/**
 * The store's version: a counter that every write a reader could see bumps in its own
 * transaction (migration 003_serving), so a cache of answers knows with one cheap query
 * whether it may still serve them.
 */
import { sql, type Kysely } from 'kysely';
import type { Schema } from './schema.js';

/** Call inside the writing transaction: readers then see the new version and the new rows together. */
export async function bumpVersion(trx: Kysely<Schema>): Promise<void> {
  await sql`update store_version set version = version + 1`.execute(trx);
}

export async function storeVersion(db: Kysely<Schema>): Promise<number> {
  const { rows } = await sql<{ version: number }>`select version from store_version`.execute(db);
  return rows[0]?.version ?? 0;
}
