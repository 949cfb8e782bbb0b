import { describe, expect, it } from 'vitest';
import { readJsonLd } from './jsonld.js';
import { indexMetas } from './meta.js';
import { findCanonical, findLanguage, findSiteName, siteNameCandidates } from './page-meta.js';
import { parsePage } from './tree.js';

function facts(head: string, htmlAttrs = '') {
  const page = parsePage(`<html ${htmlAttrs}><head>${head}</head><body><p>Text.</p></body></html>`);
  const metas = indexMetas(page.metas);
  const jsonLd = readJsonLd(page.jsonLd);
  return { page, metas, jsonLd };
}

describe('site name', () => {
  it.each([
    ['og:site_name', '<meta property="og:site_name" content="The Harbour Gazette">'],
    ['JSON-LD publisher', '<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"The Harbour Gazette"}}</script>'],
    ['JSON-LD WebSite', '<script type="application/ld+json">[{"@type":"WebSite","name":"The Harbour Gazette"},{"@type":"Article","headline":"x"}]</script>'],
    ['application-name', '<meta name="application-name" content="The Harbour Gazette">'],
  ])('from %s', (_name, head) => {
    const { metas, jsonLd } = facts(head);
    expect(findSiteName(metas, jsonLd)).toBe('The Harbour Gazette');
  });

  it('prefers og:site_name over the JSON-LD publisher', () => {
    const { metas, jsonLd } = facts(
      '<meta property="og:site_name" content="Harbour Gazette Online"><script type="application/ld+json">{"@type":"Article","publisher":{"name":"Harbour Media Ltd"}}</script>',
    );
    expect(findSiteName(metas, jsonLd)).toBe('Harbour Gazette Online');
  });

  it('is null when the page does not tell, and never a URL', () => {
    expect(findSiteName(facts('').metas, facts('').jsonLd)).toBeNull();
    const { metas, jsonLd } = facts('<meta property="og:site_name" content="https://gazette.example">');
    expect(findSiteName(metas, jsonLd)).toBeNull();
  });

  it('lists the host among the names a headline must not be taken for', () => {
    const { metas, jsonLd } = facts('<meta property="og:site_name" content="Gazette">');
    expect(siteNameCandidates(metas, jsonLd, 'https://www.harbour-gazette.example/a')).toEqual(
      expect.arrayContaining(['Gazette', 'harbour-gazette.example', 'harbour-gazette']),
    );
  });
});

describe('language', () => {
  it.each([
    ['html lang', '', 'lang="de-AT"', 'de'],
    ['html lang with underscore', '', 'lang="pt_BR"', 'pt'],
    ['content-language', '<meta http-equiv="content-language" content="fr-FR">', '', 'fr'],
    ['a list in content-language', '<meta http-equiv="Content-Language" content="es, en">', '', 'es'],
    ['og:locale', '<meta property="og:locale" content="pl_PL">', '', 'pl'],
    ['JSON-LD inLanguage', '<script type="application/ld+json">{"@type":"Article","inLanguage":"it-IT"}</script>', '', 'it'],
  ])('from %s', (_name, head, attrs, expected) => {
    const { page, metas, jsonLd } = facts(head, attrs);
    expect(findLanguage(page.root.attrs.lang, metas, jsonLd)).toBe(expected);
  });

  it.each([
    ['no declaration', '', ''],
    ['lang="und"', '', 'lang="und"'],
    ['a malformed tag', '', 'lang="english please"'],
  ])('is null for %s', (_name, head, attrs) => {
    const { page, metas, jsonLd } = facts(head, attrs);
    expect(findLanguage(page.root.attrs.lang, metas, jsonLd)).toBeNull();
  });
});

describe('canonical URL', () => {
  it('from link rel=canonical, resolved against the page URL', () => {
    const { page, metas, jsonLd } = facts('<link rel="canonical" href="/news/harbour-pontoon">');
    expect(findCanonical(page.links, metas, jsonLd, 'https://gazette.example/news/harbour-pontoon?ref=rss')).toBe(
      'https://gazette.example/news/harbour-pontoon',
    );
  });

  it('from og:url when there is no canonical link', () => {
    const { page, metas, jsonLd } = facts('<meta property="og:url" content="https://gazette.example/a">');
    expect(findCanonical(page.links, metas, jsonLd, null)).toBe('https://gazette.example/a');
  });

  it('from JSON-LD mainEntityOfPage', () => {
    const { page, metas, jsonLd } = facts('<script type="application/ld+json">{"@type":"NewsArticle","mainEntityOfPage":{"@id":"https://gazette.example/b"}}</script>');
    expect(findCanonical(page.links, metas, jsonLd, null)).toBe('https://gazette.example/b');
  });

  it('is null for a relative canonical without a base, or none at all', () => {
    const { page, metas, jsonLd } = facts('<link rel="canonical" href="/relative">');
    expect(findCanonical(page.links, metas, jsonLd, null)).toBeNull();
    expect(findCanonical([], indexMetas([]), readJsonLd([]), null)).toBeNull();
  });
});

describe('readJsonLd', () => {
  it('repairs trailing commas and raw newlines', () => {
    const f = readJsonLd(['{"@type":"NewsArticle","headline":"Two\nlines","datePublished":"2023-11-09",}']);
    expect(f.headline).toBe('Two lines');
    expect(f.datePublished).toBe('2023-11-09');
  });

  it('prefers the article object to a breadcrumb or a WebPage', () => {
    const f = readJsonLd([
      '{"@type":"BreadcrumbList","name":"Home > News"}',
      '{"@type":"WebPage","name":"Page name","datePublished":"2020-01-01"}',
      '{"@type":["NewsArticle"],"headline":"Article headline","datePublished":"2023-11-09"}',
    ]);
    expect(f).toMatchObject({ headline: 'Article headline', datePublished: '2023-11-09' });
  });

  it('skips blocks that are not JSON', () => {
    expect(readJsonLd(['not json at all {', '']).headline).toBeNull();
  });
});
