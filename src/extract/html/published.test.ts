import { describe, expect, it } from 'vitest';
import { extractHtml } from './index.js';

const BODY = `<div class="story-body">
  <p>The library on Station Road will reopen after a year of building work, with a new children's room, a café and longer opening hours on Thursdays and Saturdays.</p>
  <p>The county said the refurbishment came in under budget, and that the money left over would go towards new books for the three village libraries in the district.</p>
</div>`;

/** A page with `head` in <head> and `top` just above the article body. */
function published(head: string, top = '', url: string | null = 'https://news.example/library-reopens'): { date: string | null; source: string | null } {
  const html = `<html lang="en-GB"><head>${head}</head><body><nav><a href="/">Home</a></nav><article>${top}${BODY}</article></body></html>`;
  const r = extractHtml(html, url);
  return { date: r.published, source: r.sources?.published ?? null };
}

describe('publication date sources', () => {
  it.each([
    ['JSON-LD datePublished', '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-11-09T10:00:00+01:00"}</script>', 'jsonld:datePublished'],
    ['JSON-LD in @graph', '<script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"X"},{"@type":"Article","datePublished":"2023-11-09"}]}</script>', 'jsonld:datePublished'],
    ['JSON-LD dateCreated', '<script type="application/ld+json">{"@type":"BlogPosting","dateCreated":"2023-11-09"}</script>', 'jsonld:dateCreated'],
    ['article:published_time', '<meta property="article:published_time" content="2023-11-09T10:00:00+01:00">', 'meta:article:published_time'],
    ['pubdate', '<meta name="pubdate" content="20231109">', 'meta:pubdate'],
    ['publish-date', '<meta name="publish-date" content="2023-11-09">', 'meta:publish-date'],
    ['DC.date.issued', '<meta name="DC.date.issued" content="2023-11-09">', 'meta:dc.date.issued'],
    ['DC.date', '<meta name="DC.date" content="2023-11-09T08:00+01:00">', 'meta:dc.date'],
    ['parsely-pub-date', '<meta name="parsely-pub-date" content="2023-11-09T09:00:00Z">', 'meta:parsely-pub-date'],
    ['sailthru.date', '<meta name="sailthru.date" content="2023-11-09 09:00:00">', 'meta:sailthru.date'],
    ['a bare date meta, month first', '<meta name="date" content="11/09/2023 12:43:42">', 'meta:date'],
  ])('reads %s', (_name, head, source) => {
    expect(published(head)).toEqual({ date: '2023-11-09', source });
  });

  it('reads a publication timestamp from a script\'s JSON state when nothing else dates the page', () => {
    const shop = '<script>var meta = {"product":{"title":"Library tote bag","published_at":"2023-11-09T06:22:28+01:00","price":900}};</script>';
    expect(published(shop, '', 'https://news.example/library-reopens')).toEqual({ date: '2023-11-09', source: 'script' });
  });

  it('lets a declared date win over a script timestamp, and ignores keys that do not name the publication', () => {
    const state = '<script>window.__STATE__ = {"updatedAt":"2024-01-02T10:00:00Z","published_at":"2022-05-05T10:00:00Z"};</script>';
    expect(published(`<meta property="article:published_time" content="2023-11-09">${state}`).source).toBe('meta:article:published_time');
    expect(published('<script>var s = {"date":"2021-03-04","updatedAt":"2024-01-02T10:00:00Z"};</script>')).toEqual({ date: null, source: null });
  });

  it('reads itemprop=datePublished in the article', () => {
    expect(published('', '<span itemprop="datePublished" content="2023-11-09">9 Nov</span>')).toEqual({ date: '2023-11-09', source: 'markup:itemprop' });
  });

  it('reads <time datetime> in the article', () => {
    expect(published('', '<time datetime="2023-11-09T08:00:00+01:00">Thursday</time>')).toEqual({ date: '2023-11-09', source: 'markup:time' });
  });

  it('reads the date in the URL path', () => {
    expect(published('', '', 'https://news.example/2023/11/09/library-reopens')).toEqual({ date: '2023-11-09', source: 'url' });
  });

  it('reads a visible date in an element classed as a date', () => {
    expect(published('', '<p class="post-date">9 November 2023</p>')).toEqual({ date: '2023-11-09', source: 'visible:date-element' });
  });

  it.each([
    ['Published 9 November 2023', 'visible:published-label'],
    ['Veröffentlicht am 9. November 2023, 14:02 Uhr', 'visible:published-label'],
    ['Publié le 9 novembre 2023', 'visible:published-label'],
    ['Publicado el 9 de noviembre de 2023', 'visible:published-label'],
    ['Am 9. November 2023', 'visible:date-line'],
    ['09.11.2023 | Lokales', 'visible:date-line'],
  ])('reads a visible date line near the title: %s', (line, source) => {
    expect(published('', `<h1>Library reopens</h1><p>${line}</p>`)).toEqual({ date: '2023-11-09', source });
  });

  it('falls back to the modification date when nothing else tells', () => {
    expect(published('<meta property="article:modified_time" content="2023-11-09T10:00:00Z">')).toEqual({ date: '2023-11-09', source: 'modified' });
  });
});

