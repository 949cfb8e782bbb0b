/**
 * Story pages gzip-compressed at link time, measured by bench/store.mjs on 100,000 documents.
 *
 * A story page averages 80 KB of JSON (largest 310 KB); at 50 connections the server spent 36% of
 * its time writing pages to sockets and 8% decoding them from PostgreSQL's wire format. Compressed
 * with gzip they average 13 KB (5.7 times smaller), but compressing one takes about 2 ms, too much
 * per request: `page_gzip` keeps each page compressed, written beside `page` whenever stories are
 * rebuilt (src/store/story-pages.ts) and filled here for the stories already stored. Stored as it
 * is (storage external): compressing gzip again would only cost time.
 */
import { sql, type Kysely } from 'kysely';
import { compressStoryPages } from '../story-pages.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table stories add column page_gzip bytea`.execute(db);
  await sql`alter table stories alter column page_gzip set storage external`.execute(db);
  await compressStoryPages(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table stories drop column page_gzip`.execute(db);
}
