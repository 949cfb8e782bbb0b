/**
 * The read side of the store (`StoreReader` in src/model/views.ts): search, lists with
 * filters and pages, and whole records. Orders are total (ties broken by ingest order),
 * so pages never overlap or skip.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Claim, DateInference, Event, Quote, Source, Span } from '../model/index.js';
import {
  ClaimQuery,
  EntityQuery,
  EventQuery,
  PageQuery,
  QuoteQuery,
  SEARCH_TOTAL_CAP,
  SearchQuery,
  type ClaimRow,
  type DocumentSummary,
  type EntityDetail,
  type EntitySummary,
  type EventRow,
  type Page,
  type QuoteRow,
  type SearchPage,
  type StoreReader,
  type StoreStats,
  type StoredDocument,
  type StoryDetail,
  type StoryPageBytes,
  type StorySummary,
} from '../model/views.js';
import { allOf, entityIdArray, entityIds, onOrAfter, onOrBefore, outletKeyMatches, prefixPattern, publishedKey, publishedSlices, type DateSlice } from './filters.js';
import type { DocumentAnalysis, Schema } from './schema.js';
import { storeVersion } from './version.js';

/** Items of each kind on an entity page. */
const DETAIL_LIMIT = 200;
const SNIPPET_CHARS = 240;
const HEADLINE_OPTIONS = 'StartSel=«, StopSel=», MaxWords=40, MinWords=15, ShortWord=3, MaxFragments=2, FragmentDelimiter=" … "';
/**
 * The headline is made from this many characters of the text, starting up to SNIPPET_BEFORE
 * before the first word that may match: ts_headline parses and stems every word it is given
 * (48 ms for 20 whole articles under load), and a window holds the 40 words it shows.
 */
const SNIPPET_WINDOW = 600;
const SNIPPET_BEFORE = 120;
/** Enough of the text for the opening words when no match is found in it (only the title matched). */
const SNIPPET_LEAD = 4 * SNIPPET_CHARS;
/** PostgreSQL regular-expression metacharacters, escaped where a lexeme is used as a literal. */
const REGEX_SPECIAL = String.raw`([.^$|()\[\]{}*+?\\])`;
const ESCAPED = String.raw`\\\1`;
const WORD_START = String.raw`\m(`;

interface ProvenanceRow {
  document: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
}

interface DocumentRow extends ProvenanceRow {
  source: Source;
  language: string;
  text: string;
  stories: string[];
}

interface EventDbRow extends ProvenanceRow {
  type: string;
  mode: string | null;
  cameo: string | null;
  source: string[];
  target: string[];
  date: string | null;
  location: string | null;
  negated: boolean;
  evidence: Span;
  date_inference: DateInference | null;
}

interface QuoteDbRow extends ProvenanceRow {
  text: string;
  direct: boolean;
  speaker: string | null;
  speaker_text: string | null;
  start: number;
  end: number;
}

interface ClaimDbRow extends ProvenanceRow {
  kind: Claim['kind'];
  value: number;
  qualifier: Claim['qualifier'];
  who: string | null;
  place: string | null;
  attribution: string | null;
  as_of: string | null;
  evidence: Span;
  share: Claim['share'] | null;
}

interface EntityDbRow {
  id: string;
  name: string;
  type: EntitySummary['type'];
  country: string | null;
  aliases: string[];
  roles: string[];
  documents: number;
  mentions: number;
}

/** The opening words of a text, cut at a word boundary. */
export function openingWords(text: string, chars = SNIPPET_CHARS): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= chars) return flat;
  const cut = flat.slice(0, chars);
  const space = cut.lastIndexOf(' ');
  return `${(space > chars / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')} …`;
}

const provenance = sql`d.id as document, d.title, d.outlet, d.published`;
const storiesOf = sql`(select coalesce(array_agg(sd.story order by sd.story), '{}') from story_documents sd where sd.document = d.id) as stories`;
/** Newest first: an item's own date when it has one, else its document's publication date. */
const newest = (date: RawBuilder<unknown>) => sql`${date} desc nulls last, d.seq desc`;

