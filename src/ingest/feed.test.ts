import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { XMLValidator } from 'fast-xml-parser';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { feedText } from '../../test/fuzz/arbitraries.js';
import type { IngestItem } from '../model/index.js';
import { FEED_PART_THRESHOLD_CHARS, feedParts } from './feed-parts.js';
import { feedItems } from './feed.js';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../../test/fixtures/ingest/${name}`, import.meta.url)), 'utf8');

const brief = (item: IngestItem) =>
  item.ok
    ? { record: item.doc.source.record, url: item.doc.source.url, kind: item.doc.kind, ...item.doc.hints }
    : { record: item.failure.source.record, message: item.failure.message };

describe('feedItems', () => {
  it('reads RSS 2.0: fullest content, dates from pubDate or dc:date, channel title as outlet', () => {
    const items = [...feedItems(fixture('feed-rss.xml'), 'feed-rss.xml')];
    expect(items.map(brief)).toEqual([
      { record: 'item 1', url: 'https://gazette.example/valdor/footbridge', kind: 'html', title: 'Valdor council approves new footbridge', published: '2024-11-08', outlet: 'Valdor Gazette' },
      { record: 'item 2', url: 'https://gazette.example/port-tamsin/ferry', kind: 'text', title: 'Ferry to Oster Island resumes', published: '2024-11-09', outlet: 'Valdor Gazette' },
      { record: 'item 3', message: 'item 3 "Photo gallery: autumn fair": no content (neither full content nor description/summary)' },
      { record: 'item 4', url: 'https://gazette.example/elmsworth/storm', kind: 'html', title: 'Elmsworth storm & power cuts', published: '2024-11-10', outlet: 'Valdor Gazette' },
    ]);
    // content:encoded wins over the description.
    expect(items[0].ok && items[0].doc.body).toBe('<p>The town council of Valdor voted 7 to 2 on Friday to build a footbridge over the Marrow River.</p>');
    // An escaped-HTML description comes out as markup.
    expect(items[3].ok && items[3].doc.body).toBe('<p>A storm cut power to 3,000 homes in Elmsworth.</p>');
  });

  it('reads Atom: content over summary, the alternate link, published before updated', () => {
    const items = [...feedItems(fixture('feed-atom.xml'), 'feed-atom.xml')];
    expect(items.map(brief)).toEqual([
      { record: 'item 1', url: 'https://marrow.example/library', kind: 'html', title: 'Library to close for repairs', published: '2024-11-07', outlet: 'Marrow Valley & Coast News' },
      { record: 'item 2', url: 'https://marrow.example/harbour-fees', kind: 'text', title: 'Harbour fees unchanged', published: '2024-11-09', outlet: 'Marrow Valley & Coast News' },
    ]);
    expect(items[0].ok && items[0].doc.body).toBe('<p>The Marrow Creek public library will close for six weeks from Monday.</p>');
  });

  it('reads RSS 1.0 (RDF) and JSON Feed', () => {
    expect([...feedItems(fixture('feed-rdf.rdf'), 'feed-rdf.rdf')].map(brief)).toEqual([
      { record: 'item 1', url: 'https://elmsworth.example/storm', kind: 'text', title: 'Storm cuts power to 3,000 homes', published: '2024-11-10', outlet: 'Elmsworth Herald' },
    ]);
    expect([...feedItems(fixture('feed-json.json'), 'feed-json.json')].map(brief)).toEqual([
      { record: 'item 1', url: 'https://oster.example/ferry', kind: 'text', title: 'Ferry timetable published', published: '2024-11-11', outlet: 'Oster Island Bulletin' },
    ]);
  });

  it('gives one failure naming what is wrong with malformed XML', () => {
    const items = [...feedItems(fixture('feed-malformed.xml'), 'feed-malformed.xml')];
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ ok: false, failure: { source: { path: 'feed-malformed.xml', record: null } } });
    expect(!items[0].ok && items[0].failure.message).toMatch(/^malformed feed: .*'description'.* \(line 7, column \d+\)$/);
  });

  it('fails a truncated feed instead of yielding half an item', () => {
    const cut = fixture('feed-rss.xml').slice(0, 600);
    const items = [...feedItems(cut, 'cut.xml')];
    expect(items).toHaveLength(1);
    expect(!items[0].ok && items[0].failure.message).toMatch(/^malformed feed: /);
  });

  it('passes file-level warnings to every item and warns about unreadable dates', () => {
    const xml = '<rss version="2.0"><channel><title>T</title><item><title>A</title><pubDate>sometime soon</pubDate><description>Body.</description></item></channel></rss>';
    const [item] = [...feedItems(xml, 'f.xml', ['decoded as windows-1252 (guessed)'])];
    expect(item.ok && item.doc.warnings).toEqual(['decoded as windows-1252 (guessed)', 'item date "sometime soon" is not a recognisable date; ignored']);
    expect(item.ok && item.doc.hints.published).toBeNull();
  });
  // Found by the fuzz harness (test/fuzz): a feed without items gave no item at all, so the file vanished without a word.
  it('says so when a well-formed feed has no items', () => {
    const feed = '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Valdor Gazette</title></channel></rss>';
    const items = [...feedItems(feed, 'empty.xml')];
    expect(items).toEqual([{ ok: false, failure: { source: { path: 'empty.xml', url: null, id: null, record: null }, message: 'feed has no items', skipped: true } }]);
  });
});

// ---------------------------------------------------------------------------
// Large feeds, read a part at a time (feed-parts.ts)

type Format = 'rss' | 'atom' | 'rdf';
const TOWNS = ['Valdor', 'Port Tamsin', 'Elmsworth', 'Marrow Creek', 'Oster Island'];
const SUBJECTS = ['council approves footbridge repairs', 'ferry timetable changes for winter', 'harbour fees stay the same', 'library reopens after storm damage', 'school roof to be replaced'];
const DAY_MS = 24 * 60 * 60 * 1000;

interface Story { title: string; link: string; day: string; at: Date; body: string | null }

/** Item i of a generated feed; every `noContentEvery`th item has no text. */
function story(i: number, noContentEvery = 0): Story {
  const town = TOWNS[i % TOWNS.length];
  const at = new Date(Date.UTC(2024, 0, 1, 9, 30) + (i % 366) * DAY_MS);
  const body = noContentEvery && i % noContentEvery === 0 ? null : `${town}: ${SUBJECTS[i % SUBJECTS.length]}, the town's clerk said on report ${i}; ${(i * 37) % 900} residents wrote in.`;
  return { title: `${town} ${SUBJECTS[(i * 3) % SUBJECTS.length]} (${i})`, link: `https://gazette.example/${i}`, day: at.toISOString().slice(0, 10), at, body };
}

