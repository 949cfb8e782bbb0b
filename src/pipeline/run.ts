/**
 * Streams ingested items through extract and analyse on a pool of worker threads,
 * and gives back outcomes in input order. Memory stays flat: at most a few batches
 * are in flight whatever the corpus size.
 */
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { errorMessage, type AnalysedDocument, type IngestFailure, type IngestItem, type RawDocument, type Source } from '../model/index.js';
import type { LinkInput } from '../link/index.js';
import type { DocumentForm, DocumentOutcome, SerialisedOutcome } from './document.js';
import type { BatchTask } from './worker.js';
import { DocumentIdSet } from './id-set.js';

/** What a run says about an input besides its analysed documents. */
type OtherEvent =
  | { kind: 'failure'; source: Source; message: string }
  /** Input that holds no news document (a WARC image record): said, but not a failure. */
  | { kind: 'skipped'; source: Source; message: string }
  /** The same clean text was already seen in this run: skipped, not an error. */
  | { kind: 'duplicate'; source: Source; id: string };

export type RunEvent = { kind: 'document'; doc: AnalysedDocument; warnings: string[] } | OtherEvent;
/** A run's events when documents come back as their JSON records (`form: 'json'`). */
export type JsonRunEvent = { kind: 'document'; id: string; source: Source; json: string; warnings: string[]; link?: LinkInput } | OtherEvent;

export interface RunOptions {
  /** Worker threads; 1 runs everything on the calling thread. */
  jobs: number;
  /** Documents per message to a worker. */
  batchSize?: number;
  /** Characters per batch before it is sent early (long articles). */
  batchChars?: number;
  /** Old-generation heap limit of each worker thread, in MB. */
  workerHeapMb?: number;
  /** JSON records only: each document also comes with what the story linker reads of it (`LinkInput`). */
  link?: boolean;
}

const DEFAULT_BATCH_SIZE = 16;
/** Old-generation heap of one worker thread: the analysers' data take about 60 MB of it. */
const WORKER_HEAP_MB = 128;
const DEFAULT_BATCH_CHARS = 400_000;
/**
 * Young generation of one worker thread, in MB: 4 instead of V8's 16 saved about 50 MB of peak RSS on 10,000 documents for 3-7% more CPU (BENCHMARKS.md).
 * Started by bin/dateline.js, V8's --max-semi-space-size=1 (meant for the main thread) caps every thread's semi-space at 1 MB
 * and wins over this limit, so workers have 2 MB; giving them the 4 MB cost 8-13 MB of peak RSS with no CPU gain measurable on
 * a shared machine (BENCHMARKS.md, sixth session), so it was left so.
 */
const WORKER_YOUNG_MB = 4;

/** Analysed documents as objects, in input order. */
export function analyseStream(items: AsyncIterable<IngestItem>, options: RunOptions): AsyncGenerator<RunEvent> {
  return run(items, options, 'object', (outcome: DocumentOutcome, seen) => {
    if (!outcome.ok) return { kind: 'failure', source: outcome.source, message: outcome.message };
    if (!seen.add(outcome.doc.id)) return { kind: 'duplicate', source: outcome.doc.source, id: outcome.doc.id };
    return { kind: 'document', doc: outcome.doc, warnings: outcome.warnings };
  });
}

/**
 * Analysed documents as their JSON records, in input order: for callers that write documents
 * out. Worker threads serialise, so the calling thread holds strings, not object graphs.
 */
export function analyseStreamAsJson(items: AsyncIterable<IngestItem>, options: RunOptions): AsyncGenerator<JsonRunEvent> {
  return run(items, options, 'json', (outcome: SerialisedOutcome, seen) => {
    if (!outcome.ok) return { kind: 'failure', source: outcome.source, message: outcome.message };
    if (!seen.add(outcome.id)) return { kind: 'duplicate', source: outcome.source, id: outcome.id };
    return { kind: 'document', id: outcome.id, source: outcome.source, json: outcome.json, warnings: outcome.warnings, link: outcome.link };
  });
}

type Outcome = DocumentOutcome | SerialisedOutcome;