describe('publication date precedence', () => {
  it('prefers the publication date over the modification date', () => {
    const head = '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-11-09","dateModified":"2023-12-01"}</script>';
    expect(published(head).date).toBe('2023-11-09');
  });

  it('prefers the URL date to <time> elements, which also date comments', () => {
    const top = '<time datetime="2024-02-01">comment time</time>';
    expect(published('', top, 'https://news.example/2023/11/09/library-reopens').date).toBe('2023-11-09');
  });

  it('reads a UTC timestamp as the local day of a German site', () => {
    const html = `<html lang="de"><head><meta property="article:published_time" content="2023-11-08T23:30:00Z"></head><body>${BODY}</body></html>`;
    expect(extractHtml(html, 'https://zeitung.example.de/artikel').published).toBe('2023-11-09');
  });
});

describe('publication date: which witness wins', () => {
  const page = (head: string, body: string, lang = 'de'): string => `<html lang="${lang}"><head>${head}</head><body>${body}</body></html>`;

  it.each([
    // [case, url, head, body, expected date, expected source]
    ['a specific meta tag before JSON-LD that kept a template date', 'https://blog.example.de/garten',
      '<meta property="article:published_time" content="2022-12-15T09:13:00"><script type="application/ld+json">{"@type":"Article","datePublished":"2021-12-06"}</script>',
      `<article>${BODY}</article>`, '2022-12-15', 'meta:article:published_time'],
    ['the URL day over a UTC timestamp one day later', 'https://daily.example.com/2020/02/24/story',
      '<meta property="article:published_time" content="2020-02-25T02:25:54+00:00">', `<article>${BODY}</article>`, '2020-02-24', 'url=utc'],
    ['a timestamp with its own offset, even one day off the URL', 'https://diario.example.com/2020/02/18/ciencia/story',
      '<meta property="article:published_time" content="2020-02-19T18:37:32+01:00">', `<article>${BODY}</article>`, '2020-02-19', 'meta:article:published_time'],
    ['article markup over an unspecified date meta', 'https://verein.example.de/presse',
      '<meta name="date" content="2020-04-30">', `<article><time>29.04.2020, 12:01 Uhr</time>${BODY}</article>`, '2020-04-29', 'markup:time'],
    ['an unspecified date meta when the page shows none', 'https://verein.example.de/presse',
      '<meta name="dcterms.date" content="2020-04-30">', `<article>${BODY}</article>`, '2020-04-30', 'meta:dcterms.date'],
    ['the day a <time> shows over its UTC attribute one day off', 'https://kanton.example.ch/news',
      '', `<article><time datetime="2019-12-26T23:07:45+00:00">26/12/2019</time>${BODY}</article>`, '2019-12-26', 'markup:time'],
    ['datePublished markup inside an <aside> byline box', 'https://verein.example.de/artikel',
      '', `<article><aside class="meta"><time itemprop="datePublished" datetime="2023-10-18T11:45:00+02:00">18. Okt 2023</time></aside>${BODY}</article>`, '2023-10-18', 'markup:itemprop'],
    ['the article <time> over a dated list of other stories', 'https://verband.example.com/news/story',
      '', `<div class="banner"><time datetime="2022-12-12 12:22">12.12.2022</time></div><article>${BODY}<ul><li><time datetime="2022-08-10">10.08.2022</time> Older</li><li><time datetime="2022-06-28">28.06.2022</time> Oldest</li></ul></article>`,
      '2022-12-12', 'markup:time'],
    ['date parts set in separate elements', 'https://blog.example.net/',
      '', `<article><div class="datum"><span>Feb</span> <span>18</span><span>2009</span></div>${BODY}</article>`, '2009-02-18', 'visible:date-element'],
    ['a labelled publication line in the footer', 'https://kritik.example.de/rezension',
      '', `<article>${BODY}</article><p>Letzte Änderung: 31.10.2023<br>Erschienen am: 01.11.2023</p>`, '2023-11-01', 'visible:published-label'],
    ['a labelled modification line when nothing else dates the page', 'https://chemie.example.info/news',
      '', `<article>${BODY}</article>${'<div>Rubrik</div>'.repeat(15)}<p>Aktualisiert am 17.01.2021.</p>`, '2021-01-17', 'visible:modified-label'],
    ['a sentence saying when the page was posted', 'https://blog.example.de/artikel',
      '', `<article>${BODY}</article><aside><p>Dieser Artikel wurde am 19. Mai 2010 um 23:03 Uhr gepostet und unter Literatur abgelegt.</p></aside>`, '2010-05-19', 'visible:published-label'],
    ['the date in the author box', 'https://clan.example.de/news',
      '', `<div class="left author">Autor: <a href="/p/58">Bo</a> am 29.12.2010, 13:36 Uhr</div><article>${BODY}</article>`, '2010-12-29', 'visible:date-element'],
    ['a forum post date, not the clock in the page header', 'https://forum.example.de/topic',
      '', `<p class="nav-time">Aktuelle Zeit: 14.10.2020, 12:18</p><article><p>Beitrag von r23 » 21.01.2009, 05:42</p>${BODY}</article>`, '2009-01-21', 'visible:date-line'],
    ['the article footer\'s date line', 'https://wein.example.de/artikel',
      '', `<main><article><h1>Library reopens</h1><footer><div>28.01.22 / 0 Kommentare</div></footer>${BODY}</article></main>`, '2022-01-28', 'visible:date-line'],
  ])('%s', (_name, url, head, body, date, source) => {
    const r = extractHtml(page(head, body), url);
    expect({ date: r.published, source: r.sources?.published }).toEqual({ date, source });
  });

  it.each([
    ['a UTC timestamp two days off the URL keeps its own day', 'https://daily.example.com/2020/02/23/story',
      '<meta property="article:published_time" content="2020-02-25T02:25:54Z">', '2020-02-25'],
    ['a date in a labelled line inside the comments', 'https://kritik.example.de/rezension',
      '<meta name="x" content="y">', null],
  ])('negative: %s', (_name, url, head, date) => {
    const body = `<article>${BODY}</article><div class="comments"><p>Veröffentlicht am 02.02.2021</p></div>`;
    expect(extractHtml(page(head, body), url).published).toBe(date);
  });
});

