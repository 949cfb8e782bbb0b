/**
 * The ingest stage: a pile of news files in, `RawDocument`s out, one at a time.
 *
 * Every input goes the same way: optional gunzip (by magic bytes), a format sniffed from
 * its first bytes, then one reader — a whole HTML or text document, a feed, JSON Lines
 * or WARC. Nothing here throws for bad input: each problem is an `{ok: false}` item
 * naming the file (and line, item or record), and the batch goes on.
 */
import { open } from 'node:fs/promises';
import { describeSource, type IngestFailure, type IngestItem } from '../model/index.js';
import { type ByteSource, PeekableStream, bytesSource, counted, readAtMost } from './byte-stream.js';
import { decodeBytes } from './charset.js';
import { feedItems } from './feed.js';
import { GzipError, gunzip, isGzip } from './gzip.js';
import { documentItem, failure, formatBytes } from './items.js';
import { jsonlItems } from './jsonl.js';
import { type Sniffed, sniffFormat } from './sniff.js';
import { liftTextMetadata } from './text.js';
import { STDIN, describeFsError, walkInputs } from './walk.js';
import { warcItems } from './warc.js';

export interface IngestOptions {
  /** Largest single HTML/text document accepted, in bytes (default 20 MiB). Larger: a failure naming the input and its size. Streaming containers (JSONL, WARC, feeds up to 200 MiB) are not limited by it as a whole. */
  maxDocumentBytes?: number;
  /** Called once per input file when its reading starts, with its size in (compressed) bytes — used for a progress bar. */
  onFile?: (path: string, bytes: number) => void;
  /** Called with the number of (compressed) bytes read so far of the current file, as reading proceeds (for ETA). Optional. */
  onBytes?: (bytesDelta: number) => void;
}

export const DEFAULT_MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
/** A feed is read whole (then parsed a part at a time: feed-parts.ts), so it needs a ceiling of its own. */
export const MAX_FEED_BYTES = 200 * 1024 * 1024;

/** Sniffing starts with this much; only a file that begins with a lot of whitespace needs more. */
const SNIFF_BYTES = 16 * 1024;
const MAX_SNIFF_BYTES = 1024 * 1024;

/** All input files under PATHs in a stable order (folders recursively, sorted by name; hidden files and folders skipped), with sizes; `-` is standard input. Unreadable or missing paths are reported as failures, not thrown. */
export async function listInputs(
  paths: string[],
): Promise<{ files: { path: string; bytes: number }[]; failures: IngestFailure[] }> {
  const files: { path: string; bytes: number }[] = [];
  const failures: IngestFailure[] = [];
  for await (const entry of walkInputs(paths)) {
    if (entry.ok) files.push(entry.file);
    else failures.push(entry.failure);
  }
  return { files, failures };
}

/** Streams every document of every input, in input order. Never throws for bad input: yields {ok:false, failure}. */
export async function* ingest(paths: string[], options: IngestOptions = {}): AsyncGenerator<IngestItem> {
  for await (const entry of walkInputs(paths)) {
    if (!entry.ok) {
      yield { ok: false, failure: entry.failure };
      continue;
    }
    const { path, bytes } = entry.file;
    options.onFile?.(path, bytes);
    if (path === STDIN) {
      yield* ingestSource(STDIN, process.stdin, null, options);
      continue;
    }
    let stream: ByteSource;
    try {
      // Opening first turns a permission problem into a failure before any reading starts.
      const handle = await open(path, 'r');
      stream = handle.createReadStream();
    } catch (error) {
      yield failure(path, describeFsError(error, 'cannot open'));
      continue;
    }
    yield* ingestSource(path, stream, bytes, options);
  }
}

/** Same, for one in-memory input (bytes as read from a file; used by tests and the HTTP API). */
export async function* ingestBytes(name: string, bytes: Uint8Array, options: IngestOptions = {}): AsyncGenerator<IngestItem> {
  options.onFile?.(name, bytes.length);
  yield* ingestSource(name, bytesSource(bytes), bytes.length, options);
}

/** A failure as one line for people: `feed.xml: item 2 "Title": no content ...`. */
export function formatFailure(failure: IngestFailure): string {
  const where = failure.source.path ?? describeSource(failure.source);
  return `${where}: ${failure.message}`;
}

