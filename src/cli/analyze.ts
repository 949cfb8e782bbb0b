/**
 * `dateline analyze PATH...`: ingest -> extract -> analyse (-> link) for every
 * document, written to stdout in input order.
 */
import { availableParallelism } from 'node:os';
import { formatFailure, ingest, listInputs } from '../ingest/index.js';
import { DatePatches, linkInput, StoryLinker } from '../link/index.js';
import { describeSource, type AnalysedDocument, type Story } from '../model/index.js';
import { analyseStreamAsJson } from '../pipeline/run.js';
import { createWriter, type OutputFormat } from './output.js';
import { JsonlSpool } from './jsonl-spool.js';
import { createProgress, summaryLine, type Tally } from './progress.js';

export interface AnalyzeOptions {
  format: OutputFormat;
  stories: boolean;
  /** Documents kept comparable by the story linker (LinkerOptions.window). */
  storyWindow?: number;
  jobs: number;
  strict: boolean;
  progress: boolean;
  maxBytes: number;
}

export const DEFAULT_JOBS = availableParallelism();

/** Returns the exit code: 0 all documents succeeded, 1 some failed. */
export async function analyzeCommand(paths: string[], options: AnalyzeOptions): Promise<number> {
  const started = Date.now();
  const progress = createProgress(process.stderr, options.progress);
  const tally: Tally = { done: 0, failed: 0, duplicates: 0, skipped: 0 };
  const report = (line: string) => progress.log(`dateline: ${line}`);

  if (progress.active) {
    // The listing only sizes the bar (a second walk of the tree); ingest itself reports unreadable paths.
    const listing = await listInputs(paths);
    progress.setTotalBytes(listing.files.reduce((sum, f) => sum + f.bytes, 0));
  }
  const items = ingest(paths, { maxDocumentBytes: options.maxBytes, onBytes: (n) => progress.addBytes(n) });

  // With stories, documents wait on disk until every story has dated what it can (see link/date-inference.ts).
  const spool = new JsonlSpool<Story>('stories');
  const documents = new JsonlSpool<AnalysedDocument>('documents');
  const dates = new DatePatches();
  const linker = options.stories
    ? await StoryLinker.create({ window: options.storyWindow, onClosed: (story) => spool.add(story), onDated: dates.add })
    : null;
  const out = createWriter(options.format, process.stdout, process.stdout.columns || 160);
  let stopped = false;
  try {
    for await (const event of analyseStreamAsJson(items, { jobs: options.jobs, link: linker !== null })) {
      if (event.kind === 'document') {
        tally.done += 1;
        for (const w of event.warnings) report(`${describeSource(event.source)}: warning: ${w}`);
        if (linker) {
          // The worker read what linking needs from the document, so the record is not parsed here.
          linker.addInput(event.link ?? linkInput(JSON.parse(event.json) as AnalysedDocument));
          documents.addRecord(event.json, event.id);
        } else {
          await out.document(event.json);
        }
      } else if (event.kind === 'duplicate') {
        tally.duplicates += 1;
      } else if (event.kind === 'skipped') {
        tally.skipped += 1;
        report(formatFailure(event));
      } else {
        tally.failed += 1;
        report(formatFailure(event));
        if (options.strict) {
          stopped = true;
          break;
        }
      }
      progress.update(tally);
    }
    if (linker) {
      // Open stories are built first, so their dates reach the documents; then stories closed
      // during the run (in the order they closed), then the open ones.
      const open = stopped ? [] : linker.stories();
      for await (const { key, json } of documents.drainRecords()) await out.document(datedRecord(key, json, dates));
      if (!stopped) {
        for await (const story of spool.drain()) await out.story(story);
        for (const story of open) await out.story(story);
      }
    }
    await out.end();
  } finally {
    spool.discard();
    documents.discard();
    linker?.close();
    progress.stop();
  }
  process.stderr.write(summaryLine(tally, Date.now() - started) + (stopped ? ' (stopped: --strict)' : '') + '\n');
  return tally.failed > 0 ? 1 : 0;
}

/** A spooled document's record with the dates its stories inferred; most records pass unchanged, unparsed. */
function datedRecord(id: string, json: string, dates: DatePatches): string {
  return dates.has(id) ? JSON.stringify(dates.apply(JSON.parse(json) as AnalysedDocument)) : json;
}
