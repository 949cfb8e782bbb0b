/**
 * Page-level facts other than title and date: the site's name, the page language and its
 * canonical URL.
 */
import type { JsonLdFacts } from './jsonld.js';
import { firstMeta, type MetaIndex } from './meta.js';

const SITE_NAME_META: readonly string[] = ['og:site_name', 'application-name', 'apple-mobile-web-app-title', 'publisher', 'dc.publisher'];
const LANGUAGE_META: readonly string[] = ['content-language', 'language', 'dc.language', 'dcterms.language', 'og:locale'];
const LANGUAGE_TAG = /^([a-z]{2,3})(?:[-_][a-z0-9]{2,8})*$/i;

export function findSiteName(metas: MetaIndex, jsonLd: JsonLdFacts): string | null {
  const og = firstMeta(metas, ['og:site_name']);
  const name = og ?? jsonLd.publisher ?? firstMeta(metas, SITE_NAME_META);
  const tidy = name?.replace(/\s+/g, ' ').trim();
  return tidy && tidy.length <= 100 && !/^https?:/.test(tidy) ? tidy : null;
}

/** Primary language subtag, lower case, from `<html lang>`, then meta tags, then JSON-LD. */
export function findLanguage(htmlLang: string | undefined, metas: MetaIndex, jsonLd: JsonLdFacts): string | null {
  for (const value of [htmlLang, firstMeta(metas, LANGUAGE_META), jsonLd.language]) {
    if (!value) continue;
    // content-language may list several ("de, en"): the first is the page's.
    const first = value.split(/[,;\s]+/)[0];
    const m = LANGUAGE_TAG.exec(first ?? '');
    if (m && m[1].toLowerCase() !== 'und' && m[1].toLowerCase() !== 'xx') return m[1].toLowerCase();
  }
  return null;
}

/** The canonical URL (link rel=canonical, og:url, JSON-LD), absolute against `base` when relative. */
export function findCanonical(
  links: ReadonlyArray<Readonly<Record<string, string>>>,
  metas: MetaIndex,
  jsonLd: JsonLdFacts,
  base: string | null,
): string | null {
  const canonical = links.find((l) => l.rel?.toLowerCase().split(/\s+/).includes('canonical') && l.href?.trim())?.href;
  for (const candidate of [canonical, firstMeta(metas, ['og:url']), jsonLd.url]) {
    const url = absolute(candidate?.trim(), base);
    if (url) return url;
  }
  return null;
}

function absolute(href: string | undefined, base: string | null): string | null {
  if (!href) return null;
  try {
    return new URL(href, base ?? undefined).href;
  } catch {
    return null;
  }
}

/** Names a headline must not be mistaken for: the site's declared names and its host. */
export function siteNameCandidates(metas: MetaIndex, jsonLd: JsonLdFacts, url: string | null): string[] {
  const names: string[] = [];
  for (const key of SITE_NAME_META) for (const v of metas.get(key) ?? []) names.push(v);
  if (jsonLd.publisher) names.push(jsonLd.publisher);
  for (const v of metas.get('twitter:site') ?? []) names.push(v.replace(/^@/, ''));
  if (url) {
    try {
      const host = new URL(url).hostname.replace(/^www\d?\./, '');
      names.push(host);
      const label = host.split('.').slice(0, -1).join('.');
      if (label.length >= 4) names.push(label);
    } catch {
      // not a URL: no host to compare with
    }
  }
  return names;
}