/**
 * One input, whatever its format. `size` is the stored size when known (it lets an
 * oversized uncompressed document be refused without reading it).
 */
async function* ingestSource(path: string, raw: ByteSource, size: number | null, options: IngestOptions): AsyncGenerator<IngestItem> {
  const maxDocumentBytes = options.maxDocumentBytes ?? DEFAULT_MAX_DOCUMENT_BYTES;
  const stored = new PeekableStream(options.onBytes ? counted(raw, options.onBytes) : raw);
  let input = stored;
  try {
    const compressed = isGzip((await stored.peek(2)).head);
    if (compressed) input = new PeekableStream(gunzip(stored));

    const sniffed = await sniffInput(input, path);
    switch (sniffed.format) {
      case 'empty':
        yield failure(path, 'empty file');
        return;
      case 'binary':
        yield failure(path, `binary file (${sniffed.what}), not a news document`);
        return;
      case 'xml':
        yield failure(path, `XML document with root <${sniffed.root}>: neither a web page nor an RSS, RDF or Atom feed`);
        return;
      case 'json':
        yield failure(path, 'a JSON document, not JSON Lines (one {"text": ...} or {"html": ...} object per line)');
        return;
      case 'html':
      case 'text':
        yield await wholeDocument(path, input, sniffed.format, { size: compressed ? null : size, compressed, maxDocumentBytes });
        return;
      case 'feed': {
        const read = await readAtMost(input, MAX_FEED_BYTES);
        if (read.tooLarge) {
          yield failure(path, `feed is more than ${formatBytes(MAX_FEED_BYTES)}${compressed ? ' uncompressed' : ''}; the limit for one feed file is ${formatBytes(MAX_FEED_BYTES)}`);
          return;
        }
        const decoded = decodeBytes(read.bytes, { markup: true });
        yield* feedItems(decoded.text, path, decoded.warnings);
        return;
      }
      case 'jsonl':
        yield* jsonlItems(input, path, { maxDocumentBytes });
        return;
      case 'warc':
        yield* warcItems(input, path, { maxDocumentBytes });
        return;
      case 'undecided':
        return;
    }
  } catch (error) {
    // Documents already yielded stay yielded; the failure says why the rest is missing.
    yield failure(path, error instanceof GzipError ? error.message : describeFsError(error, 'cannot read'));
  } finally {
    await input.close();
    await stored.close();
  }
}

async function sniffInput(input: PeekableStream, name: string): Promise<Sniffed> {
  for (let want = SNIFF_BYTES; ; want *= 8) {
    const { head, ended } = await input.peek(want);
    const sniffed = sniffFormat({ head, complete: ended, name });
    if (sniffed.format !== 'undecided') return sniffed;
    // Past this much leading whitespace the text reader decides (and says "empty file" if it is).
    if (want >= MAX_SNIFF_BYTES) return { format: 'text' };
  }
}

/** A single HTML page or text article, read whole (it is bounded by maxDocumentBytes). */
async function wholeDocument(
  path: string,
  input: PeekableStream,
  kind: 'html' | 'text',
  { size, compressed, maxDocumentBytes }: { size: number | null; compressed: boolean; maxDocumentBytes: number },
): Promise<IngestItem> {
  const limit = `the limit for one HTML or text document is ${formatBytes(maxDocumentBytes)} (--max-bytes)`;
  if (size !== null && size > maxDocumentBytes) return failure(path, `file is ${formatBytes(size)}; ${limit}`);
  const read = await readAtMost(input, maxDocumentBytes);
  if (read.tooLarge) {
    return failure(path, `file is more than ${formatBytes(maxDocumentBytes)}${compressed ? ' uncompressed' : ''}; ${limit}`);
  }
  const decoded = decodeBytes(read.bytes, { markup: kind === 'html' });
  if (!decoded.text.trim()) return failure(path, 'empty file');
  if (kind === 'html') return documentItem(path, {}, { kind, body: decoded.text, warnings: decoded.warnings });

  const lifted = liftTextMetadata(decoded.text);
  return documentItem(path, { url: lifted.meta.url }, {
    kind,
    body: lifted.body,
    title: lifted.meta.title,
    published: lifted.meta.published,
    outlet: lifted.meta.outlet,
    warnings: [...decoded.warnings, ...lifted.warnings],
  });
}
