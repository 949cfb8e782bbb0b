/**
 * The article's headline. Candidates are compared rather than taken in a fixed order:
 *   1. a visible heading (itemprop=headline, <h1>, a title-classed element, <h2> near the
 *      body) that agrees with a metadata title (JSON-LD headlines, og:title, twitter:title)
 *      or with a segment of <title> wins: it is the page's own headline, as shown;
 *   2. else the page's own <h1> (the only one, or the first near the body) when the page
 *      does not have many;
 *   3. else the metadata title, without a site-name segment;
 *   4. else the heading that opens the body;
 *   5. else the <title> without its site-name segments.
 * Headings that are the site's name (logo, masthead, a link to the front page) never win.
 * The result is given as shown: in capitals when the page's style sets the heading so.
 */
import { classTokens, isHidden } from './classify.js';
import type { JsonLdFacts } from './jsonld.js';
import { decodeEntities } from './entities.js';
import { firstMeta, type MetaIndex } from './meta.js';
import { applyTextTransform, readCaseStyles, textTransformOf, type TextTransform } from './text-transform.js';
import { rawText, type ElementNode, type TextNode } from './tree.js';

export interface FoundTitle {
  readonly title: string;
  /** The rule that chose it, e.g. `heading:h1=og:title`, `meta:og:title`, `title-segment`. */
  readonly source: string;
}

export interface TitleContext {
  readonly pageTitle: string | null;
  readonly metas: MetaIndex;
  readonly jsonLd: JsonLdFacts;
  readonly root: ElementNode;
  readonly container: ElementNode | null;
  /** Names the site goes by (og:site_name, publisher, host), for telling them from headlines. */
  readonly siteNames: readonly string[];
  /** Text of the page's <style> elements: the headline is given as shown, in capitals if the style says so. */
  readonly styles?: readonly string[];
}

const META_TITLE_KEYS: readonly string[] = [
  'og:title', 'twitter:title', 'headline', 'dc.title', 'dcterms.title', 'parsely-title', 'sailthru.title', 'title',
];

/** Separators between a headline and the site name in <title>. */
const TITLE_SEPARATOR = /\s+[|–—\-·•»›/~:]+\s+|\s*\|\s*/;

/** Class tokens of elements that show the headline. */
const TITLE_CLASS_TOKENS: ReadonlySet<string> = new Set([
  'title', 'headline', 'entrytitle', 'posttitle', 'articletitle', 'storytitle', 'pagetitle', 'heading', 'titel',
  'titulo', 'titre', 'ueberschrift', 'überschrift', 'contentheading',
]);

/** Class tokens of the site's own name blocks. */
const BRAND_TOKENS: ReadonlySet<string> = new Set([
  'logo', 'brand', 'branding', 'sitename', 'sitetitle', 'sitelogo', 'sitebranding', 'masthead', 'blogtitle', 'blogname',
  'blogheader', 'siteheader',
]);

const MAX_TITLE_CHARS = 300;

export function findTitle(ctx: TitleContext): FoundTitle | null {
  const headings = collectHeadings(ctx.root, ctx.container);
  const found = chooseTitle(ctx, headings);
  return found && asShown(found, headings, ctx);
}

/**
 * The chosen headline as the page shows it: when a visible heading carries the same words,
 * its text-transform applies (the headline in capitals on screen is the headline in capitals).
 */
function asShown(found: FoundTitle, headings: readonly Heading[], ctx: TitleContext): FoundTitle {
  const k = key(found.title);
  const heading = headings.find((h) => key(h.text) === k || (h.withoutKicker !== undefined && key(h.withoutKicker) === k));
  if (!heading) return found;
  const styles = readCaseStyles(ctx.styles ?? []);
  const lang = ctx.root.attrs.lang?.trim() || null;
  const transforms = new Set<TextTransform>();
  const shown = (node: TextNode, before: string): string => {
    const transform = applied(textTransformOf(node.parent, styles));
    if (/\p{L}/u.test(node.text)) transforms.add(transform);
    return applyTextTransform(node.text, transform, lang, before);
  };
  const text = tidy(visibleText(heading.el, shown));
  if (transforms.size === 0 || (transforms.size === 1 && transforms.has('none'))) return found;
  if (tidy(visibleText(heading.el)) === found.title) return { title: text, source: `${found.source}+css` };
  // The title is the heading's words in another spelling (metadata, or without a kicker): one transform for all of it.
  if (transforms.size !== 1) return found;
  const [only] = transforms;
  return { title: applyTextTransform(found.title, only, lang), source: `${found.source}+css` };
}

