/**
 * The publication date of a page, from the most to the least trustworthy source:
 *   1. publication-date meta tags (Open Graph article:, Dublin Core, parsely, sailthru, ...)
 *   2. JSON-LD datePublished / dateCreated of the article object
 *      (either gives way to the URL's date when it is a UTC timestamp one day off it)
 *   3. the URL path (/2023/11/09/)
 *   4. markup in the article: itemprop=datePublished, <time pubdate>, <time datetime>
 *      (the day the element shows wins over its attribute when they are a day apart)
 *   5. a line labelled as the publication date ("Erschienen am: 01.11.2023") anywhere
 *   6. meta tags that carry some unnamed date (`date`, `DC.date`)
 *   7. a visible date: an element classed as a date, or a short line near the article start
 *   8. a publication timestamp in an inline script's JSON state (shop systems, single-page apps)
 *   9. a line labelled as the modification date, then modification metadata, when nothing else tells
 * Each result names the rule that produced it.
 */
import { collectBlocks } from './blocks.js';
import { chromeByClass, classTokens } from './classify.js';
import { dateFromUrl, datesInText, daysBetween, isUtcTimestamp, parseDate, type DateReadOptions } from './date-text.js';
import type { JsonLdFacts } from './jsonld.js';
import { firstMeta, type MetaIndex } from './meta.js';
import { rawText, type ElementNode, type TreeNode } from './tree.js';

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
  /** Publication timestamps found in inline scripts' JSON, in page order. */
  readonly scriptDates?: readonly string[];
  readonly options: DateReadOptions;
}

/** Meta names that carry the publication date, most specific first. */
const PUBLISHED_META: readonly string[] = [
  'article:published_time', 'og:article:published_time', 'article:published', 'datepublished', 'pubdate',
  'publishdate', 'publish-date', 'publish_date', 'published_time', 'published-date', 'publication_date',
  'publication-date', 'date_published', 'article_date_original', 'original-publish-date', 'sailthru.date',
  'parsely-pub-date', 'article.published', 'cxenseparse:recs:publishtime', 'dc.date.issued', 'dcterms.issued',
  'dc.date.created', 'dcterms.created', 'dc.created', 'citation_publication_date',
  'citation_date', 'shareaholic:article_published_time', 'bt:pubdate', 'og:release_date', 'release_date',
  'rnews:datepublished', 'article:post_date', 'pub_date', 'published', 'datecreated', 'creation_date', 'created',
];

/**
 * Meta names that carry some date of the page without saying which: CMSs fill them with the
 * publication, the last edit or the moment the page was generated. A date the page shows
 * in its article markup is a better witness.
 */
const UNSPECIFIED_DATE_META: readonly string[] = ['dc.date', 'dcterms.date', 'date', 'displaydate', 'timestamp'];

const MODIFIED_META: readonly string[] = [
  'article:modified_time', 'og:updated_time', 'datemodified', 'dc.date.modified', 'dcterms.modified',
  'article:modified', 'modified', 'last-modified', 'lastmod', 'revised',
];

/** Class/id tokens of elements that show a date. */
const DATE_CLASS_TOKENS: ReadonlySet<string> = new Set([
  'date', 'datum', 'time', 'datetime', 'published', 'publish', 'pubdate', 'posted', 'postdate', 'entrydate',
  'postedon', 'dateline', 'timestamp', 'meta', 'byline', 'info', 'fecha', 'zeit', 'created', 'author', 'submitted',
]);

/**
 * Labels that introduce a date line ("Erschienen am: 01.11.2023", "Published on 9 Nov 2023",
 * "Aktualisiert am 17.01.2021"), by what they date. Matched at the start of a short block.
 */
const PUBLISHED_LABEL =
  /^(?:veröffentlicht|erschienen|publiziert|erstellt|eingestellt|published|posted|first published|publié|publicado|pubblicato|opublikowano|gepubliceerd|publicerad|опубликовано)(?![\p{L}])/iu;
const MODIFIED_LABEL =
  /^(?:aktualisiert|zuletzt (?:aktualisiert|geändert)|letzte (?:änderung|aktualisierung)|geändert|stand|updated|last (?:updated|modified)|modified|mis à jour|actualizado|aggiornato|bijgewerkt|zaktualizowano|обновлено)(?![\p{L}])/iu;
/** A clock printed on the page ("Aktuelle Zeit: 14.10.2020, 12:18"): the day it was crawled, not published. */
const CLOCK_LABEL =
  /^(?:aktuelle zeit|aktuelles datum|current (?:time|date)|it is currently|heute ist|today is|date du jour|fecha actual|data odierna)(?![\p{L}])/iu;

/** A sentence that says when the page was published ("Dieser Artikel wurde am 19. Mai 2010 um 23:03 Uhr gepostet"). */
const PUBLISHED_PHRASE =
  /\b(?:wurde|was|fue|a été|è stato)\b.{0,60}\b(?:veröffentlicht|gepostet|publiziert|erstellt|published|posted|publicado|publié|pubblicato)(?![\p{L}])/iu;

