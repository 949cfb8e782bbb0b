import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { ExtractedArticle, type RawDocument } from '../model/index.js';
import { extractHtml, type HtmlExtraction } from './html/index.js';
import { extract, MAX_TEXT_CHARS } from './index.js';

// The real HTML extractor, replaced per test where a test needs a fixed page reading.
vi.mock('./html/index.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./html/index.js')>();
  return { ...actual, extractHtml: vi.fn(actual.extractHtml) };
});
const mockedExtractHtml = vi.mocked(extractHtml);

type Hints = RawDocument['hints'];
const NO_HINTS: Hints = { title: null, published: null, outlet: null };

function textDoc(body: string, hints: Partial<Hints> = {}, url: string | null = null): RawDocument {
  return { source: { path: 'story.txt', url }, kind: 'text', body, hints: { ...NO_HINTS, ...hints }, warnings: [] };
}

function htmlDoc(body: string, hints: Partial<Hints> = {}, url: string | null = null): RawDocument {
  return { source: { path: 'story.html', url }, kind: 'html', body, hints: { ...NO_HINTS, ...hints }, warnings: [] };
}

// An invented scraped wire story: chrome, a headline, a visible date, a repeated lead with a dateline.
const SCRAPED = `• Live
• facebook
Business > Markets

Fishing Quota Deal Ends Two Years of Talks

Published 22 December 2023

The leaders of Norland and Estmark agreed on a new fishing quota on Friday, the ministry said.

HALDEN (Nordpress) - The leaders of Norland and Estmark agreed on a new fishing quota on Friday, the ministry said.

The quota covers cod and herring in the shared waters of the northern sea, and a joint commission will check the catch every month.

Comments
Post with no comments.`;

describe('extract, plain text', () => {
  const article = extract(textDoc(SCRAPED, {}, 'https://www.nordpress.example/business/quota'));

  it('cleans the text and strips the dateline from the first paragraph', () => {
    expect(article.text).toBe(
      'The leaders of Norland and Estmark agreed on a new fishing quota on Friday, the ministry said.\n\n' +
        'The quota covers cod and herring in the shared waters of the northern sea, and a joint commission will check the catch every month.',
    );
    expect(article.dateline).toEqual({ place: 'Halden', agency: 'Nordpress' });
  });

  it('reads title, visible date, outlet (agency before host) and language', () => {
    expect(article).toMatchObject({
      title: 'Fishing Quota Deal Ends Two Years of Talks',
      published: '2023-12-22',
      outlet: 'Nordpress',
      language: 'en',
    });
    expect(ExtractedArticle.safeParse(article).success).toBe(true);
  });

  it('lets the container hints win', () => {
    const hinted = extract(textDoc(SCRAPED, { title: 'Quota deal', published: '2023-12-21', outlet: 'Harbour Herald' }));
    expect(hinted).toMatchObject({ title: 'Quota deal', published: '2023-12-21', outlet: 'Harbour Herald' });
  });

  it('drops a first paragraph that only repeats the title from the container', () => {
    const body = 'Ferry services cancelled.\n\nAll ferries to the islands were cancelled on Monday because of high winds.';
    expect(extract(textDoc(body, { title: 'Ferry services cancelled.' })).text).toBe(
      'All ferries to the islands were cancelled on Monday because of high winds.',
    );
    expect(extract(textDoc(body, { title: 'Storm hits the islands' })).text).toBe(body);
  });

  it('falls back to the URL host for the outlet when nothing else names one', () => {
    const plain = extract(textDoc('The ferry was cancelled because of the storm, the operator said on Monday.', {}, 'https://www.ferries.example/news/1'));
    expect(plain.outlet).toBe('ferries.example');
    expect(plain.dateline).toBeNull();
    expect(plain.published).toBeNull();
  });

  it('gives empty text, not an exception, for an empty document', () => {
    expect(extract(textDoc(''))).toEqual({ text: '', title: null, published: null, dateline: null, outlet: null, language: 'und' });
  });
});

// A page as the HTML extractor reads it; its result is set per test so these tests pin down
// the cascade, whatever the extractor's own heuristics do.
function page(overrides: Partial<HtmlExtraction> = {}): HtmlExtraction {
  return {
    text:
      'Published 4 October 2024\n\n' +
      "PORTHMORE (Coastwire) — The town council voted on Friday to rebuild the harbour wall before the winter storms, after last year's floods damaged more than two hundred homes along the quay.\n\n" +
      'Share this article\n\n' +
      'The works will cost about four million euros and should end in February, officials said.',
    title: 'Harbour wall to be rebuilt',
    published: '2024-10-03',
    siteName: 'Harbour Herald',
    language: 'en',
    url: 'https://www.harbourherald.example/news/wall',
    ...overrides,
  };
}

