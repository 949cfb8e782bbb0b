/**
 * One property set per parser we own. Each says: the parser never throws on the
 * generated input (bad input is a failure or warning value, as its API documents),
 * its output validates against the model's zod schema, and every offset lies inside
 * the text with `text.slice(start, end) === span.text`. Timing is measured by the
 * harness (./harness.ts), not asserted here.
 */
import { gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import type { z } from 'zod';
import { analyse, type AnalysisInput } from '../../src/analyse/index.js';
import { findClaims, readFigure } from '../../src/analyse/claims/index.js';
import { findEntities } from '../../src/analyse/entities/index.js';
import { findEvents } from '../../src/analyse/events/index.js';
import { readText, type ReadText } from '../../src/analyse/nlp.js';
import { findQuotes, findQuoteSpans } from '../../src/analyse/quotes/index.js';
import { estimateEventDate, findTimes } from '../../src/analyse/time/index.js';
import { splitDateline } from '../../src/extract/dateline.js';
import { extractHtml } from '../../src/extract/html/index.js';
import { extract } from '../../src/extract/index.js';
import { chooseOutlet, normaliseOutletName, outletFromUrl } from '../../src/extract/outlet.js';
import { cleanText, dropChromeParagraphs } from '../../src/extract/text-cleaning.js';
import { findVisibleDate, parseDateLine, parseWrittenDate } from '../../src/extract/visible-date.js';
import { bytesSource } from '../../src/ingest/byte-stream.js';
import { decodeBytes } from '../../src/ingest/charset.js';
import { normaliseDate } from '../../src/ingest/dates.js';
import { feedItems } from '../../src/ingest/feed.js';
import { ingestBytes } from '../../src/ingest/index.js';
import { jsonlItems } from '../../src/ingest/jsonl.js';
import { sniffFormat } from '../../src/ingest/sniff.js';
import { liftTextMetadata } from '../../src/ingest/text.js';
import { warcItems } from '../../src/ingest/warc.js';
import {
  AnalysedDocument,
  Claim,
  Dateline,
  Entity,
  Event,
  ExtractedArticle,
  IngestFailure,
  IsoDate,
  Quote,
  RawDocument,
  TimeExpression,
  type ExtractedArticle as Article,
  type IngestItem,
} from '../../src/model/index.js';
import { analyseDocument, type DocumentOutcome } from '../../src/pipeline/document.js';
import * as A from './arbitraries.js';
import { ensure, type FuzzProperty } from './harness.js';
import { DATE_STRINGS, HOSTS, OUTLETS } from './words.js';

// ---------------------------------------------------------------------------
// Checks shared by the properties

const show = (value: unknown): string => JSON.stringify(value)?.slice(0, 200) ?? String(value);

function valid<S extends z.ZodType>(schema: S, value: unknown, what: string): void {
  const parsed = schema.safeParse(value);
  ensure(parsed.success, () => `${what} does not validate: ${parsed.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')} in ${show(value)}`);
}

/** A span lies inside `text`, in order, and its text is what the offsets cut out. */
export function checkSpan(text: string, span: { start: number; end: number; text?: string }, what: string): void {
  ensure(Number.isInteger(span.start) && Number.isInteger(span.end), `${what}: offsets are not integers: ${show(span)}`);
  ensure(0 <= span.start && span.start <= span.end && span.end <= text.length, `${what}: offsets [${span.start}, ${span.end}) outside the text (length ${text.length})`);
  if (span.text !== undefined) {
    ensure(text.slice(span.start, span.end) === span.text, () => `${what}: text ${show(span.text)} is not the text at [${span.start}, ${span.end}): ${show(text.slice(span.start, span.end))}`);
  }
}

/** An ISO date at its grain that is a real calendar date (no 30 February, no month 13). */
export function checkDate(value: string | null, what: string): void {
  if (value === null) return;
  valid(IsoDate, value, what);
  const [y, m, d] = value.split('-').map(Number);
  if (m !== undefined) ensure(m >= 1 && m <= 12, `${what}: month ${m} in ${value}`);
  if (d !== undefined) {
    // setUTCFullYear, not Date.UTC: the latter reads years 0-99 as 1900-1999.
    const real = new Date(0);
    real.setUTCFullYear(y, m - 1, d);
    ensure(real.getUTCFullYear() === y && real.getUTCMonth() === m - 1 && real.getUTCDate() === d, `${what}: ${value} is not a calendar date`);
  }
}

function checkIngestItem(item: IngestItem, path: string): void {
  if (item.ok) {
    valid(RawDocument, item.doc, 'document');
    ensure(item.doc.source.path === path, `document names ${show(item.doc.source.path)}, not the input ${path}`);
    checkDate(item.doc.hints.published, 'hint published');
  } else {
    valid(IngestFailure, item.failure, 'failure');
    ensure(item.failure.source.path === path, `failure names ${show(item.failure.source.path)}, not the input ${path}`);
    ensure(item.failure.message.trim().length > 0, 'failure with an empty message');
  }
}

async function collect(items: AsyncIterable<IngestItem> | Iterable<IngestItem>): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

function checkArticle(article: Article): void {
  valid(ExtractedArticle, article, 'extracted article');
  checkDate(article.published, 'published');
}

/** Every span of an analysis inside `text`, every record valid. */
export function checkAnalysis(text: string, analysis: ReturnType<typeof analyse>): void {
  for (const entity of analysis.entities) {
    valid(Entity, entity, 'entity');
    entity.mentions.forEach((m, i) => checkSpan(text, m, `entity ${entity.id} mention ${i}`));
  }
  for (const time of analysis.times) {
    valid(TimeExpression, time, 'time');
    checkSpan(text, time, `time ${show(time.text)}`);
  }
  for (const quote of analysis.quotes) {
    valid(Quote, quote, 'quote');
    checkSpan(text, quote, 'quote');
  }
  for (const claim of analysis.claims) {
    valid(Claim, claim, 'claim');
    ensure(Number.isFinite(claim.value), `claim value ${claim.value}`);
    checkSpan(text, claim.evidence, 'claim evidence');
    checkDate(claim.asOf, 'claim asOf');
  }
  for (const event of analysis.events) {
    valid(Event, event, 'event');
    checkSpan(text, event.evidence, 'event evidence');
  }
  if (analysis.eventDate) {
    checkDate(analysis.eventDate.date, 'event date');
    if (analysis.eventDate.evidence) checkSpan(text, analysis.eventDate.evidence, 'event date evidence');
  }
}

const article = (text: string, published: string | null): Article => ({ text, title: null, published, dateline: null, outlet: null, language: 'en' });
const input = (text: string, published: string | null): AnalysisInput => ({ article: article(text, published), read: readText(text) });
const textAndDate = fc.tuple(A.anyText, A.publishedDate);
const MAX_DOCUMENT_BYTES = { maxDocumentBytes: 64 * 1024 };

// ---------------------------------------------------------------------------
// The properties, one per parser

const extractHtmlProperty: FuzzProperty<string, ReturnType<typeof extractHtml>> = {
  name: 'extract/html',
  arbitrary: A.anyHtml,
  run: (html) => extractHtml(html, null),
  verify(page, html) {
    ensure(typeof page.text === 'string', 'text is not a string');
    // Only where every marker sat in an intact element: `<script">` is an unknown element a browser shows.
    if (A.hiddenOnly(html)) ensure(!page.text.includes(A.HIDDEN_MARKER), 'script/style content reached the article text');
    checkDate(page.published, 'page published');
  },
  cost: 2,
};

const extractDocumentProperty: FuzzProperty<RawDocument, Article> = {
  name: 'extract/document',
  arbitrary: A.rawDocument,
  run: (raw) => extract(raw),
  verify: checkArticle,
  cost: 2,
};

const textCleaningProperty: FuzzProperty<string, [ReturnType<typeof cleanText>, ReturnType<typeof dropChromeParagraphs>]> = {
  name: 'extract/text-cleaning',
  arbitrary: A.anyText,
  run: (text) => [cleanText(text), dropChromeParagraphs(text)],
  verify([cleaned, dropped]) {
    for (const paragraph of cleaned.text.split('\n\n')) {
      ensure(!/\n/.test(paragraph), () => `cleaned paragraph holds a line break: ${show(paragraph)}`);
      ensure(paragraph === paragraph.trim(), () => `cleaned paragraph not trimmed: ${show(paragraph)}`);
    }
    ensure(cleaned.title === null || cleaned.title.trim().length > 0, 'empty title');
    ensure(typeof dropped.text === 'string', 'dropChromeParagraphs text is not a string');
  },
};

const datelineProperty: FuzzProperty<string, ReturnType<typeof splitDateline>> = {
  name: 'extract/dateline',
  arbitrary: fc.oneof(A.anyText, fc.tuple(fc.constantFrom(...DATE_STRINGS, 'GAZA CITY', 'KYIV (AP)', 'X —'), A.anyText).map(([a, b]) => `${a} ${b}`)),
  run: (paragraph) => splitDateline(paragraph),
  verify(found, paragraph) {
    if (!found) return;
    valid(Dateline, found.dateline, 'dateline');
    ensure(found.dateline.place.trim().length > 0, 'empty dateline place');
    ensure(paragraph.includes(found.rest), 'the rest of the paragraph is not part of it');
  },
};

const visibleDateProperty: FuzzProperty<string, unknown[]> = {
  name: 'extract/visible-date',
  arbitrary: fc.oneof(
    A.anyText,
    fc.tuple(fc.constantFrom('Published', 'Updated', 'Posted on', ''), fc.constantFrom(...DATE_STRINGS), A.sentence).map(([a, b, c]) => `${a} ${b}\n${c}`),
  ),
  run: (text) => [parseWrittenDate(text), parseDateLine(text.split('\n')[0] ?? ''), findVisibleDate(text)],
  verify([written, line, visible]) {
    for (const found of [written, line, visible] as Array<{ date: string } | null>) if (found) checkDate(found.date, 'visible date');
  },
};

const outletProperty: FuzzProperty<[string, string], [string | null, string | null, string | null]> = {
  name: 'extract/outlet',
  arbitrary: fc.tuple(
    fc.oneof(fc.webUrl(), fc.constantFrom(...HOSTS).map((h) => `https://${h}/x`), fc.string({ maxLength: 30 })),
    fc.oneof(fc.constantFrom(...OUTLETS), fc.string({ maxLength: 30 }), fc.constant('  ')),
  ),
  run: ([url, outlet]) => [outletFromUrl(url), normaliseOutletName(outlet), chooseOutlet(null, outlet, undefined, outletFromUrl(url))],
  verify(outlets) {
    for (const outlet of outlets) ensure(outlet === null || (outlet.trim().length > 0 && outlet === outlet.trim()), `outlet ${show(outlet)} is empty or untrimmed`);
  },
};

const sniffProperty: FuzzProperty<[Uint8Array, boolean, string], ReturnType<typeof sniffFormat>> = {
  name: 'ingest/sniff',
  arbitrary: fc.tuple(A.fileBytes, fc.boolean(), A.fileName),
  run: ([head, complete, name]) => sniffFormat({ head, complete, name }),
  verify(sniffed) {
    ensure(['html', 'text', 'feed', 'jsonl', 'warc', 'empty', 'binary', 'xml', 'json', 'undecided'].includes(sniffed.format), `unknown format ${sniffed.format}`);
  },
};

const charsetProperty: FuzzProperty<[Uint8Array, boolean], ReturnType<typeof decodeBytes>> = {
  name: 'ingest/charset',
  arbitrary: fc.tuple(A.fileBytes, fc.boolean()),
  run: ([bytes, markup]) => decodeBytes(bytes, { markup }),
  verify(decoded) {
    ensure(typeof decoded.text === 'string', 'decoded text is not a string');
    ensure(decoded.warnings.every((w) => typeof w === 'string' && w.length > 0), 'an empty warning');
  },
};

const feedProperty: FuzzProperty<string, IngestItem[]> = {
  name: 'ingest/feed',
  arbitrary: A.feedText,
  run: (text) => [...feedItems(text, 'feed.xml')],
  verify: (items) => items.forEach((item) => checkIngestItem(item, 'feed.xml')),
};

const jsonlProperty: FuzzProperty<Uint8Array, IngestItem[]> = {
  name: 'ingest/jsonl',
  arbitrary: A.jsonlBytes,
  run: (bytes) => collect(jsonlItems(bytesSource(bytes), 'articles.jsonl', MAX_DOCUMENT_BYTES)),
  verify: (items) => items.forEach((item) => checkIngestItem(item, 'articles.jsonl')),
};

const warcProperty: FuzzProperty<Uint8Array, IngestItem[]> = {
  name: 'ingest/warc',
  arbitrary: A.warcBytes,
  run: (bytes) => collect(warcItems(bytesSource(bytes), 'crawl.warc', MAX_DOCUMENT_BYTES)),
  verify: (items) => items.forEach((item) => checkIngestItem(item, 'crawl.warc')),
};

/** Whole files through ingest: gzip, sniffing, charset and every reader behind them. */
const ingestProperty: FuzzProperty<[Uint8Array, string], IngestItem[]> = {
  name: 'ingest/file+gzip',
  arbitrary: fc.tuple(fc.oneof(A.gzipBytes, A.fileBytes), A.fileName),
  run: ([bytes, name]) => collect(ingestBytes(name, bytes, MAX_DOCUMENT_BYTES)),
  verify(items, [bytes, name]) {
    ensure(items.length > 0 || isSilentContainer(bytes), 'no item at all: a file gives a document or a failure');
    items.forEach((item) => checkIngestItem(item, name));
  },
};

/** WARC skips non-page records and JSON Lines skips blank lines without a word: such a file may give no item. */
function isSilentContainer(bytes: Uint8Array): boolean {
  let plain = bytes;
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      plain = gunzipSync(bytes);
    } catch {
      return false; // damaged gzip is always reported
    }
  }
  const format = sniffFormat({ head: plain.subarray(0, 16 * 1024), complete: plain.length <= 16 * 1024, name: 'x' }).format;
  return format === 'warc' || format === 'jsonl';
}

