/**
 * A real PGlite store in a temporary folder, filled with `samples/` (and any extra
 * inputs) the way an ingest would: ingest -> analyse -> store.add -> relink.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../../src/ingest/index.js';
import type { AnalysedDocument } from '../../src/model/index.js';
import { analyseDocument } from '../../src/pipeline/document.js';
import { openStore, type Store } from '../../src/store/index.js';
import { projectRoot } from './cli.js';

export const SAMPLES = join(projectRoot, 'samples');

export interface SampleStore {
  dir: string;
  store: Store;
  docs: AnalysedDocument[];
}

/** Leaves the store open; the caller closes it (or closes it before another process opens the folder). */
export async function fillSampleStore(extraPaths: string[] = []): Promise<SampleStore> {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-store-'));
  const store = await openStore({ data: dir });
  const docs: AnalysedDocument[] = [];
  for await (const item of ingest([SAMPLES, ...extraPaths])) {
    if (!item.ok) continue;
    const outcome = analyseDocument(item.doc);
    if (!outcome.ok) throw new Error(`sample failed to analyse: ${outcome.message}`);
    await store.add(outcome.doc);
    docs.push(outcome.doc);
  }
  await store.relink();
  return { dir, store, docs };
}
