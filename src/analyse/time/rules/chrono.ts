/**
 * The chrono-node proposer: explicit calendar dates and clock times ("Oct. 7, 2023",
 * "March 12", "Friday, Oct. 23", "3:30 p.m.", "15:00 GMT Saturday").
 *
 * Only the components chrono read from the text (`knownValues`) are used; the year
 * of a date without one, and a weekday, are placed by our own tense rules, so nothing
 * depends on chrono's implied values or on the machine's time zone. Relative readings
 * ("yesterday", "last week", "3 days ago") are left to our own rules, which give
 * TimeML grains where chrono gives a single instant.
 */
import * as chrono from 'chrono-node';
import { formatDay, formatMonth, isValidDate, type CalendarDate } from '../calendar.js';
import { resolveDayYear, resolveWeekday } from '../resolve.js';
import type { Candidate, Proposer, RuleContext } from '../rule.js';
import { tenseAround } from '../tense.js';

/** Leading words chrono keeps that TimeML leaves outside the expression. */
const LEADING_FUNCTION_WORDS = /^(?:on|at|in|by|from|since|until|till|to|before|after|during|of|around|about|the)\s+/i;
/** A clock time must look like one: digits with a colon, a.m./p.m., o'clock, or noon/midnight. */
const CLOCK_EVIDENCE = /\d:\d\d|\d\s*(?:a\.?m\.?|p\.?m\.?)(?![a-z])|o'clock|\bnoon\b|\bmidnight\b/i;

/** Noon UTC of the publication day: the same calendar day in every time zone from UTC-11 to UTC+11. */
function referenceInstant(anchor: CalendarDate | null): Date {
  const a = anchor ?? { year: 2000, month: 1, day: 1 };
  return new Date(Date.UTC(a.year, a.month - 1, a.day, 12));
}

function known(component: chrono.ParsedComponents, name: chrono.Component): number | null {
  return component.isCertain(name) ? (component.get(name) ?? null) : null;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The calendar day chrono's components name, placed by our rules where chrono only implied it. */
function dayOf(components: chrono.ParsedComponents, context: RuleContext, start: number, end: number): CalendarDate | null | 'unknown' {
  const year = known(components, 'year');
  const month = known(components, 'month');
  const day = known(components, 'day');
  const weekday = known(components, 'weekday');
  if (month !== null && day !== null) {
    if (year !== null) return isValidDate(year, month, day) ? { year, month, day } : null;
    if (!context.anchor) return 'unknown';
    const placed = resolveDayYear(context.anchor, month, day, tenseAround(context.text, start, end));
    return placed === null ? null : { year: placed, month, day };
  }
  if (weekday !== null) {
    if (!context.anchor) return 'unknown';
    const tense = tenseAround(context.text, start, end);
    return resolveWeekday(context.anchor, weekday === 0 ? 7 : weekday, tense === 'future' ? 'future' : 'past');
  }
  return null;
}

/** Connectors between the two ends of a range chrono reads as one ("Sept. 14 to Thursday"). */
const RANGE_CONNECTOR = /\s*(?:-|–|—|\bto\b|\bthrough\b|\bthru\b|\buntil\b|\btill\b|\band\b)\s*/i;
/** A bare numeric slash ("1/2", "7/8") is a fraction in news prose far more often than a date. */
const BARE_SLASH = /^\d{1,2}\/\d{1,2}$/;
/** "3:07:35" after a race or a flight is a length of time. */
const CLOCK_DURATION = /^(\d{1,2}):(\d\d):(\d\d)$/;

/** Narrows [start, end) past leading function words and trailing punctuation. */
function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  let piece = text.slice(start, end);
  const lead = LEADING_FUNCTION_WORDS.exec(piece);
  if (lead) {
    start += lead[0].length;
    piece = piece.slice(lead[0].length);
  }
  const trail = /[\s,;:)(]+$/.exec(piece);
  if (trail) end -= trail[0].length;
  return { start, end };
}

/** One end of a chrono result (its components and the stretch of text they came from) as a candidate. */
function componentCandidate(c: chrono.ParsedComponents, context: RuleContext, from: number, to: number): Candidate | null {
  const { start, end } = trimSpan(context.text, from, to);
  const text = context.text.slice(start, end);
  if (end <= start || BARE_SLASH.test(text)) return null;
  const hour = known(c, 'hour');
  if (hour !== null) {
    const race = CLOCK_DURATION.exec(text);
    if (race) {
      const [h, m, sec] = race.slice(1).map(Number);
      return { start, end, type: 'DURATION', value: `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${sec ? `${sec}S` : ''}`, grain: 'other', rule: 'chrono-clock-duration' };
    }
    if (!CLOCK_EVIDENCE.test(text)) return null;
    const minute = known(c, 'minute') ?? 0;
    const date = dayOf(c, context, start, end);
    const day = date === null ? context.anchor : date === 'unknown' ? null : date;
    // TimeML marks a stated UTC with Z; other zones are left as written.
    const zone = /\bUTC\b/.test(text) ? 'Z' : '';
    const value = day ? `${formatDay(day)}T${pad(hour)}:${pad(minute)}${zone}` : null;
    return { start, end, type: 'TIME', value, grain: 'time', rule: 'chrono-time' };
  }
  const month = known(c, 'month');
  const day = known(c, 'day');
  const year = known(c, 'year');
  if (month !== null && day !== null) {
    const date = dayOf(c, context, start, end);
    if (date === null) return null;
    if (date === 'unknown') {
      const open = year === null ? `XXXX-${pad(month)}-${pad(day)}` : null;
      return { start, end, type: 'DATE', value: null, grain: 'day', rule: 'chrono-date', ...(open ? { underspecified: open } : {}) };
    }
    return { start, end, type: 'DATE', value: formatDay(date), grain: 'day', rule: 'chrono-date' };
  }
  if (month !== null && year !== null) {
    return { start, end, type: 'DATE', value: formatMonth(year, month), grain: 'month', rule: 'chrono-month' };
  }
  return null;
}

function toCandidates(result: chrono.ParsedResult, context: RuleContext): Candidate[] {
  for (const tag of result.tags()) if (tag.startsWith('casualReference/') || tag === 'result/relativeDate') return [];
  const from = result.index;
  const to = result.index + result.text.length;
  if (!result.end) {
    const one = componentCandidate(result.start, context, from, to);
    return one ? [one] : [];
  }
  // A range: each end is its own TimeML expression.
  const connector = RANGE_CONNECTOR.exec(result.text);
  if (!connector) return [];
  const cut = from + connector.index;
  return [
    componentCandidate(result.start, context, from, cut),
    componentCandidate(result.end, context, cut + connector[0].length, to),
  ].filter((c): c is Candidate => c !== null);
}

export const chronoProposer: Proposer = {
  name: 'chrono',
  propose(context) {
    const results = chrono.casual.parse(context.text, { instant: referenceInstant(context.anchor), timezone: 0 }, { forwardDate: false });
    return results.flatMap((r) => toCandidates(r, context));
  },
};
