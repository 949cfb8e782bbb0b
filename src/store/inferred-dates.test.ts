/**
 * Event dates a story infers for reports that leave them open, through the store: written by
 * relink, read back by documents, events and story pages, and withdrawn or changed when the
 * story changes. Run against PGlite and a PostgreSQL server. The reports are of an invented
 * phone call, written for these tests and analysed by the real pipeline.
 */
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalysedDocument, Event } from '../model/index.js';
import { StoryDetail } from '../model/views.js';
import { analyseDocument } from '../pipeline/document.js';
import { storageEngines, type StorageEngine } from '../../test/helpers/postgres.js';
import { tableChecksums } from './checksum.js';
import { openDatabase } from './database.js';
import type { Store } from './index.js';
import { migrateToLatest } from './migrations/index.js';
import type { Schema } from './schema.js';
import { createStore } from './store.js';

/** Undated: the call was "on Thursday", on the blockade's 40th day. */
const CALL_ON_DAY_40 =
  'President Aldo Verhuls of Valdoria spoke by telephone with Prime Minister Nadia Sorrell of Ostmark on Thursday about the blockade of Kelvar, the presidential office said.\n\nThe blockade, now on its 40th day, has cut the city off from fuel and medicine, aid agencies said.';
/** Undated: the same call, and the day the blockade began. */
const BLOCKADE_BEGAN =
  'Prime Minister Nadia Sorrell held a phone call with Valdorian President Aldo Verhuls on Thursday about the blockade of Kelvar.\n\nOn March 3, Valdorian troops launched the blockade of Kelvar, closing the road to the coast.';
/** The same call with no date in the text: dated only by its publication. */
const CALL_REPORTED =
  'Valdorian President Aldo Verhuls and Ostmark Prime Minister Nadia Sorrell discussed the blockade of Kelvar in a telephone call, officials in both capitals said.\n\nAid agencies said the city had run short of fuel and medicine.';
const CALL_REPORTED_AGAIN = CALL_REPORTED.replace('officials in both capitals', 'diplomats in both capitals');

function analysed(id: string, text: string, published: string | null = null): AnalysedDocument {
  const outcome = analyseDocument({
    source: { path: '-', url: null, id, record: null },
    kind: 'text',
    body: text,
    hints: { title: null, published, outlet: null },
    warnings: [],
  });
  if (!outcome.ok) throw new Error(`${id}: ${outcome.message}`);
  return outcome.doc;
}

const EVENT_KEYS = ['type', 'mode', 'cameo', 'source', 'target', 'date', 'location', 'negated', 'evidence'];
const inferred = (events: Event[]) => events.filter((e) => e.dateInference);
const thursday = (date: string | null) => new Date(`${date}T00:00:00Z`).getUTCDay() === 4;

const engines = storageEngines('inferred dates');

async function open(engine: StorageEngine, name: string): Promise<{ db: Kysely<Schema>; store: Store }> {
  const database = await openDatabase(await engine.options(name));
  await migrateToLatest(database.db);
  return { db: database.db, store: createStore(database) };
}

