import { describe, expect, it } from 'vitest';
import { findFirst, parsePage, rawText } from './tree.js';

describe('parsePage', () => {
  it('collects meta tags, links, JSON-LD and the title on the way', () => {
    const page = parsePage(`<html lang="de"><head>
      <title>Headline | Site</title>
      <meta property="og:title" content="Headline">
      <link rel="canonical" href="https://site.example/a">
      <script type="application/ld+json">{"@type":"NewsArticle"}</script>
      </head><body><p>Text</p></body></html>`);
    expect(page.title).toBe('Headline | Site');
    expect(page.metas).toContainEqual({ property: 'og:title', content: 'Headline' });
    expect(page.links).toContainEqual({ rel: 'canonical', href: 'https://site.example/a' });
    expect(page.jsonLd).toEqual(['{"@type":"NewsArticle"}']);
    expect(page.root.attrs.lang).toBe('de');
  });

  it('drops scripts, styles and other invisible content', () => {
    const page = parsePage(
      '<body><script>var a = "<p>not text</p>";</script><style>p{color:red}</style><template><p>later</p></template><p>Visible</p><svg><title>icon</title></svg></body>',
    );
    expect(rawText(page.root)).toBe('Visible');
  });

  it('takes the first title that says something and shows no title as text', () => {
    const page = parsePage(
      '<html><head><title></title><title>Ferry service resumes | Harbour Post</title><title>Harbour Post</title></head><body><title>Menu</title><p>The ferry sailed at dawn.</p></body></html>',
    );
    expect(page.title).toBe('Ferry service resumes | Harbour Post');
    expect(rawText(page.root)).toBe('The ferry sailed at dawn.');
  });

  it('keeps noscript content, which is what a reader without JavaScript sees', () => {
    expect(rawText(parsePage('<body><noscript><p>Static copy</p></noscript></body>').root)).toBe('Static copy');
  });

  it('drops ruby annotations so furigana does not repeat the text', () => {
    expect(rawText(parsePage('<p><ruby>漢<rt>かん</rt>字<rt>じ</rt></ruby>です</p>').root)).toBe('漢字です');
  });

  it('decodes entities once', () => {
    expect(rawText(parsePage('<p>Fish &amp; chips &ndash; &#8364;5 &amp;amp;</p>').root)).toBe('Fish & chips – €5 &amp;');
  });

  it('keeps body content that a broken page puts inside <head>', () => {
    const page = parsePage('<html><head><title>T</title><div class="content"><p>Article text</p></div></head><body></body></html>');
    expect(findFirst(page.root, 'p')).not.toBeNull();
    expect(rawText(page.root)).toContain('Article text');
  });

  it('tolerates unclosed and stray tags', () => {
    const page = parsePage('<div><p>One<p>Two</div></span><p>Three');
    expect(rawText(page.root)).toBe('OneTwoThree');
  });
});
