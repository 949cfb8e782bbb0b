/**
 * Writing one analysed document: every row of it inside the caller's transaction, so a
 * document is stored whole or not at all. Writing it again changes nothing.
 */
import { sql, type Insertable, type Kysely, type Transaction } from 'kysely';
import type { AnalysedDocument, Entity } from '../model/index.js';
import { nameKey } from './filters.js';
import type { DocumentAnalysis, Schema } from './schema.js';

/** Rows per insert statement: PostgreSQL takes at most 65,535 parameters in one. */
const ROWS_PER_INSERT = 500;

export type AddResult = 'stored' | 'duplicate';

export async function addDocument(trx: Transaction<Schema>, doc: AnalysedDocument, sourceKey?: string): Promise<AddResult> {
  const analysis: DocumentAnalysis = { dateline: doc.dateline, entities: doc.entities, times: doc.times, eventDate: doc.eventDate };
  const inserted = await trx
    .insertInto('documents')
    .values({
      id: doc.id,
      source: JSON.stringify(doc.source),
      outlet: doc.outlet,
      title: doc.title,
      published: doc.published,
      language: doc.language,
      text: doc.text,
      analysis: JSON.stringify(analysis),
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (sourceKey) await recordSource(trx, sourceKey, doc.id, null);
  if (!inserted) return 'duplicate';

  const entities = mergeEntities(doc.entities);
  await upsertEntities(trx, entities);
  await insertChunked(
    trx,
    'document_entities',
    entities.map((e) => ({ document: doc.id, entity: e.id, mentions: e.mentions.length })),
  );
  await insertChunked(
    trx,
    'events',
    doc.events.map((e, ord) => ({
      document: doc.id,
      ord,
      type: e.type,
      mode: e.mode,
      cameo: e.cameo,
      source: e.source,
      target: e.target,
      date: e.date,
      location: e.location,
      negated: e.negated,
      evidence: JSON.stringify(e.evidence),
      date_inference: e.dateInference ? JSON.stringify(e.dateInference) : null,
    })),
  );
  await insertChunked(
    trx,
    'quotes',
    doc.quotes.map((q, ord) => ({
      document: doc.id,
      ord,
      text: q.text,
      direct: q.direct,
      speaker: q.speaker,
      speaker_text: q.speakerText,
      start: q.start,
      end: q.end,
    })),
  );
  await insertChunked(
    trx,
    'claims',
    doc.claims.map((c, ord) => ({
      document: doc.id,
      ord,
      kind: c.kind,
      value: c.value,
      qualifier: c.qualifier,
      who: c.who,
      place: c.where,
      attribution: c.attribution,
      as_of: c.asOf,
      evidence: JSON.stringify(c.evidence),
      share: JSON.stringify(c.share ?? null),
    })),
  );
  return 'stored';
}

/** Remembers that an input was ingested (document id) or failed (null and why), for resume. */
export async function recordSource(db: Kysely<Schema>, key: string, document: string | null, message: string | null): Promise<void> {
  await db
    .insertInto('sources')
    .values({ key, document, message })
    .onConflict((oc) => oc.column('key').doUpdateSet({ document, message }))
    .execute();
}

/** One row per canonical id, in id order: concurrent writers then lock shared entity rows in the same order. */
function mergeEntities(entities: Entity[]): Entity[] {
  const byId = new Map<string, Entity>();
  for (const e of entities) {
    const seen = byId.get(e.id);
    if (!seen) byId.set(e.id, { ...e, aliases: [...e.aliases], roles: [...e.roles], mentions: [...e.mentions] });
    else {
      seen.aliases = union(seen.aliases, e.aliases);
      seen.roles = union(seen.roles, e.roles);
      seen.mentions.push(...e.mentions);
    }
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

const union = (a: string[], b: string[]) => [...new Set([...a, ...b])];

async function upsertEntities(trx: Transaction<Schema>, entities: Entity[]): Promise<void> {
  // Ids are unique and sorted (mergeEntities): one statement may upsert them all.
  for (let i = 0; i < entities.length; i += ROWS_PER_INSERT) {
    const chunk = entities.slice(i, i + ROWS_PER_INSERT);
    // Aliases and roles accumulate over documents, in the order first seen; name and type stay as first stored.
    await trx
      .insertInto('entities')
      .values(
        chunk.map((e) => ({
          id: e.id,
          name: e.name,
          type: e.type,
          country: e.country,
          aliases: e.aliases,
          roles: e.roles,
          documents: 1,
          mentions: e.mentions.length,
        })),
      )
      .onConflict((oc) =>
        oc.column('id').doUpdateSet({
          aliases: sql<string[]>`array(select a from unnest(entities.aliases || excluded.aliases) with ordinality as u(a, n) group by a order by min(n))`,
          roles: sql<string[]>`array(select r from unnest(entities.roles || excluded.roles) with ordinality as u(r, n) group by r order by min(n))`,
          country: sql<string | null>`coalesce(entities.country, excluded.country)`,
          documents: sql<number>`entities.documents + 1`,
          mentions: sql<number>`entities.mentions + excluded.mentions`,
        }),
      )
      .execute();
    const names = chunk.flatMap((e) => [...new Set([e.name, ...e.aliases].map(nameKey))].map((name) => ({ name, entity: e.id })));
    await trx.insertInto('entity_names').values(names).onConflict((oc) => oc.doNothing()).execute();
  }
}

type InsertableTable = 'document_entities' | 'events' | 'quotes' | 'claims';

async function insertChunked<T extends InsertableTable>(
  trx: Transaction<Schema>,
  table: T,
  rows: Insertable<Schema[T]>[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    // kysely cannot narrow a generic table name; the rows are checked against Schema[T] above.
    const chunk = rows.slice(i, i + ROWS_PER_INSERT) as Insertable<Schema[InsertableTable]>[];
    await trx.insertInto(table as InsertableTable).values(chunk as never).execute();
  }
}
