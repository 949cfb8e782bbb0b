/** Streaming gunzip with failures worded for people ("truncated gzip", "corrupt gzip: ..."). */
import { Readable, pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { ByteSource } from './byte-stream.js';

const GZIP_MAGIC = [0x1f, 0x8b] as const;

export function isGzip(head: Uint8Array): boolean {
  return head.length >= 2 && head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1];
}

/** A gzip stream that could not be decompressed; what came out before it stays valid. */
export class GzipError extends Error {
  override name = 'GzipError';
}

/**
 * Decompresses `source` as it is read. Concatenated members (as in .warc.gz) come out
 * as one stream. Throws GzipError when the data ends early or is damaged.
 */
export async function* gunzip(source: ByteSource): AsyncGenerator<Uint8Array> {
  const input = Readable.from(source, { objectMode: false });
  const inflater = createGunzip();
  // pipeline forwards a read error of the source into the inflater, so it surfaces below.
  pipeline(input, inflater, () => {});
  try {
    for await (const chunk of inflater) yield chunk as Uint8Array;
  } catch (error) {
    throw asGzipError(error);
  } finally {
    inflater.destroy();
    input.destroy();
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
