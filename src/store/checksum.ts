/** Row counts and a checksum of every table: what "nothing changed" means, for tests and checks. */
import { sql, type Kysely } from 'kysely';
import type { Schema } from './schema.js';

const TABLES: (keyof Schema)[] = [
  'documents',
  'entities',
  'entity_names',
  'document_entities',
  'events',
  'quotes',
  'claims',
  'stories',
  'story_documents',
  'sources',
  'queue',
];

export async function tableChecksums(db: Kysely<Schema>): Promise<Record<string, { rows: number; md5: string }>> {
  const sums: Record<string, { rows: number; md5: string }> = {};
  for (const table of TABLES) {
    const { rows } = await sql<{ rows: number; md5: string }>`
      select count(*) as rows, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as md5
      from ${sql.table(table)} t`.execute(db);
    sums[table] = rows[0];
  }
  return sums;
}
