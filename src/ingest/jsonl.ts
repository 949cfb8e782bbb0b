/**
 * JSON Lines: one `{id?, url?, title?, published?, outlet?, text | html}` object per
 * line, read a line at a time so a file of any size streams. A bad line is a failure
 * naming it; the lines after it go on.
 */
import { isUtf8 } from 'node:buffer';
import type { IngestItem, RawDocument } from '../model/index.js';
import { type ByteSource, splitLines } from './byte-stream.js';
import { normaliseDate } from './dates.js';
import { documentItem, failure, formatBytes } from './items.js';

export interface JsonlOptions {
  /** Longest line accepted; a longer one is skipped with a failure, never buffered. */
  maxDocumentBytes: number;
}

export async function* jsonlItems(source: ByteSource, path: string, options: JsonlOptions): AsyncGenerator<IngestItem> {
  for await (const line of splitLines(source, options.maxDocumentBytes)) {
    if (line.tooLong) {
      yield failure(
        path,
        `line ${line.lineNo}: record is ${formatBytes(line.bytes)}; the limit for one document is ${formatBytes(options.maxDocumentBytes)} (--max-bytes)`,
        { record: `line ${line.lineNo}` },
      );
      continue;
    }
    const item = parseJsonlLine(line.bytes, line.lineNo, path);
    if (item) yield item;
  }
}

/** One line as a document or a failure; null for a blank line. */
export function parseJsonlLine(bytes: Uint8Array, lineNo: number, path: string): IngestItem | null {
  const record = `line ${lineNo}`;
  const warnings: string[] = [];
  let text = decodeUtf8(bytes, warnings);
  if (lineNo === 1 && text.startsWith('\ufeff')) text = text.slice(1);
  if (!text.trim()) return null;

  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return failure(path, `${record}: invalid JSON (${reason})`, { record });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return failure(path, `${record}: not a JSON object (got ${typeName(value)})`, { record });
  }
  const fields = value as Record<string, unknown>;

  const id = idField(fields.id, warnings);
  const url = stringField(fields, 'url', warnings);
  const where = { id, url, record };

  const body = bodyField(fields);
  if ('problem' in body) return failure(path, `${record}: ${body.problem}`, where);

  const title = stringField(fields, 'title', warnings)?.trim() || null;
  const outlet = stringField(fields, 'outlet', warnings)?.trim() || null;
  const publishedText = stringField(fields, 'published', warnings);
  const published = normaliseDate(publishedText);
  if (publishedText && !published) warnings.push(`"published" value "${publishedText}" is not a recognisable date; ignored`);

  return documentItem(path, where, { kind: body.kind, body: body.body, title, published, outlet, warnings });
}

type Body = { kind: RawDocument['kind']; body: string } | { problem: string };

/**
 * `text` wins over `html` when a line has both: it is the clean text someone already
 * extracted, and the extract stage could only approximate it from the markup.
 */
function bodyField(fields: Record<string, unknown>): Body {
  const { text, html } = fields;
  if (typeof text === 'string' && text.trim()) return { kind: 'text', body: text };
  if (typeof html === 'string' && html.trim()) return { kind: 'html', body: html };
  for (const [name, v] of [['text', text], ['html', html]] as const) {
    if (v !== undefined && v !== null && typeof v !== 'string') return { problem: `"${name}" is not a string (got ${typeName(v)})` };
  }
  if (typeof text === 'string' || typeof html === 'string') return { problem: `"${typeof text === 'string' ? 'text' : 'html'}" is empty` };
  return { problem: 'neither a "text" nor an "html" field' };
}

function idField(value: unknown, warnings: string[]): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (value !== undefined && value !== null) warnings.push(`"id" is not a string or number (got ${typeName(value)}); ignored`);
  return null;
}

function stringField(fields: Record<string, unknown>, name: string, warnings: string[]): string | null {
  const value = fields[name];
  if (typeof value === 'string') return value;
  if (value !== undefined && value !== null) warnings.push(`"${name}" is not a string (got ${typeName(value)}); ignored`);
  return null;
}

/** JSON Lines is UTF-8 by definition (RFC 8259), so there is no charset to sniff. */
function decodeUtf8(bytes: Uint8Array, warnings: string[]): string {
  if (!isUtf8(bytes)) warnings.push('invalid UTF-8 bytes replaced');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8');
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
