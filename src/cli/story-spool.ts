/**
 * Stories closed while documents are still being written (the linker's window moved past
 * them) wait in a temporary file, so they can follow the documents, as the output formats
 * promise, without being held in memory.
 */
import { createReadStream, mkdtempSync, rmSync, writeSync, openSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Story } from '../model/index.js';

export class StorySpool {
  private dir: string | null = null;
  private fd: number | null = null;
  private count = 0;

  add(story: Story): void {
    if (this.fd === null) {
      this.dir = mkdtempSync(join(tmpdir(), 'dateline-stories-'));
      this.fd = openSync(join(this.dir, 'stories.jsonl'), 'w');
    }
    writeSync(this.fd, JSON.stringify(story) + '\n');
    this.count += 1;
  }

  get size(): number {
    return this.count;
  }

  /** The spooled stories in the order they closed; the file is removed afterwards. */
  async *drain(): AsyncGenerator<Story> {
    if (this.fd === null || this.dir === null) return;
    closeSync(this.fd);
    this.fd = null;
    try {
      const lines = createInterface({ input: createReadStream(join(this.dir, 'stories.jsonl'), 'utf8'), crlfDelay: Infinity });
      for await (const line of lines) if (line) yield JSON.parse(line) as Story;
    } finally {
      this.discard();
    }
  }

  /** Removes the temporary file (also after an interrupted run). */
  discard(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
    this.dir = null;
  }
}
