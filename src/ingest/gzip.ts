/** Streaming gunzip with failures worded for people ("truncated gzip", "corrupt gzip: ..."). */
import { once } from 'node:events';
import { createGunzip } from 'node:zlib';
import type { ByteSource } from './byte-stream.js';

const GZIP_MAGIC = [0x1f, 0x8b] as const;

/** Decompressed chunks held for a slow reader before zlib is paused (about 1 MB at 16 KB a chunk). */
const MAX_QUEUED_CHUNKS = 64;

export function isGzip(head: Uint8Array): boolean {
  return head.length >= 2 && head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1];
}

/** A gzip stream that could not be decompressed; what came out before it stays valid. */
export class GzipError extends Error {
  override name = 'GzipError';
}

/**
 * Decompresses `source` as it is read. Concatenated members (as in .warc.gz) come out
 * as one stream. Throws GzipError when the data ends early or is damaged — but only
 * after every byte zlib produced before the damage: iterating the zlib stream directly
 * would drop its buffered output on error, losing documents that were intact.
 */
export async function* gunzip(source: ByteSource): AsyncGenerator<Uint8Array> {
  const inflater = createGunzip();
  const queue: Uint8Array[] = [];
  let failure: unknown = null;
  let ended = false;
  let wake: (() => void) | null = null;
  const signal = () => {
    const resume = wake;
    wake = null;
    resume?.();
  };

  inflater.on('data', (chunk: Buffer) => {
    queue.push(chunk);
    if (queue.length >= MAX_QUEUED_CHUNKS) inflater.pause();
    signal();
  });
  inflater.on('end', () => {
    ended = true;
    signal();
  });
  inflater.on('error', (error: unknown) => {
    failure ??= error;
    signal();
  });

  const stopFeeding = new AbortController();
  const feeding = (async () => {
    try {
      for await (const chunk of source) {
        if (failure !== null || stopFeeding.signal.aborted) return;
        if (!inflater.write(chunk)) await once(inflater, 'drain', { signal: stopFeeding.signal });
      }
      inflater.end();
    } catch (error) {
      // A read error of the source, or the abort below; the first problem is the one reported.
      if (!stopFeeding.signal.aborted) failure ??= error;
      signal();
    }
  })();

  try {
    for (;;) {
      const chunk = queue.shift();
      if (chunk) {
        if (inflater.isPaused() && queue.length < MAX_QUEUED_CHUNKS / 2) inflater.resume();
        yield chunk;
        continue;
      }
      if (failure !== null) throw asGzipError(failure);
      if (ended) return;
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
  } finally {
    // Not awaited: the feeder may be waiting on a source with nothing more to give
    // (a quiet pipe); it sees the abort and closes the source when the read returns.
    stopFeeding.abort();
    inflater.destroy();
    void feeding;
  }
}

function asGzipError(error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'Z_BUF_ERROR') return new GzipError('truncated gzip: the compressed data ends early');
  if (code === 'Z_DATA_ERROR' || code === 'Z_STREAM_ERROR' || code === 'Z_NEED_DICT') {
    const reason = error instanceof Error ? error.message : String(error);
    return new GzipError(`corrupt gzip: ${reason}`);
  }
  return error;
}
