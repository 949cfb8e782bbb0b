import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { IngestItem } from '../model/index.js';
import { bytesSource } from './byte-stream.js';
import { jsonlItems, parseJsonlLine } from './jsonl.js';

const FIXTURE = fileURLToPath(new URL('../../test/fixtures/ingest/articles.jsonl', import.meta.url));
const enc = new TextEncoder();
const LIMIT = { maxDocumentBytes: 1024 * 1024 };

async function collect(items: AsyncIterable<IngestItem>): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe('jsonlItems', () => {
  it('reads good lines, reports bad ones by line number, and goes on', async () => {
    const items = await collect(jsonlItems(bytesSource(readFileSync(FIXTURE)), 'articles.jsonl', LIMIT));
    const summary = items.map((i) => (i.ok ? `${i.doc.source.record} ok ${i.doc.kind}` : `${i.failure.source.record} ${i.failure.message}`));
    expect(summary).toEqual([
      'line 1 ok text',
      'line 2 ok html',
      // line 3 is blank: skipped without a word
      'line 4 ok text',
      expect.stringMatching(/^line 5 line 5: invalid JSON \(.+\)$/),
      'line 6 line 6: not a JSON object (got an array)',
      'line 7 line 7: neither a "text" nor an "html" field',
      'line 8 line 8: "text" is not a string (got a number)',
      'line 9 ok text',
    ]);
    for (const item of items) {
      const source = item.ok ? item.doc.source : item.failure.source;
      expect(source.path).toBe('articles.jsonl');
    }
  });

  it('carries id, url, title, outlet and a normalised published date', async () => {
    const items = await collect(jsonlItems(bytesSource(readFileSync(FIXTURE)), 'articles.jsonl', LIMIT));
    const [first, second, third] = items;
    expect(first).toEqual({
      ok: true,
      doc: {
        source: { path: 'articles.jsonl', url: 'https://gazette.example/valdor/footbridge', id: 'vg-101', record: 'line 1' },
        kind: 'text',
        body: 'The town council of Valdor voted 7 to 2 on Friday to build a footbridge.',
        hints: { title: 'Valdor council approves new footbridge', published: '2024-11-08', outlet: null },
        warnings: [],
      },
    });
    // A numeric id is echoed as a string; an RFC 822 date is normalised.
    expect(second.ok && second.doc.source.id).toBe('102');
    expect(second.ok && second.doc.hints.published).toBe('2024-11-07');
    // An unreadable date is a warning and null, not a failure.
    expect(third.ok && third.doc.hints.published).toBeNull();
    expect(third.ok && third.doc.warnings).toEqual(['"published" value "last Tuesday" is not a recognisable date; ignored']);
    const last = items[items.length - 1];
    expect(last.ok && last.doc.hints.outlet).toBe('Oster Island Bulletin');
  });

  it('handles CRLF line ends, a byte-order mark and a last line without a newline', async () => {
    const text = '\ufeff{"text": "Valdor votes."}\r\n{"text": "Elmsworth storm."}';
    const items = await collect(jsonlItems(bytesSource(enc.encode(text)), 'crlf.jsonl', LIMIT));
    expect(items.map((i) => i.ok && i.doc.body)).toEqual(['Valdor votes.', 'Elmsworth storm.']);
  });

  it('skips a line over the size limit without keeping it, and goes on', async () => {
    const long = JSON.stringify({ text: 'x'.repeat(5000) });
    const text = `${long}\n{"text": "Short story."}\n`;
    const items = await collect(jsonlItems(bytesSource(enc.encode(text)), 'big.jsonl', { maxDocumentBytes: 1000 }));
    expect(items[0]).toMatchObject({
      ok: false,
      failure: { source: { record: 'line 1' }, message: 'line 1: record is 4.9 KB; the limit for one document is 1000 bytes (--max-bytes)' },
    });
    expect(items[1].ok && items[1].doc.body).toBe('Short story.');
  });

  it('streams: the first documents arrive before the input ends', async () => {
    let produced = 0;
    async function* endless() {
      for (;;) {
        produced++;
        yield enc.encode(`{"id": "${produced}", "text": "Council meeting number ${produced}."}\n`);
      }
    }
    const seen: string[] = [];
    for await (const item of jsonlItems(endless(), 'endless.jsonl', LIMIT)) {
      if (item.ok) seen.push(item.doc.source.id ?? '');
      if (seen.length === 3) break;
    }
    expect(seen).toEqual(['1', '2', '3']);
    expect(produced).toBeLessThan(10);
  });
});

describe('parseJsonlLine', () => {
  const line = (text: string) => parseJsonlLine(enc.encode(text), 4, 'f.jsonl');

  it('prefers clean text over html when a line has both', () => {
    const item = line('{"text": "Clean text.", "html": "<p>Markup</p>"}');
    expect(item?.ok && [item.doc.kind, item.doc.body]).toEqual(['text', 'Clean text.']);
  });

  it('falls back to html when text is empty', () => {
    const item = line('{"text": "", "html": "<p>Markup</p>"}');
    expect(item?.ok && item.doc.kind).toBe('html');
  });

  it('reports empty bodies and wrong types with the line number', () => {
    expect(line('{"text": "  "}')).toMatchObject({ ok: false, failure: { message: 'line 4: "text" is empty' } });
    expect(line('{"html": ["<p>"]}')).toMatchObject({ ok: false, failure: { message: 'line 4: "html" is not a string (got an array)' } });
    expect(line('"just a string"')).toMatchObject({ ok: false, failure: { message: 'line 4: not a JSON object (got a string)' } });
    expect(line('null')).toMatchObject({ ok: false, failure: { message: 'line 4: not a JSON object (got null)' } });
  });

  it('warns about fields of the wrong type and keeps the document', () => {
    const item = line('{"text": "Body.", "url": 7, "title": {"a": 1}, "published": 20241108}');
    expect(item?.ok && item.doc.warnings).toEqual([
      '"url" is not a string (got a number); ignored',
      '"title" is not a string (got an object); ignored',
      '"published" is not a string (got a number); ignored',
    ]);
  });

  it('replaces invalid UTF-8 and says so', () => {
    const bytes = Uint8Array.from([...enc.encode('{"text": "Mitgef'), 0xfc, ...enc.encode('hl"}')]);
    const item = parseJsonlLine(bytes, 1, 'f.jsonl');
    expect(item?.ok && item.doc.body).toBe('Mitgef\ufffdhl');
    expect(item?.ok && item.doc.warnings).toEqual(['invalid UTF-8 bytes replaced']);
  });

  it('returns null for a blank line', () => {
    expect(line('   \t')).toBeNull();
  });
});
