/** Typed calls to the Dateline API; the types are the server's own (src/model/views.ts). */
import type {
  ClaimRow,
  DocumentSummary,
  EntityDetail,
  Page,
  SearchPage,
  StoredDocument,
  StoryDetail,
  StorySummary,
} from '../../src/model/views.js';

export type { ClaimRow, DocumentSummary, EntityDetail, Page, SearchPage, StoredDocument, StoryDetail, StorySummary };
export type { ComparisonItem, Claim, Quote, Event, Entity } from '../../src/model/index.js';

export type Params = Record<string, string | number | undefined | null>;

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/** `path?params` with empty parameters left out, so the API never sees `q=`. */
export function withParams(path: string, params: Params = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && String(value).trim() !== '') query.set(key, String(value).trim());
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

export async function getJson<T>(path: string, params?: Params): Promise<T> {
  const response = await fetch(withParams(path, params), { headers: { accept: 'application/json' } });
  const body = (await response.json().catch(() => null)) as { error?: string } | null;
  if (!response.ok) throw new ApiError(body?.error ?? `${response.status} ${response.statusText}`, response.status);
  return body as T;
}
