/**
 * Newest matches found a slice of publication dates at a time, measured by bench/store.mjs on
 * 100,000 documents.
 *
 * Search finds the newest 1,001 matches of its words (src/store/reader.ts). Walking the
 * newest-first index and testing `tsv @@ query` on each row reads the row's whole-text vector
 * out of line (4,497 rows read for "government offshore", 53 ms idle, 202 ms under load). The
 * text index alone reads every match (39,386 for "offshore"), and ANDing it with the
 * publication-date index still decodes the word's whole posting list (9-16 ms per common word,
 * for each slice of dates tried). One GIN index over the words and the date intersects the two
 * inside the index, skipping through the word's postings to the dates asked for (0.3-1 ms),
 * and its matches need no recheck, so no vector is read.
 *
 * The date key is the publication date as written (YYYY-MM-DD, YYYY-MM or YYYY), '' when there
 * is none, in a one-element array so that a slice of dates is one `&&` (overlap) condition.
 * The index also answers `tsv @@ query` alone, so it replaces the text-only index.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index documents_tsv_published on documents using gin (tsv, (array[coalesce(published, '')]))`.execute(db);
  await sql`drop index documents_tsv`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`create index documents_tsv on documents using gin (tsv)`.execute(db);
  await sql`drop index documents_tsv_published`.execute(db);
}
