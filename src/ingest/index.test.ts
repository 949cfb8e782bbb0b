import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync, constants as zlibConstants } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { WARCRecord, WARCSerializer } from 'warcio';
import { IngestFailure, type IngestItem, RawDocument } from '../model/index.js';
import { type IngestOptions, formatFailure, ingest, ingestBytes, listInputs } from './index.js';

// Tests run as root here, where chmod cannot deny a read: a path named "no-permission" is refused instead.
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...actual,
    open: async (...args: Parameters<typeof actual.open>) => {
      if (String(args[0]).includes('no-permission')) {
        throw Object.assign(new Error(`EACCES: permission denied, open '${String(args[0])}'`), { code: 'EACCES' });
      }
      return actual.open(...args);
    },
  };
});

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURES = join(REPO, 'test/fixtures/ingest');
const enc = new TextEncoder();

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'dateline-ingest-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function tmpFile(name: string, bytes: Uint8Array | string): string {
  const path = join(tmp, name);
  writeFileSync(path, bytes);
  return path;
}

async function collect(items: AsyncIterable<IngestItem>): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const item of items) {
    // Every item honours the model's contract.
    if (item.ok) RawDocument.parse(item.doc);
    else IngestFailure.parse(item.failure);
    out.push(item);
  }
  return out;
}

/** One line per item: file name, where in it, and what came out. */
const summary = (item: IngestItem) => {
  const source = item.ok ? item.doc.source : item.failure.source;
  const where = `${basename(source.path ?? '')}${source.record ? ` (${source.record})` : ''}`;
  return item.ok ? `${where}: ${item.doc.kind}` : `${where}: FAIL ${item.failure.message}`;
};

const FIXTURE_SUMMARY = [
  'articles.jsonl (line 1): text',
  'articles.jsonl (line 2): html',
  'articles.jsonl (line 4): text',
  expect.stringMatching(/^articles\.jsonl \(line 5\): FAIL line 5: invalid JSON/),
  'articles.jsonl (line 6): FAIL line 6: not a JSON object (got an array)',
  'articles.jsonl (line 7): FAIL line 7: neither a "text" nor an "html" field',
  'articles.jsonl (line 8): FAIL line 8: "text" is not a string (got a number)',
  'articles.jsonl (line 9): text',
  'blank.txt: FAIL empty file',
  'broken-markup.html: html',
  'council-vote.txt: text',
  'feed-atom.xml (item 1): html',
  'feed-atom.xml (item 2): text',
  'feed-json.json (item 1): text',
  expect.stringMatching(/^feed-malformed\.xml: FAIL malformed feed: .* \(line 7, column \d+\)$/),
  'feed-rdf.rdf (item 1): text',
  'feed-rss.xml (item 1): html',
  'feed-rss.xml (item 2): text',
  'feed-rss.xml (item 3): FAIL item 3 "Photo gallery: autumn fair": no content (neither full content nor description/summary)',
  'feed-rss.xml (item 4): html',
  'harbour-inline-date.txt: text',
  'library-closure.html: html',
  'pretty.json: FAIL a JSON document, not JSON Lines (one {"text": ...} or {"html": ...} object per line)',
  'zero.txt: FAIL empty file',
];

/** Items without the file name, to compare a file with its gzipped twin. */
const withoutPath = (items: IngestItem[]) =>
  items.map((item) => (item.ok ? { ...item.doc, source: { ...item.doc.source, path: null } } : { ...item.failure, source: { ...item.failure.source, path: null } }));

