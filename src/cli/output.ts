/**
 * Writers for `dateline analyze` output on standard output. Nothing but the
 * documents (and stories) goes to stdout; everything a person reads goes to stderr.
 */
import type { Writable } from 'node:stream';
import type { AnalysedDocument, Story } from '../model/index.js';

export type OutputFormat = 'jsonl' | 'json' | 'table';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['jsonl', 'json', 'table'];

export interface OutputWriter {
  /** One document, given as its JSON record (what a worker thread sends back). */
  document(json: string): Promise<void>;
  story(story: Story): Promise<void>;
  end(): Promise<void>;
}

/** Writes with backpressure, so a slow reader never makes us buffer the corpus. */
export function streamWriter(out: Writable): (chunk: string) => Promise<void> {
  return (chunk) =>
    out.write(chunk) ? Promise.resolve() : new Promise((resolve) => out.once('drain', () => resolve()));
}

export function createWriter(format: OutputFormat, out: Writable, width = 120): OutputWriter {
  const write = streamWriter(out);
  switch (format) {
    case 'jsonl':
      return {
        document: (json) => write(json + '\n'),
        story: (story) => write(JSON.stringify(story) + '\n'),
        end: async () => {},
      };
    case 'json': {
      // One JSON document: {"documents": [...], "stories": [...]}, still written as it streams.
      let documents = 0;
      let stories = 0;
      let opened = false;
      const open = async () => {
        if (!opened) await write('{"documents":[');
        opened = true;
      };
      return {
        document: async (json) => {
          await open();
          await write((documents++ ? ',\n' : '\n') + json);
        },
        story: async (story) => {
          await open();
          await write((stories++ ? ',\n' : '\n],"stories":[\n') + JSON.stringify(story));
        },
        end: async () => {
          await open();
          await write(stories ? '\n]}\n' : '\n],"stories":[]}\n');
        },
      };
    }
    case 'table':
      return tableWriter(write, width);
  }
}

/** A readable summary for a person: one row per document, then one per story. */
function tableWriter(write: (chunk: string) => Promise<void>, width: number): OutputWriter {
  const columns = [
    { name: '#', width: 4 },
    { name: 'id', width: 8 },
    { name: 'lang', width: 4 },
    { name: 'published', width: 10 },
    { name: 'outlet', width: 18 },
    { name: 'words', width: 6 },
    { name: 'dateline', width: 12 },
    { name: 'ents', width: 4 },
    { name: 'evts', width: 4 },
    { name: 'qts', width: 3 },
    { name: 'figs', width: 4 },
  ];
  const fixed = columns.reduce((sum, c) => sum + c.width + 2, 0);
  const titleWidth = Math.max(20, width - fixed);
  let rows = 0;
  let headed = false;
  const cell = (value: string, w: number) => (value.length > w ? value.slice(0, w - 1) + '…' : value.padEnd(w));
  const line = (cells: string[]) =>
    cells.map((c, i) => cell(c, columns[i]?.width ?? titleWidth)).join('  ').trimEnd() + '\n';
  const header = async () => {
    if (headed) return;
    headed = true;
    await write(line([...columns.map((c) => c.name), 'title']));
    await write(line([...columns.map((c) => '-'.repeat(c.width)), '-'.repeat(titleWidth)]));
  };
  return {
    document: async (json) => {
      await header();
      const doc = JSON.parse(json) as AnalysedDocument;
      rows += 1;
      const words = doc.text.split(/\s+/).filter(Boolean).length;
      const dateline = doc.dateline ? doc.dateline.place : '';
      await write(
        line([
          String(rows),
          doc.id.slice(0, 8),
          doc.language,
          doc.published ?? '',
          doc.outlet ?? '',
          String(words),
          dateline,
          String(doc.entities.length),
          String(doc.events.length),
          String(doc.quotes.length),
          String(doc.claims.length),
          (doc.title ?? doc.text.slice(0, 80)).replace(/\s+/g, ' '),
        ]),
      );
    },
    story: async (story) => {
      await write(`\nstory ${story.story.slice(0, 8)}  ${story.date ?? ''}  ${story.title}  (${story.documents.length} reports)\n`);
    },
    end: async () => {
      if (!headed) await write('no documents\n');
    },
  };
}