interface SearchWords {
  q: string;
  tsquery: RawBuilder<unknown>;
}

type SearchRow = DocumentRow & { snippet: string | null };

/**
 * Where the first word that may match the query starts in the text (0: none), found with a
 * regular expression rather than by stemming every word: a query lexeme is, in the English
 * stemmer, the start of the words it comes from, but for a final "y" made "i" ("citi" from
 * "city"), so the lexeme less a final "i" is looked for at the start of a word. A word that
 * only looks like a match gives a headline without a marked word, and then the opening words.
 * (regexp_instr needs PostgreSQL 15 or later; PGlite is 17.) `offset 0` keeps each lateral a
 * subquery of its own: flattened, every use of `f.at` became a call of regexp_instr, which reads
 * the whole text again (five times a row; 8 ms against 5 for a page of 20 under load).
 */
function snippetWindow(words: SearchWords | null): RawBuilder<unknown> {
  if (!words) return sql``;
  const lexeme = sql`case when length(l) > 3 then regexp_replace(l, 'i$', '') else l end`;
  const pattern = sql`(select ${WORD_START}::text || string_agg(regexp_replace(${lexeme}, ${REGEX_SPECIAL}::text, ${ESCAPED}::text, 'g'), '|') || ')'
    from unnest(tsvector_to_array(to_tsvector('english', ${words.q}::text))) l where length(l) >= 2)`;
  return sql`
    cross join lateral (select regexp_instr(d.text, ${pattern}, 1, 1, 0, 'i') as at offset 0) f
    cross join lateral (select case when f.at <= ${SNIPPET_BEFORE} then 1
      else f.at - ${SNIPPET_BEFORE} + strpos(substr(d.text, f.at - ${SNIPPET_BEFORE}, ${SNIPPET_BEFORE}), ' ') end as start offset 0) w`;
}

/** A search page's row: the summary's fields, the opening of the text, and a headline around the first match. */
function searchColumns(words: SearchWords | null): RawBuilder<unknown> {
  const snippet = words
    ? sql`case when f.at > 0 then ts_headline('english', substr(d.text, w.start, ${SNIPPET_WINDOW}), ${words.tsquery}, ${HEADLINE_OPTIONS}::text) end`
    : sql`null::text`;
  return sql`d.id as document, d.title, d.outlet, d.published, d.source, d.language, left(d.text, ${SNIPPET_LEAD}) as text,
    ${storiesOf}, ${snippet} as snippet`;
}

function searchPageOf(query: SearchQuery, matched: number, rankedAmong: number | null, rows: SearchRow[]): SearchPage<DocumentSummary> {
  return {
    total: Math.min(matched, SEARCH_TOTAL_CAP),
    totalIsLowerBound: matched > SEARCH_TOTAL_CAP,
    rankedAmong,
    offset: query.offset,
    limit: query.limit,
    items: rows.map(toSummary),
  };
}

/**
 * The newest `n` documents passing `filter` (which holds the words), as (seq, published) in date
 * order, found one slice of publication dates at a time (publishedSlices): each slice's matches
 * come from the documents_search index (migrations 005_search_slices, 007_search_outlet_key)
 * without reading a vector, and are sorted; the limit stops the union at the first slice that
 * completes `n`, so a common word reads about `n` rows and a rare one all of its matches. The
 * union's branches run in the order written when the plan is not parallel (search() turns
 * parallel plans off). With `rank`, each match also carries its rank, computed from the row the
 * slice reads anyway, also for the matches a slice reads past `n`: reading the kept ones again by
 * seq (3,000 buffers a search) cost as much or more in the bench's query mixes.
 */
