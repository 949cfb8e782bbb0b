/**
 * The work queue shared by `dateline worker` processes. A worker locks a batch of waiting
 * rows (FOR UPDATE SKIP LOCKED: other workers pass them by), analyses them, and stores
 * each document and marks its row done in that same transaction. A worker that dies
 * mid-batch rolls back: the rows wait again, nothing is lost and nothing is done twice.
 */
import { sql, type Kysely } from 'kysely';
import { describeSource, errorMessage, RawDocument } from '../model/index.js';
import type { DocumentOutcome } from '../pipeline/document.js';
import { inTransaction, isRetryable } from './retry.js';
import type { Schema } from './schema.js';
import { bumpVersion } from './version.js';
import { addDocument, recordSource } from './writer.js';

export interface WorkTally {
  /** Queue rows taken in this batch; 0 when nothing was waiting. */
  taken: number;
  stored: number;
  duplicates: number;
  failed: number;
  /** One line per failure: "path (record): reason". */
  failures: string[];
}

export type Analyse = (batch: RawDocument[]) => Promise<DocumentOutcome[]>;

/**
 * Key of the transaction-level advisory lock a batch holds while it writes. Documents of
 * one batch share entities (countries, agencies) in no common order, so two workers writing
 * at once lock the same entity rows in opposite orders and deadlock, again on every retry
 * (bench/store.mjs saw a worker die after five attempts). Writes are a small share of a
 * batch's time; analysis, before the lock, stays parallel.
 */
const WRITE_LOCK = 7_203_911_001;

export async function enqueue(db: Kysely<Schema>, raw: RawDocument, key: string): Promise<'queued' | 'duplicate'> {
  return inTransaction(db, async (trx) => {
    const row = await trx
      .insertInto('queue')
      .values({ key, raw: JSON.stringify(raw) })
      .onConflict((oc) => oc.column('key').doNothing())
      .returning('id')
      .executeTakeFirst();
    // The stats count queued documents.
    if (row) await bumpVersion(trx);
    return row ? 'queued' : 'duplicate';
  });
}

export async function processBatch(db: Kysely<Schema>, limit: number, analyse: Analyse): Promise<WorkTally> {
  return inTransaction(db, async (trx) => {
    const tally: WorkTally = { taken: 0, stored: 0, duplicates: 0, failed: 0, failures: [] };
    const { rows } = await sql<{ id: number; key: string; raw: unknown }>`
      select id, key, raw from queue where state = 'queued'
      order by id limit ${limit}
      for update skip locked`.execute(trx);
    tally.taken = rows.length;
    if (rows.length === 0) return tally;

    const finish = async (id: number, key: string, document: string | null, message: string | null) => {
      await trx
        .updateTable('queue')
        .set({ state: document ? 'done' : 'failed', document, message, finished_at: sql<Date>`now()` })
        .where('id', '=', id)
        .execute();
      if (!document) await recordSource(trx, key, null, message);
    };

    const runnable: { id: number; key: string; raw: RawDocument }[] = [];
    for (const row of rows) {
      const parsed = RawDocument.safeParse(row.raw);
      if (parsed.success) runnable.push({ id: row.id, key: row.key, raw: parsed.data });
      else {
        tally.failed += 1;
        tally.failures.push(`queue row ${row.id}: not a raw document: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
        await finish(row.id, row.key, null, 'not a raw document');
      }
    }
    const outcomes = await analyse(runnable.map((r) => r.raw));
    await sql`select pg_advisory_xact_lock(${WRITE_LOCK}::bigint)`.execute(trx);
    for (const [i, outcome] of outcomes.entries()) {
      const { id, key, raw } = runnable[i];
      if (!outcome.ok) {
        tally.failed += 1;
        tally.failures.push(`${describeSource(raw.source)}: ${outcome.message}`);
        await finish(id, key, null, outcome.message);
        continue;
      }
      // A savepoint per document: one that the database refuses fails alone, not the batch.
      await sql`savepoint document`.execute(trx);
      try {
        const result = await addDocument(trx, outcome.doc, key);
        await finish(id, key, outcome.doc.id, null);
        await sql`release savepoint document`.execute(trx);
        if (result === 'stored') tally.stored += 1;
        else tally.duplicates += 1;
      } catch (error) {
        await sql`rollback to savepoint document`.execute(trx);
        // A deadlock aborts the whole batch, to be retried; anything else fails this document alone.
        if (isRetryable(error)) throw error;
        const message = `not stored: ${errorMessage(error)}`;
        tally.failed += 1;
        tally.failures.push(`${describeSource(raw.source)}: ${message}`);
        await finish(id, key, null, message);
      }
    }
    // Once per batch, after every write: under the write lock, so batches never wait on each other for it.
    await bumpVersion(trx);
    return tally;
  });
}
