/** Builders for the items ingest yields, so every reader fills `source` the same way. */
import type { IngestItem, RawDocument, Source } from '../model/index.js';

export interface Where {
  url?: string | null;
  id?: string | null;
  /** "line 3", "item 2", "record 5"; null for a whole file. */
  record?: string | null;
}

export function sourceOf(path: string, where: Where = {}): Source {
  return { path, url: where.url ?? null, id: where.id ?? null, record: where.record ?? null };
}

export function failure(path: string, message: string, where: Where = {}): IngestItem {
  return { ok: false, failure: { source: sourceOf(path, where), message } };
}

/** Input that holds no news document: said on stderr, but not a failure of the run. */
export function skipped(path: string, message: string, where: Where = {}): IngestItem {
  return { ok: false, failure: { source: sourceOf(path, where), message, skipped: true } };
}

export interface DocumentParts {
  kind: RawDocument['kind'];
  body: string;
  title?: string | null;
  published?: string | null;
  outlet?: string | null;
  warnings?: readonly string[];
}

export function documentItem(path: string, where: Where, parts: DocumentParts): IngestItem {
  return {
    ok: true,
    doc: {
      source: sourceOf(path, where),
      kind: parts.kind,
      body: parts.body,
      hints: {
        title: parts.title ?? null,
        published: parts.published ?? null,
        outlet: parts.outlet ?? null,
      },
      warnings: [...(parts.warnings ?? [])],
    },
  };
}

/** Sizes as people read them in messages: "812 bytes", "64 KB", "104 MB" (binary units). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  // One decimal below 10 so that 1.5 MB does not read as 2 MB next to a 2 MB limit.
  const shown = value < 10 ? Math.round(value * 10) / 10 : Math.round(value);
  return `${shown} ${units[unit]}`;
}

export { errorMessage } from '../model/index.js';