const textMetadataProperty: FuzzProperty<string, ReturnType<typeof liftTextMetadata>> = {
  name: 'ingest/text-metadata',
  arbitrary: fc.oneof(
    A.anyText,
    fc
      .tuple(fc.array(fc.tuple(fc.constantFrom('date', 'Title:', 'published:', 'url:', 'Source:', 'date:', 'outlet'), fc.constantFrom(...DATE_STRINGS, 'Valdor Gazette', 'https://gazette.example/a')), { maxLength: 4 }), A.anyText)
      .map(([lines, body]) => `${lines.map(([k, v]) => `${k} ${v}`).join('\n')}\n${body}`),
  ),
  run: (text) => liftTextMetadata(text),
  verify(lifted, text) {
    ensure(text.includes(lifted.body), 'the body is not part of the text');
    checkDate(lifted.meta.published, 'text metadata date');
  },
};

const ingestDatesProperty: FuzzProperty<string, string | null> = {
  name: 'ingest/dates',
  arbitrary: fc.oneof(fc.constantFrom(...DATE_STRINGS), fc.string({ maxLength: 30 }), fc.date({ noInvalidDate: true }).map((d) => d.toUTCString())),
  run: (value) => normaliseDate(value),
  verify: (date) => checkDate(date, 'normalised date'),
};

