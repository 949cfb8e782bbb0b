/**
 * Small helpers over async iterables of byte chunks: the one shape every reader here
 * consumes (file streams, standard input, gunzip output, in-memory bytes).
 */

export type ByteSource = AsyncIterable<Uint8Array>;

/**
 * A byte stream whose start can be looked at before it is consumed: format sniffing
 * needs the first few KB, and the reader chosen afterwards must still see them.
 */
export class PeekableStream implements AsyncIterable<Uint8Array> {
  private readonly iterator: AsyncIterator<Uint8Array>;
  private readonly buffered: Uint8Array[] = [];
  private bufferedBytes = 0;
  private ended = false;
  private taken = false;

  constructor(source: ByteSource) {
    this.iterator = source[Symbol.asyncIterator]();
  }

  /** At least `minBytes` from the start (fewer only when the stream ends first). */
  async peek(minBytes: number): Promise<{ head: Uint8Array; ended: boolean }> {
    if (this.taken) throw new Error('PeekableStream: peek after the stream was taken');
    while (!this.ended && this.bufferedBytes < minBytes) {
      const next = await this.iterator.next();
      if (next.done) {
        this.ended = true;
      } else if (next.value.length > 0) {
        this.buffered.push(next.value);
        this.bufferedBytes += next.value.length;
      }
    }
    const head = concat(this.buffered, this.bufferedBytes);
    // Keep one chunk so later peeks and the final read do not concatenate again.
    this.buffered.length = 0;
    if (head.length) this.buffered.push(head);
    return { head, ended: this.ended };
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Uint8Array> {
    if (this.taken) throw new Error('PeekableStream: the stream can be read only once');
    this.taken = true;
    try {
      while (this.buffered.length) yield this.buffered.shift() as Uint8Array;
      this.bufferedBytes = 0;
      if (this.ended) return;
      for (;;) {
        const next = await this.iterator.next();
        if (next.done) break;
        yield next.value;
      }
      this.ended = true;
    } finally {
      // A reader that stops early (a refused file, an abandoned batch) must not leak the file.
      await this.close();
    }
  }

  /** Releases the underlying source (closes the file) when it is not read to the end. */
  async close(): Promise<void> {
    if (this.ended) return;
    this.ended = true;
    try {
      await this.iterator.return?.();
    } catch {
      // Closing after a read error may fail again; the first error is the one reported.
    }
  }
}

export function concat(chunks: readonly Uint8Array[], total?: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const size = total ?? chunks.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

export type Bounded = { bytes: Uint8Array; tooLarge: false } | { tooLarge: true };

/** The whole stream, unless it is longer than `limit`: then it stops reading at once. */
export async function readAtMost(source: ByteSource, limit: number): Promise<Bounded> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of source) {
    total += chunk.length;
    if (total > limit) return { tooLarge: true };
    chunks.push(chunk);
  }
  return { bytes: concat(chunks, total), tooLarge: false };
}

/** Passes chunks through, reporting each one's size (progress and ETA). */
export async function* counted(source: ByteSource, onBytes: (bytes: number) => void): AsyncGenerator<Uint8Array> {
  for await (const chunk of source) {
    onBytes(chunk.length);
    yield chunk;
  }
}

export type Line =
  | { lineNo: number; bytes: Uint8Array; tooLong: false }
  | { lineNo: number; tooLong: true; bytes: number };

const LF = 0x0a;
const CR = 0x0d;

/**
 * The stream split at LF (a CR before it dropped), numbered from 1. A line longer than
 * `maxLineBytes` is not buffered: it is skipped and reported with its length, so one
 * runaway line cannot exhaust memory.
 */
export async function* splitLines(source: ByteSource, maxLineBytes: number): AsyncGenerator<Line> {
  let parts: Uint8Array[] = [];
  let partBytes = 0;
  let overflow = 0; // length of the current line once it is too long to keep
  let lineNo = 0;

  const finish = (): Line => {
    lineNo++;
    if (overflow > 0) {
      const line: Line = { lineNo, tooLong: true, bytes: overflow };
      overflow = 0;
      return line;
    }
    let bytes = concat(parts, partBytes);
    if (bytes.length && bytes[bytes.length - 1] === CR) bytes = bytes.subarray(0, bytes.length - 1);
    parts = [];
    partBytes = 0;
    return { lineNo, bytes, tooLong: false };
  };

  const keep = (piece: Uint8Array) => {
    if (!piece.length) return;
    if (overflow > 0) {
      overflow += piece.length;
    } else if (partBytes + piece.length > maxLineBytes) {
      overflow = partBytes + piece.length;
      parts = [];
      partBytes = 0;
    } else {
      parts.push(piece);
      partBytes += piece.length;
    }
  };

  for await (const chunk of source) {
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf(LF, start);
      if (nl < 0) break;
      keep(chunk.subarray(start, nl));
      yield finish();
      start = nl + 1;
    }
    keep(chunk.subarray(start));
  }
  if (partBytes > 0 || overflow > 0) yield finish();
}

/** An async iterable over in-memory bytes. */
export async function* bytesSource(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  if (bytes.length) yield bytes;
}
