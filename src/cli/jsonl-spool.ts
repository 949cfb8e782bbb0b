/**
 * Records that must wait before they are written, kept in a temporary JSON Lines file
 * rather than in memory: with `--stories`, the documents wait until their stories have
 * supplied the dates they infer, and stories closed during the run wait to follow the
 * documents, as the output formats promise.
 */
import { createReadStream, mkdtempSync, rmSync, writeSync, openSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export class JsonlSpool<T> {
  private dir: string | null = null;
  private fd: number | null = null;
  private count = 0;

  constructor(private readonly name: string) {}

  add(item: T): void {
    this.addRecord(JSON.stringify(item));
  }

  /**
   * An item already serialised (its JSON record, one line), with a key given back beside it
   * (a document's id), so that reading it back needs no parse to know which item it is.
   */
  addRecord(json: string, key = ''): void {
    if (this.fd === null) {
      this.dir = mkdtempSync(join(tmpdir(), `dateline-${this.name}-`));
      this.fd = openSync(join(this.dir, `${this.name}.jsonl`), 'w');
    }
    // A JSON text holds no raw tab (it is escaped): the first tab of a line ends its key.
    // Written in three parts: joined, a long record would be copied once more only to be encoded.
    writeSync(this.fd, `${key}\t`);
    writeSync(this.fd, json);
    writeSync(this.fd, '\n');
    this.count += 1;
  }

  get size(): number {
    return this.count;
  }

  /** The spooled items in the order they were added; the file is removed afterwards. */
  async *drain(): AsyncGenerator<T> {
    for await (const { json } of this.drainRecords()) yield JSON.parse(json) as T;
  }

  /** The spooled JSON records, unparsed, with their keys, in the order they were added; the file is removed afterwards. */
  async *drainRecords(): AsyncGenerator<{ key: string; json: string }> {
    if (this.fd === null || this.dir === null) return;
    closeSync(this.fd);
    this.fd = null;
    try {
      const lines = createInterface({ input: createReadStream(join(this.dir, `${this.name}.jsonl`), 'utf8'), crlfDelay: Infinity });
      for await (const line of lines) {
        const tab = line.indexOf('\t');
        if (tab >= 0) yield { key: line.slice(0, tab), json: line.slice(tab + 1) };
      }
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
