/**
 * What the HTTP server needs to answer quickly, measured by bench/store.mjs on 100,000 documents.
 *
 * `store_version` is a one-row counter bumped in the same transaction as every write a reader
 * could see (a document stored, stories rebuilt, the queue changed): the server's response
 * cache compares it, one cheap query every few hundred milliseconds, instead of watching tables.
 *
 * `documents_newest` serves the newest-first order (searches without words, and `sort=newest`)
 * from an index: the old (published) index, read backwards, puts undated documents first.
 *
 * A story page (`/api/stories/{id}`: the story and its reports in full) took five queries
 * and the assembly of every report's events, quotes and claims per request (p50 239 ms at
 * 50 connections). Its content only changes when stories are rebuilt, so `stories.page`
 * holds it, written by `story_page(id)` at link time (src/store/relink.ts) and filled here
 * for the stories already stored. The function is the one definition of a story page's
 * JSON; src/store/reader.ts reads the column (or calls the function for a story without it).
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table store_version (
    one boolean primary key default true check (one),
    version bigint not null
  )`.execute(db);
  await sql`insert into store_version (one, version) values (true, 1)`.execute(db);
  await sql`create index documents_newest on documents (published desc nulls last, seq desc)`.execute(db);
  await sql`alter table stories add column page json`.execute(db);
  // json, not jsonb: kept as written, keys in the order of the API's schemas.
  await sql`create function story_page(story_id text) returns json language sql stable as $$
    select json_build_object(
      'story', s.id,
      'documents', coalesce((select json_agg(sd.document order by sd.ord) from story_documents sd where sd.story = s.id), '[]'::json),
      'title', s.title,
      'date', s.date,
      'comparison', s.comparison,
      'reports', coalesce((
        select json_agg(json_build_object(
          'id', d.id,
          'source', d.source,
          'outlet', d.outlet,
          'title', d.title,
          'published', d.published,
          'dateline', d.analysis -> 'dateline',
          'language', d.language,
          'text', d.text,
          'entities', d.analysis -> 'entities',
          'times', d.analysis -> 'times',
          'events', coalesce((
            select json_agg(json_build_object(
              'type', e.type, 'mode', e.mode, 'cameo', e.cameo, 'source', e.source, 'target', e.target,
              'date', e.date, 'location', e.location, 'negated', e.negated, 'evidence', e.evidence) order by e.ord)
            from events e where e.document = d.id), '[]'::json),
          'quotes', coalesce((
            select json_agg(json_build_object(
              'text', q.text, 'direct', q.direct, 'speaker', q.speaker, 'speakerText', q.speaker_text,
              'start', q.start, 'end', q."end") order by q.ord)
            from quotes q where q.document = d.id), '[]'::json),
          'claims', coalesce((
            select json_agg((jsonb_build_object(
              'kind', c.kind, 'value', c.value, 'qualifier', c.qualifier, 'who', c.who, 'where', c.place,
              'attribution', c.attribution, 'asOf', c.as_of, 'evidence', c.evidence)
              -- A claim without a share has no share key at all (src/model: optional).
              || case when c.share is null or jsonb_typeof(c.share) = 'null' then '{}'::jsonb else jsonb_build_object('share', c.share) end)::json
              order by c.ord)
            from claims c where c.document = d.id), '[]'::json),
          'eventDate', d.analysis -> 'eventDate') order by sd.ord)
        from story_documents sd join documents d on d.id = sd.document where sd.story = s.id), '[]'::json))
    from stories s where s.id = story_id
  $$`.execute(db);
  await sql`update stories set page = story_page(id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table stories drop column page`.execute(db);
  await sql`drop function story_page(text)`.execute(db);
  await sql`drop index documents_newest`.execute(db);
  await sql`drop table store_version`.execute(db);
}