/** One item element of the format, on a line of its own. */
function itemXml(format: Format, s: Story, bodyXml = s.body): string {
  const body = bodyXml === null ? '' : bodyXml;
  switch (format) {
    case 'rss':
      return `<item><title>${s.title}</title><link>${s.link}</link><pubDate>${s.at.toUTCString()}</pubDate>${body && `<description>${body}</description>`}</item>`;
    case 'atom':
      return `<entry><title>${s.title}</title><link rel="alternate" href="${s.link}"/><published>${s.at.toISOString()}</published>${body && `<summary type="text">${body}</summary>`}</entry>`;
    case 'rdf':
      return `<item rdf:about="${s.link}"><title>${s.title}</title><link>${s.link}</link><dc:date>${s.at.toISOString()}</dc:date>${body && `<description>${body}</description>`}</item>`;
  }
}

/** A whole feed: the header on line 1, item i on line i + 1, the closing tags on the last line. */
function bigFeedText(format: Format, items: string[], title = 'Valdor Gazette'): string {
  const open = {
    rss: `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${title}</title><link>https://gazette.example/</link>`,
    atom: `<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>${title}</title><id>urn:gazette</id>`,
    rdf: `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel rdf:about="https://gazette.example/"><title>${title}</title></channel>`,
  }[format];
  const close = { rss: '</channel></rss>', atom: '</feed>', rdf: '</rdf:RDF>' }[format];
  return [open, ...items, close].join('\n');
}

const WHOLE = { thresholdChars: Infinity };
const readAll = (text: string, limits = {}) => [...feedItems(text, 'big.xml', [], limits)];
const partsOf = (text: string, limits = {}) => [...(feedParts(text, limits)?.parts() ?? [])].map((part) => part.xml);