describe('publication date negative cases', () => {
  it('finds no date on a page without one', () => {
    expect(published('').date).toBeNull();
  });

  it('ignores dates inside the comments', () => {
    const html = `<html><body><article>${BODY}</article><div class="comments"><p class="comment-date">10 November 2023</p></div></body></html>`;
    expect(extractHtml(html, null).published).toBeNull();
  });

  it('ignores an impossible date in metadata and keeps looking', () => {
    expect(published('<meta property="article:published_time" content="2023-02-30"><meta name="date" content="2023-11-09">').date).toBe('2023-11-09');
  });
});

describe('publication date: site time zones beyond Europe', () => {
  const html = '<html lang="es"><head><meta property="article:published_time" content="Wed, 04 May 2022 02:41:00 GMT"></head><body><article>' + BODY + '</article></body></html>';
  it.each([
    ['a Bolivian site reads a late-evening UTC timestamp as its own day', 'https://diario.example.bo/nota', '2022-05-03'],
    ['a Colombian site likewise', 'https://diario.example.co/nota', '2022-05-03'],
    ['a generic .com keeps the UTC day (negative case)', 'https://diario.example.com/nota', '2022-05-04'],
  ])('%s', (_name, url, date) => {
    expect(extractHtml(html, url).published).toBe(date);
  });
});