function newestMatches(filter: RawBuilder<unknown>, slices: DateSlice[], n: number, rank: RawBuilder<unknown> | null = null): RawBuilder<unknown> {
  const ranked = rank ? sql`, ${rank} as rank` : sql``;
  const branches = slices.map((slice) => {
    const dates =
      'keys' in slice
        ? sql`${publishedKey(sql`d.published`)} && ${slice.keys}::text[]`
        : slice.before === null
          ? sql`true`
          : sql`(d.published < ${slice.before}::text or d.published is null)`;
    // `published desc nulls last` written so that no index holds it: walking documents_newest
    // instead, the planner's choice for a large slice, tests the words on each row it passes.
    return sql`(select d.seq, d.published${ranked} from documents d where ${filter} and ${dates}
      order by coalesce(d.published, '') desc, d.seq desc limit ${n})`;
  });
  return sql`select * from (${sql.join(branches, sql` union all `)}) s limit ${n}`;
}

function groupBy<T extends { document: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.document);
    if (group) group.push(row);
    else groups.set(row.document, [row]);
  }
  return groups;
}

const provenanceOf = (r: ProvenanceRow): ProvenanceRow => ({ document: r.document, title: r.title, outlet: r.outlet, published: r.published });

const eventOf = (r: EventDbRow): Event => ({
  type: r.type,
  mode: r.mode,
  cameo: r.cameo,
  source: r.source,
  target: r.target,
  date: r.date,
  location: r.location,
  negated: r.negated,
  evidence: r.evidence,
  ...(r.date_inference ? { dateInference: r.date_inference } : {}),
});

const quoteOf = (r: QuoteDbRow): Quote => ({
  text: r.text,
  direct: r.direct,
  speaker: r.speaker,
  speakerText: r.speaker_text,
  start: r.start,
  end: r.end,
});

const claimOf = (r: ClaimDbRow): Claim => ({
  kind: r.kind,
  value: r.value,
  qualifier: r.qualifier,
  who: r.who,
  where: r.place,
  attribution: r.attribution,
  asOf: r.as_of,
  evidence: r.evidence,
  ...(r.share ? { share: r.share } : {}),
});

const toEvent = (r: EventDbRow): EventRow => ({ ...eventOf(r), ...provenanceOf(r) });
const toQuote = (r: QuoteDbRow): QuoteRow => ({ ...quoteOf(r), ...provenanceOf(r) });
const toClaim = (r: ClaimDbRow): ClaimRow => ({ ...claimOf(r), ...provenanceOf(r) });

const toEntity = (r: EntityDbRow): EntitySummary => ({
  id: r.id,
  name: r.name,
  type: r.type,
  country: r.country,
  aliases: r.aliases,
  roles: r.roles,
  documents: r.documents,
  mentions: r.mentions,
});

function toSummary(r: DocumentRow & { snippet?: string | null }): DocumentSummary {
  return {
    id: r.document,
    title: r.title,
    outlet: r.outlet,
    published: r.published,
    language: r.language,
    source: r.source,
    // A headline without a marked word came from a word that only looked like a match.
    snippet: r.snippet?.includes('«') ? r.snippet.replace(/\s+/g, ' ').trim() : openingWords(r.text),
    stories: r.stories,
  };
}

export class Reader implements StoreReader {
  constructor(private readonly db: Kysely<Schema>) {}

  version(): Promise<number> {
    return storeVersion(this.db);
  }

  async stats(): Promise<StoreStats> {
    const { rows } = await sql<StoreStats>`select
      (select count(*) from documents) as documents,
      (select count(*) from entities) as entities,
      (select count(*) from events) as events,
      (select count(*) from quotes) as quotes,
      (select count(*) from claims) as claims,
      (select count(*) from stories) as stories,
      (select count(*) from queue where state = 'queued') as queued`.execute(this.db);
    return rows[0];
  }