/** A labelled date line is short: the label, the date, perhaps a time and an author. */
const LABELLED_LINE_MAX_CHARS = 160;

/** How far above the body container the article's header (with its date) may sit. */
const SCOPE_LEVELS = 3;

export function findPublished(ctx: DateContext): FoundDate | null {
  const { options } = ctx;
  const fromUrl = dateFromUrl(ctx.url);
  const declared = declaredDate(ctx);
  if (declared) {
    // A UTC timestamp a day off the URL's date is the same moment seen from Greenwich: the
    // URL holds the calendar day the newsroom filed it under.
    const shift = fromUrl ? daysBetween(fromUrl, declared.date) : null;
    if (fromUrl && declared.utc && shift !== null && Math.abs(shift) === 1) return { date: fromUrl, source: 'url=utc' };
    return { date: declared.date, source: declared.source };
  }

  // A full date in the URL path is the day the CMS filed the story: more reliable than
  // <time> elements, which also date comments and sidebars.
  if (fromUrl) return { date: fromUrl, source: 'url' };

  const marks = collectDateMarks(ctx.root);
  const scope = articleScope(ctx.container);
  const inScope = (el: ElementNode): boolean => scope === null || isWithin(el, scope);
  const ordered = (list: readonly ElementNode[]): ElementNode[] => [...list.filter(inScope), ...list.filter((el) => !inScope(el))];

  for (const el of ordered(marks.itemprop)) {
    const date = markedDate(el.attrs.content ?? el.attrs.datetime ?? el.attrs.title, el, options);
    if (date) return { date, source: 'markup:itemprop' };
  }
  for (const el of ordered(marks.times)) {
    const date = markedDate(el.attrs.datetime, el, options);
    if (date) return { date, source: 'markup:time' };
  }

  const labelled = labelledDates(ctx.root, options);
  if (labelled.published) return { date: labelled.published, source: 'visible:published-label' };

  const unspecified = firstMetaDate(ctx.metas, UNSPECIFIED_DATE_META, options);
  if (unspecified) return { date: unspecified.date, source: unspecified.source };

  for (const el of ordered(marks.classed)) {
    const text = textOf(el);
    if (text.length > 200 || CLOCK_LABEL.test(text)) continue;
    const title = el.attrs.title;
    const date = (title ? parseDate(title, options) : null) ?? shownDate(el, options);
    if (date) return { date, source: 'visible:date-element' };
  }

  const line = dateLine(ctx.root, ctx.container, options);
  if (line) return { date: line, source: 'visible:date-line' };

  for (const value of ctx.scriptDates ?? []) {
    const date = parseDate(value, { ...options, monthFirst: true });
    if (date) return { date, source: 'script' };
  }

  // The page shows only when it was last changed: that is the only date a reader gets.
  if (labelled.modified) return { date: labelled.modified, source: 'visible:modified-label' };

  const modified = ctx.jsonLd.dateModified ?? firstMeta(ctx.metas, MODIFIED_META);
  const date = modified ? parseDate(modified, { ...options, monthFirst: true }) : null;
  return date ? { date, source: 'modified' } : null;
}

interface DeclaredDate {
  readonly date: string;
  readonly source: string;
  /** The value was a UTC timestamp, so its calendar day may differ from the publication's. */
  readonly utc: boolean;
}

/**
 * The date the page's metadata declares: publication meta tags first, then JSON-LD. Meta
 * tags come first because JSON-LD blocks are often generated from a template's first
 * version of the page and keep that date when a story is re-published.
 */
function declaredDate(ctx: DateContext): DeclaredDate | null {
  const { options } = ctx;
  const meta = firstMetaDate(ctx.metas, PUBLISHED_META, options);
  if (meta) return meta;
  const fromLd = ctx.jsonLd.datePublished ?? ctx.jsonLd.dateCreated;
  const ld = fromLd ? parseDate(fromLd, options) : null;
  if (fromLd && ld) {
    return { date: ld, source: ctx.jsonLd.datePublished ? 'jsonld:datePublished' : 'jsonld:dateCreated', utc: isUtcTimestamp(fromLd) };
  }
  return null;
}

function firstMetaDate(metas: MetaIndex, keys: readonly string[], options: DateReadOptions): DeclaredDate | null {
  for (const key of keys) {
    const values = metas.get(key);
    if (!values) continue;
    for (const value of values) {
      // Meta tags are written by software: slashes there are mostly month-first.
      const date = parseDate(value, { ...options, monthFirst: true });
      if (date) return { date, source: `meta:${key}`, utc: isUtcTimestamp(value) };
    }
  }
  return null;
}

/**
 * The date of a marked element: its machine-readable attribute, except that the date its
 * own text shows wins when the two are a day apart (the attribute is in UTC, the text is
 * the local day the reader sees).
 */
function markedDate(attribute: string | undefined, el: ElementNode, options: DateReadOptions): string | null {
  const shown = textOf(el).length <= 120 ? shownDate(el, options) : null;
  const declared = attribute ? parseDate(attribute, options) : null;
  if (!declared) return shown;
  if (!shown) return declared;
  const shift = daysBetween(shown, declared);
  return shift !== null && Math.abs(shift) === 1 ? shown : declared;
}

