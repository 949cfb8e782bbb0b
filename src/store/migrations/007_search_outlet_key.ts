/**
 * The outlet beside the words and the date in the search index, and the month beside the date,
 * measured by bench/store.mjs on 100,000 documents.
 *
 * A search with words finds its newest matches one slice of dates at a time in the two-column
 * GIN index of 005_search_slices. With an outlet, the planner ANDed each slice's bitmap with the
 * `documents_outlet` btree (its 12,245 rows read again for every slice, 0.6-1.5 ms each), and
 * since an outlet keeps about 1 match in 8 the slices grew until they held 8 times the rows:
 * 34 ms of a 49 ms search (EXPLAIN ANALYZE, the bench's search + outlet + date range mix).
 * With the outlet as a third column, GIN intersects word, date and outlet inside the index.
 *
 * A slice of dates was one key per date, and GIN steps through every key of a condition for each
 * match it considers: a slice of two months of a common word took 45 ms, its two month keys 20 ms.
 * The date key now also holds the month a date falls in ("2024-03/"; src/store/filters.ts,
 * publishedKey), so a slice asks for a whole month with one key.
 *
 * The outlet key is the outlet in lower case (as the outlet filter compares it) in a one-element
 * array; the index replaces the two-column one.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index documents_search on documents using gin (
    tsv, (array[coalesce(published, ''), left(published, 7) || '/']), (array[lower(outlet)])
  )`.execute(db);
  await sql`drop index documents_tsv_published`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`create index documents_tsv_published on documents using gin (tsv, (array[coalesce(published, '')]))`.execute(db);
  await sql`drop index documents_search`.execute(db);
}
