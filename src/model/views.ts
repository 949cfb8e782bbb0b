/**
 * What the store gives back and what it is asked: the records of the HTTP API, the web
 * UI and the `dateline claims` command. Built from the analysis records, so a stored
 * event is the analysis format's event plus where it came from, and the OpenAPI
 * description is derived from these schemas like the analysis format's JSON Schema.
 */
import { z } from 'zod';
import { AnalysedDocument, Claim, EntityType, Event, IsoDate, Quote, Source, Story } from './index.js';

// ---- queries: one schema each, shared by the CLI and the HTTP API (strings coerced) ----

export const MAX_PAGE = 200;

export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE).default(20),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type PageQuery = z.infer<typeof PageQuery>;

const DateBound = IsoDate.describe('YYYY-MM-DD, YYYY-MM or YYYY');

export const SearchQuery = PageQuery.extend({
  q: z.string().trim().min(1).max(500).optional().describe('full-text search over titles and text (PostgreSQL websearch syntax: words, "a phrase", -not, or)'),
  entity: z.string().min(1).max(200).optional().describe('canonical entity id, or a name or alias'),
  outlet: z.string().min(1).max(200).optional(),
  from: DateBound.optional().describe('published on or after'),
  to: DateBound.optional().describe('published on or before'),
  eventType: z.string().regex(/^[A-Z_]{2,20}$/, 'a PLOVER event type such as CONSULT').optional(),
  claimKind: Claim.shape.kind.optional(),
  sort: z
    .enum(['relevance', 'newest'])
    .optional()
    .describe('with words: relevance (the default: words in the title and lead first, then newest) or newest first; without words always newest first'),
});
export type SearchQuery = z.infer<typeof SearchQuery>;

export const EntityQuery = PageQuery.extend({
  q: z.string().trim().min(1).max(200).optional().describe('prefix of a name or alias'),
  type: EntityType.optional(),
});
export type EntityQuery = z.infer<typeof EntityQuery>;

export const EventQuery = PageQuery.extend({
  type: z.string().regex(/^[A-Z_]{2,20}$/, 'a PLOVER event type such as CONSULT').optional(),
  entity: z.string().min(1).max(200).optional().describe('source or target: canonical entity id, or a name or alias'),
  from: DateBound.optional(),
  to: DateBound.optional(),
});
export type EventQuery = z.infer<typeof EventQuery>;

export const QuoteQuery = PageQuery.extend({
  speaker: z.string().min(1).max(200).optional().describe('canonical entity id, or a name or alias'),
  q: z.string().trim().min(1).max(200).optional().describe('words in the quote'),
});
export type QuoteQuery = z.infer<typeof QuoteQuery>;

export const ClaimQuery = PageQuery.extend({
  kind: Claim.shape.kind.optional(),
  where: z.string().min(1).max(200).optional().describe('place: canonical entity id, or a name or alias ("Gaza Strip")'),
  from: DateBound.optional().describe('as-of date (or publication date) on or after'),
  to: DateBound.optional(),
});
export type ClaimQuery = z.infer<typeof ClaimQuery>;

// ---- results ----

export function page<T extends z.ZodType>(item: T) {
  return z.object({
    total: z.number().int().nonnegative(),
    offset: z.number().int().nonnegative(),
    limit: z.number().int().positive(),
    items: z.array(item),
  });
}
export interface Page<T> {
  total: number;
  offset: number;
  limit: number;
  items: T[];
}

/**
 * Search counts its matches up to this many: a count costs time in proportion to the matches,
 * and past a thousand nobody pages through them (search engines say "1,000+" too).
 */
export const SEARCH_TOTAL_CAP = 1000;

export function searchPage<T extends z.ZodType>(item: T) {
  return page(item).extend({
    totalIsLowerBound: z
      .boolean()
      .describe(`true when more than ${SEARCH_TOTAL_CAP} documents match: total is then ${SEARCH_TOTAL_CAP} and the real count higher ("1,000+")`),
    rankedAmong: z
      .number()
      .int()
      .nullable()
      .describe(
        `with words sorted by relevance when more than ${SEARCH_TOTAL_CAP} documents match: only the newest ${SEARCH_TOTAL_CAP} matches ` +
          `were ranked (this number), and pages past them list the older matches newest first; null when every match was ranked or the order is newest first`,
      ),
  });
}
export interface SearchPage<T> extends Page<T> {
  totalIsLowerBound: boolean;
  /** The newest matches relevance ranked, when more matched than it ranks; null when it ranked all of them. */
  rankedAmong: number | null;
}