describe('extract, HTML', () => {
  it('drops chrome paragraphs, reads the dateline and takes the page metadata', () => {
    mockedExtractHtml.mockReturnValueOnce(page());
    const article = extract(htmlDoc('<html>...</html>'));
    expect(article).toEqual({
      text:
        "The town council voted on Friday to rebuild the harbour wall before the winter storms, after last year's floods damaged more than two hundred homes along the quay.\n\n" +
        'The works will cost about four million euros and should end in February, officials said.',
      title: 'Harbour wall to be rebuilt',
      published: '2024-10-03',
      dateline: { place: 'Porthmore', agency: 'Coastwire' },
      outlet: 'Harbour Herald',
      language: 'en',
    });
  });

  it('falls back to the visible date line, the agency and the detected language', () => {
    mockedExtractHtml.mockReturnValueOnce(page({ published: null, siteName: null, language: null }));
    expect(extract(htmlDoc('<html>...</html>'))).toMatchObject({ published: '2024-10-04', outlet: 'Coastwire', language: 'en' });
  });

  it('reads a written-out page date and rejects an impossible one', () => {
    mockedExtractHtml.mockReturnValueOnce(page({ published: '3 October 2024' }));
    expect(extract(htmlDoc('<html>...</html>')).published).toBe('2024-10-03');
    mockedExtractHtml.mockReturnValueOnce(page({ published: '2024-02-31' }));
    expect(extract(htmlDoc('<html>...</html>')).published).toBe('2024-10-04');
    mockedExtractHtml.mockReturnValueOnce(page({ published: '2024-10' }));
    expect(extract(htmlDoc('<html>...</html>')).published).toBe('2024-10');
  });

  it('uses the URL host when neither page nor dateline names the outlet', () => {
    mockedExtractHtml.mockReturnValueOnce(page({ siteName: null, text: 'The works will cost about four million euros, officials said on Friday.' }));
    expect(extract(htmlDoc('<html>...</html>', {}, 'https://www.harbourherald.example/a')).outlet).toBe('harbourherald.example');
  });

  it('gives empty text when the page extractor fails', () => {
    mockedExtractHtml.mockImplementationOnce(() => {
      throw new Error('parser gave up');
    });
    expect(extract(htmlDoc('<html>'))).toMatchObject({ text: '', title: null, language: 'und' });
  });

  it('reads a real page end to end', () => {
    const html =
      '<html lang="en"><head><title>Harbour wall to be rebuilt</title></head><body><article>' +
      "<p>PORTHMORE (Coastwire) — The town council voted on Friday to rebuild the harbour wall before the winter storms, after last year's floods damaged more than two hundred homes along the quay.</p>" +
      '<p>The works will cost about four million euros and should end in February, officials said. Fishermen welcomed the decision but asked for the port to stay open during the works.</p>' +
      '<p>Engineers will start by reinforcing the northern pier, which took the worst of the damage, before moving to the older southern section of the wall.</p>' +
      '</article></body></html>';
    const article = extract(htmlDoc(html));
    expect(article.text).toContain('The town council voted on Friday');
    expect(article.dateline).toEqual({ place: 'Porthmore', agency: 'Coastwire' });
    expect(article.language).toBe('en');
  });
});

describe('extract never throws', () => {
  it('returns a valid article for arbitrary text and markup', () => {
    const body = fc.oneof(
      fc.string({ maxLength: 400 }),
      fc.array(fc.constantFrom('• ', 'LONDON — ', '(AP) ', 'Published 9 Nov 2023', '\n', '\n\n', ', ', 'Read more:', 'x', 'Z', '<p>', '</p>', '<html lang="zz">'), { maxLength: 60 }).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(body, fc.constantFrom<'html' | 'text'>('html', 'text'), (text, kind) => {
        const article = extract({ ...textDoc(text), kind });
        expect(ExtractedArticle.safeParse(article).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('stays fast on long hostile lines (no runaway patterns)', () => {
    const hostile = [
      'A'.repeat(20_000),
      `${'BY '.repeat(3000)}x`,
      `${'News > '.repeat(3000)}`,
      `${'9 '.repeat(5000)}November`,
      `${'Gaza ('.repeat(3000)}`,
      `${'• a '.repeat(4000)}`,
    ].join('\n');
    const started = performance.now();
    extract(textDoc(hostile));
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

// From the pathological-input set (test/pathological): a 10 MB text on one line ran a worker
// thread out of its 128 MB heap while being cleaned.
describe('extract on a text past MAX_TEXT_CHARS', () => {
  it('keeps the first million characters, cut at a word break, and says so', () => {
    const words = ['harbour', 'council', 'bridge', 'Valdor', 'vote', 'river'];
    const body = Array.from({ length: 400_000 }, (_, i) => words[i % words.length]).join(' ');
    const warnings: string[] = [];
    const article = extract(textDoc(body), warnings);
    expect(article.text.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
    expect(body.startsWith(article.text)).toBe(true);
    expect(body[article.text.length]).toBe(' ');
    expect(body.length).toBeGreaterThan(2_500_000);
    expect(warnings).toEqual([`text is ${(body.length / 1e6).toFixed(1)} million characters; kept the first ${article.text.length.toLocaleString('en')}`]);
  });
});