async function* run<O extends Outcome, E extends { kind: string }>(
  items: AsyncIterable<IngestItem>,
  options: RunOptions,
  form: DocumentForm,
  toEvent: (outcome: O, seen: DocumentIdSet) => E | OtherEvent,
): AsyncGenerator<E | OtherEvent> {
  const seen = new DocumentIdSet();
  const toEvents = function* (outcomes: O[]): Generator<E | OtherEvent> {
    for (const outcome of outcomes) yield toEvent(outcome, seen);
  };

  if (options.jobs <= 1) {
    // The worker's own entry, run here; loaded only now: with worker threads, the calling thread never needs the analysers' data.
    const { default: analyseBatch } = await import('./worker.js');
    for await (const item of items) {
      if (!item.ok) yield ingestFailure(item.failure);
      else yield* toEvents((await analyseBatch({ docs: [item.doc], form, link: options.link })) as O[]);
    }
    return;
  }

  const pool = createPool(options.jobs, options.workerHeapMb ?? WORKER_HEAP_MB);
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const batchChars = options.batchChars ?? DEFAULT_BATCH_CHARS;
  // Each slot is a batch in flight or an ingest failure, kept in input order.
  type Slot = Promise<O[]> | OtherEvent;
  const slots: Slot[] = [];
  const maxInFlight = options.jobs * 3;
  let batch: RawDocument[] = [];
  let chars = 0;
  let inFlight = 0;

  const flush = () => {
    if (batch.length === 0) return;
    const sent = batch;
    batch = [];
    chars = 0;
    inFlight += 1;
    slots.push(runBatch<O>(pool, { docs: sent, form, link: options.link }));
  };
  const drain = async function* (untilInFlight: number): AsyncGenerator<E | OtherEvent> {
    while (slots.length > 0 && (inFlight > untilInFlight || !(slots[0] instanceof Promise))) {
      const slot = slots.shift()!;
      if (slot instanceof Promise) {
        inFlight -= 1;
        yield* toEvents(await slot);
      } else {
        yield slot;
      }
    }
  };

  try {
    for await (const item of items) {
      if (!item.ok) {
        flush();
        slots.push(ingestFailure(item.failure));
      } else {
        batch.push(item.doc);
        chars += item.doc.body.length;
        if (batch.length >= batchSize || chars >= batchChars) flush();
      }
      yield* drain(maxInFlight - 1);
    }
    flush();
    yield* drain(-1);
  } finally {
    await pool.destroy();
  }
}

function ingestFailure(failure: IngestFailure): OtherEvent {
  return { kind: failure.skipped ? 'skipped' : 'failure', source: failure.source, message: failure.message };
}

/**
 * A batch on a worker; when the worker dies (out of memory on a pathological page),
 * its documents are retried one by one so that only the culprit fails.
 */
async function runBatch<O extends Outcome>(pool: Piscina, task: BatchTask): Promise<O[]> {
  const { docs } = task;
  try {
    return (await pool.run(task)) as O[];
  } catch (error) {
    if (docs.length === 1) {
      const [doc] = docs;
      const where = doc.source.record ? `${doc.source.record}: ` : '';
      return [{ ok: false, source: doc.source, message: `${where}analysis stopped: ${errorMessage(error)}` } as O];
    }
    const outcomes: O[] = [];
    for (const doc of docs) outcomes.push(...(await runBatch<O>(pool, { ...task, docs: [doc] })));
    return outcomes;
  }
}

function createPool(threads: number, heapMb: number): Piscina {
  const here = fileURLToPath(import.meta.url);
  // Under tests and `tsx` this module is TypeScript: let the worker load TypeScript too.
  const fromSource = here.endsWith('.ts');
  return new Piscina({
    filename: new URL(fromSource ? './worker.ts' : './worker.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 1_000,
    // V8 grows a thread's heap long before it collects; a cap keeps memory flat over a long
    // run (measured on 10,000 documents: 2 threads peaked at 384 MB with 160 MB, 324 MB with 128).
    // The young generation trades memory for time: on 10,000 generated documents the peak was
    // about 415 MB with 16 MB, 390 with 8 and 360 with 4 (4 MB took 5% more CPU time than 8, and
    // on long HTML pages up to 19% more); 2 MB cost 12% more again.
    resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
    execArgv: fromSource ? ['--import', 'tsx'] : [],
  });
}

/** Analyses batches on demand (the queue worker's unit of work), on a pool kept across batches. */
export interface BatchAnalyser {
  analyse(batch: RawDocument[]): Promise<DocumentOutcome[]>;
  close(): Promise<void>;
}

export async function createBatchAnalyser(jobs: number, workerHeapMb = WORKER_HEAP_MB): Promise<BatchAnalyser> {
  if (jobs <= 1) {
    const { default: analyseBatch } = await import('./worker.js');
    return { analyse: async (docs) => (await analyseBatch({ docs, form: 'object' })) as DocumentOutcome[], close: async () => {} };
  }
  const pool = createPool(jobs, workerHeapMb);
  return {
    analyse: async (batch) => {
      // One slice per thread, results back in batch order.
      const size = Math.ceil(batch.length / jobs);
      const slices: RawDocument[][] = [];
      for (let i = 0; i < batch.length; i += size) slices.push(batch.slice(i, i + size));
      return (await Promise.all(slices.map((slice) => runBatch<DocumentOutcome>(pool, { docs: slice, form: 'object' })))).flat();
    },
    close: () => pool.destroy(),
  };
}