describe('ingest: every format, plain and gzipped', () => {
  it('reads the fixture folder in name order, one item per document or problem', async () => {
    const items = await collect(ingest([FIXTURES]));
    expect(items.map(summary)).toEqual(FIXTURE_SUMMARY);
  });

  it('lifts text metadata and keeps html as it is', async () => {
    const items = await collect(ingest([join(FIXTURES, 'council-vote.txt'), join(FIXTURES, 'harbour-inline-date.txt'), join(FIXTURES, 'library-closure.html')]));
    const [vote, harbour, library] = items.map((i) => (i.ok ? i.doc : null));
    expect(vote?.hints).toEqual({ title: 'Valdor council approves new footbridge', published: '2024-11-08', outlet: 'Valdor Gazette' });
    expect(vote?.source.url).toBe('https://gazette.example/valdor/footbridge');
    expect(vote?.body.startsWith('VALDOR — The town council')).toBe(true);
    expect(harbour?.hints.published).toBe('2024-11-09');
    expect(harbour?.body.startsWith('The harbour authority of Port Tamsin')).toBe(true);
    expect(library?.body).toBe(readFileSync(join(FIXTURES, 'library-closure.html'), 'utf8'));
    expect(library?.hints).toEqual({ title: null, published: null, outlet: null });
  });

  it('gives the same documents for gzipped files, read from disk or from memory', async () => {
    const plain = await collect(ingest([FIXTURES]));
    const gzDir = join(tmp, 'gz');
    mkdirSync(gzDir);
    const fromMemory: IngestItem[] = [];
    for (const name of readdirSync(FIXTURES).sort()) {
      const gz = gzipSync(readFileSync(join(FIXTURES, name)));
      writeFileSync(join(gzDir, `${name}.gz`), gz);
      fromMemory.push(...(await collect(ingestBytes(`${name}.gz`, gz))));
    }
    const fromDisk = await collect(ingest([gzDir]));
    expect(fromDisk.map(summary)).toEqual(FIXTURE_SUMMARY.map((line) => (typeof line === 'string' ? line.replace(/^([^ :]+)/, '$1.gz') : expect.anything())));
    expect(withoutPath(fromDisk)).toEqual(withoutPath(plain));
    expect(withoutPath(fromMemory)).toEqual(withoutPath(plain));
  });

  it('reads a .warc.gz made of one gzip member per record', async () => {
    async function* once(bytes: Uint8Array) {
      yield bytes;
    }
    const page = (n: number) => enc.encode(`<!DOCTYPE html><html><body><p>Council meeting ${n} in Valdor.</p></body></html>`);
    const members = await Promise.all(
      [1, 2, 3].map((n) =>
        WARCSerializer.serialize(
          WARCRecord.create({ url: `https://gazette.example/${n}`, type: 'response', httpHeaders: { 'Content-Type': 'text/html' } }, once(page(n))),
          { gzip: true },
        ),
      ),
    );
    const path = tmpFile('crawl.warc.gz', Buffer.concat(members));
    const items = await collect(ingest([path]));
    expect(items.map((i) => i.ok && [i.doc.source.url, i.doc.source.record, i.doc.body])).toEqual([1, 2, 3].map((n) => [`https://gazette.example/${n}`, `record ${n}`, new TextDecoder().decode(page(n))]));
  });
});

describe('ingest: standard input', () => {
  const runStdin = (input: Uint8Array): IngestItem[] => {
    const script = "import { ingest } from './src/ingest/index.ts'; for await (const item of ingest(['-'])) console.log(JSON.stringify(item));";
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: REPO, input, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    return run.stdout.trim().split('\n').map((line) => JSON.parse(line) as IngestItem);
  };

  it('sniffs and reads `-` like a file, with path "-"', () => {
    const [item] = runStdin(readFileSync(join(FIXTURES, 'council-vote.txt')));
    expect(item.ok && item.doc.source).toEqual({ path: '-', url: 'https://gazette.example/valdor/footbridge', id: null, record: null });
    expect(item.ok && item.doc.hints.published).toBe('2024-11-08');
  });

  it('reads gzipped JSON Lines from standard input', () => {
    const items = runStdin(gzipSync(readFileSync(join(FIXTURES, 'articles.jsonl'))));
    expect(items.map(summary)).toEqual(FIXTURE_SUMMARY.slice(0, 8).map((line) => (typeof line === 'string' ? line.replace('articles.jsonl', '-') : expect.anything())));
    expect(items.every((i) => (i.ok ? i.doc.source.path : i.failure.source.path) === '-')).toBe(true);
  });
});

