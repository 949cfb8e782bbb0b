/**
 * The search index with the outlet beside the words and the date (migration 007_search_outlet_key),
 * on a store made before it and on a new one, against PGlite and a PostgreSQL server: the migration
 * indexes the documents already stored, and a search with words and an outlet finds exactly the
 * documents a reading of the reports below says it should, in the documented order. The reports
 * are short notes about ferry services, written for these tests.
 */
import { sql, type Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { AnalysedDocument } from '../model/index.js';
import { storageEngines } from '../../test/helpers/postgres.js';
import { openDatabase } from './database.js';
import type { Store } from './index.js';
import { migrateTo, migrateToLatest } from './migrations/index.js';
import type { Schema } from './schema.js';
import { createStore } from './store.js';

const OUTLETS = ['Fjord Post', 'Harbour Gazette', 'Kalvik Courier', null];
const ROUTES = ['Kalvik to Orsund', 'Tarnby to Veld', 'Mirrow to Kalvik'];

/** Report i: its outlet, a day in 2024 (every seventh undated), and a ferry or (every third) a bridge. */
function report(i: number): AnalysedDocument {
  const outlet = OUTLETS[i % OUTLETS.length];
  const published = i % 7 === 6 ? null : new Date(Date.UTC(2024, 0, 1) + i * 86_400_000 * 3).toISOString().slice(0, 10);
  const subject = i % 3 === 0 ? 'bridge' : 'ferry';
  const route = ROUTES[i % ROUTES.length];
  return {
    id: `service-note-${String(i).padStart(3, '0')}`,
    source: { path: `notes/${i}.txt`, url: null, id: null, record: null },
    outlet,
    title: i % 5 === 0 ? `The ${subject} ${route} reopens` : `Service note ${i}`,
    published,
    dateline: null,
    language: 'en',
    text:
      `The ${subject} service ${route} ran ${10 + (i % 9)} crossings on the day, the operator said. ` +
      `Passengers waited up to ${5 + (i % 4) * 5} minutes at the terminal while crews checked the ramps.`,
    entities: [],
    times: [],
    events: [],
    quotes: [],
    claims: [],
    eventDate: null,
  };
}

const REPORTS = Array.from({ length: 60 }, (_, i) => report(i));

/** The documented order of a search with sort=newest: dated ones newest first, then the undated, each in ingest order newest first. */
function newestFirst(docs: AnalysedDocument[]): string[] {
  const order = (d: AnalysedDocument) => REPORTS.indexOf(d);
  return [...docs]
    .sort((a, b) => (b.published ?? '').localeCompare(a.published ?? '') || order(b) - order(a))
    .map((d) => d.id);
}

const engines = storageEngines('search index with outlets');

async function indexes(db: Kysely<Schema>): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`select indexname as name from pg_indexes where tablename = 'documents' order by indexname`.execute(db);
  return rows.map((r) => r.name);
}

/** Searches with words and an outlet, checked against the reports themselves. */
async function expectOutletSearches(store: Store): Promise<void> {
  const ferries = REPORTS.filter((d) => d.text.includes('ferry'));
  for (const outlet of ['Harbour Gazette', 'harbour GAZETTE', 'Fjord Post']) {
    const expected = ferries.filter((d) => d.outlet?.toLowerCase() === outlet.toLowerCase());
    expect(expected.length).toBeGreaterThan(5);
    const newest = await store.search({ q: 'ferry', outlet, sort: 'newest', limit: 200, offset: 0 });
    expect(newest.items.map((d) => d.id), outlet).toEqual(newestFirst(expected));
    expect(newest).toMatchObject({ total: expected.length, totalIsLowerBound: false, rankedAmong: null });
    // By relevance: the reports with the word in their title first, then newest first.
    const ranked = await store.search({ q: 'ferry', outlet, limit: 200, offset: 0 });
    const inTitle = expected.filter((d) => d.title?.includes('ferry'));
    expect(inTitle.length).toBeGreaterThan(0);
    expect(new Set(ranked.items.slice(0, inTitle.length).map((d) => d.id))).toEqual(new Set(inTitle.map((d) => d.id)));
    expect(ranked.items.map((d) => d.id).sort()).toEqual(expected.map((d) => d.id).sort());
    expect(ranked.total).toBe(expected.length);
  }
  // With a date range too; an undated report is in no range.
  const inRange = ferries.filter((d) => d.outlet === 'Kalvik Courier' && d.published !== null && d.published >= '2024-02' && d.published.slice(0, 7) <= '2024-04');
  expect(inRange.length).toBeGreaterThan(1);
  const ranged = await store.search({ q: 'ferry', outlet: 'kalvik courier', from: '2024-02', to: '2024-04', sort: 'newest', limit: 200, offset: 0 });
  expect(ranged.items.map((d) => d.id)).toEqual(newestFirst(inRange));
  // The same documents as without words, where the outlet's own index serves the filter.
  const unworded = await store.search({ outlet: 'kalvik courier', from: '2024-02', to: '2024-04', limit: 200, offset: 0 });
  expect(unworded.items.filter((d) => inRange.some((r) => r.id === d.id)).map((d) => d.id)).toEqual(newestFirst(inRange));
  const none = await store.search({ q: 'ferry', outlet: 'No Such Outlet', limit: 20, offset: 0 });
  expect(none).toMatchObject({ total: 0, items: [] });
}

describe.each(engines)('search index with outlets on $name', (engine) => {
  it('indexes the documents of a store made before migration 007, and finds them by words, outlet and dates', async () => {
    const database = await openDatabase(await engine.options('outlet_key_existing'));
    const store = createStore(database);
    try {
      await migrateTo(database.db, '006_compressed_story_pages');
      for (const doc of REPORTS) expect(await store.add(doc)).toBe('stored');
      expect(await indexes(database.db)).toContain('documents_tsv_published');
      await migrateToLatest(database.db);
      const names = await indexes(database.db);
      expect(names).toContain('documents_search');
      expect(names).not.toContain('documents_tsv_published');
      await expectOutletSearches(store);
    } finally {
      await store.close();
    }
  }, 120_000);

  it('keeps a new store\'s documents in the index as they are added', async () => {
    const database = await openDatabase(await engine.options('outlet_key_new'));
    const store = createStore(database);
    try {
      await migrateToLatest(database.db);
      for (const doc of REPORTS) expect(await store.add(doc)).toBe('stored');
      await expectOutletSearches(store);
    } finally {
      await store.close();
    }
  }, 120_000);
});