describe('feedItems on large feeds, a part at a time', () => {
  it.each<Format>(['rss', 'atom', 'rdf'])('%s: every one of 3,000 items, in order, numbered across parts, as the whole parse gives them', (format) => {
    const stories = Array.from({ length: 3000 }, (_, i) => story(i + 1, 700));
    const text = bigFeedText(format, stories.map((s) => itemXml(format, s)));
    const limits = { thresholdChars: 0 };
    const parts = partsOf(text, limits);
    expect(parts).toHaveLength(6);
    for (const part of parts) expect(XMLValidator.validate(part)).toBe(true);

    const items = readAll(text, limits);
    expect(items).toHaveLength(3000);
    items.forEach((item, i) => {
      const s = stories[i];
      if (s.body === null) {
        expect(item).toMatchObject({ ok: false, failure: { source: { record: `item ${i + 1}` }, message: `item ${i + 1} "${s.title}": no content (neither full content nor description/summary)` } });
      } else {
        expect(brief(item)).toEqual({ record: `item ${i + 1}`, url: s.link, kind: 'text', title: s.title, published: s.day, outlet: 'Valdor Gazette' });
      }
    });
    expect(items).toEqual(readAll(text, WHOLE));
  });

  it('takes the part path by default for a feed just over the threshold, with the same output as the whole parse', () => {
    const stories: Story[] = [];
    let text = '';
    for (let n = 9000; text.length <= FEED_PART_THRESHOLD_CHARS; n += 500) {
      while (stories.length < n) stories.push(story(stories.length + 1));
      text = bigFeedText('rss', stories.map((s) => itemXml('rss', s)));
    }
    expect(text.length).toBeGreaterThan(FEED_PART_THRESHOLD_CHARS);
    expect(partsOf(text).length).toBeGreaterThan(1);
    const items = readAll(text);
    expect(items).toHaveLength(stories.length);
    expect(items).toEqual(readAll(text, WHOLE));
  });

  it('does not take </item> in CDATA, comments or escaped text for the end of an item', () => {
    const stories = Array.from({ length: 40 }, (_, i) => story(i + 1));
    const tricky = [
      (s: Story) => `<![CDATA[<p>${s.body}</p></item><item><title>not an item</title>]]>`,
      (s: Story) => `${s.body} The form reads &lt;/item&gt;&lt;item&gt; where it should not.`,
      (s: Story) => `<![CDATA[${s.body} Filed under </item> by mistake.]]>`,
    ];
    const lines = stories.map((s, i) => `${itemXml('rss', s, tricky[i % tricky.length](s))}<!-- <item> </item> -->`);
    const text = bigFeedText('rss', lines);
    // Two items a part: every trick sits at a cut.
    const limits = { thresholdChars: 0, items: 2 };
    expect(partsOf(text, limits)).toHaveLength(20);
    const items = readAll(text, limits);
    expect(items.map((item) => item.ok && item.doc.hints.title)).toEqual(stories.map((s) => s.title));
    expect(items[0].ok && items[0].doc.body).toBe(`<p>${stories[0].body}</p></item><item><title>not an item</title>`);
    expect(items[1].ok && items[1].doc.body).toContain('reads </item><item> where');
    expect(items[2].ok && items[2].doc.body).toContain('Filed under </item> by mistake.');
    expect(items).toEqual(readAll(text, WHOLE));
  });

  it('fails a feed whose item in part 3 is malformed, naming its line, before yielding any item', () => {
    const lines = Array.from({ length: 2000 }, (_, i) => itemXml('rss', story(i + 1)));
    lines[1233] = lines[1233].replace('</title>', '</titel>');
    const text = bigFeedText('rss', lines);
    const items = readAll(text, { thresholdChars: 0 });
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ ok: false, failure: { source: { path: 'big.xml', record: null } } });
    // Item 1,234 is on line 1,235, in the third part of 500 items.
    expect(!items[0].ok && items[0].failure.message).toMatch(/^malformed feed: .*'title'.* \(line 1235, column \d+\)$/);
    expect(items).toEqual(readAll(text, WHOLE));
  });

  it('takes the outlet from the channel title even when it comes after the items', () => {
    const stories = Array.from({ length: 30 }, (_, i) => story(i + 1));
    const text = bigFeedText('rss', stories.map((s) => itemXml('rss', s)), 'Valdor Gazette').replace(
      '<channel><title>Valdor Gazette</title>',
      '<channel>',
    ).replace('</channel></rss>', '<title>Elmsworth Herald</title></channel></rss>');
    const items = readAll(text, { thresholdChars: 0, items: 4 });
    expect(items).toHaveLength(30);
    expect(new Set(items.map((item) => item.ok && item.doc.hints.outlet))).toEqual(new Set(['Elmsworth Herald']));
  });

  it('leaves an RDF channel table of contents out of the parts and reads the items in document order', () => {
    const stories = Array.from({ length: 12 }, (_, i) => story(i + 1));
    const toc = `<items><rdf:Seq>${stories.map((s) => `<rdf:li resource="${s.link}"/>`).join('')}</rdf:Seq></items>`;
    const text = bigFeedText('rdf', stories.map((s) => itemXml('rdf', s))).replace('</title></channel>', `</title>${toc}</channel>`);
    const limits = { thresholdChars: 0, items: 5 };
    const parts = partsOf(text, limits);
    expect(parts).toHaveLength(3);
    for (const part of parts) {
      expect(part).not.toContain('rdf:Seq');
      expect(XMLValidator.validate(part)).toBe(true);
    }
    const items = readAll(text, limits);
    expect(items.map((item) => item.ok && item.doc.source.url)).toEqual(stories.map((s) => s.link));
    expect(items).toEqual(readAll(text, WHOLE));
  });

  it('reads whole what it does not cut: small feeds, two channels, no items', () => {
    const lines = Array.from({ length: 10 }, (_, i) => itemXml('rss', story(i + 1)));
    const feed = bigFeedText('rss', lines);
    expect(feedParts(feed)).toBeNull();
    expect(feedParts(feed, { thresholdChars: 0, items: 20 })).toBeNull();
    expect(feedParts(feed, { thresholdChars: 0, items: 3 })?.items).toBe(10);

    const twoChannels = feed.replace('</channel></rss>', `</channel><channel><title>Other</title>${lines[0]}</channel></rss>`);
    expect(feedParts(twoChannels, { thresholdChars: 0, items: 3 })).toBeNull();

    const empty = bigFeedText('rss', Array.from({ length: 50 }, (_, i) => `<category>topic ${i}</category>`));
    expect(readAll(empty, { thresholdChars: 0, items: 3 })).toEqual([
      { ok: false, failure: { source: { path: 'big.xml', url: null, id: null, record: null }, message: 'feed has no items', skipped: true } },
    ]);
  });

  it('ends the feed at a part feedsmith refuses, keeping the items before it and naming where it stopped', () => {
    // `<!` inside an element passes the XML validator, but not feedsmith's parser.
    const lines = Array.from({ length: 6 }, (_, i) => itemXml('rss', story(i + 1)));
    lines[4] = lines[4].replace(/<title>[^<]*<\/title>/, '<title><!</title>');
    const text = bigFeedText('rss', lines);
    const whole = readAll(text, WHOLE);
    expect(whole).toHaveLength(1);
    expect(!whole[0].ok && whole[0].failure.message).toMatch(/^malformed feed: not an RSS, RDF or Atom feed \(/);

    const items = readAll(text, { thresholdChars: 0, items: 2 });
    expect(items.map((item) => item.ok || item.failure.message)).toEqual([
      true, true, true, true,
      expect.stringMatching(/^malformed feed: items from item 5 \(line 6\) on not read: not an RSS, RDF or Atom feed \(/),
    ]);
  });

  it('gives the same items cut into parts as whole, on the fuzz feeds (or, for a feed feedsmith refuses, items and then the failure)', () => {
    fc.assert(
      fc.property(feedText, fc.integer({ min: 1, max: 3 }), (text, items) => {
        const whole = readAll(text, WHOLE);
        const cut = readAll(text, { thresholdChars: 0, items });
        const refused = whole.length === 1 && !whole[0].ok && whole[0].failure.message.startsWith('malformed feed: not an');
        if (!refused) expect(cut).toEqual(whole);
        else expect(cut.at(-1)).toMatchObject({ ok: false, failure: { message: expect.stringMatching(/^malformed feed: /) } });
      }),
      { numRuns: 300, seed: 20261124 },
    );
  });
});