/** Texts are read once per run (wink-nlp) and shared by the analyser properties below. */
const readInput = fc.tuple(A.anyText, A.publishedDate).map(([text, published]) => ({ text, published }));

const numbersProperty: FuzzProperty<string, Array<ReturnType<typeof readFigure>>> = {
  name: 'analyse/numbers',
  arbitrary: A.anyText,
  run(text) {
    const { tokens } = readText(text);
    return tokens.map((_, i) => readFigure(tokens, i));
  },
  verify(figures) {
    for (const f of figures) if (f) ensure(Number.isFinite(f.value) && f.value >= 0 && f.first < f.last, `bad figure ${show(f)}`);
  },
};

const timesProperty: FuzzProperty<{ text: string; published: string | null }, [ReturnType<typeof findTimes>, ReturnType<typeof estimateEventDate>]> = {
  name: 'analyse/time',
  arbitrary: readInput,
  run({ text, published }) {
    const times = findTimes(text, published);
    return [times, estimateEventDate(text, published, times)];
  },
  verify([times, estimate], { text }) {
    for (const time of times) {
      valid(TimeExpression, time, 'time');
      checkSpan(text, time, `time ${show(time.text)}`);
    }
    if (estimate) checkDate(estimate.date, 'event date');
  },
};

const quoteMarksProperty: FuzzProperty<string, ReturnType<typeof findQuoteSpans>> = {
  name: 'analyse/quote-marks',
  arbitrary: A.anyText,
  run: (text) => findQuoteSpans(text),
  verify(spans, text) {
    let last = 0;
    for (const s of spans) {
      ensure(last <= s.open && s.open < s.start && s.start <= s.end && s.end <= s.after && s.after <= text.length, `quote span out of order: ${show(s)}`);
      last = s.after;
    }
  },
};

