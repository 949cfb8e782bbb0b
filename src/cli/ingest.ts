/**
 * `dateline ingest PATH...`: ingest -> extract -> analyse -> store, one transaction per
 * document, then stories. Each input's source key is checked before analysis, so a rerun
 * after Ctrl-C or a kill skips what is stored and goes on where the last run stopped.
 * `--queue` only queues the inputs for `dateline worker` processes.
 */
import { formatFailure, ingest, listInputs } from '../ingest/index.js';
import { describeSource, errorMessage, type IngestItem, type Source } from '../model/index.js';
import { analyseStream } from '../pipeline/run.js';
import { openStore, sourceKey, type Store } from '../store/index.js';
import { createProgress, peakMemoryMb } from './progress.js';
import { storeOptions, type StoreFlags } from './store-options.js';

export interface IngestCommandOptions extends StoreFlags {
  jobs: number;
  queue: boolean;
  stories: boolean;
  progress: boolean;
  maxBytes: number;
  strict: boolean;
}

export interface IngestTally {
  stored: number;
  /** Inputs stored (or failed) by an earlier run, and copies of a document already stored. */
  already: number;
  failed: number;
  /** Inputs that hold no news document. */
  skipped: number;
  queued: number;
}

/** Returns the exit code: 0 every input stored or already stored, 1 some failed. */
export async function ingestCommand(paths: string[], options: IngestCommandOptions): Promise<number> {
  const started = Date.now();
  const store = await openStore(storeOptions(options));
  const progress = createProgress(process.stderr, options.progress);
  const tally: IngestTally = { stored: 0, already: 0, failed: 0, skipped: 0, queued: 0 };
  const report = (line: string) => progress.log(`dateline: ${line}`);
  const show = () => progress.update({ done: tally.stored + tally.queued, failed: tally.failed, duplicates: tally.already, skipped: tally.skipped });

  // Ctrl-C: finish the document in hand, close the store cleanly; a rerun continues from there.
  let interrupted = false;
  const onInterrupt = () => {
    interrupted = true;
  };
  process.once('SIGINT', onInterrupt);
  process.once('SIGTERM', onInterrupt);

  // Only saves a rerun some work: when it cannot be recorded (the first copy failed to store), the input is read again next time.
  const remember = async (key: string | undefined, document: string | null, message: string | null) => {
    if (!key) return;
    try {
      await store.recordSource(key, document, message ?? undefined);
    } catch {
      // nothing to undo
    }
  };

  let stopped = false;
  let stories: number | null = null;
  try {
    if (progress.active) {
      const listing = await listInputs(paths);
      progress.setTotalBytes(listing.files.reduce((sum, f) => sum + f.bytes, 0));
    }
    const items = ingest(paths, { maxDocumentBytes: options.maxBytes, onBytes: (n) => progress.addBytes(n) });
    const keys = new PendingKeys();
    const fresh = freshItems(items, store, keys, () => {
      tally.already += 1;
      show();
    });

    if (options.queue) {
      for await (const item of fresh) {
        if (interrupted) break;
        if (!item.ok) {
          if (item.failure.skipped) tally.skipped += 1;
          else tally.failed += 1;
          report(formatFailure(item.failure));
        } else {
          const outcome = await store.enqueue(item.doc, keys.take(item.doc.source)!);
          if (outcome === 'queued') tally.queued += 1;
          else tally.already += 1;
        }
        show();
      }
    } else {
      for await (const event of analyseStream(fresh, { jobs: options.jobs })) {
        if (event.kind === 'document') {
          for (const w of event.warnings) report(`${describeSource(event.doc.source)}: warning: ${w}`);
          try {
            const outcome = await store.add(event.doc, keys.take(event.doc.source));
            if (outcome === 'stored') tally.stored += 1;
            else tally.already += 1;
          } catch (error) {
            // The transaction rolled back: nothing of the document is stored, and a rerun tries it again.
            tally.failed += 1;
            report(`${describeSource(event.doc.source)}: not stored: ${errorMessage(error)}`);
            if (options.strict) stopped = true;
          }
        } else if (event.kind === 'duplicate') {
          await remember(keys.take(event.source), event.id, null);
          tally.already += 1;
        } else if (event.kind === 'skipped') {
          tally.skipped += 1;
          report(formatFailure(event));
        } else {
          // A failed analysis is remembered (a rerun would fail the same way); an unreadable input is not.
          await remember(keys.take(event.source), null, event.message);
          tally.failed += 1;
          report(formatFailure(event));
          if (options.strict) stopped = true;
        }
        show();
        if (stopped || interrupted) break;
      }
      if (options.stories && !stopped && !interrupted) stories = await store.relink();
    }
  } finally {
    progress.stop();
    process.removeListener('SIGINT', onInterrupt);
    process.removeListener('SIGTERM', onInterrupt);
    await store.close();
  }
  const note = stopped ? ' (stopped: --strict)' : interrupted ? ' (interrupted: run again to go on)' : '';
  process.stderr.write(ingestSummary(tally, options.queue, stories, Date.now() - started, store.where) + note + '\n');
  if (interrupted) return 130;
  return tally.failed > 0 ? 1 : 0;
}

export function ingestSummary(tally: IngestTally, queue: boolean, stories: number | null, elapsedMs: number, where: string): string {
  const seconds = elapsedMs / 1000;
  const done = queue ? tally.queued : tally.stored;
  const rate = seconds > 0 ? done / seconds : 0;
  return (
    `dateline: ${queue ? `${tally.queued} queued` : `${tally.stored} stored`}, ${tally.already} already stored, ` +
    `${tally.failed} failed, ${tally.skipped} skipped` +
    (stories !== null ? `, ${stories} stories` : '') +
    `, ${seconds.toFixed(1)} s (${rate.toFixed(1)} docs/s), peak memory ${peakMemoryMb()} MB, in ${where}`
  );
}

/** Source keys of inputs on their way through analysis, found again by the source they carry. */
class PendingKeys {
  private readonly bySource = new Map<string, string[]>();

  private static id(source: Source): string {
    return JSON.stringify([source.path, source.url, source.id ?? null, source.record ?? null]);
  }

  put(source: Source, key: string): void {
    const id = PendingKeys.id(source);
    const keys = this.bySource.get(id);
    if (keys) keys.push(key);
    else this.bySource.set(id, [key]);
  }

  take(source: Source): string | undefined {
    const id = PendingKeys.id(source);
    const keys = this.bySource.get(id);
    const key = keys?.shift();
    if (keys && keys.length === 0) this.bySource.delete(id);
    return key;
  }
}

/** Leaves out inputs an earlier run already ingested, before they cost an analysis. */
async function* freshItems(
  items: AsyncIterable<IngestItem>,
  store: Store,
  keys: PendingKeys,
  onAlready: () => void,
): AsyncGenerator<IngestItem> {
  for await (const item of items) {
    if (item.ok) {
      const key = sourceKey(item.doc);
      if (await store.hasSource(key)) {
        onAlready();
        continue;
      }
      keys.put(item.doc.source, key);
    }
    yield item;
  }
}