  async search(input: SearchQuery): Promise<SearchPage<DocumentSummary>> {
    const query = SearchQuery.parse(input);
    const tsquery = query.q ? sql`websearch_to_tsquery('english', ${query.q}::text)` : null;
    const where: RawBuilder<unknown>[] = [];
    if (tsquery) where.push(sql`d.tsv @@ ${tsquery}`);
    if (query.entity) where.push(sql`d.id in (select de.document from document_entities de where de.entity in ${entityIds(query.entity)})`);
    // With words, the same comparison as the search index's outlet key (newestMatches); without, the outlet's btree serves it.
    if (query.outlet) where.push(query.q ? outletKeyMatches(sql`d.outlet`, query.outlet) : sql`lower(d.outlet) = lower(${query.outlet}::text)`);
    if (query.from) where.push(onOrAfter(sql`d.published`, query.from));
    if (query.to) where.push(onOrBefore(sql`d.published`, query.to));
    if (query.eventType) where.push(sql`exists (select 1 from events e where e.document = d.id and e.type = ${query.eventType})`);
    if (query.claimKind) where.push(sql`exists (select 1 from claims c where c.document = d.id and c.kind = ${query.claimKind})`);
    const filter = allOf(where);

    if (!query.q || !tsquery) return this.newestPage(query, filter);
    const words = { q: query.q, tsquery };
    // One snapshot for the dates read first and the search. The planner prices `tsv @@ query` as one
    // cheap call per row, so it would test it on rows it walks in date order, reading each article's
    // out-of-line vector; without sequential scans it takes the index, which needs no vector.
    // The slices' union must run in order (see newestMatches): no parallel plans.
    return this.db
      .transaction()
      .setIsolationLevel('repeatable read')
      .execute(async (trx) => {
        const { rows } = await sql<{ newest: string | null; oldest: string | null }>`select
          set_config('enable_seqscan', 'off', true), set_config('max_parallel_workers_per_gather', '0', true),
          (select published from documents order by published desc nulls last, seq desc limit 1) as newest,
          (select published from documents where published is not null order by published limit 1) as oldest`.execute(trx);
        const slices = publishedSlices(rows[0].newest, rows[0].oldest, { from: query.from, to: query.to });
        return query.sort === 'newest' ? this.newestMatchPage(trx, query, filter, words, slices) : this.rankedPage(trx, query, filter, words, slices);
      });
  }

  /** Without words: newest first, from the documents_newest index (migration 003_serving); the total counted up to the cap. */
  private async newestPage(query: SearchQuery, filter: RawBuilder<unknown>): Promise<SearchPage<DocumentSummary>> {
    const counted = await this.countCapped(filter);
    const { rows } = await sql<SearchRow>`
      select ${searchColumns(null)} from (
        select d.seq from documents d where ${filter}
        order by d.published desc nulls last, d.seq desc
        limit ${query.limit} offset ${query.offset}
      ) p join documents d on d.seq = p.seq
      order by d.published desc nulls last, d.seq desc`.execute(this.db);
    return searchPageOf(query, counted, null, rows);
  }

  /** With words, newest first: the page and the capped total from the same matches. */
  private async newestMatchPage(
    db: Kysely<Schema>,
    query: SearchQuery,
    filter: RawBuilder<unknown>,
    words: SearchWords,
    slices: DateSlice[],
  ): Promise<SearchPage<DocumentSummary>> {
    const { matched, rows } = await this.newestMatchRows(db, filter, words, slices, query.limit, query.offset);
    return searchPageOf(query, matched, null, rows);
  }

  /**
   * Matches `offset` to `offset + limit` in date order, and how many matched, counted up to the
   * cap or to the page's end if further.
   */
  private async newestMatchRows(
    db: Kysely<Schema>,
    filter: RawBuilder<unknown>,
    words: SearchWords,
    slices: DateSlice[],
    limit: number,
    offset: number,
  ): Promise<{ matched: number; rows: SearchRow[] }> {
    const { rows } = await sql<SearchRow & { matched: number }>`
      with matches as materialized (${newestMatches(filter, slices, Math.max(SEARCH_TOTAL_CAP + 1, offset + limit))})
      select (select count(*) from matches) as matched, ${searchColumns(words)} from (
        select * from matches order by published desc nulls last, seq desc
        limit ${limit} offset ${offset}
      ) p join documents d on d.seq = p.seq ${snippetWindow(words)}
      order by d.published desc nulls last, d.seq desc`.execute(db);
    // A page past the matches has no row to carry the count.
    const matched = rows.length ? rows[0].matched : offset === 0 ? 0 : await this.matchCount(db, filter, slices);
    return { matched, rows };
  }