describe('ingest: charsets end to end', () => {
  const body = async (name: string, bytes: Uint8Array) => {
    const [item] = await collect(ingestBytes(name, bytes));
    if (!item.ok) throw new Error(formatFailure(item.failure));
    return item.doc;
  };
  const WESTERN = 'Mayor Zoë Brünner’s “footbridge” – déjà vu.';

  it('declared windows-1252 page', async () => {
    const doc = await body('w.html', iconv.encode(`<html><head><meta charset=windows-1252></head><body><p>${WESTERN}</p></body></html>`, 'windows-1252'));
    expect(doc.body).toContain(WESTERN);
    expect(doc.warnings).toEqual([]);
  });

  it('undeclared windows-1252 text, with a warning', async () => {
    const doc = await body('w.txt', iconv.encode(`Date: 2024-11-08\n\nThe council said: ${WESTERN}`, 'windows-1252'));
    expect(doc.body).toBe(`The council said: ${WESTERN}`);
    expect(doc.hints.published).toBe('2024-11-08');
    expect(doc.warnings).toEqual(['not valid UTF-8 and no charset declared; decoded as windows-1252 (guessed)']);
  });

  it('declared ISO-8859-2 page', async () => {
    const polish = 'Burmistrz Łukasz Ślązak otworzył most w Żółkowie.';
    const doc = await body('pl.html', iconv.encode(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-2"></head><body>${polish}</body></html>`, 'iso-8859-2'));
    expect(doc.body).toContain(polish);
  });

  it('byte-order marks: UTF-8 before a metadata line, UTF-16LE text', async () => {
    const utf8 = await body('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`Title: Bridge\n\n${WESTERN}`)]));
    expect([utf8.hints.title, utf8.body]).toEqual(['Bridge', WESTERN]);
    const utf16 = await body('u16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(WESTERN, 'utf16le')]));
    expect(utf16.body).toBe(WESTERN);
  });

  it('invalid bytes in a page declared UTF-8 are replaced, with a warning', async () => {
    const doc = await body('bad.html', Buffer.concat([Buffer.from('<html><meta charset="utf-8"><p>M\u00fcnster '), Buffer.from([0xff, 0xfe, 0xfd]), Buffer.from('</p></html>')]));
    expect(doc.body).toContain('Münster \ufffd');
    expect(doc.warnings).toEqual(['invalid UTF-8 bytes replaced']);
  });

  it('a Latin-1 feed declared in its XML prolog, gzipped', async () => {
    const xml = '<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>Gazette de Valdôr</title><item><title>Fête du pont</title><description>La fête a réuni 300 habitants.</description></item></channel></rss>';
    const doc = await body('fr.xml.gz', gzipSync(iconv.encode(xml, 'latin1')));
    expect([doc.hints.outlet, doc.hints.title, doc.body]).toEqual(['Gazette de Valdôr', 'Fête du pont', 'La fête a réuni 300 habitants.']);
  });
});

describe('ingest: bad input never stops the batch', () => {
  const failureOf = async (path: string, options?: IngestOptions) => {
    const items = await collect(ingest([path], options));
    expect(items).toHaveLength(1);
    const [item] = items;
    if (item.ok) throw new Error(`expected a failure for ${path}`);
    expect(item.failure.source.path).toBe(path);
    return item.failure.message;
  };

  it.each([
    ['photo.png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52], 'binary file (looks like PNG image), not a news document'],
    ['archive.zip', [0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0], 'binary file (looks like ZIP archive (or Office/EPUB document)), not a news document'],
    ['report.html', [...enc.encode('%PDF-1.5\n%\u00e2\u00e3\n1 0 obj')], 'binary file (looks like PDF document), not a news document'],
    ['tool', [0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0], 'binary file (looks like ELF executable), not a news document'],
    ['data.txt', [0x41, 0x00, 0x42, 0x00, 0x00, 0x01, 0x02], 'binary file (contains NUL bytes), not a news document'],
  ])('%s is refused as binary', async (name, bytes, message) => {
    expect(await failureOf(tmpFile(name, Uint8Array.from(bytes)))).toBe(message);
  });

  it('a gzipped binary file is refused too', async () => {
    expect(await failureOf(tmpFile('photo.png.gz', gzipSync(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))))).toBe(
      'binary file (looks like PNG image), not a news document',
    );
  });

  it('empty and whitespace-only files', async () => {
    expect(await failureOf(tmpFile('empty.html', ''))).toBe('empty file');
    expect(await failureOf(tmpFile('spaces.txt', ' \n\t\r\n  '))).toBe('empty file');
    expect(await failureOf(tmpFile('empty.txt.gz', gzipSync(Buffer.alloc(0))))).toBe('empty file');
  });

  it('truncated gzip keeps the documents already read, then says so', async () => {
    const lines = Array.from({ length: 400 }, (_, i) => JSON.stringify({ id: `n${i}`, text: `Council meeting ${i}: members discussed item ${(i * 7919) % 1000} about road ${(i * 104729) % 997}.` }));
    const gz = gzipSync(Buffer.from(`${lines.join('\n')}\n`));
    const cut = gz.subarray(0, Math.floor(gz.length * 0.6));
    const path = tmpFile('cut.jsonl.gz', cut);
    const items = await collect(ingest([path]));
    const docs = items.filter((i) => i.ok);
    // Every complete line zlib can recover from the cut file comes out, none lost to the error.
    const recoverable = gunzipSync(cut, { finishFlush: zlibConstants.Z_SYNC_FLUSH }).toString('utf8').split('\n').length - 1;
    expect(recoverable).toBeGreaterThan(50);
    expect(recoverable).toBeLessThan(400);
    expect(docs.length).toBe(recoverable);
    // Documents come out in order, and the last one is whole.
    expect(docs.map((d) => d.ok && d.doc.source.id)).toEqual(lines.slice(0, docs.length).map((l) => (JSON.parse(l) as { id: string }).id));
    expect(items[items.length - 1]).toEqual({
      ok: false,
      failure: { source: { path, url: null, id: null, record: null }, message: 'truncated gzip: the compressed data ends early' },
    });
  });

  it('corrupt gzip', async () => {
    const header = [0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0, 0x03];
    expect(await failureOf(tmpFile('junk.txt.gz', Uint8Array.from([...header, 0xff, 0xff, 0xff, 0xff, 0x12, 0x34])))).toMatch(/^corrupt gzip: /);
    const gz = gzipSync(Buffer.from('The council voted on Friday to build a footbridge over the river. '.repeat(50)));
    gz.writeUInt32LE((gz.readUInt32LE(gz.length - 8) ^ 0xffffffff) >>> 0, gz.length - 8); // wrong CRC
    expect(await failureOf(tmpFile('crc.txt.gz', gz))).toMatch(/^corrupt gzip: .*check/);
  });

  it('broken HTML is still HTML', async () => {
    const [item] = await collect(ingest([join(FIXTURES, 'broken-markup.html')]));
    expect(item.ok && item.doc.kind).toBe('html');
  });

  it('a file over maxDocumentBytes is refused by its size, without reading it all', async () => {
    const path = tmpFile('huge.txt', Buffer.from('The council met again. '.repeat(228_000))); // ~5 MB
    let read = 0;
    const message = await failureOf(path, { maxDocumentBytes: 1024 * 1024, onBytes: (n) => (read += n) });
    expect(message).toBe('file is 5 MB; the limit for one HTML or text document is 1 MB (--max-bytes)');
    expect(read).toBeLessThan(256 * 1024);
  });

  it('a gzipped file stops decompressing once past the limit', async () => {
    const path = tmpFile('huge.html.gz', gzipSync(Buffer.from(`<html><body>${'<p>The council met again.</p>'.repeat(200_000)}</body></html>`)));
    expect(await failureOf(path, { maxDocumentBytes: 1024 * 1024 })).toBe(
      'file is more than 1 MB uncompressed; the limit for one HTML or text document is 1 MB (--max-bytes)',
    );
  });

  it('a missing path and a path that cannot be opened are failures naming them', async () => {
    expect(await failureOf(join(tmp, 'missing.html'))).toBe('no such file or folder');
    expect(await failureOf(tmpFile('no-permission.html', '<p>secret</p>'))).toBe('cannot open: permission denied');
  });

  it('XML that is not a feed is named, not guessed at', async () => {
    expect(await failureOf(tmpFile('sitemap.xml', '<?xml version="1.0"?><urlset><url><loc>https://x.example/</loc></url></urlset>'))).toBe(
      'XML document with root <urlset>: neither a web page nor an RSS, RDF or Atom feed',
    );
  });

  it('goes on after every kind of failure, in input order', async () => {
    const inputs = [
      tmpFile('one.png', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
      join(tmp, 'gone.txt'),
      tmpFile('two.txt', ''),
      tmpFile('three.txt.gz', Uint8Array.from([0x1f, 0x8b, 0x08])),
      join(FIXTURES, 'feed-malformed.xml'),
      join(FIXTURES, 'council-vote.txt'),
    ];
    const items = await collect(ingest(inputs));
    expect(items.map((i) => (i.ok ? i.doc.source.path : i.failure.source.path))).toEqual(inputs);
    expect(items.map((i) => i.ok)).toEqual([false, false, false, false, false, true]);
    expect(formatFailure((items[2] as { ok: false; failure: IngestFailure }).failure)).toBe(`${inputs[2]}: empty file`);
  });
});

describe('ingest: stopping early', () => {
  it.skipIf(process.platform !== 'linux')('closes the file when the reader stops part-way through a gzipped stream', async () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => JSON.stringify({ id: `m${i}`, text: `Minutes of council meeting ${i}, item ${(i * 7919) % 1000}.` }));
    const path = tmpFile('long.jsonl.gz', gzipSync(Buffer.from(lines.join('\n'))));
    const openFiles = () => readdirSync('/proc/self/fd').length;
    const before = openFiles();
    const ids: string[] = [];
    for await (const item of ingest([path])) {
      if (item.ok) ids.push(item.doc.source.id ?? '');
      if (ids.length === 2) break;
    }
    expect(ids).toEqual(['m0', 'm1']);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(openFiles()).toBe(before);
  });
});

describe('ingest: progress callbacks', () => {
  it('reports each file with its stored size, and every byte read', async () => {
    const { files } = await listInputs([FIXTURES]);
    const started: Array<[string, number]> = [];
    let read = 0;
    await collect(ingest([FIXTURES], { onFile: (path, bytes) => started.push([path, bytes]), onBytes: (n) => (read += n) }));
    expect(started).toEqual(files.map((f) => [f.path, f.bytes]));
    expect(read).toBe(files.reduce((sum, f) => sum + f.bytes, 0));
  });
});
