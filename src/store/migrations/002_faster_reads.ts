/**
 * Two read paths measured by bench/store.mjs on 100,000 documents.
 *
 * Search ranks by the title and the lead, not the whole text. ts_rank_cd reads the whole
 * tsvector of every matching document; a full article's is several kilobytes, kept out of
 * line and compressed, so ranking a word found in 39,000 of 100,000 documents took 1.6 s
 * (EXPLAIN ANALYZE in bench/store.mjs's store) against 0.14 s for finding and sorting
 * them by date. The title and the first characters of the text (a news story's lead says
 * what it is about) make a vector small enough to stay in the row. Matching still uses
 * the whole text's index, so what a search finds and counts is unchanged.
 *
 * The story list's order gets an index: without it every page sorted all the stories.
 */
import { sql, type Kysely } from 'kysely';

/** Characters of the text in the ranking vector: about the first 150 words. */
export const LEAD_CHARS = 1000;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table documents add column rank_tsv tsvector generated always as (
    setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', left(text, ${sql.lit(LEAD_CHARS)})), 'B')
  ) stored`.execute(db);
  await sql`create index stories_newest on stories (date desc nulls last, documents desc, ord)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index stories_newest`.execute(db);
  await sql`alter table documents drop column rank_tsv`.execute(db);
}