  /**
   * By relevance: the words in the title and lead (ts_rank_cd over rank_tsv, migration 002_faster_reads),
   * then newest. Ranking reads every ranked match's row, so it is bounded: when more than the cap
   * match, the newest SEARCH_TOTAL_CAP matches are ranked and the page says so; pages past them go on
   * with the older matches, newest first, so every match can still be reached.
   */
  private async rankedPage(
    db: Kysely<Schema>,
    query: SearchQuery,
    filter: RawBuilder<unknown>,
    words: SearchWords,
    slices: DateSlice[],
  ): Promise<SearchPage<DocumentSummary>> {
    const rank = sql`ts_rank_cd(d.rank_tsv, ${words.tsquery})`;
    const { rows } = await sql<SearchRow & { matched: number }>`
      with matches as materialized (${newestMatches(filter, slices, SEARCH_TOTAL_CAP + 1, rank)}),
      page as (
        select * from (select * from matches order by published desc nulls last, seq desc limit ${SEARCH_TOTAL_CAP}) m
        order by rank desc, published desc nulls last, seq desc
        limit ${query.limit} offset ${query.offset}
      )
      select (select count(*) from matches) as matched, ${searchColumns(words)}
      from page p join documents d on d.seq = p.seq ${snippetWindow(words)}
      order by p.rank desc, p.published desc nulls last, p.seq desc`.execute(db);
    // A page past the ranked matches has no row to carry the count.
    const matched = rows.length ? rows[0].matched : query.offset === 0 ? 0 : await this.matchCount(db, filter, slices);
    const bounded = matched > SEARCH_TOTAL_CAP;
    const items: SearchRow[] = rows;
    const end = query.offset + query.limit;
    if (bounded && end > SEARCH_TOTAL_CAP) {
      const from = Math.max(query.offset, SEARCH_TOTAL_CAP);
      items.push(...(await this.newestMatchRows(db, filter, words, slices, end - from, from)).rows);
    }
    return searchPageOf(query, matched, bounded ? SEARCH_TOTAL_CAP : null, items);
  }

  /** Matches counted one past the cap, found as the pages find them. */
  private matchCount(db: Kysely<Schema>, filter: RawBuilder<unknown>, slices: DateSlice[]): Promise<number> {
    return this.count(sql`select count(*) as n from (${newestMatches(filter, slices, SEARCH_TOTAL_CAP + 1)}) m`, db);
  }

  /** Matches counted one past the cap: enough to say "1,000+", and bounded whatever the filter. */
  private countCapped(filter: RawBuilder<unknown>): Promise<number> {
    return this.count(sql`select count(*) as n from (select 1 from documents d where ${filter} limit ${SEARCH_TOTAL_CAP + 1}) m`);
  }

  async document(id: string): Promise<StoredDocument | null> {
    const [doc] = await this.loadDocuments(sql`d.id = ${id}`);
    return doc ?? null;
  }

  async entities(input: EntityQuery): Promise<Page<EntitySummary>> {
    const query = EntityQuery.parse(input);
    const where: RawBuilder<unknown>[] = [];
    if (query.q) {
      where.push(sql`e.id in (select n.entity from entity_names n where n.name like ${prefixPattern(query.q)}::text escape '\\')`);
    }
    if (query.type) where.push(sql`e.type = ${query.type}`);
    const filter = allOf(where);
    const total = await this.count(sql`select count(*) as n from entities e where ${filter}`);
    const { rows } = await sql<EntityDbRow>`
      select e.* from entities e where ${filter}
      order by e.documents desc, e.mentions desc, e.id
      limit ${query.limit} offset ${query.offset}`.execute(this.db);
    return { total, offset: query.offset, limit: query.limit, items: rows.map(toEntity) };
  }

