/**
 * The first schema. Documents keep their text and the analysis records without a table
 * of their own; entities, events, quotes and claims get one row each so that they can
 * be filtered and paged across documents.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`create table documents (
      id text primary key,
      seq bigserial not null unique,
      source jsonb not null,
      outlet text,
      title text,
      published text,
      language text not null,
      text text not null,
      analysis jsonb not null,
      tsv tsvector generated always as (
        setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', text), 'B')
      ) stored,
      ingested_at timestamptz not null default now()
    )`,
    sql`create index documents_tsv on documents using gin (tsv)`,
    sql`create index documents_published on documents (published)`,
    sql`create index documents_outlet on documents (lower(outlet))`,

    sql`create table entities (
      id text primary key,
      name text not null,
      type text not null,
      country text,
      aliases text[] not null default '{}',
      roles text[] not null default '{}',
      documents integer not null default 0,
      mentions integer not null default 0
    )`,
    sql`create table entity_names (
      name text not null,
      entity text not null references entities (id),
      primary key (name, entity)
    )`,
    sql`create index entity_names_prefix on entity_names (name text_pattern_ops)`,
    sql`create index entity_names_entity on entity_names (entity)`,

    sql`create table document_entities (
      document text not null references documents (id),
      entity text not null references entities (id),
      mentions integer not null check (mentions >= 0),
      primary key (document, entity)
    )`,
    sql`create index document_entities_entity on document_entities (entity)`,

    sql`create table events (
      document text not null references documents (id),
      ord integer not null,
      type text not null,
      mode text,
      cameo text,
      source text[] not null,
      target text[] not null,
      date text,
      location text,
      negated boolean not null,
      evidence jsonb not null,
      primary key (document, ord)
    )`,
    sql`create index events_type on events (type)`,
    sql`create index events_source on events using gin (source)`,
    sql`create index events_target on events using gin (target)`,

    sql`create table quotes (
      document text not null references documents (id),
      ord integer not null,
      text text not null,
      direct boolean not null,
      speaker text,
      speaker_text text,
      start integer not null,
      "end" integer not null,
      tsv tsvector generated always as (to_tsvector('english', text)) stored,
      primary key (document, ord)
    )`,
    sql`create index quotes_speaker on quotes (speaker)`,
    sql`create index quotes_speaker_text on quotes (lower(speaker_text))`,
    sql`create index quotes_tsv on quotes using gin (tsv)`,

    sql`create table claims (
      document text not null references documents (id),
      ord integer not null,
      kind text not null check (kind in ('killed', 'wounded', 'abducted', 'displaced', 'arrested', 'missing', 'other')),
      value double precision not null check (value = value),
      qualifier text,
      who text,
      place text,
      attribution text,
      as_of text,
      evidence jsonb not null,
      share jsonb,
      primary key (document, ord)
    )`,
    sql`create index claims_kind on claims (kind)`,
    sql`create index claims_place on claims (place)`,

    sql`create table stories (
      id text primary key,
      ord integer not null,
      title text not null,
      date text,
      documents integer not null,
      outlets text[] not null,
      comparison jsonb not null
    )`,
    sql`create table story_documents (
      story text not null references stories (id) on delete cascade,
      document text not null references documents (id),
      ord integer not null,
      primary key (story, document)
    )`,
    sql`create index story_documents_document on story_documents (document)`,

    sql`create table sources (
      key text primary key,
      document text references documents (id),
      message text,
      recorded_at timestamptz not null default now()
    )`,

    sql`create table queue (
      id bigserial primary key,
      key text not null unique,
      raw jsonb not null,
      state text not null default 'queued' check (state in ('queued', 'done', 'failed')),
      document text,
      message text,
      queued_at timestamptz not null default now(),
      finished_at timestamptz
    )`,
    sql`create index queue_waiting on queue (id) where state = 'queued'`,
  ];
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['queue', 'sources', 'story_documents', 'stories', 'claims', 'quotes', 'events', 'document_entities', 'entity_names', 'entities', 'documents']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
