/**
 * The store stage: analysed documents in PostgreSQL — embedded PGlite in a local folder by
 * default, or a PostgreSQL server given by URL — with everything extracted from them, for
 * search, the HTTP API and workers. This file is the stage's only entry.
 */
import { errorMessage, type AnalysedDocument, type RawDocument } from '../model/index.js';
import type { StoreReader } from '../model/views.js';
import { DEFAULT_DATA_DIR, openDatabase } from './database.js';
import { migrateToLatest } from './migrations/index.js';
import type { Analyse, WorkTally } from './queue.js';
import { createStore } from './store.js';
import type { AddResult } from './writer.js';

export { DEFAULT_DATA_DIR } from './database.js';
export { sourceKey } from './source-key.js';
export type { Analyse, WorkTally } from './queue.js';

export interface StoreOptions {
  /** PGlite data folder (default ./dateline-data). */
  data?: string;
  /** postgres://... : wins over `data`. */
  url?: string;
}

export interface Store extends StoreReader {
  /** Where the data lives (folder, or URL without password), for messages. */
  readonly where: string;
  readonly engine: 'pglite' | 'postgres';
  /** Stores a document and all it holds in one transaction; a document already stored changes nothing. */
  add(doc: AnalysedDocument, sourceKey?: string): Promise<AddResult>;
  /** Whether an input (by `sourceKey`) was already ingested, stored or failed. */
  hasSource(sourceKey: string): Promise<boolean>;
  /** Records an input that led to no new document: the id of the copy already stored, or null and why it failed. */
  recordSource(sourceKey: string, document: string | null, message?: string): Promise<void>;
  /** Rebuilds stories from the stored documents, in ingest order; returns how many there are. */
  relink(): Promise<number>;
  /** Queues a raw document for `dateline worker`; a key already queued is not queued again. */
  enqueue(raw: RawDocument, sourceKey: string): Promise<'queued' | 'duplicate'>;
  /** Takes up to `limit` queued documents, analyses and stores them in one transaction. */
  work(limit: number, analyse: Analyse): Promise<WorkTally>;
  close(): Promise<void>;
}

/** Opens (creating the folder and schema when needed) and runs pending migrations. */
export async function openStore(options: StoreOptions): Promise<Store> {
  const database = await openDatabase(options).catch((error: unknown) => {
    throw new Error(`cannot open the store${options.url ? '' : ` in ${options.data ?? DEFAULT_DATA_DIR}`}: ${errorMessage(error)}`);
  });
  try {
    await migrateToLatest(database.db);
  } catch (error) {
    await database.close().catch(() => {});
    throw new Error(`cannot open the store at ${database.where}: ${errorMessage(error)}`);
  }
  return createStore(database);
}
