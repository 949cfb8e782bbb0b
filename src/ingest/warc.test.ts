import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { WARCRecord, WARCSerializer, type WARCType } from 'warcio';
import type { IngestItem } from '../model/index.js';
import { bytesSource } from './byte-stream.js';
import { warcItems } from './warc.js';

const enc = new TextEncoder();
const LIMIT = { maxDocumentBytes: 1024 * 1024 };

async function* once(bytes: Uint8Array) {
  yield bytes;
}

interface RecordSpec {
  type?: WARCType;
  url: string;
  statusline?: string;
  headers?: Record<string, string>;
  body: Uint8Array | string;
}

async function record({ type = 'response', url, statusline, headers, body }: RecordSpec): Promise<Uint8Array> {
  const payload = typeof body === 'string' ? enc.encode(body) : body;
  const withHttp = type === 'response' || type === 'request' || type === 'revisit';
  const warc = WARCRecord.create(
    {
      url,
      type,
      date: '2024-11-08T10:00:00Z',
      ...(withHttp ? { statusline: statusline ?? (type === 'request' ? 'GET / HTTP/1.1' : 'HTTP/1.1 200 OK'), httpHeaders: headers ?? {} } : {}),
      ...(type === 'resource' && headers ? { warcHeaders: { 'Content-Type': headers['Content-Type'] } } : {}),
    },
    once(payload),
  );
  return WARCSerializer.serialize(warc);
}

async function collect(items: AsyncIterable<IngestItem>): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

const brief = (item: IngestItem) =>
  item.ok
    ? `${item.doc.source.record} ${item.doc.source.url} html`
    : `${item.failure.source.record} ${item.failure.source.url} ${item.failure.message}`;

const PAGE = '<!DOCTYPE html><html><head><title>Valdor</title></head><body><p>The council voted 7 to 2.</p></body></html>';

