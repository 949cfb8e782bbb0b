/**
 * `dateline worker`: takes queued documents (queued by `dateline ingest --queue`), analyses
 * and stores them. Any number of workers, on any number of machines, can share one
 * PostgreSQL: each batch is locked by one worker only. `dateline link` then rebuilds stories.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { createBatchAnalyser } from '../pipeline/run.js';
import { openStore } from '../store/index.js';
import { peakMemoryMb } from './progress.js';
import { storeOptions, type StoreFlags } from './store-options.js';

export interface WorkerOptions extends StoreFlags {
  batch: number;
  once: boolean;
  jobs: number;
  /** Seconds between looks at an empty queue. */
  poll: number;
}

/** Returns the exit code: 0 every document taken was stored, 1 some failed. */
export async function workerCommand(options: WorkerOptions): Promise<number> {
  const started = Date.now();
  const store = await openStore(storeOptions(options));
  const analyser = await createBatchAnalyser(options.jobs);
  const totals = { stored: 0, duplicates: 0, failed: 0 };

  // A signal lets the batch in hand commit; a kill rolls it back, and another worker takes it.
  let stopping = false;
  const stop = () => {
    stopping = true;
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    while (!stopping) {
      const tally = await store.work(options.batch, (batch) => analyser.analyse(batch));
      totals.stored += tally.stored;
      totals.duplicates += tally.duplicates;
      totals.failed += tally.failed;
      for (const line of tally.failures) process.stderr.write(`dateline: ${line}\n`);
      if (tally.taken === 0) {
        if (options.once) break;
        await sleep(options.poll * 1000);
      }
    }
  } finally {
    process.removeListener('SIGINT', stop);
    process.removeListener('SIGTERM', stop);
    await analyser.close();
    await store.close();
  }
  const seconds = (Date.now() - started) / 1000;
  process.stderr.write(
    `dateline: worker: ${totals.stored} stored, ${totals.duplicates} already stored, ${totals.failed} failed, ` +
      `${seconds.toFixed(1)} s (${(totals.stored / Math.max(seconds, 0.001)).toFixed(1)} docs/s), peak memory ${peakMemoryMb()} MB\n`,
  );
  return totals.failed > 0 ? 1 : 0;
}

export async function linkCommand(options: StoreFlags): Promise<number> {
  const store = await openStore(storeOptions(options));
  try {
    const stories = await store.relink();
    const { documents } = await store.stats();
    process.stderr.write(`dateline: ${stories} stories from ${documents} documents\n`);
  } finally {
    await store.close();
  }
  return 0;
}
