/**
 * Report summaries kept in a temporary file instead of the heap. Most documents never join
 * a story of two or more reports, so their summary is never read again; the linker holds
 * 12 bytes a document here instead of the summary itself (about 3.5 KB: entity, claim,
 * quote and event facts), and reads back only the members of a story it builds.
 * The file is unlinked as soon as it is open (POSIX), so nothing is left behind however
 * the process ends; `close` frees its descriptor.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReportSummary } from './comparison.js';
import { grown } from './grown.js';

/** Records are written in chunks of about this many bytes. */
const CHUNK_BYTES = 256 * 1024;

export class ReportSpool {
  private fd: number | null = null;
  /** The file's folder while it still has a name (systems that cannot remove an open file). */
  private dir: string | null = null;
  private starts = new Float64Array(1024);
  private lengths = new Uint32Array(1024);
  private count = 0;
  /** Bytes in the file, written or pending. */
  private end = 0;
  private pending: Buffer[] = [];
  private pendingBytes = 0;

  /** Appends a summary; returns its index (0, 1, 2, ... in the order added). */
  add(summary: ReportSummary): number {
    return this.addJson(JSON.stringify(summary));
  }

  /** Appends a summary already written as JSON (by the thread that had the document). */
  addJson(json: string): number {
    const bytes = Buffer.from(json, 'utf8');
    if (this.count === this.starts.length) {
      this.starts = grown(this.starts, new Float64Array(this.starts.length * 2));
      this.lengths = grown(this.lengths, new Uint32Array(this.lengths.length * 2));
    }
    const index = this.count++;
    this.starts[index] = this.end;
    this.lengths[index] = bytes.length;
    this.end += bytes.length;
    this.pending.push(bytes);
    this.pendingBytes += bytes.length;
    if (this.pendingBytes >= CHUNK_BYTES) this.flush();
    return index;
  }

  /** The summary at `index`; throws for one forgotten or never added. */
  get(index: number): ReportSummary {
    const length = index < this.count ? this.lengths[index] : 0;
    if (length === 0) throw new Error(`report ${index} is not in the spool`);
    if (this.starts[index] + length > this.end - this.pendingBytes) this.flush();
    const bytes = Buffer.allocUnsafe(length);
    let read = 0;
    while (read < length) {
      const n = readSync(this.file(), bytes, read, length - read, this.starts[index] + read);
      if (n === 0) throw new Error(`report spool ended early at report ${index}`);
      read += n;
    }
    return JSON.parse(bytes.toString('utf8')) as ReportSummary;
  }

  has(index: number): boolean {
    return index < this.count && this.lengths[index] > 0;
  }

  /** The summary will not be asked for again (its story closed). */
  forget(index: number): void {
    if (index < this.count) this.lengths[index] = 0;
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
    this.dir = null;
    this.pending = [];
    this.pendingBytes = 0;
  }

  private flush(): void {
    if (this.pendingBytes === 0) return;
    const chunk = Buffer.concat(this.pending, this.pendingBytes);
    const at = this.end - this.pendingBytes;
    let written = 0;
    while (written < chunk.length) written += writeSync(this.file(), chunk, written, chunk.length - written, at + written);
    this.pending = [];
    this.pendingBytes = 0;
  }

  private file(): number {
    if (this.fd === null) {
      const dir = mkdtempSync(join(tmpdir(), 'dateline-reports-'));
      const path = join(dir, 'reports.jsonl');
      this.fd = openSync(path, 'w+');
      // Where the system allows it the file lives on, nameless, until its descriptor closes.
      try {
        rmSync(dir, { recursive: true, force: true });
      } catch {
        this.dir = dir;
      }
    }
    return this.fd;
  }
}