/**
 * Capitalize is not applied: under it the gold titles of trafilatura-eval keep the markup's
 * case (small words stay small), as copying from a browser does.
 */
function applied(transform: TextTransform): TextTransform {
  return transform === 'capitalize' ? 'none' : transform;
}

function chooseTitle(ctx: TitleContext, headings: readonly Heading[]): FoundTitle | null {
  const pageTitle = tidy(ctx.pageTitle);
  const segments = pageTitle ? pageTitle.split(TITLE_SEPARATOR).map(tidy).filter(Boolean) : [];
  const metaTitle = tidy(ctx.jsonLd.headline) || tidy(firstMeta(ctx.metas, META_TITLE_KEYS));
  const siteKeys = new Set(ctx.siteNames.map(key).filter(Boolean));
  // Short segments beside a long one in <title> are section names: a heading equal to one is a section heading.
  for (const k of sectionKeys(segments)) siteKeys.add(k);
  const isSiteName = (text: string): boolean => {
    const k = key(text);
    if (!k) return true;
    if (siteKeys.has(k)) return true;
    for (const site of siteKeys) if (site.length >= 4 && (site.includes(k) || (k.includes(site) && k.length <= site.length + 8))) return true;
    return false;
  };

  const references: Array<{ text: string; name: string }> = [];
  if (metaTitle) references.push({ text: metaTitle, name: 'meta' });
  if (pageTitle) references.push({ text: pageTitle, name: 'title' });
  // The other metadata titles (og:title beside a JSON-LD headline, a second JSON-LD object): a
  // page's headline may agree with any of them.
  for (const other of otherMetaTitles(ctx, metaTitle)) references.push({ text: other, name: 'meta' });
  for (const s of segments) if (s !== pageTitle && !isSiteName(s)) references.push({ text: s, name: 'title-segment' });
  const metaSegments = metaTitle ? metaTitle.split(TITLE_SEPARATOR).map(tidy).filter(Boolean) : [];
  for (const s of metaSegments) if (s !== metaTitle && !isSiteName(s)) references.push({ text: s, name: 'meta-segment' });

  // "Headline | Site": a heading that repeats the last, clearly shorter segment of <title> is the site's logo.
  if (segments.length >= 2) {
    const last = key(segments[segments.length - 1]);
    if (last && last.length * 1.5 < key(segments[0]).length && headings.some((h) => key(h.text) === last)) siteKeys.add(last);
  }
  // Exact agreement anywhere beats a loose one: a heading whose first word is set in its own
  // <span> equals og:title as a whole, and only loosely without that word. Among exact
  // agreements the better kind wins: an <h1> equal to one metadata title is the page's headline
  // even when a styled <h2> near the body equals another (og:title written for sharing).
  // Loose agreements near the body first: a blog's name in an <h1> up in the masthead also
  // matches a <title> segment.
  for (const exact of [true, false]) {
    for (const near of exact ? [null] : [true, false]) {
      for (const heading of headings) {
        if ((near !== null && heading.near !== near) || isSiteName(heading.text)) continue;
        const agreed = agreement(heading, references, exact);
        if (agreed) return agreed;
      }
    }
  }

  // No agreement: the page's own visible headline beats a metadata title written for sharing.
  // An element marked itemprop=headline is an <h1> by meaning; one set inside the other counts once.
  const h1s = distinctText(headings.filter((h) => (h.kind === 'h1' || h.kind === 'itemprop') && !isSiteName(h.text)));
  const nearH1s = h1s.filter((h) => h.near);
  if (nearH1s.length === 1 && h1s.length < MANY_H1S && nearH1s[0].text.length >= 4) return { title: nearH1s[0].text, source: 'heading:h1-near' };
  if (nearH1s.length === 0 && h1s.length === 1 && h1s[0].text.length >= 8) return { title: h1s[0].text, source: 'heading:h1-only' };
  // Several: the first, unless it is a label introducing what follows ("Faire un don :").
  if (nearH1s.length > 1 && nearH1s[0].text.length >= 8 && !/:\s*$/.test(nearH1s[0].text)) {
    return { title: nearH1s[0].text, source: 'heading:h1-first' };
  }

  if (metaTitle) {
    const kept = metaSegments.length > 1 ? metaSegments.filter((s) => !isSiteName(s)) : metaSegments;
    if (kept.length === metaSegments.length) return { title: metaTitle, source: 'meta' };
    if (kept.length) return { title: longest(kept), source: 'meta-segment' };
  }

  if (h1s.length === 1) return { title: h1s[0].text, source: 'heading:h1' };

  // A page without a headline in its metadata (a club's or an office's page): the heading that
  // opens the body names it better than <title>, which names the site and the section.
  const lead = ctx.container ? leadHeading(ctx.container) : null;
  if (lead && !isSiteName(lead)) return { title: lead, source: 'heading:lead' };

  // <title> without the site's name; the longest segment is the headline ("Section | Headline | Site").
  const kept = segments.filter((s) => !isSiteName(s));
  if (kept.length) return { title: longest(kept), source: segments.length > 1 ? 'title-segment' : 'title' };
  // Many <h1>s are the sections of a one-page site: none of them names the page.
  if (h1s.length && h1s.length < MANY_H1S) return { title: h1s[0].text, source: 'heading:h1' };
  const marked = headings.find((h) => h.near && (h.kind === 'itemprop' || h.kind === 'classed') && h.text.length >= 8 && !isSiteName(h.text));
  if (marked) return { title: marked.text, source: `heading:${marked.kind}` };
  // Last resort: a <title> that is only the site's name (an "About us" page) is still the page's title.
  return pageTitle ? { title: pageTitle, source: 'title' } : null;
}

