/**
 * RSS 2.0, RSS 1.0 (RDF), Atom and JSON Feed: one document per item, in feed order,
 * carrying the fullest content the item has and the feed's own metadata as hints.
 */
import { XMLValidator } from 'fast-xml-parser';
import { parseFeed } from 'feedsmith';
import type { AnyFeed } from 'feedsmith';
import type { IngestItem, RawDocument } from '../model/index.js';
import { normaliseDate } from './dates.js';
import { type FeedPartLimits, feedParts, lineAt } from './feed-parts.js';
import { documentItem, errorMessage, failure, skipped } from './items.js';

/** One feed item reduced to what ingest needs, whatever the feed format. */
interface FeedEntry {
  title: string | null;
  link: string | null;
  date: string | null;
  content: string | null;
  /** From the feed's own type attribute when it has one; null = look at the content. */
  markup: boolean | null;
}

const PATTERNS = {
  markupTag: /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/i,
  tag: /<[^<>]*>/g,
  entity: /&(#x[0-9a-f]+|#\d+|[a-z]+);/gi,
  space: /\s+/g,
} as const;

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0',
  ndash: '\u2013', mdash: '\u2014', lsquo: '\u2018', rsquo: '\u2019', ldquo: '\u201c', rdquo: '\u201d', hellip: '\u2026',
};

/**
 * Every item of the feed in `text`, or one failure when the feed cannot be read. A large
 * XML feed is parsed a part at a time (feed-parts.ts), lazily, so only one part's parse is
 * alive at once. The whole text is validated first, so a malformed feed fails before any
 * item, with its line and column.
 */
export function* feedItems(
  text: string,
  path: string,
  fileWarnings: readonly string[] = [],
  partLimits: FeedPartLimits = {},
): Generator<IngestItem> {
  const isJson = text.trimStart().startsWith('{');
  if (!isJson) {
    const valid = XMLValidator.validate(text);
    if (valid !== true) {
      const { msg, line, col } = valid.err;
      yield failure(path, `malformed feed: ${msg} (line ${line}, column ${col})`);
      return;
    }
  }

  const parts = isJson ? null : feedParts(text, partLimits);
  let outlet: string | null = null;
  let numbered = 0;
  for (const { xml, start } of parts ? parts.parts() : [{ xml: text, start: 0 }]) {
    const read = readFeed(xml);
    if ('error' in read) {
      const what = `${isJson ? 'not a JSON Feed' : 'not an RSS, RDF or Atom feed'} (${errorMessage(read.error)})`;
      // Rare past the validator (it lets `<!` inside an element through). Items already yielded
      // stay yielded, as in JSON Lines and WARC; the message says where the rest went missing.
      const rest = numbered === 0 ? '' : ` items from item ${numbered + 1} (line ${lineAt(text, start)}) on not read:`;
      yield failure(path, `malformed feed:${rest} ${what}`);
      return;
    }
    // Every part carries the feed's header, so the first part's title is the feed's.
    if (numbered === 0) outlet = cleanTitle(read.title);
    for (const entry of read.entries) {
      numbered++;
      yield entryItem(entry, numbered, { path, outlet, fileWarnings });
    }
  }
  // Not an error, but silence would leave the reader wondering what became of the file.
  if (numbered === 0) yield skipped(path, 'feed has no items');
}

/**
 * The feed's title and entries from one parse. The parse tree is dropped here, not kept
 * alive while the entries are yielded one by one at the pipeline's pace, so it dies young.
 */
function readFeed(xml: string): { title: string | null; entries: FeedEntry[] } | { error: unknown } {
  try {
    const parsed = parseFeed(xml);
    return { title: feedTitle(parsed), entries: feedEntries(parsed) };
  } catch (error) {
    return { error };
  }
}

