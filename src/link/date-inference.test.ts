import { describe, expect, it } from 'vitest';
import { analyse } from '../analyse/index.js';
import type { AnalysedDocument } from '../model/index.js';
import { documentId } from '../pipeline/document.js';
import { dateClues, inferStoryDates, publicationOnly, type DateClues } from './date-inference.js';
import { StoryLinker, type DatePatch } from './index.js';

// Invented reports: places, people and outlets are fictional.
function report(outlet: string, published: string | null, paragraphs: string[]): AnalysedDocument {
  const text = paragraphs.join('\n\n');
  const article = { text, title: null, published, dateline: null, outlet, language: 'en' };
  return { id: documentId(text), source: { path: `${outlet}.txt`, url: null }, ...article, ...analyse(article) };
}

const TODAY = new Date(Date.UTC(2026, 10, 24));

// Two undated reports of one phone call. Neither alone can be dated: one counts the days
// of the blockade, the other says when it began; the year is the latest one in which the
// 40th day (April 11) fell on the Thursday both name.
const WIRE = report('Eastern Wire', null, [
  'President Aldo Verhuls of Valdoria spoke by telephone with Prime Minister Nadia Sorrell of Ostmark on Thursday about the blockade of Kelvar, the presidential office said.',
  'The blockade, now on its 40th day, has cut the city off from fuel and medicine, aid agencies said.',
]);
const PAPER = report('Ostmark Today', null, [
  'Prime Minister Nadia Sorrell held a phone call with Valdorian President Aldo Verhuls on Thursday about Kelvar.',
  'On March 3, Valdorian troops launched the blockade of Kelvar, closing the road to the coast.',
]);

function cluesOf(...docs: AnalysedDocument[]): DateClues[] {
  return docs.map((d) => dateClues(d) ?? publicationOnly(d.id, d.published));
}

describe('dateClues', () => {
  it('keeps the day count, the start it counts from and the undated weekday with its events', () => {
    const wire = dateClues(WIRE)!;
    expect(wire.counts.map((c) => [c.text, c.days])).toEqual([['its 40th day', 39]]);
    expect(wire.weekdays.map((w) => [w.text, w.weekday])).toEqual([['Thursday', 4]]);
    const paper = dateClues(PAPER)!;
    expect(paper.onsets.map((o) => [o.text, o.year, o.month, o.day])).toEqual([['March 3', null, 3, 3]]);
    // Each weekday clue names the undated events of its sentence.
    for (const w of [...wire.weekdays, ...paper.weekdays]) {
      const doc = w === wire.weekdays[0] ? WIRE : PAPER;
      expect(w.events.length).toBeGreaterThan(0);
      for (const i of w.events) expect(doc.events[i].evidence.text).toContain('Thursday');
    }
  });

  it('keeps nothing for a dated report without a count or a start', () => {
    const dated = report('Coast Mercury', '2025-04-04', ['The council met on Thursday and approved the budget for the harbour.']);
    expect(dateClues(dated)).toBeNull();
  });
});

describe('inferStoryDates', () => {
  it('dates the call from day 40 of a blockade begun on March 3 and the Thursday the reports name', () => {
    const patches = inferStoryDates(cluesOf(WIRE, PAPER), TODAY);
    expect(patches.length).toBeGreaterThanOrEqual(2);
    expect(new Set(patches.map((p) => p.date))).toEqual(new Set(['2024-04-11']));
    expect(new Set(patches.map((p) => p.document))).toEqual(new Set([WIRE.id, PAPER.id]));
    const chain = patches[0].inference.evidence.map((e) => e.text);
    expect(chain).toEqual(['Thursday', 'its 40th day', 'March 3']);
    expect(patches[0].inference.reason).toContain('day 40 counted from 2024-03-03');
  });

  it('uses the year a dated report gives rather than guessing one from the weekday', () => {
    const dated = report('Valdoria Daily', '2025-04-12', ['The blockade of Kelvar, now on its 40th day, began on March 3.']);
    const patches = inferStoryDates(cluesOf(WIRE, dated), TODAY);
    // Day 40 from 2025-03-03 is Friday 2025-04-11; the Thursday before it is April 10.
    expect(new Set(patches.map((p) => p.date))).toEqual(new Set(['2025-04-10']));
  });

  it('places a weekday by the publication dates of the other reports when they all agree', () => {
    const undated = report('Harbour Gazette', null, ['Police arrested two engineers on Thursday over the collapse of the Marrow Bridge in Kessington, the fire service said.']);
    const friday = report('Tarnside Herald', '2025-04-04', ['Four people died when the Marrow Bridge collapsed, the fire service said.']);
    const saturday = report('Coast Mercury', '2025-04-05', ['The Marrow Bridge collapse killed four people, the fire service said.']);
    const agreed = inferStoryDates(cluesOf(undated, friday, saturday), TODAY);
    expect(agreed.map((p) => p.date)).toEqual(agreed.map(() => '2025-04-03'));
    expect(agreed.length).toBeGreaterThan(0);
    // A week apart, the reports' dates put "Thursday" on two different days: no answer.
    const later = report('Northern Voice', '2025-04-11', ['A week after the Marrow Bridge collapse, divers found the missing cyclist.']);
    expect(inferStoryDates(cluesOf(undated, friday, later), TODAY)).toEqual([]);
  });

  it('says nothing when the start of the count is not given anywhere', () => {
    const patches = inferStoryDates(cluesOf(WIRE), TODAY);
    expect(patches).toEqual([]);
  });
});

describe('StoryLinker with onDated', () => {
  it('hands the story\'s inferred dates to the caller when the story is built', async () => {
    const found: DatePatch[] = [];
    const linker = await StoryLinker.create({ onDated: (patches) => found.push(...patches), today: TODAY });
    linker.add(WIRE);
    linker.add(PAPER);
    const stories = linker.stories();
    expect(stories).toHaveLength(1);
    expect(stories[0].date).toBe('2024-04-11');
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((p) => p.date === '2024-04-11')).toBe(true);
  });
});
