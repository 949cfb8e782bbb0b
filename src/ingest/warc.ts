/**
 * WARC files, one record at a time: every HTML `response` (or `resource`) record is a
 * document; requests, metadata, warcinfo and revisits are skipped silently; any other
 * response is skipped with a one-line failure saying why. A WARC that stops being
 * parseable part-way keeps what came before and ends with a failure.
 */
import { LimitReader, WARCParser, type WARCRecord } from 'warcio';
import type { IngestItem } from '../model/index.js';
import type { ByteSource } from './byte-stream.js';
import { charsetFromContentType, decodeBytes } from './charset.js';
import { documentItem, errorMessage, failure, formatBytes, skipped } from './items.js';
import { looksLikeHtml } from './sniff.js';

export interface WarcOptions {
  /** Largest record payload accepted as one document. */
  maxDocumentBytes: number;
}

const HTML_CONTENT_TYPE = /^\s*(?:text\/html|application\/xhtml\+xml)\s*(?:;|$)/i;
/** Content types that say nothing: the payload itself is sniffed. */
const UNTYPED_CONTENT_TYPE = /^\s*(?:application\/octet-stream|application\/unknown|unknown\/unknown)?\s*(?:;|$)/i;
/** Crawlers record DNS lookups and the like as responses; they are not pages and not worth a message. */
const WEB_URI = /^https?:/i;
const PAGE_RECORD_TYPES: ReadonlySet<string> = new Set(['response', 'resource']);

type Outcome = { item: IngestItem | null; complete: boolean };

export async function* warcItems(source: ByteSource, path: string, options: WarcOptions): AsyncGenerator<IngestItem> {
  const parser = new WARCParser(source);
  // A record's item waits until the next record is found: only then is it known whether the
  // record held more bytes than its Content-Length said (and its page may be cut short).
  let pending: { item: IngestItem | null; record: string; url: string | null } | null = null;
  for (let n = 1; ; n++) {
    const record = `record ${n}`;
    let next: Parsed;
    try {
      next = await parseNext(parser);
    } catch (error) {
      if (pending?.item) yield pending.item;
      yield failure(path, `${record}: not parseable as WARC (${errorMessage(error)}); ${n - 1} records read before it`, { record });
      return;
    }
    if (pending) {
      if (next.leftover === null) {
        if (pending.item) yield pending.item;
      } else {
        yield failure(
          path,
          `${pending.record}: Content-Length is smaller than the record (${next.leftover} bytes left before the next record); skipped, its page may be cut short`,
          { url: pending.url, record: pending.record },
        );
      }
      pending = null;
    }
    const warc = next.warc;
    if (!warc) return;

    if (!warc.warcHeaders.statusline.startsWith('WARC/') || !warc.warcType) {
      yield failure(path, `${record}: not a WARC record (expected a "WARC/1.x" line); ${n - 1} records read before it`, { record });
      return;
    }

    let outcome: Outcome;
    try {
      outcome = await readRecord(warc, path, record, options);
    } catch (error) {
      // The payload could not be decoded (bad chunking, unknown Content-Encoding): skip past it.
      const complete = await drain(warc);
      outcome = {
        item: failure(path, `${record}: skipped, payload cannot be decoded (${errorMessage(error)})`, { url: targetUri(warc), record }),
        complete,
      };
    }
    // Half a page is not the page: a truncated record yields only the failure.
    if (!outcome.complete) {
      yield failure(path, `${record}: truncated WARC record (the file ends inside it, before the ${warc.warcContentLength} bytes its Content-Length says)`, {
        url: targetUri(warc),
        record,
      });
      return;
    }
    pending = { item: outcome.item, record, url: targetUri(warc) };
  }
}

interface Parsed {
  warc: WARCRecord | null;
  /** Bytes found between the previous record's end (by its Content-Length) and this record; null when there were none. */
  leftover: number | null;
}

const TOO_SMALL = /^Content-Length Too Small: .*Remainder Length: (\d+)/;

/**
 * The next record. warcio notices a previous record longer than its Content-Length only by
 * printing a console warning; that one warning is caught here and returned instead, so the
 * record is reported in our own words, naming the file. Other console warnings pass through.
 */
async function parseNext(parser: WARCParser): Promise<Parsed> {
  const warn = console.warn;
  let leftover: number | null = null;
  console.warn = (...args: unknown[]) => {
    const m = TOO_SMALL.exec(String(args[0]));
    if (m) leftover = Number(m[1]);
    else warn(...args);
  };
  try {
    const warc = await parser.parse();
    return { warc, leftover };
  } finally {
    console.warn = warn;
  }
}

async function readRecord(warc: WARCRecord, path: string, record: string, options: WarcOptions): Promise<Outcome> {
  const url = targetUri(warc);
  const where = { url, record };
  // Not news (an image, a redirect) is skipped; a page we could not take is a failure.
  const skip = async (reason: string | null, asFailure = false): Promise<Outcome> => ({
    item: reason ? (asFailure ? failure : skipped)(path, `${record}: skipped, ${reason}`, where) : null,
    complete: await drain(warc),
  });

  if (!PAGE_RECORD_TYPES.has(warc.warcType) || (url && !WEB_URI.test(url))) return skip(null);

  const status = warc.httpHeaders ? Number(warc.httpHeaders.statusCode) : 200;
  if (!(status >= 200 && status < 300)) {
    const text = warc.httpHeaders?.statusText;
    return skip(`HTTP status ${warc.httpHeaders?.statusCode ?? '?'}${text ? ` ${text}` : ''} is not a page`);
  }

  const contentType = (warc.httpHeaders ? warc.httpHeaders.headers.get('content-type') : warc.warcContentType) ?? '';
  const declaredHtml = HTML_CONTENT_TYPE.test(contentType);
  const untyped = UNTYPED_CONTENT_TYPE.test(contentType);
  if (!declaredHtml && !untyped) return skip(`Content-Type ${contentType.split(';')[0].trim()} is not HTML`);

  if (warc.warcContentLength > options.maxDocumentBytes) {
    return skip(
      `payload is ${formatBytes(warc.warcContentLength)}; the limit for one HTML document is ${formatBytes(options.maxDocumentBytes)} (--max-bytes)`,
      true,
    );
  }

  const payload = await warc.readFully(true);
  const complete = await drain(warc);
  if (!declaredHtml && !looksLikeHtml(payload)) {
    return { item: skipped(path, `${record}: skipped, payload without a Content-Type does not look like HTML`, where), complete };
  }
  const decoded = decodeBytes(payload, { declaredCharset: charsetFromContentType(contentType), markup: true });
  if (!decoded.text.trim()) return { item: failure(path, `${record}: empty HTML payload`, where), complete };
  return { item: documentItem(path, where, { kind: 'html', body: decoded.text, warnings: decoded.warnings }), complete };
}

function targetUri(warc: WARCRecord): string | null {
  return warc.warcTargetURI?.replace(/^<(.*)>$/, '$1') || null;
}

/**
 * Reads whatever is left of the record and says whether it was all there. warcio's own
 * skipFully never returns when the file ends inside a record, so records are always
 * consumed here, through the reader's iterator, which stops at the end of the data.
 */
async function drain(warc: WARCRecord): Promise<boolean> {
  const reader = warc._reader;
  if (!(reader instanceof LimitReader)) return true;
  for await (const chunk of reader) void chunk;
  return reader.limit <= 0;
}