type Read = { read: ReadText; published: string | null };
const readArbitrary = readInput.map(({ text, published }): Read => ({ read: readText(text), published }));
const inputOf = ({ read, published }: Read): AnalysisInput => ({ article: article(read.text, published), read });

const entitiesProperty: FuzzProperty<Read, ReturnType<typeof findEntities>> = {
  name: 'analyse/entities',
  arbitrary: readArbitrary,
  run: (r) => findEntities(inputOf(r)),
  verify: (entities, { read }) => checkAnalysis(read.text, { entities, times: [], quotes: [], claims: [], events: [], eventDate: null }),
};

const quotesProperty: FuzzProperty<Read, ReturnType<typeof findQuotes>> = {
  name: 'analyse/quotes',
  arbitrary: readArbitrary,
  run: (r) => findQuotes(inputOf(r), findEntities(inputOf(r))),
  verify: (quotes, { read }) => checkAnalysis(read.text, { entities: [], times: [], quotes, claims: [], events: [], eventDate: null }),
};

const claimsProperty: FuzzProperty<Read, ReturnType<typeof findClaims>> = {
  name: 'analyse/claims',
  arbitrary: readArbitrary,
  run(r) {
    const given = inputOf(r);
    return findClaims(given, findEntities(given), findTimes(r.read.text, r.published));
  },
  verify: (claims, { read }) => checkAnalysis(read.text, { entities: [], times: [], quotes: [], claims, events: [], eventDate: null }),
};