  async entity(id: string): Promise<EntityDetail | null> {
    const { rows } = await sql<EntityDbRow>`select e.* from entities e where e.id = ${id}`.execute(this.db);
    if (!rows[0]) return null;
    const events = await this.events({ entity: id, limit: DETAIL_LIMIT, offset: 0 }, true);
    const quotes = await sql<QuoteDbRow>`
      select q.text, q.direct, q.speaker, q.speaker_text, q.start, q."end", q.ord, ${provenance} from quotes q join documents d on d.id = q.document
      where q.speaker = ${id}
      order by ${newest(sql`d.published`)}, q.ord
      limit ${DETAIL_LIMIT}`.execute(this.db);
    const documents = await sql<DocumentRow>`
      select ${provenance}, d.source, d.language, d.text, ${storiesOf}
      from documents d join document_entities de on de.document = d.id
      where de.entity = ${id}
      order by ${newest(sql`d.published`)}
      limit ${DETAIL_LIMIT}`.execute(this.db);
    return {
      ...toEntity(rows[0]),
      events: events.items,
      quotes: quotes.rows.map(toQuote),
      documentList: documents.rows.map(toSummary),
    };
  }

  /** `exactId`: the entity is a canonical id already (the entity page), not a name to resolve. */
  async events(input: EventQuery, exactId = false): Promise<Page<EventRow>> {
    const query = EventQuery.parse(input);
    const date = sql`coalesce(e.date, d.published)`;
    const where: RawBuilder<unknown>[] = [];
    if (query.type) where.push(sql`e.type = ${query.type}`);
    if (query.entity) {
      const ids = exactId ? sql`array[${query.entity}::text]` : entityIdArray(query.entity);
      where.push(sql`(e.source && ${ids} or e.target && ${ids})`);
    }
    if (query.from) where.push(onOrAfter(date, query.from));
    if (query.to) where.push(onOrBefore(date, query.to));
    const filter = allOf(where);
    const total = await this.count(sql`select count(*) as n from events e join documents d on d.id = e.document where ${filter}`);
    const { rows } = await sql<EventDbRow>`
      select e.type, e.mode, e.cameo, e.source, e.target, e.date, e.location, e.negated, e.evidence, e.date_inference, e.ord, ${provenance} from events e join documents d on d.id = e.document
      where ${filter}
      order by ${newest(date)}, e.ord
      limit ${query.limit} offset ${query.offset}`.execute(this.db);
    return { total, offset: query.offset, limit: query.limit, items: rows.map(toEvent) };
  }

  async quotes(input: QuoteQuery): Promise<Page<QuoteRow>> {
    const query = QuoteQuery.parse(input);
    const where: RawBuilder<unknown>[] = [];
    if (query.speaker) {
      where.push(sql`(q.speaker in ${entityIds(query.speaker)} or lower(q.speaker_text) = lower(${query.speaker}::text))`);
    }
    if (query.q) where.push(sql`q.tsv @@ websearch_to_tsquery('english', ${query.q}::text)`);
    const filter = allOf(where);
    const total = await this.count(sql`select count(*) as n from quotes q join documents d on d.id = q.document where ${filter}`);
    const { rows } = await sql<QuoteDbRow>`
      select q.text, q.direct, q.speaker, q.speaker_text, q.start, q."end", q.ord, ${provenance} from quotes q join documents d on d.id = q.document
      where ${filter}
      order by ${newest(sql`d.published`)}, q.ord
      limit ${query.limit} offset ${query.offset}`.execute(this.db);
    return { total, offset: query.offset, limit: query.limit, items: rows.map(toQuote) };
  }

  async claims(input: ClaimQuery): Promise<Page<ClaimRow>> {
    const query = ClaimQuery.parse(input);
    const date = sql`coalesce(c.as_of, d.published)`;
    const where: RawBuilder<unknown>[] = [];
    if (query.kind) where.push(sql`c.kind = ${query.kind}`);
    if (query.where) where.push(sql`c.place in ${entityIds(query.where)}`);
    if (query.from) where.push(onOrAfter(date, query.from));
    if (query.to) where.push(onOrBefore(date, query.to));
    const filter = allOf(where);
    const total = await this.count(sql`select count(*) as n from claims c join documents d on d.id = c.document where ${filter}`);
    const { rows } = await sql<ClaimDbRow>`
      select c.kind, c.value, c.qualifier, c.who, c.place, c.attribution, c.as_of, c.evidence, c.share, c.ord, ${provenance} from claims c join documents d on d.id = c.document
      where ${filter}
      order by ${newest(date)}, c.ord
      limit ${query.limit} offset ${query.offset}`.execute(this.db);
    return { total, offset: query.offset, limit: query.limit, items: rows.map(toClaim) };
  }