interface DateMarks {
  itemprop: ElementNode[];
  times: ElementNode[];
  classed: ElementNode[];
}

/**
 * Elements that mark a date, in document order, outside navigation and comment threads.
 * Schema.org datePublished counts even in an <aside> or footer (article headers put their
 * byline box there); plain <time>s and date classes there belong to the sidebar.
 */
function collectDateMarks(root: ElementNode): DateMarks {
  const marks: DateMarks = { itemprop: [], times: [], classed: [] };
  const visit = (el: ElementNode, aside: boolean): void => {
    for (const child of el.children) {
      if (child.kind !== 'element') continue;
      if (child.tag === 'nav' || chromeByClass(child) === 'always') continue;
      const childAside = aside || isPageFooter(child) || child.tag === 'aside';
      const prop = (child.attrs.itemprop ?? child.attrs.property)?.toLowerCase().replace(/^(?:schema|dc|dcterms):/, '');
      if (prop === 'datepublished' || prop === 'datecreated' || prop === 'date' || prop === 'created') marks.itemprop.push(child);
      else if (childAside) {
        // sidebar dates are not the article's
      } else if (child.tag === 'time') {
        if (!inDatedList(child)) marks.times.push(child);
      } else if (child.attrs.title && /\b(?:published|updated)\b/i.test(child.attrs.class ?? '')) marks.classed.push(child);
      else if (hasDateClass(child)) marks.classed.push(child);
      visit(child, childAside);
    }
  };
  visit(root, false);
  // A <time pubdate> or one classed as the publication outranks other <time>s.
  marks.times.sort((a, b) => Number(isPublicationTime(b)) - Number(isPublicationTime(a)));
  return marks;
}

/** How far up from a <time> a teaser list may start. */
const LIST_LEVELS = 4;

/** A <time> in a list that dates several items: a list of other stories, not the article. */
function inDatedList(time: ElementNode): boolean {
  let list: ElementNode | null = null;
  let node = time.parent;
  for (let i = 0; node && i < LIST_LEVELS; i++, node = node.parent) {
    if (node.tag === 'ul' || node.tag === 'ol') {
      list = node;
      break;
    }
  }
  if (!list) return false;
  let count = 0;
  const visit = (el: ElementNode): boolean => {
    for (const child of el.children) {
      if (child.kind !== 'element') continue;
      if (child.tag === 'time' && ++count > 1) return true;
      if (visit(child)) return true;
    }
    return false;
  };
  return visit(list);
}

function isPublicationTime(el: ElementNode): boolean {
  return 'pubdate' in el.attrs || /publish|posted|entry-date|created/i.test(el.attrs.class ?? '');
}

function hasDateClass(el: ElementNode): boolean {
  for (const token of classTokens(el)) if (DATE_CLASS_TOKENS.has(token)) return true;
  return false;
}

/** A <footer> of the page; the <footer> of an <article> holds that article's own date and author. */
function isPageFooter(el: ElementNode): boolean {
  if (el.tag !== 'footer') return false;
  for (let node = el.parent; node; node = node.parent) if (node.tag === 'article') return false;
  return true;
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

/**
 * The first date an element shows. Parts of a date set in separate elements with no space
 * between them (`<span>Feb</span> <span>18</span><span>2009</span>`) are laid out apart by
 * the stylesheet: read them apart when the plain text holds no date.
 */
function shownDate(el: ElementNode, options: DateReadOptions): string | null {
  return datesInText(textOf(el), options)[0] ?? datesInText(spacedText(el), options)[0] ?? null;
}

function spacedText(node: TreeNode): string {
  if (node.kind === 'text') return node.text;
  return node.children.map(spacedText).join(' ').replace(/\s+/g, ' ').trim();
}

function textOf(el: ElementNode): string {
  return rawText(el).replace(/\s+/g, ' ').trim();
}

/** The first labelled publication and modification dates shown anywhere outside navigation and comments. */
function labelledDates(root: ElementNode, options: DateReadOptions): { published: string | null; modified: string | null } {
  const found: { published: string | null; modified: string | null } = { published: null, modified: null };
  const blocks = collectBlocks(root, (el) => el.tag === 'nav' || chromeByClass(el) === 'always');
  for (const block of blocks) {
    if (block.text.length > LABELLED_LINE_MAX_CHARS) continue;
    const text = block.text.replace(/^[\s\p{P}]+/u, '');
    const kind = PUBLISHED_LABEL.test(text) || PUBLISHED_PHRASE.test(text) ? 'published' : MODIFIED_LABEL.test(text) ? 'modified' : null;
    if (!kind || found[kind]) continue;
    const date = datesInText(text, options)[0];
    if (date) found[kind] = date;
    if (found.published) break;
  }
  return found;
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
  const blocks = collectBlocks(root, (el) => el.tag === 'nav' || isPageFooter(el) || chromeByClass(el) === 'always');
  const dateOf = (text: string): string | null => {
    if (CLOCK_LABEL.test(text)) return null;
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