/** This many distinct <h1>s on a page are section headings. */
const MANY_H1S = 3;

/** Text a lead heading may follow in the body container (a date line, a breadcrumb). */
const LEAD_TEXT_CHARS = 200;

const LEAD_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4']);

/** The first heading in the body container when little text comes before it. */
function leadHeading(container: ElementNode): string | null {
  let before = 0;
  let found: string | null = null;
  const visit = (el: ElementNode): boolean => {
    for (const child of el.children) {
      if (child.kind === 'text') {
        before += child.text.trim().length;
        if (before > LEAD_TEXT_CHARS) return true;
        continue;
      }
      if (isHidden(child) || isScreenReaderOnly(child) || child.tag === 'nav' || child.tag === 'aside') continue;
      if (LEAD_TAGS.has(child.tag) || hasTitleClass(child)) {
        const text = tidy(visibleText(child));
        if (text.length >= 3 && text.length <= MAX_TITLE_CHARS) {
          found = text;
          return true;
        }
      }
      if (visit(child)) return true;
    }
    return false;
  };
  visit(container);
  return found;
}

/** The headings with a text not seen before in the list. */
function distinctText(headings: readonly Heading[]): Heading[] {
  const seen = new Set<string>();
  return headings.filter((h) => {
    const k = key(h.text);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Metadata titles besides `first`, each once. */
function otherMetaTitles(ctx: TitleContext, first: string): string[] {
  const seen = new Set([key(first)]);
  const out: string[] = [];
  const values = [...ctx.jsonLd.headlines, ...META_TITLE_KEYS.flatMap((k) => ctx.metas.get(k) ?? [])];
  for (const value of values) {
    const text = tidy(value);
    const k = key(text);
    if (!k || seen.has(k)) continue;
    seen.add(k);
    out.push(text);
  }
  return out;
}

/**
 * Keys of the short segments in a <title> that also holds a much longer one ("Fachmeldungen"
 * in "Zoll online - Fachmeldungen - Verkündung des ...-gesetzes"): section and site names.
 */
function sectionKeys(segments: readonly string[]): string[] {
  if (segments.length < 2) return [];
  const longestKey = Math.max(...segments.map((s) => key(s).length));
  // The first segment is where a short headline stands ("Emden - Sehenswürdigkeiten und Attraktionen").
  return segments.slice(1).map(key).filter((k) => k.length > 0 && k.length * SECTION_RATIO <= longestKey);
}

/** A segment this many times shorter than the longest one in the same <title> names a section. */
const SECTION_RATIO = 2.5;

function agreement(heading: Heading, references: ReadonlyArray<{ text: string; name: string }>, exact: boolean): FoundTitle | null {
  const k = key(heading.text);
  for (const ref of references) {
    const r = key(ref.text);
    // A <title> segment is as often the section's or site's name as the headline: only a
    // whole metadata title or <title> makes an agreement strong enough for the first pass.
    if (exact && ref.name !== 'meta' && ref.name !== 'title') continue;
    if (k === r) {
      // Soft hyphens set in only one of the two: the metadata spelling is the one readers copy.
      const title = heading.text !== ref.text && visible(heading.text) === visible(ref.text) ? ref.text : heading.text;
      return { title, source: `heading:${heading.kind}=${ref.name}` };
    }
    if (exact || k.length < 12 || r.length < 12) continue;
    // The heading carries the site name too ("Headline | Site"): the reference is the clean headline.
    if (k.startsWith(r) && startsWithSeparated(heading.text, ref.text)) return { title: ref.text, source: `${ref.name}<heading:${heading.kind}` };
    // The metadata title adds a kicker or a site name around the shown headline, or truncates it.
    // Only loosely alike: a kicker the heading sets apart is not part of the headline.
    const shown = heading.withoutKicker ?? heading.text;
    const how = heading.withoutKicker ? '-kicker~' : '~';
    if (r.includes(k) && k.length >= r.length * 0.4) return { title: shown, source: `heading:${heading.kind}${how}${ref.name}` };
    if (k.startsWith(r) && r.length >= k.length * 0.6) return { title: shown, source: `heading:${heading.kind}${how}${ref.name}` };
  }
  return null;
}

/** Longest site name taken from a <title> segment; longer segments are slogans or section paths. */
const MAX_SITE_SEGMENT_CHARS = 60;

/**
 * The site's name as the <title> prints it beside the headline ("Headline – The Alpine Post"):
 * the segment at the other end from the headline, or null when the title does not have that shape.
 */
export function siteNameFromTitle(pageTitle: string | null, headline: string | null): string | null {
  if (!pageTitle || !headline) return null;
  const segments = tidy(pageTitle).split(TITLE_SEPARATOR).map(tidy).filter(Boolean);
  if (segments.length < 2) return null;
  const h = key(headline);
  const at = segments.findIndex((s) => key(s) === h);
  const site = at === 0 ? segments[segments.length - 1] : at === segments.length - 1 ? segments[0] : null;
  if (!site || site.length > MAX_SITE_SEGMENT_CHARS || key(site) === h) return null;
  return site;
}

/**
 * The name in the site's logo or masthead: the logo image's alt text, else the text of the
 * masthead link (without a tagline in <small>), when it is short enough to be a name.
 */
export function brandName(root: ElementNode): string | null {
  let found: string | null = null;
  const visit = (el: ElementNode): void => {
    for (const child of el.children) {
      if (found !== null || child.kind !== 'element') continue;
      if (isBrand(child) && child.tag !== 'body') {
        found = brandText(child);
        if (found !== null) return;
      }
      if (child.tag !== 'article' && child.tag !== 'main') visit(child);
    }
  };
  visit(root);
  return found;
}

function brandText(el: ElementNode): string | null {
  const alt = findImageAlt(el);
  const text = tidy(alt ?? ownText(el));
  return text && text.length <= MAX_SITE_SEGMENT_CHARS && !/^(?:logo|home|startseite|accueil)$/i.test(text) ? text : null;
}

function findImageAlt(el: ElementNode): string | null {
  for (const child of el.children) {
    if (child.kind !== 'element') continue;
    if (child.tag === 'img' && child.attrs.alt?.trim()) return child.attrs.alt;
    const inner = findImageAlt(child);
    if (inner) return inner;
  }
  return null;
}

/** Text without taglines (<small>, <span class="tagline">, descriptions). */
function ownText(el: ElementNode): string {
  let out = '';
  for (const child of el.children) {
    if (child.kind === 'text') out += child.text;
    else if (child.tag !== 'small' && !/tagline|description|slogan/i.test(child.attrs.class ?? '')) out += ` ${ownText(child)} `;
  }
  return out;
}

interface Heading {
  readonly el: ElementNode;
  readonly text: string;
  /** For a heading with a kicker: its text without the kicker. */
  readonly withoutKicker?: string;
  readonly kind: 'itemprop' | 'h1' | 'classed' | 'h2';
  /** Inside the region around the article body. */
  readonly near: boolean;
}

/** Class tokens of a kicker (topic line) printed inside or above a headline. */
const KICKER_TOKENS: ReadonlySet<string> = new Set([
  'kicker', 'dachzeile', 'topline', 'overline', 'roofline', 'eyebrow', 'supertitle', 'pretitle', 'spitzmarke',
  'rubric', 'ressort', 'label', 'category', 'flag', 'tag', 'topic', 'overhead', 'headlinekicker', 'titlekicker',
]);

/** Headline-like elements, best kind first, each kind in document order with those near the body first. */
function collectHeadings(root: ElementNode, container: ElementNode | null): Heading[] {
  const byKind: Record<Heading['kind'], Array<{ el: ElementNode; near: boolean }>> = { itemprop: [], h1: [], classed: [], h2: [] };
  const scope = container ? ancestorAt(container, 4) : null;
  const visit = (el: ElementNode, brand: boolean, near: boolean, inNav: boolean): void => {
    for (const child of el.children) {
      if (child.kind !== 'element') continue;
      if (child.tag === 'footer' || child.tag === 'aside') continue;
      const childBrand = brand || isBrand(child) || isHomeLinkHeading(child);
      const childNear = near || child === scope;
      if (isScreenReaderOnly(child) || isHidden(child)) continue;
      // In navigation only an <h1> counts: some sites set the page's headline as the last breadcrumb.
      const childInNav = inNav || child.tag === 'nav';
      if (!childBrand && !childInNav) {
        const prop = child.attrs.itemprop?.toLowerCase();
        if (prop === 'headline' || prop === 'name headline') byKind.itemprop.push({ el: child, near: childNear });
        else if (child.tag === 'h1') byKind.h1.push({ el: child, near: childNear });
        else if (hasTitleClass(child)) byKind.classed.push({ el: child, near: childNear });
        else if (child.tag === 'h2') byKind.h2.push({ el: child, near: childNear });
      } else if (!childBrand && child.tag === 'h1') {
        byKind.h1.push({ el: child, near: false });
      }
      visit(child, childBrand, childNear, childInNav);
    }
  };
  visit(root, false, scope === null, false);
  const out: Heading[] = [];
  for (const kind of ['itemprop', 'h1', 'classed', 'h2'] as const) {
    const list = [...byKind[kind].filter((h) => h.near), ...byKind[kind].filter((h) => !h.near)];
    for (const { el, near } of list.slice(0, kind === 'h2' || kind === 'classed' ? 8 : 5)) {
      const text = tidy(visibleText(el));
      if (!text || text.length > MAX_TITLE_CHARS) continue;
      // A kicker inside the heading ("Corona-Pandemie" above the headline) is not part of the title.
      const kicker = dropKicker(el, text);
      if (kicker) out.push({ el, text: kicker.rest, kind, near });
      // A kicker classed as one is never part of the headline; an unclassed first span may be.
      if (!kicker) out.push({ el, text, kind, near });
      else if (!kicker.classed) out.push({ el, text, withoutKicker: kicker.rest, kind, near });
    }
  }
  return out;
}

/** The heading's text without a leading kicker element, or null when it has none. */
function dropKicker(heading: ElementNode, text: string): { rest: string; classed: boolean } | null {
  // A link around the whole headline is a wrapper: the kicker sits inside it.
  let el = heading;
  for (let only = soleElementChild(el); only && only.tag === 'a'; only = soleElementChild(el)) el = only;
  const parts: Array<{ node: ElementNode | null; text: string }> = [];
  // A separator after the first part (": " for screen readers, a hidden dash) sets it apart as a line of its own.
  let separated = false;
  for (const child of el.children) {
    if (child.kind === 'element' && (isHidden(child) || isScreenReaderOnly(child))) {
      if (parts.length === 1 && SEPARATOR_ONLY.test(rawText(child))) separated = true;
      continue;
    }
    const t = tidy(child.kind === 'text' ? child.text : visibleText(child));
    if (t) parts.push({ node: child.kind === 'element' ? child : null, text: t });
  }
  if (parts.length < 2 || !parts[0].node) return null;
  const kicker = parts[0];
  const node = kicker.node!;
  let classed = separated;
  for (const token of classTokens(node)) if (KICKER_TOKENS.has(token)) classed = true;
  const separate = BLOCKISH_INLINE.has(node.tag);
  if (!classed && !separate) return null;
  if (kicker.text.length > 80 || kicker.text.length >= text.length * 0.6) return null;
  const rest = tidy(parts.slice(1).map((p) => p.text).join(' ')).replace(/^[-–—:|]\s*/, '');
  return rest.length >= 8 ? { rest, classed } : null;
}

/** The element's only child element when it has no text of its own beside it. */
function soleElementChild(el: ElementNode): ElementNode | null {
  let found: ElementNode | null = null;
  for (const child of el.children) {
    if (child.kind === 'text') {
      if (child.text.trim()) return null;
    } else if (found) return null;
    else found = child;
  }
  return found;
}

/** Inline wrappers that headline markup uses to stack a kicker above the title. */
const BLOCKISH_INLINE: ReadonlySet<string> = new Set(['span', 'div', 'small', 'strong', 'em', 'b', 'p', 'a']);

/**
 * Text of an element without hidden parts (screen-reader labels such as "Headline:"), each
 * text node through `shown` (the page's text-transform) when given.
 */
function visibleText(el: ElementNode, shown?: (node: TextNode, before: string) => string): string {
  let out = '';
  for (const child of el.children) {
    if (child.kind === 'text') out += shown ? shown(child, out.at(-1) ?? ' ') : child.text;
    else if (!isHidden(child) && !isScreenReaderOnly(child)) out += visibleText(child, shown);
    else {
      // A hidden ": " between kicker and headline is the separator text readers get: keep it.
      const hidden = visibleText(child);
      if (!SEPARATOR_ONLY.test(hidden)) out += ' ';
      // A colon sticks to the word before it, whatever whitespace the markup has around it.
      else if (hidden.trim() === ':') out = `${out.trimEnd()}: `;
      else out += hidden;
    }
  }
  return out;
}

const SEPARATOR_ONLY = /^\s*[:|–—-]\s*$/;

const SCREEN_READER_TOKENS: ReadonlySet<string> = new Set([
  'sronly', 'visuallyhidden', 'screenreader', 'screenreaderonly', 'readeronly', 'offscreen',
  'hideaccessible', 'aural', 'elementinvisible', 'assistive', 'srtext', 'a11yhidden', 'texthide',
]);

function isScreenReaderOnly(el: ElementNode): boolean {
  const tokens = classTokens(el);
  for (const token of tokens) if (SCREEN_READER_TOKENS.has(token)) return true;
  // Prefixed spellings: `o-VisuallyHidden`, `u-visually-hidden`.
  if (tokens.includes('visually') && tokens.includes('hidden')) return true;
  // "hidden" only as a whole class: `field--label-hidden` hides a field's label, not the field.
  return /(?:^|\s)(?:hidden|invisible)(?:\s|$)/i.test(el.attrs.class ?? '');
}

function ancestorAt(el: ElementNode, levels: number): ElementNode {
  let node = el;
  for (let i = 0; i < levels && node.parent && node.parent.tag !== 'body' && node.parent.tag !== 'html'; i++) node = node.parent;
  return node;
}

const PAGE_LEVEL_TAGS: ReadonlySet<string> = new Set(['html', 'body', 'main', 'article']);

function isBrand(el: ElementNode): boolean {
  // Page-level classes ("has-mobile-logo" on <body>) describe the layout, not a logo block.
  if (PAGE_LEVEL_TAGS.has(el.tag)) return false;
  for (const token of classTokens(el)) if (BRAND_TOKENS.has(token)) return true;
  return el.attrs.role === 'banner';
}

/** A link to a site's front page (`/`, `https://example.org/`, `/index.html`). */
const HOME_HREF = /^(?:(?:https?:)?\/\/[^/?#]+)?\/?(?:index\.\w+)?$/i;

/** A heading that is nothing but a link to the front page: the site's name set as a heading. */
function isHomeLinkHeading(el: ElementNode): boolean {
  if (el.tag !== 'h1' && el.tag !== 'h2' && !hasTitleClass(el)) return false;
  let link = soleElementChild(el);
  while (link && link.tag !== 'a') link = soleElementChild(link);
  const href = link?.attrs.href?.trim();
  return href !== undefined && href !== '' && HOME_HREF.test(href);
}

function hasTitleClass(el: ElementNode): boolean {
  for (const token of classTokens(el)) if (TITLE_CLASS_TOKENS.has(token)) return true;
  return false;
}

function startsWithSeparated(text: string, prefix: string): boolean {
  const t = tidy(text);
  const p = tidy(prefix);
  return t.length > p.length && t.startsWith(p) && TITLE_SEPARATOR.test(t.slice(p.length - 1, p.length + 4));
}

function tidy(text: string | null | undefined): string {
  // Soft hyphens and zero-width characters stay: they are part of the headline as written
  // (a copy from the page keeps them); comparisons go through key(), which drops them.
  return decodeEntities(text ?? '').replace(/\s+/g, ' ').trim();
}

/** Soft hyphens and zero-width characters: invisible, and a page sets them in one copy of its headline but not another. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

function visible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** Comparison key: lower case, letters and digits only. */
function key(text: string): string {
  return text.toLowerCase().normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, '');
}

function longest(list: readonly string[]): string {
  return list.reduce((a, b) => (b.length > a.length ? b : a));
}