/** Where a stored item came from: enough for a list row and a link to its evidence. */
export const Provenance = z.object({
  document: z.string(),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  published: IsoDate.nullable(),
});
export type Provenance = z.infer<typeof Provenance>;

export const DocumentSummary = z.object({
  id: z.string(),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  published: IsoDate.nullable(),
  language: z.string(),
  source: Source,
  /** A stretch of text around the search words (plain text; `«` and `»` mark the matches), or the opening words. */
  snippet: z.string(),
  stories: z.array(z.string()),
});
export type DocumentSummary = z.infer<typeof DocumentSummary>;

export const StoredDocument = AnalysedDocument.extend({ stories: z.array(z.string()) });
export type StoredDocument = z.infer<typeof StoredDocument>;

export const EntitySummary = z.object({
  id: z.string(),
  name: z.string(),
  type: EntityType,
  country: z.string().nullable(),
  aliases: z.array(z.string()),
  roles: z.array(z.string()),
  documents: z.number().int().nonnegative(),
  mentions: z.number().int().nonnegative(),
});
export type EntitySummary = z.infer<typeof EntitySummary>;

export const EventRow = Event.extend(Provenance.shape);
export type EventRow = z.infer<typeof EventRow>;

export const QuoteRow = Quote.extend(Provenance.shape);
export type QuoteRow = z.infer<typeof QuoteRow>;

export const ClaimRow = Claim.extend(Provenance.shape);
export type ClaimRow = z.infer<typeof ClaimRow>;

export const EntityDetail = EntitySummary.extend({
  /** Events with this entity as source or target, newest first (at most 200). */
  events: z.array(EventRow),
  /** Quotes it is the speaker of, newest first (at most 200). */
  quotes: z.array(QuoteRow),
  /** Documents that mention it, newest first (at most 200). */
  documentList: z.array(DocumentSummary),
});
export type EntityDetail = z.infer<typeof EntityDetail>;

export const StorySummary = z.object({
  story: z.string(),
  title: z.string(),
  date: IsoDate.nullable(),
  documents: z.number().int().nonnegative(),
  outlets: z.array(z.string()),
});
export type StorySummary = z.infer<typeof StorySummary>;

/** A story with its reports in full, for the side-by-side page. */
export const StoryDetail = Story.extend({
  reports: z.array(StoredDocument.omit({ stories: true })),
});
export type StoryDetail = z.infer<typeof StoryDetail>;

export const StoreStats = z.object({
  documents: z.number().int().nonnegative(),
  entities: z.number().int().nonnegative(),
  events: z.number().int().nonnegative(),
  quotes: z.number().int().nonnegative(),
  claims: z.number().int().nonnegative(),
  stories: z.number().int().nonnegative(),
  /** Documents waiting in the work queue for a `dateline worker`. */
  queued: z.number().int().nonnegative(),
});
export type StoreStats = z.infer<typeof StoreStats>;

/** What the serve stage reads: implemented by the store over PGlite or PostgreSQL. */
export interface StoreReader {
  /** Changes whenever anything the other methods answer may have changed (the serve stage's cache compares it). */
  version(): Promise<number>;
  stats(): Promise<StoreStats>;
  search(query: SearchQuery): Promise<SearchPage<DocumentSummary>>;
  document(id: string): Promise<StoredDocument | null>;
  entities(query: EntityQuery): Promise<Page<EntitySummary>>;
  entity(id: string): Promise<EntityDetail | null>;
  events(query: EventQuery): Promise<Page<EventRow>>;
  quotes(query: QuoteQuery): Promise<Page<QuoteRow>>;
  /** Newest as-of date first; a figure's history across documents and outlets. */
  claims(query: ClaimQuery): Promise<Page<ClaimRow>>;
  stories(query: PageQuery): Promise<Page<StorySummary>>;
  story(id: string): Promise<StoryDetail | null>;
  /**
   * The same story as the bytes it is kept as, for sending on without parsing and writing it again:
   * its JSON in UTF-8, or (`gzip` asked for, and kept so) that JSON gzip-compressed.
   */
  storyPage(id: string, accept: { gzip: boolean }): Promise<StoryPageBytes | null>;
}

/** A stored story page; `gzip`: the body is gzip-compressed (sent with Content-Encoding: gzip). */
export interface StoryPageBytes {
  body: Uint8Array<ArrayBuffer>;
  gzip: boolean;
}
