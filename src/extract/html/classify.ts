/**
 * What an element's tag, role and class/id say about it: chrome, article body, or neither.
 */
import type { ElementNode } from './tree.js';
import {
  ALWAYS_CHROME_TOKENS,
  BODY_CONTAINER_PATTERN,
  CHROME_PREFIXES,
  CHROME_ROLES,
  CHROME_TOKENS,
  NEGATIVE_TOKENS,
  POSITIVE_TOKENS,
} from './vocabulary.js';

const EMBED_TOKENS: ReadonlySet<string> = new Set(['embed', 'embedded', 'tweet', 'twittertweet', 'quote', 'blockquote']);
/** Words that start like chrome prefixes but name content ("commentary" is an opinion piece). */
const NOT_CHROME_TOKENS: ReadonlySet<string> = new Set(['commentary', 'sharepoint', 'popularscience', 'sidebarless']);
const CHROME_TOKEN_SET: ReadonlySet<string> = new Set(CHROME_TOKENS);
const CAMEL_HUMP = /([a-z0-9])([A-Z])/g;
const TOKEN_SPLIT = /[\s_\-:.]+/;
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

const tokenCache = new WeakMap<ElementNode, readonly string[]>();

/** Lower-case tokens of the element's class and id: whole values and their parts. */
export function classTokens(el: ElementNode): readonly string[] {
  const cached = tokenCache.get(el);
  if (cached) return cached;
  const raw = `${el.attrs.class ?? ''} ${el.attrs.id ?? ''}`.trim();
  let tokens: string[] = [];
  if (raw) {
    const set = new Set<string>();
    for (const word of raw.split(/\s+/)) {
      if (!word) continue;
      set.add(word.toLowerCase().replace(/[-_]/g, ''));
      for (const part of word.replace(CAMEL_HUMP, '$1 $2').split(TOKEN_SPLIT)) {
        if (part) set.add(part.toLowerCase());
      }
    }
    tokens = [...set];
  }
  tokenCache.set(el, tokens);
  return tokens;
}

/** Class and id as one lower-case string, for phrase patterns. */
export function classString(el: ElementNode): string {
  return `${el.attrs.class ?? ''} ${el.attrs.id ?? ''} ${el.attrs.itemprop ? `itemprop-${el.attrs.itemprop}` : ''}`
    .toLowerCase()
    .trim();
}

/** Chrome by class/id: 'always' (comment threads, consent banners), 'likely', or null. */
export function chromeByClass(el: ElementNode): 'always' | 'likely' | null {
  let found: 'always' | 'likely' | null = null;
  for (const token of classTokens(el)) {
    if (ALWAYS_CHROME_TOKENS.has(token)) return 'always';
    // Embedded posts and quotes (tweets in a `social-media-embed`) are article content.
    if (EMBED_TOKENS.has(token)) return null;
    if (found || NOT_CHROME_TOKENS.has(token)) continue;
    if (CHROME_TOKEN_SET.has(token)) found = 'likely';
    else for (const prefix of CHROME_PREFIXES) if (token.startsWith(prefix)) found = 'likely';
  }
  return found;
}

/** Hidden from readers: `hidden`, `aria-hidden`, inline display:none. */
export function isHidden(el: ElementNode): boolean {
  const a = el.attrs;
  if ('hidden' in a) return true;
  if (a['aria-hidden'] === 'true') return true;
  return a.style !== undefined && HIDDEN_STYLE.test(a.style);
}

export function hasChromeRole(el: ElementNode): boolean {
  const role = el.attrs.role;
  return role !== undefined && CHROME_ROLES.has(role.toLowerCase());
}

/** The markup names this element as the article body. */
export function isBodyContainer(el: ElementNode): boolean {
  if (el.tag === 'article' || el.tag === 'main') return true;
  const a = el.attrs;
  if (a.itemprop && /articlebody|text/i.test(a.itemprop)) return true;
  if (a.role === 'main' || a.role === 'article') return true;
  const cls = classString(el);
  return cls !== '' && (BODY_CONTAINER_PATTERN.test(cls) || /(?:^|\s)hentry(?:\s|$)/.test(cls));
}

/** Readability-style class weight: +25 for content words, -25 for chrome words. */
export function classWeight(el: ElementNode): number {
  let weight = 0;
  let positive = false;
  let negative = false;
  for (const token of classTokens(el)) {
    if (!positive && POSITIVE_TOKENS.has(token)) positive = true;
    if (!negative && NEGATIVE_TOKENS.has(token)) negative = true;
    if (EMBED_TOKENS.has(token)) return positive ? 25 : 0;
  }
  if (positive) weight += 25;
  if (negative) weight -= 25;
  return weight;
}