const eventsProperty: FuzzProperty<Read, ReturnType<typeof findEvents>> = {
  name: 'analyse/events',
  arbitrary: readArbitrary,
  run(r) {
    const given = inputOf(r);
    return findEvents(given, findEntities(given), findTimes(r.read.text, r.published), r.published);
  },
  verify: (events, { read }) => checkAnalysis(read.text, { entities: [], times: [], quotes: [], claims: [], events, eventDate: null }),
};

const analyseProperty: FuzzProperty<{ text: string; published: string | null }, ReturnType<typeof analyse>> = {
  name: 'analyse/all',
  arbitrary: textAndDate.map(([text, published]) => ({ text, published })),
  run: ({ text, published }) => analyse(input(text, published).article),
  verify: (analysis, { text }) => checkAnalysis(text, analysis),
  cost: 2,
};

const documentProperty: FuzzProperty<RawDocument, DocumentOutcome> = {
  name: 'pipeline/analyseDocument',
  arbitrary: A.rawDocument,
  run: (raw) => analyseDocument(raw),
  verify(outcome, raw) {
    if (!outcome.ok) {
      ensure(outcome.message.trim().length > 0, 'failure with an empty message');
      ensure(outcome.source === raw.source, 'failure does not name its input');
      return;
    }
    valid(AnalysedDocument, outcome.doc, 'analysed document');
    checkDate(outcome.doc.published, 'published');
    checkAnalysis(outcome.doc.text, outcome.doc);
    ensure(outcome.warnings.every((w) => typeof w === 'string' && w.length > 0), 'an empty warning');
  },
  cost: 3,
};

/** Every property, in pipeline order. Typed loosely here only: each was checked against its parser above. */
export const PROPERTIES: ReadonlyArray<FuzzProperty<never, never>> = [
  ingestProperty,
  sniffProperty,
  charsetProperty,
  feedProperty,
  jsonlProperty,
  warcProperty,
  textMetadataProperty,
  ingestDatesProperty,
  extractHtmlProperty,
  textCleaningProperty,
  datelineProperty,
  visibleDateProperty,
  outletProperty,
  extractDocumentProperty,
  numbersProperty,
  timesProperty,
  quoteMarksProperty,
  entitiesProperty,
  quotesProperty,
  claimsProperty,
  eventsProperty,
  analyseProperty,
  documentProperty,
] as unknown as ReadonlyArray<FuzzProperty<never, never>>;
