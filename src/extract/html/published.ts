/**
 * The publication date of a page, from the most to the least trustworthy source:
 *   1. JSON-LD datePublished / dateCreated of the article object
 *   2. publication-date meta tags (Open Graph article:, Dublin Core, parsely, sailthru, ...)
 *   3. the URL path (/2023/11/09/)
 *   4. markup in the article: itemprop=datePublished, <time pubdate>, <time datetime>
 *   5. a visible date line: an element classed as a date, or a short line near the article start
 *   6. modification dates, when nothing else tells
 * Each result names the rule that produced it.
 */
import { collectBlocks } from './blocks.js';
import { chromeByClass, classTokens } from './classify.js';
import { dateFromUrl, datesInText, parseDate, type DateReadOptions } from './date-text.js';
import type { JsonLdFacts } from './jsonld.js';
import { firstMeta, type MetaIndex } from './meta.js';
import { rawText, type ElementNode } from './tree.js';

export interface FoundDate {
  readonly date: string;
  /** The rule that found it, e.g. `jsonld:datePublished`, `meta:article:published_time`, `url`. */
  readonly source: string;
}

export interface DateContext {
  readonly metas: MetaIndex;
  readonly jsonLd: JsonLdFacts;
  readonly root: ElementNode;
  /** The element holding the article body, when one was found. */
  readonly container: ElementNode | null;
  readonly url: string | null;
  readonly options: DateReadOptions;
}

/** Meta names that carry the publication date, most specific first. */
const PUBLISHED_META: readonly string[] = [
  'article:published_time', 'og:article:published_time', 'article:published', 'datepublished', 'pubdate',
  'publishdate', 'publish-date', 'publish_date', 'published_time', 'published-date', 'publication_date',
  'publication-date', 'date_published', 'article_date_original', 'original-publish-date', 'sailthru.date',
  'parsely-pub-date', 'article.published', 'cxenseparse:recs:publishtime', 'dc.date.issued', 'dcterms.issued',
  'dc.date.created', 'dcterms.created', 'dc.date', 'dcterms.date', 'dc.created', 'citation_publication_date',
  'citation_date', 'shareaholic:article_published_time', 'bt:pubdate', 'og:release_date', 'release_date',
  'rnews:datepublished', 'article:post_date', 'pub_date', 'published', 'datecreated', 'creation_date', 'created',
  'date', 'displaydate', 'timestamp',
];

const MODIFIED_META: readonly string[] = [
  'article:modified_time', 'og:updated_time', 'datemodified', 'dc.date.modified', 'dcterms.modified',
  'article:modified', 'modified', 'last-modified', 'lastmod', 'revised',
];

/** Class/id tokens of elements that show a date. */
const DATE_CLASS_TOKENS: ReadonlySet<string> = new Set([
  'date', 'datum', 'time', 'datetime', 'published', 'publish', 'pubdate', 'posted', 'postdate', 'entrydate',
  'postedon', 'dateline', 'timestamp', 'meta', 'byline', 'info', 'fecha', 'zeit', 'created',
]);

/** How far above the body container the article's header (with its date) may sit. */
const SCOPE_LEVELS = 3;

export function findPublished(ctx: DateContext): FoundDate | null {
  const { options } = ctx;
  const fromLd = ctx.jsonLd.datePublished ?? ctx.jsonLd.dateCreated;
  const ld = fromLd ? parseDate(fromLd, options) : null;
  if (ld) return { date: ld, source: ctx.jsonLd.datePublished ? 'jsonld:datePublished' : 'jsonld:dateCreated' };

  for (const key of PUBLISHED_META) {
    const values = ctx.metas.get(key);
    if (!values) continue;
    for (const value of values) {
      // Meta tags are written by software: slashes there are mostly month-first.
      const date = parseDate(value, { ...options, monthFirst: true });
      if (date) return { date, source: `meta:${key}` };
    }
  }

  // A full date in the URL path is the day the CMS filed the story: more reliable than
  // <time> elements, which also date comments and sidebars.
  const fromUrl = dateFromUrl(ctx.url);
  if (fromUrl) return { date: fromUrl, source: 'url' };

  const marks = collectDateMarks(ctx.root);
  const scope = articleScope(ctx.container);
  const inScope = (el: ElementNode): boolean => scope === null || isWithin(el, scope);
  const ordered = (list: readonly ElementNode[]): ElementNode[] => [...list.filter(inScope), ...list.filter((el) => !inScope(el))];

  for (const el of ordered(marks.itemprop)) {
    const date = parseDate(el.attrs.content ?? el.attrs.datetime ?? el.attrs.title ?? textOf(el), options);
    if (date) return { date, source: 'markup:itemprop' };
  }
  for (const el of ordered(marks.times)) {
    const date = parseDate(el.attrs.datetime ?? textOf(el), options);
    if (date) return { date, source: 'markup:time' };
  }


  for (const el of ordered(marks.classed)) {
    const text = textOf(el);
    if (text.length > 200) continue;
    const title = el.attrs.title;
    const date = (title ? parseDate(title, options) : null) ?? datesInText(text, options)[0] ?? null;
    if (date) return { date, source: 'visible:date-element' };
  }

  const line = dateLine(ctx.root, ctx.container, options);
  if (line) return { date: line, source: 'visible:date-line' };

  const modified = ctx.jsonLd.dateModified ?? firstMeta(ctx.metas, MODIFIED_META);
  const date = modified ? parseDate(modified, { ...options, monthFirst: true }) : null;
  return date ? { date, source: 'modified' } : null;
}