describe('warcItems', () => {
  it('keeps HTML responses, skips non-pages silently and non-HTML responses with a reason', async () => {
    const warc = Buffer.concat(
      await Promise.all([
        WARCSerializer.serialize(WARCRecord.createWARCInfo({ filename: 'crawl.warc' }, { software: 'hand-made test' })),
        record({ type: 'request', url: 'https://gazette.example/valdor', body: '' }),
        record({ url: 'https://gazette.example/valdor', headers: { 'Content-Type': 'text/html; charset=utf-8' }, body: PAGE }),
        record({ url: 'https://gazette.example/report.pdf', headers: { 'Content-Type': 'application/pdf' }, body: '%PDF-1.4 not really' }),
        record({ type: 'metadata', url: 'https://gazette.example/valdor', body: 'outlinks: none' }),
        record({ url: 'https://gazette.example/missing', statusline: 'HTTP/1.1 404 Not Found', headers: { 'Content-Type': 'text/html' }, body: '<p>Not here</p>' }),
        record({ url: 'dns:gazette.example', type: 'response', statusline: 'HTTP/1.1 200 OK', headers: { 'Content-Type': 'text/dns' }, body: '192.0.2.1' }),
        record({ url: 'https://gazette.example/untyped', headers: { Server: 'test' }, body: PAGE }),
        record({ url: 'https://gazette.example/data.bin', headers: { Server: 'test' }, body: 'just some bytes, no tags' }),
        record({ type: 'resource', url: 'https://gazette.example/saved', headers: { 'Content-Type': 'text/html' }, body: PAGE }),
      ]),
    );
    const items = await collect(warcItems(bytesSource(warc), 'crawl.warc', LIMIT));
    expect(items.map(brief)).toEqual([
      'record 3 https://gazette.example/valdor html',
      'record 4 https://gazette.example/report.pdf record 4: skipped, Content-Type application/pdf is not HTML',
      'record 6 https://gazette.example/missing record 6: skipped, HTTP status 404 Not Found is not a page',
      'record 8 https://gazette.example/untyped html',
      'record 9 https://gazette.example/data.bin record 9: skipped, payload without a Content-Type does not look like HTML',
      'record 10 https://gazette.example/saved html',
    ]);
    // Records that hold no news are skips, not failures of the run.
    expect(items.filter((item) => !item.ok).map((item) => !item.ok && item.failure.skipped)).toEqual([true, true, true]);
    const first = items[0];
    expect(first.ok && first.doc).toEqual({
      source: { path: 'crawl.warc', url: 'https://gazette.example/valdor', id: null, record: 'record 3' },
      kind: 'html',
      body: PAGE,
      // The crawl date is not the publication date.
      hints: { title: null, published: null, outlet: null },
      warnings: [],
    });
  });

  it('decodes with the charset of the HTTP Content-Type header', async () => {
    const body = iconv.encode('<html><body><p>Rada miasta Żółkowo zagłosowała.</p></body></html>', 'iso-8859-2');
    const warc = await record({ url: 'https://pl.example/a', headers: { 'Content-Type': 'text/html; charset=ISO-8859-2' }, body });
    const [item] = await collect(warcItems(bytesSource(warc), 'pl.warc', LIMIT));
    expect(item.ok && item.doc.body).toContain('Rada miasta Żółkowo zagłosowała.');
  });

  it('undoes chunked transfer-encoding and gzip content-encoding of the HTTP payload', async () => {
    const gz = gzipSync(Buffer.from(PAGE));
    const chunked = Buffer.concat([Buffer.from(`${gz.length.toString(16)}\r\n`), gz, Buffer.from('\r\n0\r\n\r\n')]);
    const http = Buffer.concat([
      Buffer.from('HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n'),
      chunked,
    ]);
    // Written by hand: the WARC format is text headers, a blank line, the block, two CRLFs.
    const warc = Buffer.concat([
      Buffer.from(
        'WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://gazette.example/chunked\r\n' +
          `WARC-Date: 2024-11-08T10:00:00Z\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: ${http.length}\r\n\r\n`,
      ),
      http,
      Buffer.from('\r\n\r\n'),
    ]);
    const items = await collect(warcItems(bytesSource(warc), 'chunked.warc', LIMIT));
    expect(items).toHaveLength(1);
    expect(items[0].ok && items[0].doc.body).toBe(PAGE);
  });

  it('keeps the records before a truncation and then says where it stopped', async () => {
    const one = await record({ url: 'https://gazette.example/one', headers: { 'Content-Type': 'text/html' }, body: PAGE });
    const two = await record({ url: 'https://gazette.example/two', headers: { 'Content-Type': 'text/html' }, body: PAGE });
    const cut = Buffer.concat([one, two.subarray(0, two.length - 40)]);
    const items = await collect(warcItems(bytesSource(cut), 'cut.warc', LIMIT));
    expect(items.map(brief)).toEqual([
      'record 1 https://gazette.example/one html',
      expect.stringMatching(/^record 2 https:\/\/gazette\.example\/two record 2: truncated WARC record \(the file ends inside it, before the \d+ bytes its Content-Length says\)$/),
    ]);
  });

  // Found by the pathological-input set (test/pathological): a record longer than its Content-Length
  // was kept as a page cut short, and warcio's own console warning was the only sign.
  it('skips a record longer than its Content-Length, saying so, and reads the next', async () => {
    const one = Buffer.from(await record({ url: 'https://gazette.example/one', headers: { 'Content-Type': 'text/html' }, body: PAGE }));
    const two = await record({ url: 'https://gazette.example/two', headers: { 'Content-Type': 'text/html' }, body: PAGE });
    const length = Number(/Content-Length: (\d+)/.exec(one.toString('latin1'))?.[1]);
    const lying = Buffer.from(one.toString('latin1').replace(`Content-Length: ${length}`, `Content-Length: ${length - 20}`), 'latin1');
    const items = await collect(warcItems(bytesSource(Buffer.concat([lying, two])), 'lying.warc', LIMIT));
    expect(items.map(brief)).toEqual([
      'record 1 https://gazette.example/one record 1: Content-Length is smaller than the record (20 bytes left before the next record); skipped, its page may be cut short',
      'record 2 https://gazette.example/two html',
    ]);
  });

  it('stops with a failure when the data stops being WARC', async () => {
    const one = await record({ url: 'https://gazette.example/one', headers: { 'Content-Type': 'text/html' }, body: PAGE });
    const junk = Buffer.concat([one, Buffer.from('this line is not a WARC header\r\nnor is this\r\n\r\n')]);
    const items = await collect(warcItems(bytesSource(junk), 'junk.warc', LIMIT));
    expect(items.map(brief)).toEqual([
      'record 1 https://gazette.example/one html',
      'record 2 null record 2: not a WARC record (expected a "WARC/1.x" line); 1 records read before it',
    ]);
  });

  it('refuses a record over the size limit and goes on to the next', async () => {
    const big = await record({ url: 'https://gazette.example/big', headers: { 'Content-Type': 'text/html' }, body: `<p>${'x'.repeat(4000)}</p>` });
    const small = await record({ url: 'https://gazette.example/small', headers: { 'Content-Type': 'text/html' }, body: PAGE });
    const items = await collect(warcItems(bytesSource(Buffer.concat([big, small])), 'sizes.warc', { maxDocumentBytes: 1000 }));
    expect(items.map(brief)).toEqual([
      expect.stringMatching(/^record 1 https:\/\/gazette\.example\/big record 1: skipped, payload is 4(\.\d)? KB; the limit for one HTML document is 1000 bytes \(--max-bytes\)$/),
      'record 2 https://gazette.example/small html',
    ]);
    // A page too big to take is lost content: a failure, not a skip.
    expect(items[0].ok === false && items[0].failure.skipped).toBeFalsy();
  });
});
