/** The store over an open database: the reader, the writer, stories and the queue behind one object. */
import type { Database } from './database.js';
import type { Store } from './index.js';
import { enqueue, processBatch } from './queue.js';
import { Reader } from './reader.js';
import { relinkStories } from './relink.js';
import { inTransaction } from './retry.js';
import { bumpVersion } from './version.js';
import { addDocument, recordSource } from './writer.js';

export function createStore({ db, where, engine, close }: Database): Store {
  const reader = new Reader(db);
  return {
    where,
    engine,
    version: () => reader.version(),
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
    storyPage: (id, accept) => reader.storyPage(id, accept),
    add: (doc, key) =>
      inTransaction(db, async (trx) => {
        const result = await addDocument(trx, doc, key);
        // Last in the transaction: the version row is locked only until the commit that follows.
        if (result === 'stored') await bumpVersion(trx);
        return result;
      }),
    hasSource: async (key) => !!(await db.selectFrom('sources').select('key').where('key', '=', key).executeTakeFirst()),
    recordSource: (key, document, message) => recordSource(db, key, document, message ?? null),
    relink: () => relinkStories(db, reader),
    enqueue: (raw, key) => enqueue(db, raw, key),
    work: (limit, analyse) => processBatch(db, limit, analyse),
    close,
  };
}