interface DateMarks {
  itemprop: ElementNode[];
  times: ElementNode[];
  classed: ElementNode[];
}

/** Elements that mark a date, in document order, outside navigation and comment threads. */
function collectDateMarks(root: ElementNode): DateMarks {
  const marks: DateMarks = { itemprop: [], times: [], classed: [] };
  const visit = (el: ElementNode): void => {
    for (const child of el.children) {
      if (child.kind !== 'element') continue;
      if (child.tag === 'nav' || child.tag === 'footer' || child.tag === 'aside') continue;
      if (chromeByClass(child) === 'always') continue;
      const prop = (child.attrs.itemprop ?? child.attrs.property)?.toLowerCase().replace(/^(?:schema|dc|dcterms):/, '');
      if (prop === 'datepublished' || prop === 'datecreated' || prop === 'date' || prop === 'created') marks.itemprop.push(child);
      else if (child.tag === 'time') marks.times.push(child);
      else if (child.attrs.title && /\b(?:published|updated)\b/i.test(child.attrs.class ?? '')) marks.classed.push(child);
      else if (hasDateClass(child)) marks.classed.push(child);
      visit(child);
    }
  };
  visit(root);
  // A <time pubdate> or one classed as the publication outranks other <time>s.
  marks.times.sort((a, b) => Number(isPublicationTime(b)) - Number(isPublicationTime(a)));
  return marks;
}

function isPublicationTime(el: ElementNode): boolean {
  return 'pubdate' in el.attrs || /publish|posted|entry-date|created/i.test(el.attrs.class ?? '');
}

function hasDateClass(el: ElementNode): boolean {
  for (const token of classTokens(el)) if (DATE_CLASS_TOKENS.has(token)) return true;
  return false;
}

function articleScope(container: ElementNode | null): ElementNode | null {
  if (!container) return null;
  let scope = container;
  for (let i = 0; i < SCOPE_LEVELS && scope.parent && scope.parent.tag !== 'body' && scope.parent.tag !== 'html'; i++) {
    scope = scope.parent;
  }
  return scope;
}

function isWithin(el: ElementNode, ancestor: ElementNode): boolean {
  for (let node: ElementNode | null = el; node; node = node.parent) if (node === ancestor) return true;
  return false;
}

function textOf(el: ElementNode): string {
  return rawText(el).replace(/\s+/g, ' ').trim();
}

/** How far from the start of the body a date line may be, in blocks before and after. */
const DATE_LINE_BEFORE = 25;
const DATE_LINE_AFTER = 12;
/** A date this close to the start of a longer block opens it ("29.11.2022 – Berlin: ..."). */
const DATE_LEAD_CHARS = 60;

/**
 * A date shown as a line of its own (or opening a paragraph) near the start of the article
 * body, nearest first; the first such line on the page when the body was not found.
 */
function dateLine(root: ElementNode, container: ElementNode | null, options: DateReadOptions): string | null {
  const blocks = collectBlocks(root, (el) => el.tag === 'nav' || el.tag === 'footer' || chromeByClass(el) === 'always');
  const dateOf = (text: string): string | null => {
    if (text.length <= 120) return datesInText(text, options)[0] ?? null;
    return datesInText(text.slice(0, DATE_LEAD_CHARS), options)[0] ?? null;
  };
  let start = container ? blocks.findIndex((b) => isWithin(b.owner, container)) : -1;
  if (start < 0) {
    for (const block of blocks) {
      const date = dateOf(block.text);
      if (date) return date;
    }
    return null;
  }
  for (let distance = 0; distance <= Math.max(DATE_LINE_BEFORE, DATE_LINE_AFTER); distance++) {
    for (const i of [start - distance, start + distance]) {
      if (i < 0 || i >= blocks.length || i < start - DATE_LINE_BEFORE || i > start + DATE_LINE_AFTER) continue;
      const date = dateOf(blocks[i].text);
      if (date) return date;
    }
  }
  return null;
}
