/**
 * `dateline export --format gdelt [FILE...]`: analysis output (JSON Lines, as
 * `dateline analyze` writes it) to the GDELT 2.0 Events table layout, streamed.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { GDELT_EVENT_COLUMNS, gdeltRows } from '../analyse/events/gdelt.js';
import { AnalysedDocument } from '../model/index.js';
import { streamWriter } from './output.js';

export interface ExportOptions {
  header: boolean;
}

/** Returns the exit code: 0 every line read, 1 some lines were not analysed documents. */
export async function exportGdelt(files: string[], options: ExportOptions): Promise<number> {
  const write = streamWriter(process.stdout);
  const added = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  if (options.header) await write(GDELT_EVENT_COLUMNS.join('\t') + '\n');
  let nextId = 1;
  let bad = 0;
  for (const file of files.length ? files : ['-']) {
    const input = file === '-' ? process.stdin : createReadStream(file);
    const opened = new Promise<void>((resolve, reject) => {
      input.once('error', reject);
      input.once('readable', () => resolve());
      input.once('end', () => resolve());
    });
    try {
      await opened;
    } catch (error) {
      process.stderr.write(`dateline: ${file}: ${(error as Error).message}\n`);
      bad += 1;
      continue;
    }
    let line = 0;
    for await (const text of createInterface({ input, crlfDelay: Infinity })) {
      line += 1;
      if (!text.trim()) continue;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        process.stderr.write(`dateline: ${file}: line ${line}: not JSON\n`);
        bad += 1;
        continue;
      }
      // Story objects share the stream with documents: they carry no events of their own.
      if (value && typeof value === 'object' && 'story' in value) continue;
      const parsed = AnalysedDocument.safeParse(value);
      if (!parsed.success) {
        process.stderr.write(`dateline: ${file}: line ${line}: not an analysed document (${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message})\n`);
        bad += 1;
        continue;
      }
      for (const row of gdeltRows(parsed.data, nextId, added)) {
        nextId += 1;
        await write(row.join('\t') + '\n');
      }
    }
  }
  return bad ? 1 : 0;
}
