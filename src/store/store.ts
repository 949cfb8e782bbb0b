/** The store over an open database: the reader, the writer, stories and the queue behind one object. */
import type { Database } from './database.js';
import type { Store } from './index.js';
import { enqueue, processBatch } from './queue.js';
import { Reader } from './reader.js';
import { relinkStories } from './relink.js';
import { inTransaction } from './retry.js';
import { addDocument, recordSource } from './writer.js';

export function createStore({ db, where, engine, close }: Database): Store {
  const reader = new Reader(db);
  return {
    where,
    engine,
    stats: () => reader.stats(),
    search: (q) => reader.search(q),
    document: (id) => reader.document(id),
    entities: (q) => reader.entities(q),
    entity: (id) => reader.entity(id),
    events: (q) => reader.events(q),
    quotes: (q) => reader.quotes(q),
    claims: (q) => reader.claims(q),
    stories: (q) => reader.stories(q),
    story: (id) => reader.story(id),
    add: (doc, key) => inTransaction(db, (trx) => addDocument(trx, doc, key)),
    hasSource: async (key) => !!(await db.selectFrom('sources').select('key').where('key', '=', key).executeTakeFirst()),
    recordSource: (key, document, message) => recordSource(db, key, document, message ?? null),
    relink: () => relinkStories(db, reader),
    enqueue: (raw, key) => enqueue(db, raw, key),
    work: (limit, analyse) => processBatch(db, limit, analyse),
    close,
  };
}
