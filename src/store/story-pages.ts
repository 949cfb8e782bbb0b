/**
 * Story pages kept gzip-compressed beside their JSON (migration 006_compressed_story_pages), so
 * that the server sends a client that accepts gzip about a sixth of the bytes without compressing
 * anything per request. Compressed here, at link time, from the stored JSON text itself: the
 * compressed page is byte for byte that text once decompressed.
 */
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { sql, type QueryExecutorProvider } from 'kysely';

const gzipAsync = promisify(gzip);

/** Pages read and compressed per query: at most a few tens of megabytes in memory (the largest page is about 300 KB). */
const BATCH = 100;

/** Compresses every stored page that has no compressed copy yet; returns how many were compressed. */
export async function compressStoryPages(db: QueryExecutorProvider): Promise<number> {
  let after = '';
  let done = 0;
  for (;;) {
    // The ids first: a plan that sorts the candidates would otherwise decompress every remaining page to sort them.
    const { rows: next } = await sql<{ id: string }>`select id from stories
      where page is not null and page_gzip is null and id > ${after}::text order by id limit ${BATCH}`.execute(db);
    if (next.length === 0) return done;
    const { rows } = await sql<{ id: string; page: string }>`select id, page::text as page from stories
      where id = any(${next.map((r) => r.id)}::text[]) order by id`.execute(db);
    // zlib runs on libuv's threads: the batch is compressed on every core.
    const compressed = await Promise.all(rows.map((r) => gzipAsync(r.page)));
    // As hex text, decoded in SQL: one bound text[] works the same on PostgreSQL and PGlite.
    await sql`update stories s set page_gzip = decode(p.hex, 'hex')
      from unnest(${rows.map((r) => r.id)}::text[], ${compressed.map((z) => z.toString('hex'))}::text[]) as p(id, hex)
      where s.id = p.id`.execute(db);
    after = rows[rows.length - 1].id;
    done += rows.length;
  }
}
