/**
 * The storage contract, run against embedded PGlite and against a PostgreSQL server: the
 * same documents in, the same answers out. Input: the bundled samples and two wire reports
 * of a flood written for these tests, analysed by the real pipeline.
 */
import { gunzipSync } from 'node:zlib';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../ingest/index.js';
import type { AnalysedDocument, RawDocument } from '../model/index.js';
import { ClaimRow, DocumentSummary, EntityDetail, StoryDetail, type SearchQuery } from '../model/views.js';
import { analyseDocument } from '../pipeline/document.js';
import { analyseStream } from '../pipeline/run.js';
import { storageEngines } from '../../test/helpers/postgres.js';
import { tableChecksums } from './checksum.js';
import { compressStoryPages } from './story-pages.js';
import { openDatabase } from './database.js';
import type { Store } from './index.js';
import { migrateToLatest } from './migrations/index.js';
import type { Schema } from './schema.js';
import { sourceKey } from './source-key.js';
import { createStore } from './store.js';

const INPUTS = ['samples', 'test/fixtures/store'];

let docs: AnalysedDocument[] = [];
let raws: RawDocument[] = [];
beforeAll(async () => {
  for await (const item of ingest(INPUTS)) if (item.ok) raws.push(item.doc);
  for await (const event of analyseStream(ingest(INPUTS), { jobs: 1 })) if (event.kind === 'document') docs.push(event.doc);
}, 120_000);

const byPath = (suffix: string, title?: RegExp) =>
  docs.find((d) => d.source.path?.endsWith(suffix) && (!title || title.test(d.title ?? '')))!;
const ids = (items: { id: string }[]) => items.map((i) => i.id).sort();

/** A document with nothing analysed in it, for the search tests: a real record's shape with the given text. */
function plainDocument(path: string, fields: Pick<AnalysedDocument, 'id' | 'title' | 'published' | 'text'> & Partial<AnalysedDocument>): AnalysedDocument {
  return {
    ...byPath('mozambique-floods.jsonl', /toll rises/),
    source: { path, url: null, id: null, record: null },
    dateline: null,
    entities: [],
    times: [],
    events: [],
    quotes: [],
    claims: [],
    eventDate: null,
    ...fields,
  };
}

const engines = storageEngines('store');