  async stories(input: PageQuery): Promise<Page<StorySummary>> {
    const query = PageQuery.parse(input);
    const total = await this.count(sql`select count(*) as n from stories`);
    const { rows } = await sql<StorySummary>`
      select s.id as story, s.title, s.date, s.documents, s.outlets from stories s
      order by s.date desc nulls last, s.documents desc, s.ord
      limit ${query.limit} offset ${query.offset}`.execute(this.db);
    return { total, offset: query.offset, limit: query.limit, items: rows };
  }

  /** Written whole at link time (migration 003_serving); made now for a story stored without it. */
  async story(id: string): Promise<StoryDetail | null> {
    const { rows } = await sql<{ page: StoryDetail }>`select coalesce(s.page, story_page(s.id)) as page from stories s where s.id = ${id}`.execute(this.db);
    return rows[0]?.page ?? null;
  }

  /**
   * story(id) as the bytes of its stored JSON (a story page averages 80 KB, too much to parse and
   * write again per request), or of its compressed copy (migration 006_compressed_story_pages) when
   * gzip is accepted and the copy is there. Only the column sent is read.
   */
  async storyPage(id: string, accept: { gzip: boolean }): Promise<StoryPageBytes | null> {
    const { rows } = await sql<{ gzip: Uint8Array<ArrayBuffer> | null; page: string | null }>`select
        case when ${accept.gzip}::boolean then s.page_gzip end as gzip,
        case when not ${accept.gzip}::boolean or s.page_gzip is null then coalesce(s.page, story_page(s.id))::text end as page
      from stories s where s.id = ${id}`.execute(this.db);
    const row = rows[0];
    if (row?.gzip) return { body: row.gzip, gzip: true };
    return row?.page ? { body: Buffer.from(row.page), gzip: false } : null;
  }

  /** Whole documents matching `condition`, in `order` (default: ingest order), at most `limit`. */
  async loadDocuments(condition: RawBuilder<unknown>, order: RawBuilder<unknown> = sql`d.seq`, limit = 10_000): Promise<StoredDocument[]> {
    const { rows } = await sql<DocumentRow & { analysis: DocumentAnalysis }>`
      select ${provenance}, d.source, d.language, d.text, d.analysis, ${storiesOf}
      from documents d where ${condition} order by ${order} limit ${limit}`.execute(this.db);
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.document);
    const part = sql`where x.document = any(${ids}::text[]) order by x.document, x.ord`;
    const events = groupBy((await sql<EventDbRow>`select x.* from events x ${part}`.execute(this.db)).rows);
    const quotes = groupBy((await sql<QuoteDbRow>`select x.* from quotes x ${part}`.execute(this.db)).rows);
    const claims = groupBy((await sql<ClaimDbRow>`select x.* from claims x ${part}`.execute(this.db)).rows);
    return rows.map((r) => ({
      id: r.document,
      source: r.source,
      outlet: r.outlet,
      title: r.title,
      published: r.published,
      dateline: r.analysis.dateline,
      language: r.language,
      text: r.text,
      entities: r.analysis.entities,
      times: r.analysis.times,
      events: (events.get(r.document) ?? []).map(eventOf),
      quotes: (quotes.get(r.document) ?? []).map(quoteOf),
      claims: (claims.get(r.document) ?? []).map(claimOf),
      eventDate: r.analysis.eventDate,
      stories: r.stories,
    }));
  }

  private async count(query: RawBuilder<unknown>, db: Kysely<Schema> = this.db): Promise<number> {
    const { rows } = await (query as RawBuilder<{ n: number }>).execute(db);
    return rows[0]?.n ?? 0;
  }
}
