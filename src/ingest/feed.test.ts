import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { IngestItem } from '../model/index.js';
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