describe.each(engines)('store on $name', (engine) => {
  let db: Kysely<Schema>;
  let store: Store;

  beforeAll(async () => {
    const database = await openDatabase(await engine.options('contract'));
    await migrateToLatest(database.db);
    db = database.db;
    store = createStore(database);
  }, 120_000);

  afterAll(async () => {
    await store?.close();
  });

  it('stores every document, and reads each back as it was analysed', async () => {
    expect(docs.length).toBeGreaterThanOrEqual(19);
    for (const doc of docs) expect(await store.add(doc, `key:${doc.id}`)).toBe('stored');
    const stats = await store.stats();
    expect(stats.documents).toBe(docs.length);
    expect(stats.claims).toBe(docs.reduce((n, d) => n + d.claims.length, 0));
    expect(stats.quotes).toBe(docs.reduce((n, d) => n + d.quotes.length, 0));
    expect(stats.events).toBe(docs.reduce((n, d) => n + d.events.length, 0));
    expect(stats.entities).toBe(new Set(docs.flatMap((d) => d.entities.map((e) => e.id))).size);
    for (const doc of docs) expect(await store.document(doc.id)).toEqual({ ...doc, stories: [] });
    expect(await store.hasSource(`key:${docs[0].id}`)).toBe(true);
    expect(await store.hasSource('key:never-seen')).toBe(false);
    expect(await store.document('no-such-document')).toBeNull();
  });

  it('changes nothing when the same documents are added again', async () => {
    const before = await tableChecksums(db);
    for (const doc of docs) expect(await store.add(doc, `key:${doc.id}`)).toBe('duplicate');
    expect(await tableChecksums(db)).toEqual(before);
  });

  it('stores a document whole or not at all: a claim the database refuses leaves no trace of its document', async () => {
    const before = await tableChecksums(db);
    const original = byPath('mozambique-floods.jsonl', /toll rises/);
    const broken = {
      ...original,
      id: 'broken-copy-0001',
      text: original.text + ' A late update said roads had reopened.',
      entities: original.entities.map((e) => ({ ...e, aliases: [...e.aliases, 'An Alias Only This Copy Has'] })),
      // The last row written for a document; the schema allows only the claim kinds of the model.
      claims: [...original.claims, { ...original.claims[0], kind: 'rumoured' as 'other' }],
    };
    await expect(store.add(broken, 'key:broken')).rejects.toThrow(/claims_kind_check|check constraint/);
    expect(await tableChecksums(db)).toEqual(before);
    expect(await store.document('broken-copy-0001')).toBeNull();
    expect(await store.hasSource('key:broken')).toBe(false);
  });

  it('finds documents by words, with «marked» snippets, most relevant first', async () => {
    const page = await store.search({ q: 'dam', limit: 20, offset: 0 });
    const gazette = byPath('harbour-gazette-portugal-dam.html');
    const dispatch = byPath('world.rss', /dam/);
    expect(ids(page.items)).toEqual(expect.arrayContaining([gazette.id, dispatch.id].sort()));
    expect(page.total).toBe(page.items.length);
    for (const item of page.items) {
      DocumentSummary.parse(item);
      expect(item.snippet).toMatch(/«dams?»/i);
    }
    const phrase = await store.search({ q: '"robot cranes"', limit: 20, offset: 0 });
    expect(ids(phrase.items)).toEqual([byPath('coastline-daily-lisbon-port.html').id]);
    const none = await store.search({ q: 'zeppelin', limit: 20, offset: 0 });
    expect(none).toEqual({ total: 0, totalIsLowerBound: false, rankedAmong: null, offset: 0, limit: 20, items: [] });
  });

  it('filters documents by outlet, dates, event type, claim kind and entity (by id, name or alias)', async () => {
    const expectIds = async (query: Partial<SearchQuery>, expected: AnalysedDocument[]) => {
      const page = await store.search({ offset: 0, limit: 200, ...query });
      expect(ids(page.items)).toEqual(ids(expected));
      expect(page.total).toBe(expected.length);
    };
    await expectIds({ outlet: 'MERIDIAN NEWS' }, docs.filter((d) => d.outlet === 'Meridian News'));
    await expectIds({ from: '2025-03-13', to: '2025-03-13' }, docs.filter((d) => d.published === '2025-03-13'));
    await expectIds({ from: '2025-04' }, docs.filter((d) => (d.published ?? '') >= '2025-04'));
    await expectIds({ claimKind: 'abducted' }, docs.filter((d) => d.claims.some((c) => c.kind === 'abducted')));
    const eventType = docs.flatMap((d) => d.events.map((e) => e.type))[0];
    await expectIds({ eventType }, docs.filter((d) => d.events.some((e) => e.type === eventType)));
    await expectIds({ entity: 'gpe:mozambique' }, docs.filter((d) => d.entities.some((e) => e.id === 'gpe:mozambique')));
    await expectIds({ entity: 'mozambique' }, docs.filter((d) => d.entities.some((e) => e.id === 'gpe:mozambique')));
    // An alias the analyser gave some entity: every document naming that entity, whatever spelling it used there.
    const withAlias = docs.flatMap((d) => d.entities).find((e) => e.aliases.some((a) => /^[A-Za-z ]+$/.test(a) && a !== e.name))!;
    expect(withAlias).toBeDefined();
    const alias = withAlias.aliases.find((a) => /^[A-Za-z ]+$/.test(a) && a !== withAlias.name)!;
    const named = new Set(
      docs.flatMap((d) => d.entities).filter((e) => [e.name, ...e.aliases].some((n) => n.toLowerCase() === alias.toLowerCase())).map((e) => e.id),
    );
    await expectIds({ entity: alias.toUpperCase() }, docs.filter((d) => d.entities.some((e) => named.has(e.id))));
    await expectIds({ q: 'flood', entity: 'Mozambique', from: '2025-04-09' }, [byPath('mozambique-floods.jsonl', /toll rises/)]);
  });

  it('pages through results without overlap or gaps', async () => {
    const seen: string[] = [];
    for (let offset = 0; offset < docs.length; offset += 4) {
      const page = await store.search({ limit: 4, offset });
      expect(page.total).toBe(docs.length);
      seen.push(...page.items.map((i) => i.id));
    }
    expect(seen.sort()).toEqual(ids(docs));
    const dates = (await store.search({ limit: 200, offset: 0 })).items.map((i) => i.published ?? '');
    expect(dates.filter(Boolean)).toEqual([...dates.filter(Boolean)].sort().reverse());
  });

  it('gives a figure\'s history by kind and place name, newest first, with its attribution and sentence', async () => {
    const history = await store.claims({ kind: 'killed', where: 'Mozambique', limit: 20, offset: 0 });
    expect(history.total).toBe(2);
    expect(history.items.map((c) => ClaimRow.parse(c))).toMatchObject([
      { value: 31, where: 'gpe:mozambique', outlet: 'Coastal Times', published: '2025-04-10' },
      { value: 23, qualifier: 'at_least', where: 'gpe:mozambique', asOf: '2025-04-08', outlet: 'Harbour Wire' },
    ]);
    expect(history.items[1].evidence.text).toMatch(/^At least 23 people have been killed in Mozambique/);
    expect(history.items[1].attribution).toBe('the National Institute for Disaster Management');
    expect((await store.claims({ kind: 'killed', where: 'gpe:mozambique', limit: 20, offset: 0 })).items).toEqual(history.items);
    const april = await store.claims({ where: 'mozambique', from: '2025-04-09', limit: 20, offset: 0 });
    expect(april.items.map((c) => [c.kind, c.value])).toEqual([['killed', 31], ['displaced', 6500]]);
    expect((await store.claims({ kind: 'killed', where: 'Atlantis', limit: 20, offset: 0 })).total).toBe(0);
  });

  it('lists entities by name prefix, and shows one with its documents, quotes and events', async () => {
    const found = await store.entities({ q: 'mozam', limit: 20, offset: 0 });
    expect(found.items.map((e) => e.id)).toContain('gpe:mozambique');
    const places = await store.entities({ type: 'GPE', limit: 200, offset: 0 });
    expect(places.items.every((e) => e.type === 'GPE')).toBe(true);
    expect(places.total).toBe(new Set(docs.flatMap((d) => d.entities.filter((e) => e.type === 'GPE').map((e) => e.id))).size);
    // A LIKE wildcard in the prefix is a character, not a pattern.
    expect((await store.entities({ q: '%', limit: 20, offset: 0 })).total).toBe(0);

    const mozambique = EntityDetail.parse(await store.entity('gpe:mozambique'));
    const mentioning = docs.filter((d) => d.entities.some((e) => e.id === 'gpe:mozambique'));
    expect(mozambique.documents).toBe(mentioning.length);
    expect(ids(mozambique.documentList)).toEqual(ids(mentioning));
    const speaker = await store.entity('person:calasta-muanza');
    expect(speaker?.quotes.map((q) => q.published)).toEqual(['2025-04-10', '2025-04-08']);
    expect(await store.entity('person:nobody')).toBeNull();
  });

  it('finds quotes by speaker name and words, events by type and entity', async () => {
    const quotes = await store.quotes({ speaker: 'celeste muanza', limit: 20, offset: 0 });
    expect(quotes.total).toBe(2);
    expect(quotes.items.every((q) => q.speaker === 'person:calasta-muanza')).toBe(true);
    const goats = await store.quotes({ q: 'goats', limit: 20, offset: 0 });
    expect(goats.items.map((q) => q.outlet)).toEqual(['Coastal Times']);

    const type = docs.flatMap((d) => d.events.map((e) => e.type))[0];
    const events = await store.events({ type, limit: 200, offset: 0 });
    expect(events.total).toBe(docs.reduce((n, d) => n + d.events.filter((e) => e.type === type).length, 0));
    const actor = docs.flatMap((d) => d.events.flatMap((e) => e.source))[0];
    const byActor = await store.events({ entity: actor, limit: 200, offset: 0 });
    expect(byActor.total).toBe(docs.reduce((n, d) => n + d.events.filter((e) => e.source.includes(actor) || e.target.includes(actor)).length, 0));
  });

  it('merges what different documents say about one entity: aliases accumulate, counts add up', async () => {
    const original = byPath('mozambique-floods.jsonl', /toll rises/);
    const copy = {
      ...original,
      id: 'mozambique-alias-copy',
      text: `${original.text} Officials in Moçambique said schools would reopen on Monday.`,
      entities: original.entities.map((e) => (e.id === 'gpe:mozambique' ? { ...e, aliases: [...e.aliases, 'Moçambique'] } : e)),
    };
    const before = (await store.entity('gpe:mozambique'))!;
    expect(await store.add(copy)).toBe('stored');
    const after = (await store.entity('gpe:mozambique'))!;
    expect(after.aliases).toEqual([...before.aliases, 'Moçambique']);
    expect(after.documents).toBe(before.documents + 1);
    expect((await store.search({ entity: 'MOÇAMBIQUE', limit: 20, offset: 0 })).total).toBe(before.documents + 1);
  });

  it('groups reports into stories on relink, and shows a story with its reports side by side', async () => {
    const count = await store.relink();
    expect(count).toBeGreaterThanOrEqual(2);
    const list = await store.stories({ limit: 20, offset: 0 });
    expect(list.total).toBe(count);
    const gazette = byPath('harbour-gazette-portugal-dam.html');
    const dispatch = byPath('world.rss', /dam/);
    const dam = (await store.document(gazette.id))!.stories[0];
    expect(dam).toBeDefined();
    const story = StoryDetail.parse(await store.story(dam));
    expect(story.documents.sort()).toEqual([gazette.id, dispatch.id].sort());
    expect(story.reports.find((r) => r.id === gazette.id)).toEqual(gazette);
    expect(list.items.find((s) => s.story === dam)?.outlets.sort()).toEqual(['Continental Dispatch', 'The Harbour Gazette']);
    // The page as bytes is the stored JSON itself, byte for byte, and means the same story.
    const plain = (await store.storyPage(dam, { gzip: false }))!;
    const { rows: stored } = await sql<{ page: string }>`select page::text as page from stories where id = ${dam}`.execute(db);
    expect(plain.gzip).toBe(false);
    expect(Buffer.from(plain.body).toString('utf8')).toBe(stored[0].page);
    expect(JSON.parse(Buffer.from(plain.body).toString('utf8'))).toEqual(await store.story(dam));
    // Compressed at link time: smaller, and the same bytes once decompressed.
    const compressed = (await store.storyPage(dam, { gzip: true }))!;
    expect(compressed.gzip).toBe(true);
    expect(compressed.body.byteLength).toBeLessThan(plain.body.byteLength / 2);
    expect(gunzipSync(compressed.body).equals(Buffer.from(plain.body))).toBe(true);
    expect(await store.storyPage('no-such-story', { gzip: false })).toBeNull();
    expect(await store.storyPage('no-such-story', { gzip: true })).toBeNull();
    // Every story's page is written at link time, whole and compressed: serving one reads one row.
    const { rows: unwritten } = await sql<{ n: number }>`select count(*) as n from stories where page is null or page_gzip is null`.execute(db);
    expect(unwritten[0].n).toBe(0);
    // A page without its compressed copy (a story stored before migration 006) is sent uncompressed, then compressed once.
    await sql`update stories set page_gzip = null where id = ${dam}`.execute(db);
    expect(await store.storyPage(dam, { gzip: true })).toEqual(plain);
    expect(await compressStoryPages(db)).toBe(1);
    expect((await store.storyPage(dam, { gzip: true }))?.body).toEqual(compressed.body);
    const before = await tableChecksums(db);
    expect(await store.relink()).toBe(count);
    expect(await tableChecksums(db)).toEqual(before);
    expect(await store.story('no-such-story')).toBeNull();
  });

  it('queues raw documents once, and a worker batch stores each or marks it failed, never both', async () => {
    const fresh: RawDocument = {
      source: { path: 'queued/ferry.txt', url: null, id: null, record: null },
      kind: 'text',
      body:
        'Ferry strike ends after nine days\n\nThe ferry crews of the Kalvik line returned to work on Friday after nine days on strike, ' +
        'the union said, and the first crossing left the harbour at dawn with 140 passengers aboard.',
      hints: { title: null, published: '2025-05-02', outlet: 'Kalvik Courier' },
      warnings: [],
    };
    const empty: RawDocument = { ...fresh, source: { ...fresh.source, path: 'queued/empty.txt' }, body: '   \n  ' };
    const already = raws.find((r) => r.source.path?.endsWith('mozambique-floods.jsonl'))!;
    for (const raw of [fresh, empty, already]) expect(await store.enqueue(raw, sourceKey(raw))).toBe('queued');
    expect(await store.enqueue(fresh, sourceKey(fresh))).toBe('duplicate');
    expect((await store.stats()).queued).toBe(3);

    const analyse = async (batch: RawDocument[]) => batch.map(analyseDocument);
    const tally = await store.work(10, analyse);
    expect(tally).toMatchObject({ taken: 3, stored: 1, duplicates: 1, failed: 1 });
    expect(tally.failures[0]).toMatch(/queued\/empty.txt: no article text found/);
    expect((await store.work(10, analyse)).taken).toBe(0);
    expect((await store.stats()).queued).toBe(0);
    expect((await store.search({ q: '"ferry crews"', limit: 5, offset: 0 })).items.map((i) => i.outlet)).toEqual(['Kalvik Courier']);
    for (const raw of [fresh, empty, already]) expect(await store.hasSource(sourceKey(raw))).toBe(true);
  });

  it('bumps its version with every write a reader can see, in the write\'s own transaction', async () => {
    const v0 = await store.version();
    const original = byPath('mozambique-floods.jsonl', /toll rises/);
    const copy = { ...original, id: 'version-bump-copy', text: `${original.text} The river fell by a metre overnight.` };
    expect(await store.add(copy)).toBe('stored');
    const v1 = await store.version();
    expect(v1).toBeGreaterThan(v0);
    expect(await store.add(copy)).toBe('duplicate');
    expect(await store.version()).toBe(v1);
    // A write the database refuses rolls its bump back with it.
    await expect(store.add({ ...copy, id: 'version-refused', claims: [{ ...original.claims[0], kind: 'rumoured' as 'other' }] })).rejects.toThrow();
    expect(await store.version()).toBe(v1);
    await store.relink();
    const v2 = await store.version();
    expect(v2).toBeGreaterThan(v1);
    const raw = { ...raws[0], source: { ...raws[0].source, path: 'queued/version.txt' } };
    expect(await store.enqueue(raw, sourceKey(raw))).toBe('queued');
    expect(await store.version()).toBeGreaterThan(v2);
  });

  it('counts search matches up to 1,000 and says so; words can be sorted newest first', async () => {
    const clubs = ['Kalvik', 'Orsund', 'Tarnby', 'Veld', 'Mirrow'];
    const day = (i: number) => new Date(Date.UTC(2021, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    const result = (i: number): AnalysedDocument =>
      plainDocument(`regatta/${i}.txt`, {
        id: `regatta-result-${String(i).padStart(4, '0')}`,
        outlet: i % 40 === 0 ? 'Lakeside Ledger' : 'Rowing Weekly',
        // Two reports have the word in their title: the oldest, and one among the newest thousand.
        title: i === 0 ? 'Regatta opens the season' : i === 900 ? 'Regatta reaches the final' : `Rowing results, week ${i}`,
        published: day(i),
        text:
          `Crews from ${clubs[i % clubs.length]} finished ${1 + (i % 7)}th in heat ${i} of the lake regatta on Saturday, ` +
          `the club said, after ${2 + (i % 3)} kilometres rowed into a steady crosswind.`,
      });
    for (let i = 0; i < 1005; i++) expect(await store.add(result(i))).toBe('stored');

    // 1,005 match: relevance ranks the newest 1,000, so the oldest title match is not among them.
    const all = await store.search({ q: 'regatta', limit: 20, offset: 0 });
    expect(all).toMatchObject({ total: 1000, totalIsLowerBound: true, rankedAmong: 1000 });
    expect(all.items[0].id).toBe('regatta-result-0900');
    expect(all.items.map((d) => d.id)).not.toContain('regatta-result-0000');
    // Past the ranked thousand come the older matches, newest first; a page across the line has both.
    const across = await store.search({ q: 'regatta', limit: 10, offset: 995 });
    expect(across.items.slice(5).map((d) => d.published)).toEqual(Array.from({ length: 5 }, (_, k) => day(4 - k)));
    expect(across.items.slice(0, 5).every((d) => d.published! > day(4))).toBe(true);
    // Fewer than 1,000 matches: every one is ranked, the oldest title match first.
    const older = await store.search({ q: 'regatta', to: day(500), limit: 20, offset: 0 });
    expect(older).toMatchObject({ total: 501, totalIsLowerBound: false, rankedAmong: null });
    expect(older.items[0].id).toBe('regatta-result-0000');
    const newest = await store.search({ q: 'regatta', sort: 'newest', limit: 20, offset: 0 });
    expect(newest.items.map((d) => d.published)).toEqual(Array.from({ length: 20 }, (_, k) => day(1004 - k)));
    expect(newest).toMatchObject({ total: 1000, totalIsLowerBound: true, rankedAmong: null });
    // Pages past the capped total still come.
    const deep = await store.search({ q: 'regatta', sort: 'newest', limit: 10, offset: 1000 });
    expect(deep.items.map((d) => d.published)).toEqual(Array.from({ length: 5 }, (_, k) => day(4 - k)));

    const ledger = await store.search({ q: 'regatta', outlet: 'Lakeside Ledger', limit: 200, offset: 0 });
    expect(ledger).toMatchObject({ total: 26, totalIsLowerBound: false });
    expect(ledger.items).toHaveLength(26);
    const withoutWords = await store.search({ outlet: 'Lakeside Ledger', limit: 5, offset: 0 });
    expect(withoutWords.items.map((d) => d.published)).toEqual([day(1000), day(960), day(920), day(880), day(840)]);
  }, 120_000);

  it('finds matches dated at every grain, and undated ones, in date order (slices of dates, migration 005)', async () => {
    const dates = ['2019-03-02', '2019-03', '2019-03-01', '2019', '2019-01-01', null, '2018-12-31', '2019-02'];
    for (const [i, published] of dates.entries()) {
      const doc = plainDocument(`lighthouse/${i}.txt`, {
        id: `lighthouse-${i}`,
        outlet: 'Cape Gazette',
        title: `Lighthouse keepers, report ${i}`,
        published,
        text: `The lighthouse keepers of Cape Mirrow logged ${i + 3} passing freighters in the fog, the harbour office said.`,
      });
      expect(await store.add(doc)).toBe('stored');
    }
    const expected = ['2019-03-02', '2019-03-01', '2019-03', '2019-02', '2019-01-01', '2019', '2018-12-31', null];
    const newest = await store.search({ q: 'lighthouse keepers', sort: 'newest', limit: 20, offset: 0 });
    expect(newest.items.map((d) => d.published)).toEqual(expected);
    expect(newest).toMatchObject({ total: 8, totalIsLowerBound: false });
    const ranked = await store.search({ q: 'lighthouse keepers', limit: 20, offset: 0 });
    expect(ranked).toMatchObject({ total: 8, rankedAmong: null });
    expect(new Set(ranked.items.map((d) => d.id))).toEqual(new Set(dates.map((_, i) => `lighthouse-${i}`)));
    const page = await store.search({ q: 'lighthouse keepers', sort: 'newest', limit: 3, offset: 6 });
    expect(page.items.map((d) => d.published)).toEqual([expected[6], expected[7]]);
    expect(page.total).toBe(8);
  });

  it('finds within from and to exactly the matches whose dates overlap the range, at every grain (the slices list only dates in the range)', async () => {
    // The lighthouse reports of the test above, dated at every grain, one undated.
    const dated = ['2019-03-02', '2019-03-01', '2019-03', '2019-02', '2019-01-01', '2019', '2018-12-31'];
    // The bounds' own SQL (onOrAfter, onOrBefore): periods that overlap.
    const inRange = (date: string, from?: string, to?: string) =>
      (from === undefined || date >= from.slice(0, date.length)) && (to === undefined || date.slice(0, to.length) <= to);
    const ranges: [string | undefined, string | undefined][] = [
      ['2019-03', undefined],
      ['2019-03-02', '2019-03-02'],
      ['2019-02-15', '2019-03-01'],
      [undefined, '2019-01'],
      ['2019', '2019'],
      ['2018-12-31', '2019-01-01'],
      ['2019-01-02', '2019-02-28'],
      ['2020', undefined],
      [undefined, '2018-06'],
    ];
    for (const [from, to] of ranges) {
      const expected = dated.filter((d) => inRange(d, from, to));
      const newest = await store.search({ q: 'lighthouse keepers', sort: 'newest', from, to, limit: 20, offset: 0 });
      expect(newest.items.map((d) => d.published), `from ${from} to ${to}`).toEqual(expected);
      expect(newest.total).toBe(expected.length);
      const ranked = await store.search({ q: 'lighthouse keepers', from, to, limit: 20, offset: 0 });
      expect(ranked.items.map((d) => d.published).sort(), `from ${from} to ${to}`).toEqual([...expected].sort());
      // The same documents as without words, where no slices are used.
      const unworded = await store.search({ outlet: 'Cape Gazette', from, to, limit: 20, offset: 0 });
      expect(unworded.items.map((d) => d.published)).toEqual(expected);
    }
  });

  it('makes the snippet around the first match, however deep in the text, marking stemmed forms', async () => {
    const paragraphs = [
      'VALMORE, April 14 - Dock workers at the port of Valmore voted on Monday to extend their overtime ban for a third week, the union said.',
      'The ban has slowed the unloading of grain and fertiliser, and shipping agents said more than a dozen bulk carriers were waiting at anchor outside the breakwater.',
      'Port managers said they had offered a bonus for night shifts, which the union rejected as too small to cover the cost of transport home after midnight.',
      'Talks are due to resume on Thursday under a mediator appointed by the labour ministry, a spokeswoman for the ministry said.',
      'Exporters in the region have warned that a longer dispute would push harvest shipments into the autumn storm season, when insurance premiums rise.',
      'The harbour master said container traffic had fallen by about a fifth since the ban began, though the coal terminal was working normally.',
      'Local shopkeepers near the quay said trade had been quiet, with fewer sailors coming ashore while their ships waited for a berth.',
      'Union officials said safety was the main issue, not pay, pointing to two accidents on the night shift last winter.',
      'Managers said the cranes had since been refitted and that new lighting had been installed along the whole of the north quay.',
      'Passenger services were not affected by the dispute, the port authority said, and the island ferries would keep their summer timetable.',
      'The ban does not cover maintenance crews, who continued dredging the approach channel over the weekend.',
    ];
    const doc = plainDocument('valmore/overtime-ban.txt', {
      id: 'valmore-overtime-ban',
      title: 'Valmore dockers prolong their overtime ban',
      published: '2025-04-14',
      text: paragraphs.join('\n\n'),
    });
    expect(await store.add(doc)).toBe('stored');
    const deep = doc.text.indexOf('ferries');
    expect(deep).toBeGreaterThan(1000);

    // "ferry" is stemmed to "ferri", the lexeme of "ferries"; the match is far past the lead.
    for (const sort of ['relevance', 'newest'] as const) {
      const page = await store.search({ q: 'ferry', sort, limit: 20, offset: 0 });
      const hit = page.items.find((d) => d.id === doc.id);
      expect(hit?.snippet).toContain('«ferries»');
      expect(hit?.snippet).toContain('island');
    }
    // Two words: both marked where they stand near each other.
    const both = (await store.search({ q: 'dredged channel', limit: 20, offset: 0 })).items.find((d) => d.id === doc.id);
    expect(both?.snippet).toMatch(/«dredging» the approach «channel»/);
    // Only the title has the word: the opening words, unmarked.
    const title = (await store.search({ q: 'prolonged', limit: 20, offset: 0 })).items.find((d) => d.id === doc.id);
    expect(title?.snippet).toMatch(/^VALMORE, April 14 - Dock workers/);
    expect(title?.snippet).not.toContain('«');
  });
});
