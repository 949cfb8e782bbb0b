/**
 * Event dates a story infers for a report that leaves them open (src/link/date-inference.ts).
 *
 * `events.date_inference` holds how the date was inferred, with the spans it rests on; null
 * when the date was read from the report itself (or there is none). Relinking writes the
 * inferences afresh (src/store/relink.ts), so that a story grown or changed since can change
 * or withdraw them; a read date is never overwritten.
 *
 * `story_page` is 003_serving's, with one change: an event whose date was inferred carries
 * `dateInference` after its other keys; any other event has no such key, like the model's
 * optional field. Pages stored before this migration have no inferences, so they stay as
 * they are until the next relink.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table events add column date_inference jsonb`.execute(db);
  // Relinking withdraws every inference first: this finds the few events that have one without reading them all.
  await sql`create index events_inferred on events (document, ord) where date_inference is not null`.execute(db);
  await storyPage(db, true);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await storyPage(db, false);
  await sql`drop index events_inferred`.execute(db);
  await sql`alter table events drop column date_inference`.execute(db);
}

/** The story page function, with or without the events' `dateInference` (003_serving's when without). */
async function storyPage(db: Kysely<unknown>, withInference: boolean): Promise<void> {
  // json_build_object keeps the keys in the order written, so the event's keys are written out twice rather than merged as jsonb (which reorders them).
  const event = withInference
    ? sql`case when e.date_inference is null
        then json_build_object(
          'type', e.type, 'mode', e.mode, 'cameo', e.cameo, 'source', e.source, 'target', e.target,
          'date', e.date, 'location', e.location, 'negated', e.negated, 'evidence', e.evidence)
        else json_build_object(
          'type', e.type, 'mode', e.mode, 'cameo', e.cameo, 'source', e.source, 'target', e.target,
          'date', e.date, 'location', e.location, 'negated', e.negated, 'evidence', e.evidence,
          'dateInference', e.date_inference)
        end`
    : sql`json_build_object(
          'type', e.type, 'mode', e.mode, 'cameo', e.cameo, 'source', e.source, 'target', e.target,
          'date', e.date, 'location', e.location, 'negated', e.negated, 'evidence', e.evidence)`;
  await sql`create or replace function story_page(story_id text) returns json language sql stable as $$
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
            select json_agg(${event} order by e.ord)
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
}