describe.each(engines)('inferred event dates in the store on $name', (engine) => {
  describe('two undated reports of one call', () => {
    let db: Kysely<Schema>;
    let store: Store;
    const onDay40 = analysed('wire-1', CALL_ON_DAY_40);
    const began = analysed('paper-1', BLOCKADE_BEGAN);

    beforeAll(async () => {
      ({ db, store } = await open(engine, 'inferred_two_reports'));
    }, 120_000);

    afterAll(async () => {
      await store?.close();
    });

    it('stores no inference before the stories are linked', async () => {
      for (const doc of [onDay40, began]) expect(await store.add(doc)).toBe('stored');
      for (const doc of [onDay40, began]) expect(await store.document(doc.id)).toEqual({ ...doc, stories: [] });
      const { rows } = await sql<{ n: number }>`select count(*) as n from events where date_inference is not null`.execute(db);
      expect(rows[0].n).toBe(0);
    });

    it('dates the call in each report on relink, with the spans the date rests on; read dates stay as read', async () => {
      expect(await store.relink()).toBe(1);
      for (const doc of [onDay40, began]) {
        const stored = (await store.document(doc.id))!;
        const dated = inferred(stored.events);
        expect(dated.length).toBeGreaterThan(0);
        for (const event of dated) {
          // Day 40 from March 3 is April 11, in the latest year (not in the future) when it was a Thursday.
          expect(event.date).toMatch(/^\d{4}-04-11$/);
          expect(thursday(event.date)).toBe(true);
          expect(event.dateInference!.evidence.map((e) => e.text)).toEqual(['Thursday', 'its 40th day', 'March 3']);
          for (const span of event.dateInference!.evidence) {
            const source = [onDay40, began].find((d) => d.id === span.document)!;
            expect(source.text.slice(span.start, span.end)).toBe(span.text);
          }
        }
        // Every other event is exactly as analysed; an inferred one was undated.
        stored.events.forEach((event, i) => {
          if (event.dateInference) expect(doc.events[i].date).toBeNull();
          else expect(event).toEqual(doc.events[i]);
        });
      }
    });

    it('lists the inferred events with their inference, and the story page shows it', async () => {
      const events = await store.events({ limit: 200, offset: 0 });
      const dated = events.items.filter((e) => e.dateInference);
      expect(dated.map((e) => e.document).sort()).toEqual([onDay40.id, began.id].sort());

      const [summary] = (await store.stories({ limit: 10, offset: 0 })).items;
      const page = StoryDetail.parse(await store.story(summary.story));
      const raw = (await store.story(summary.story))!;
      expect(page.date).toBe(dated[0].date);
      for (const [r, report] of raw.reports.entries()) {
        const stored = (await store.document(report.id))!;
        expect(page.reports[r].events).toEqual(stored.events);
        // Keys in the model's order; `dateInference` only where a date was inferred.
        for (const event of report.events) {
          expect(Object.keys(event)).toEqual(event.dateInference ? [...EVENT_KEYS, 'dateInference'] : EVENT_KEYS);
        }
      }
    });

    it('changes nothing when relinked again', async () => {
      const before = await tableChecksums(db);
      expect(await store.relink()).toBe(1);
      expect(await tableChecksums(db)).toEqual(before);
    });

    it('changes the date when a dated report joins the story and places the year', async () => {
      const reported = analysed('agency-1', CALL_REPORTED, '2019-04-12');
      expect(await store.add(reported)).toBe('stored');
      expect(await store.relink()).toBe(1);
      for (const doc of [onDay40, began]) {
        const dated = inferred((await store.document(doc.id))!.events);
        expect(dated.length).toBeGreaterThan(0);
        for (const event of dated) expect(event.date).toBe('2019-04-11');
      }
      const [summary] = (await store.stories({ limit: 10, offset: 0 })).items;
      expect(summary.date).toBe('2019-04-11');
      const page = (await store.story(summary.story))!;
      const onPage = inferred(page.reports.flatMap((r) => r.events));
      expect(onPage.length).toBeGreaterThan(0);
      for (const event of onPage) expect(event.date).toBe('2019-04-11');
    });
  });

  describe('a report dated by the publication of another', () => {
    let db: Kysely<Schema>;
    let store: Store;
    const undated = analysed('wire-2', CALL_ON_DAY_40);

    beforeAll(async () => {
      ({ db, store } = await open(engine, 'inferred_withdrawn'));
    }, 120_000);

    afterAll(async () => {
      await store?.close();
    });

    it('is dated the Thursday before that publication', async () => {
      await store.add(undated);
      await store.add(analysed('agency-2', CALL_REPORTED, '2025-04-11'));
      expect(await store.relink()).toBe(1);
      const dated = inferred((await store.document(undated.id))!.events);
      expect(dated.length).toBeGreaterThan(0);
      for (const event of dated) {
        expect(event.date).toBe('2025-04-10');
        expect(event.dateInference!.evidence.map((e) => e.text)).toEqual(['Thursday']);
      }
    });

    it('loses the date when a report published a week later joins, since the Thursday is no longer certain', async () => {
      await store.add(analysed('agency-3', CALL_REPORTED_AGAIN, '2025-04-18'));
      expect(await store.relink()).toBe(1);
      expect(await store.document(undated.id)).toEqual({ ...undated, stories: expect.any(Array) });
      const { rows } = await sql<{ n: number }>`select count(*) as n from events where date_inference is not null`.execute(db);
      expect(rows[0].n).toBe(0);
      const [summary] = (await store.stories({ limit: 10, offset: 0 })).items;
      const page = (await store.story(summary.story))!;
      for (const event of page.reports.flatMap((r) => r.events)) expect(Object.keys(event)).toEqual(EVENT_KEYS);
    });
  });
});
