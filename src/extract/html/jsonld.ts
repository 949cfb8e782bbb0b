/**
 * Article facts from a page's JSON-LD: headline, dates, publisher, language, URL.
 * Pages often carry several blocks (`@graph`, arrays, breadcrumbs, the site's Organization);
 * the article-typed object wins over a bare WebPage. Broken JSON (trailing commas, raw
 * newlines, HTML comments) is repaired when it can be; otherwise the block is skipped.
 */

export interface JsonLdFacts {
  headline: string | null;
  /** Every distinct headline of the page's article and page objects, best first (a page may describe two). */
  headlines: string[];
  datePublished: string | null;
  dateCreated: string | null;
  dateModified: string | null;
  publisher: string | null;
  language: string | null;
  url: string | null;
}

/** @type values that describe the page's own article, best first. */
const ARTICLE_TYPES = /^(?:(?:News|Reportage|Analysis|Opinion|Review|Background|Satirical|Scholarly|Tech)?Article|BlogPosting|LiveBlogPosting|SocialMediaPosting|Report|Recipe|Product|Event|Blog|Posting|DiscussionForumPosting|Question)$/;
const PAGE_TYPES = /^(?:WebPage|ItemPage|AboutPage|ProfilePage|CollectionPage|MediaObject|VideoObject)$/;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const EMPTY: JsonLdFacts = {
  headline: null,
  headlines: [],
  datePublished: null,
  dateCreated: null,
  dateModified: null,
  publisher: null,
  language: null,
  url: null,
};

function parseLenient(raw: string): Json | undefined {
  const text = raw.trim().replace(/^<!--|-->$/g, '').replace(/^\s*\/\/<!\[CDATA\[|\/\/\]\]>\s*$/g, '');
  try {
    return JSON.parse(text) as Json;
  } catch {
    // Common breakage: raw control characters inside strings, trailing commas.
    const repaired = text.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1');
    try {
      return JSON.parse(repaired) as Json;
    } catch {
      return undefined;
    }
  }
}

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every object in the block, flattening arrays and `@graph`. */
function collectObjects(value: Json, out: JsonObject[], depth = 0): void {
  if (depth > 6) return;
  if (Array.isArray(value)) {
    for (const item of value) collectObjects(item, out, depth + 1);
  } else if (isObject(value)) {
    out.push(value);
    const graph = value['@graph'];
    if (graph) collectObjects(graph, out, depth + 1);
    const main = value.mainEntity;
    if (isObject(main)) collectObjects(main, out, depth + 1);
  }
}

function types(obj: JsonObject): string[] {
  const t = obj['@type'];
  if (typeof t === 'string') return [t.replace(/^https?:\/\/schema\.org\//, '')];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

function str(value: Json | undefined): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    for (const item of value) {
      const s = str(item);
      if (s) return s;
    }
  }
  if (isObject(value)) return str(value['@value'] ?? value.name);
  return null;
}

function nameOf(value: Json | undefined): string | null {
  if (Array.isArray(value)) return value.length ? nameOf(value[0]) : null;
  if (isObject(value)) return str(value.name);
  return typeof value === 'string' ? value.trim() || null : null;
}

function urlOf(value: Json | undefined): string | null {
  if (typeof value === 'string') return value;
  if (isObject(value)) return str(value['@id'] ?? value.url);
  return null;
}

/** Facts of the best article-like object across all blocks; fields missing there come from others. */
export function readJsonLd(blocks: readonly string[]): JsonLdFacts {
  if (blocks.length === 0) return EMPTY;
  const objects: JsonObject[] = [];
  for (const raw of blocks) {
    const parsed = parseLenient(raw);
    if (parsed !== undefined) collectObjects(parsed, objects);
  }
  const ranked = objects
    .map((obj) => {
      const t = types(obj);
      const rank = t.some((x) => ARTICLE_TYPES.test(x)) ? 0 : t.some((x) => PAGE_TYPES.test(x)) ? 1 : 2;
      return { obj, rank };
    })
    .filter((x) => x.rank < 2)
    .sort((a, b) => a.rank - b.rank)
    .map((x) => x.obj);
  const facts: JsonLdFacts = { ...EMPTY, headlines: [] };
  for (const obj of ranked) {
    const headline = str(obj.headline) ?? (types(obj).some((x) => ARTICLE_TYPES.test(x)) ? str(obj.name) : null);
    facts.headline ??= headline;
    if (headline && !facts.headlines.includes(headline)) facts.headlines.push(headline);
    facts.datePublished ??= str(obj.datePublished);
    facts.dateCreated ??= str(obj.dateCreated) ?? str(obj.uploadDate);
    facts.dateModified ??= str(obj.dateModified);
    facts.publisher ??= nameOf(obj.publisher) ?? nameOf(obj.sourceOrganization);
    facts.language ??= str(obj.inLanguage);
    facts.url ??= urlOf(obj.mainEntityOfPage) ?? str(obj.url);
  }
  if (!facts.publisher) {
    const site = objects.find((o) => types(o).some((t) => t === 'WebSite' || t === 'NewsMediaOrganization'));
    if (site) facts.publisher = str(site.name);
  }
  return facts;
}
