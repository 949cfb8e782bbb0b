/**
 * Dates one report of a story leaves open and another pins down. An undated report says
 * the Kremlin spoke "on Friday"; another report of the same story says the war is "on
 * its 77th day", and a third that it began "on October 7": day 77 of a war that began on
 * October 7 is December 22, and the report's Friday is that day in the latest year where
 * December 22 is a Friday. Each date found this way is given with every sentence it
 * rests on, and marked as inferred; where the clues allow more than one answer, none is
 * given.
 *
 * Works from the time stage's underspecified values (`XXXX-10-07`, `XXXX-WXX-5`,
 * `XXXX-XX-XX+P76D`), read once per document into a few small clues, so no text is kept.
 */
import type { AnalysedDocument, DateInference, TimeExpression } from '../model/index.js';
import { dayNumber, dayOf, dayOfInstant, isoDay, weekdayOf, yearOf } from './days.js';

interface Clue {
  start: number;
  end: number;
  text: string;
}

/** A date the count of days starts from ("On October 7, Hamas launched ..."); year null when the text leaves it open. */
interface Onset extends Clue {
  year: number | null;
  month: number;
  day: number;
}

/** "its 77th day": `days` after the onset. */
interface DayCount extends Clue {
  days: number;
}

/** A weekday with no date ("said on Friday"), and the undated events of its sentence. */
interface Weekday extends Clue {
  weekday: number;
  events: number[];
}

export interface DateClues {
  document: string;
  published: string | null;
  onsets: Onset[];
  counts: DayCount[];
  weekdays: Weekday[];
}

/** An event date a story supplies to one of its reports. */
export interface DatePatch {
  document: string;
  /** Index into the document's `events`. */
  event: number;
  date: string;
  inference: DateInference;
}

