/**
 * The pipeline on worker threads, as built (dist/): order, and what happens when a
 * worker dies on a pathological page.
 */
import { describe, expect, it } from 'vitest';
import type { IngestItem, RawDocument } from '../src/model/index.js';
import type { JsonRunEvent, RunEvent } from '../src/pipeline/run.js';
import { builtCliExists } from './helpers/cli.js';

const { analyseStream, analyseStreamAsJson } = (await import(new URL('../dist/pipeline/run.js', import.meta.url).href)) as typeof import('../src/pipeline/run.js');

function raw(path: string, kind: RawDocument['kind'], body: string): IngestItem {
  return {
    ok: true,
    doc: { source: { path, url: null, id: null, record: null }, kind, body, hints: { title: null, published: '2025-01-10', outlet: null }, warnings: [] },
  };
}

const note = (i: number) =>
  raw(`note-${i}.txt`, 'text', `The harbour council of Vellmar met on Tuesday for the ${i}th time this year and agreed to repair the north pier before the winter storms, the mayor said.`);

async function collect(items: IngestItem[], options: Parameters<typeof analyseStream>[1]): Promise<RunEvent[]> {
  async function* stream() {
    yield* items;
  }
  const events: RunEvent[] = [];
  for await (const event of analyseStream(stream(), options)) events.push(event);
  return events;
}

async function* streamOf(items: IngestItem[]) {
  yield* items;
}

const pathOf = (e: RunEvent) => (e.kind === 'document' ? e.doc.source.path : e.source.path);

describe.runIf(builtCliExists())('analyseStream on worker threads', () => {
  it('keeps input order across batches and threads', async () => {
    const items = Array.from({ length: 40 }, (_, i) => note(i));
    const events = await collect(items, { jobs: 2, batchSize: 3 });
    expect(events.map(pathOf)).toEqual(items.map((item) => item.ok && item.doc.source.path));
    expect(events.every((e) => e.kind === 'document')).toBe(true);
  });

  it('fails only the page that exhausts a worker, and goes on with the rest', async () => {
    const huge = raw('huge.html', 'html', '<html><body>' + '<div><p>word word word word word word word word</p>'.repeat(300_000) + '</body></html>');
    const items = [note(1), note(2), note(3), huge, note(4), note(5)];
    const events = await collect(items, { jobs: 2, batchSize: 4, workerHeapMb: 64 });
    expect(events.map((e) => `${pathOf(e)} ${e.kind}`)).toEqual([
      'note-1.txt document',
      'note-2.txt document',
      'note-3.txt document',
      'huge.html failure',
      'note-4.txt document',
      'note-5.txt document',
    ]);
    const failure = events[3];
    expect(failure.kind === 'failure' && failure.message).toMatch(/analysis stopped: .*memory/i);
  });

  it('gives the same records as JSON, serialised on the workers, and still drops repeated texts', async () => {
    const items = [note(1), note(2), note(1), note(3)];
    const objects: RunEvent[] = [];
    for await (const event of analyseStream(streamOf(items), { jobs: 2, batchSize: 1 })) objects.push(event);
    const records: JsonRunEvent[] = [];
    for await (const event of analyseStreamAsJson(streamOf(items), { jobs: 2, batchSize: 1 })) records.push(event);
    expect(records.map((e) => e.kind)).toEqual(['document', 'document', 'duplicate', 'document']);
    const documents = objects.flatMap((e) => (e.kind === 'document' ? [e.doc] : []));
    const jsons = records.flatMap((e) => (e.kind === 'document' ? [e] : []));
    expect(jsons.map((e) => e.json)).toEqual(documents.map((doc) => JSON.stringify(doc)));
    expect(jsons.map((e) => [e.id, e.source.path])).toEqual(documents.map((doc) => [doc.id, doc.source.path]));
  });
});
