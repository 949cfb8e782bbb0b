/**
 * Golden pages: invented articles with realistic chrome (navigation, consent banners,
 * sharing, ads, related links, comments, footers) under test/fixtures/extract-html/<slug>/
 * with the expected text and metadata, plus strings that must never be extracted.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractHtml } from './index.js';

const FIXTURES = new URL('../../../test/fixtures/extract-html/', import.meta.url);

interface Expected {
  pageUrl: string | null;
  title: string | null;
  published: string | null;
  siteName: string | null;
  language: string | null;
  url: string | null;
  absent: string[];
}

const cases = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => {
    const dir = new URL(`${d.name}/`, FIXTURES);
    return {
      slug: d.name,
      html: readFileSync(new URL('source.html', dir), 'utf8'),
      text: readFileSync(new URL('expected.txt', dir), 'utf8').trim(),
      expected: JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8')) as Expected,
    };
  });

/** Token 4-gram F1, the main-text metric of the Zyte benchmark, on one page. */
function shingleF1(gold: string, predicted: string): number {
  const bag = (text: string): Map<string, number> => {
    const tokens = text.match(/[\p{L}\p{N}_]+/gu) ?? [];
    const out = new Map<string, number>();
    for (let i = 0; i < Math.max(1, tokens.length - 3); i++) {
      const key = tokens.slice(i, i + 4).join(' ');
      if (key) out.set(key, (out.get(key) ?? 0) + 1);
    }
    return out;
  };
  const g = bag(gold);
  const p = bag(predicted);
  let tp = 0;
  let gn = 0;
  let pn = 0;
  for (const [k, c] of g) {
    tp += Math.min(c, p.get(k) ?? 0);
    gn += c;
  }
  for (const c of p.values()) pn += c;
  if (tp === 0) return 0;
  const precision = tp / pn;
  const recall = tp / gn;
  return (2 * precision * recall) / (precision + recall);
}

describe('extractHtml on golden pages', () => {
  it('has golden pages to run', () => {
    expect(cases.length).toBeGreaterThanOrEqual(5);
  });

  for (const c of cases) {
    describe(c.slug, () => {
      const result = extractHtml(c.html, c.expected.pageUrl);

      it('extracts the article body as paragraphs', () => {
        expect(result.text).toBe(c.text);
      });

      it('leaves out the page chrome', () => {
        for (const chrome of c.expected.absent) expect(result.text, chrome).not.toContain(chrome);
      });

      it('reads the metadata', () => {
        expect({
          title: result.title,
          published: result.published,
          siteName: result.siteName,
          language: result.language,
          url: result.url,
        }).toEqual({
          title: c.expected.title,
          published: c.expected.published,
          siteName: c.expected.siteName,
          language: c.expected.language,
          url: c.expected.url,
        });
      });

      it('formats paragraphs with single spaces and blank lines between them', () => {
        expect(result.text).not.toMatch(/[ \t]{2,}|\n{3,}|^\s|\s$/);
        for (const paragraph of result.text.split('\n\n')) expect(paragraph).not.toContain('\n');
      });

      it('does not repeat the headline at the top of the text', () => {
        if (result.title) expect(result.text.startsWith(result.title)).toBe(false);
      });
    });
  }
});

describe('accuracy floor on the golden pages (raise these when the extractor improves; never lower them)', () => {
  const results = cases.map((c) => ({ c, r: extractHtml(c.html, c.expected.pageUrl) }));

  it('main-text shingle F1 stays high on every page and on average', () => {
    const scores = results.map(({ c, r }) => shingleF1(c.text, r.text));
    const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
    expect(Math.min(...scores)).toBeGreaterThanOrEqual(0.99);
    expect(mean).toBeGreaterThanOrEqual(0.99);
  });

  it('title and date are right on every page', () => {
    const titles = results.filter(({ c, r }) => r.title === c.expected.title).length;
    const dates = results.filter(({ c, r }) => r.published === c.expected.published).length;
    expect(titles / results.length).toBeGreaterThanOrEqual(1);
    expect(dates / results.length).toBeGreaterThanOrEqual(1);
  });
});

describe('extractHtml on odd input', () => {
  it.each([
    ['an empty string', ''],
    ['plain text without markup', 'Just a line of text, no tags at all.'],
    ['unclosed tags', '<html><body><div><p>Open paragraph <b>bold <i>italic'],
    ['stray end tags', '</div></p></body><p>Text after stray end tags that still reads as a sentence.</p>'],
    ['a binary-looking page', '\u0000\u0001\u0002<p>\uFFFD\uFFFD</p>'],
  ])('never throws on %s', (_name, html) => {
    const result = extractHtml(html, null);
    expect(typeof result.text).toBe('string');
    expect(result.url).toBeNull();
  });

  // From the pathological-input set (test/pathological): 100,000 levels took htmlparser2 and
  // Readability 17 s, as both parsers' cost grows with the square of the depth.
  it('reads a page nested 100,000 levels deep and says it was flattened', () => {
    const html = `${'<div>'.repeat(100_000)}<p>Deep inside, a paragraph of text that is long enough to count as prose for the scorer, and then some more words.</p>${'</div>'.repeat(100_000)}`;
    const result = extractHtml(html, null);
    expect(result.text).toContain('Deep inside');
    expect(result.warnings).toEqual(['page is nested more than 1000 elements deep; deeper elements were read as if at that depth']);
  });

  it('survives very deep nesting', () => {
    const html = `${'<div>'.repeat(3000)}<p>Deep inside, a paragraph of text that is long enough to count as prose for the scorer, and then some more words.</p>${'</div>'.repeat(3000)}`;
    expect(extractHtml(html, null).text).toContain('Deep inside');
  });

  it('returns the text of a page that is only one paragraph', () => {
    const html = '<html><body><p>The ferry to Holm Island will run an extra crossing on Saturdays from March, the operator said on Tuesday.</p></body></html>';
    expect(extractHtml(html, null).text).toBe(
      'The ferry to Holm Island will run an extra crossing on Saturdays from March, the operator said on Tuesday.',
    );
  });

  it('keeps the URL it was given when the page names no canonical one', () => {
    expect(extractHtml('<p>x</p>', 'https://news.example/a').url).toBe('https://news.example/a');
  });
});
