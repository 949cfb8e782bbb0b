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
    expect(published('', '<p class="post-date">Posted on 9 November 2023</p>')).toEqual({ date: '2023-11-09', source: 'visible:date-element' });
  });

  it.each([
    ['Published 9 November 2023'],
    ['Veröffentlicht am 9. November 2023, 14:02 Uhr'],
    ['Publié le 9 novembre 2023'],
    ['Publicado el 9 de noviembre de 2023'],
    ['09.11.2023 | Lokales'],
  ])('reads a visible date line near the title: %s', (line) => {
    expect(published('', `<h1>Library reopens</h1><p>${line}</p>`)).toEqual({ date: '2023-11-09', source: 'visible:date-line' });
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