/** Words that make a date the start of what is counted, before it ("began on October 7") or after it in its clause ("On October 7, Hamas launched"). */
const START_BEFORE = /\b(?:began|begun|started|erupted|broke\s+out|launched|commenced|since|starting)\s+(?:on\s+|in\s+)?$/i;
const START_AFTER = /^[^.;]{0,120}?\b(?:launched|began|started|erupted|broke\s+out|invaded|stormed|opened\s+fire)\b/i;
/** ... but only for a date that opens its sentence: "On October 7, Hamas launched", not "now on its 40th day, began". */
const SENTENCE_OPENING = /(?:^|[.!?]["”’]?\s+|\n)(?:On\s+)?$/;
const MONTH_DAY = /^XXXX-(\d\d)-(\d\d)$/;
const COUNT = /^XXXX-XX-XX\+P(\d+)D$/;
const WEEKDAY = /^XXXX-WXX-([1-7])$/;
const FULL_DAY = /^(\d{4})-(\d\d)-(\d\d)$/;
/** How far back a year is looked for when only a weekday can place it. */
const YEARS_BACK = 60;

function clue(t: TimeExpression): Clue {
  return { start: t.start, end: t.end, text: t.text };
}

/** A report that gives nothing but its publication date (most reports). */
export function publicationOnly(document: string, published: string | null): DateClues {
  return { document, published, onsets: [], counts: [], weekdays: [] };
}

/** The clues of one document, or null when it has none beyond its publication date. */
export function dateClues(doc: AnalysedDocument): DateClues | null {
  const onsets: Onset[] = [];
  const counts: DayCount[] = [];
  const weekdays: Weekday[] = [];
  for (const t of doc.times) {
    const open = t.underspecified ?? '';
    const count = COUNT.exec(open);
    if (count) {
      counts.push({ ...clue(t), days: Number(count[1]) });
      continue;
    }
    const weekday = WEEKDAY.exec(open);
    if (weekday && !doc.published) {
      const events = doc.events.flatMap((e, i) => (e.date === null && e.evidence.start <= t.start && t.end <= e.evidence.end ? [i] : []));
      if (events.length) weekdays.push({ ...clue(t), weekday: Number(weekday[1]), events });
      continue;
    }
    const monthDay = MONTH_DAY.exec(open);
    const full = t.value ? FULL_DAY.exec(t.value) : null;
    if (!monthDay && !full) continue;
    const before = doc.text.slice(Math.max(0, t.start - 30), t.start);
    const after = doc.text.slice(t.end, t.end + 160);
    const opensSentence = SENTENCE_OPENING.test(doc.text.slice(Math.max(0, t.start - 40), t.start));
    if (!START_BEFORE.test(before) && !(opensSentence && START_AFTER.test(after))) continue;
    if (full) onsets.push({ ...clue(t), year: Number(full[1]), month: Number(full[2]), day: Number(full[3]) });
    else onsets.push({ ...clue(t), year: null, month: Number(monthDay![1]), day: Number(monthDay![2]) });
  }
  if (!onsets.length && !counts.length && !weekdays.length) return null;
  return { document: doc.id, published: doc.published, onsets, counts, weekdays };
}

function evidence(document: string, c: Clue): DateInference['evidence'][number] {
  return { document, start: c.start, end: c.end, text: c.text };
}

/** The report's present, from a count of days and where it started; with the clues it rests on. */
interface Present {
  day: number;
  reason: string;
  evidence: DateInference['evidence'];
}

/** Day N of what began on an onset; the onset's year, when the text leaves it open, from `placeYear`. */
function presentFromCount(reports: readonly DateClues[], published: readonly number[], today: number): Present | null {
  const weekdays = new Set(reports.flatMap((r) => r.weekdays.map((w) => w.weekday)));
  for (const counter of reports) {
    for (const count of counter.counts) {
      for (const starter of reports) {
        for (const onset of starter.onsets) {
          const at = (year: number) => dayOf(year, onset.month, onset.day) + count.days;
          const year = onset.year ?? placeYear(at, published, weekdays, today);
          if (year === null) continue;
          return {
            day: at(year),
            reason: `day ${count.days + 1} counted from ${isoDay(dayOf(year, onset.month, onset.day))} ("${onset.text}")${onset.year === null ? ', the year placed by the weekdays and dates of the story' : ''}`,
            evidence: [evidence(counter.document, count), evidence(starter.document, onset)],
          };
        }
      }
    }
  }
  return null;
}

/**
 * The year of an onset the text gives without one. Candidates are the years (back to
 * YEARS_BACK, none after `today`) in which the counted day falls on a weekday the undated
 * reports name, or every year when they name none; of these, the one nearest the story's
 * dated reports, or else the latest. Without weekdays or dated reports there is no answer.
 */
function placeYear(at: (year: number) => number, published: readonly number[], weekdays: ReadonlySet<number>, today: number): number | null {
  if (!weekdays.size && !published.length) return null;
  const candidates: number[] = [];
  for (let y = yearOf(today); y >= yearOf(today) - YEARS_BACK; y--) {
    if (at(y) <= today && (!weekdays.size || weekdays.has(weekdayOf(at(y))))) candidates.push(y);
  }
  if (!candidates.length) return null;
  if (!published.length) return candidates[0];
  const middle = [...published].sort((a, b) => a - b)[Math.floor(published.length / 2)];
  const distance = (y: number) => Math.abs(at(y) - middle);
  return candidates.reduce((best, y) => (distance(y) < distance(best) ? y : best));
}

/** The latest day on or before `present` that falls on `weekday`. */
function weekdayOnOrBefore(present: number, weekday: number): number {
  return present - ((weekdayOf(present) - weekday + 7) % 7);
}

/**
 * Event dates for the undated reports of one story. A report's weekday is placed
 * against the story's present (day N of what began on a stated date), or, without one,
 * against the dated reports' publication dates when all of them place it on the same day.
 */
export function inferStoryDates(reports: readonly DateClues[], today: Date = new Date()): DatePatch[] {
  const undated = reports.filter((r) => !r.published && r.weekdays.length);
  if (!undated.length) return [];
  const published = reports.flatMap((r) => dayNumber(r.published) ?? []);
  const present = presentFromCount(reports, published, dayOfInstant(today));
  const patches: DatePatch[] = [];
  for (const report of undated) {
    for (const w of report.weekdays) {
      let day: number;
      let reason: string;
      let chain: DateInference['evidence'] = [];
      if (present) {
        day = weekdayOnOrBefore(present.day, w.weekday);
        reason = `${w.text}: the ${w.text} on or before ${isoDay(present.day)}, ${present.reason}`;
        chain = present.evidence;
      } else {
        const placed = new Set(published.map((p) => weekdayOnOrBefore(p, w.weekday)));
        if (placed.size !== 1) continue;
        day = [...placed][0];
        reason = `${w.text}: the ${w.text} on or before the publication of the story's other reports`;
      }
      const inference: DateInference = { reason, evidence: [evidence(report.document, w), ...chain] };
      for (const event of w.events) patches.push({ document: report.document, event, date: isoDay(day), inference });
    }
  }
  return patches;
}

/**
 * The dates a run's stories infer, by document and event; a story built later replaces
 * what an earlier one inferred for the same event.
 */
export class DatePatches {
  private readonly byDocument = new Map<string, Map<number, DatePatch>>();

  /** Takes a story's patches: pass as the linker's `onDated`. */
  readonly add = (found: readonly DatePatch[]): void => {
    for (const p of found) {
      let events = this.byDocument.get(p.document);
      if (!events) this.byDocument.set(p.document, (events = new Map()));
      events.set(p.event, p);
    }
  };

  all(): DatePatch[] {
    return [...this.byDocument.values()].flatMap((events) => [...events.values()]);
  }

  /** The document with the dates inferred for it; an event that has a date of its own keeps it. */
  /** Whether any story dated an event of this document. */
  has(documentId: string): boolean {
    return this.byDocument.has(documentId);
  }

  apply(doc: AnalysedDocument): AnalysedDocument {
    const patches = this.byDocument.get(doc.id);
    if (!patches) return doc;
    const events = doc.events.map((e, i) => {
      const patch = patches.get(i);
      return patch && e.date === null ? { ...e, date: patch.date, dateInference: patch.inference } : e;
    });
    return { ...doc, events };
  }
}