function entryItem(
  entry: FeedEntry,
  number: number,
  { path, outlet, fileWarnings }: { path: string; outlet: string | null; fileWarnings: readonly string[] },
): IngestItem {
  const record = `item ${number}`;
  const url = entry.link?.trim() || null;
  const title = cleanTitle(entry.title);
  const content = entry.content?.trim() ? entry.content : null;
  if (!content) {
    const named = title ? ` "${title}"` : '';
    return failure(path, `${record}${named}: no content (neither full content nor description/summary)`, { url, record });
  }
  const kind: RawDocument['kind'] = entry.markup ?? PATTERNS.markupTag.test(content) ? 'html' : 'text';
  const warnings = [...fileWarnings];
  const published = normaliseDate(entry.date);
  if (entry.date && !published) warnings.push(`item date "${entry.date}" is not a recognisable date; ignored`);
  return documentItem(path, { url, record }, { kind, body: content, title, published, outlet, warnings });
}

function feedTitle(parsed: AnyFeed): string | null {
  switch (parsed.format) {
    case 'rss':
    case 'rdf':
    case 'json':
      return parsed.feed.title ?? null;
    case 'atom':
      return parsed.feed.title?.value ?? null;
  }
}

function feedEntries(parsed: AnyFeed): FeedEntry[] {
  switch (parsed.format) {
    case 'rss':
      return (parsed.feed.items ?? []).map((item) => ({
        title: item.title ?? null,
        link: item.link ?? item.guid?.value ?? null,
        date: item.pubDate ?? item.dc?.dates?.[0] ?? item.dcterms?.issued?.[0] ?? item.dcterms?.created?.[0] ?? null,
        content: fullest(item.content?.encoded, item.description),
        markup: null,
      }));
    case 'rdf':
      return (parsed.feed.items ?? []).map((item) => ({
        title: item.title ?? null,
        link: item.link ?? item.rdf?.about ?? null,
        date: item.dc?.dates?.[0] ?? item.dcterms?.issued?.[0] ?? item.dcterms?.created?.[0] ?? null,
        content: fullest(item.content?.encoded, item.description),
        markup: null,
      }));
    case 'atom':
      return (parsed.feed.entries ?? []).map((entry) => {
        const fromContent = entry.content?.value?.trim() ? entry.content : null;
        const text = fromContent ?? entry.summary ?? null;
        const link = entry.links?.find((l) => !l.rel || l.rel === 'alternate') ?? entry.links?.[0];
        return {
          title: entry.title?.value ?? null,
          link: link?.href ?? null,
          date: entry.published ?? entry.dc?.dates?.[0] ?? entry.updated ?? null,
          content: text?.value ?? null,
          markup: atomTypeIsMarkup(text?.type),
        };
      });
    case 'json':
      return (parsed.feed.items ?? []).map((item) => ({
        title: item.title ?? null,
        link: item.url ?? item.external_url ?? null,
        date: item.date_published ?? item.date_modified ?? null,
        content: fullest(item.content_html, item.content_text, item.summary),
        markup: item.content_html?.trim() ? true : null,
      }));
  }
}

/** The first candidate with text in it: feeds list the full content before the excerpt. */
function fullest(...candidates: Array<string | undefined>): string | null {
  return candidates.find((c) => c?.trim()) ?? null;
}

/** Atom's type attribute: `text` is plain, `html` and `xhtml` (or an HTML media type) are markup. */
function atomTypeIsMarkup(type: string | undefined): boolean | null {
  // Atom's default is text, but many feeds put unlabelled HTML in summaries: look instead.
  if (!type) return null;
  const t = type.toLowerCase();
  if (t === 'text' || t === 'text/plain') return false;
  if (t === 'html' || t === 'xhtml' || t.includes('html')) return true;
  return null;
}

/** A title as plain text: feeds may carry titles as escaped HTML. */
function cleanTitle(title: string | null | undefined): string | null {
  if (!title) return null;
  const plain = title
    .replace(PATTERNS.tag, '')
    .replace(PATTERNS.entity, (whole, name: string) => decodeEntity(name) ?? whole)
    .replace(PATTERNS.space, ' ')
    .trim();
  return plain || null;
}

function decodeEntity(name: string): string | null {
  if (name[0] === '#') {
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : null;
  }
  return NAMED_ENTITIES[name.toLowerCase()] ?? null;
}
