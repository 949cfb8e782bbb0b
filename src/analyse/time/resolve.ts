/**
 * Placing an under-specified date (a month with no year, a weekday) relative to the
 * publication date, by the tense of its clause.
 */
import { addDays, compareDates, isoWeekday, isValidDate, type CalendarDate } from './calendar.js';
import type { Tense } from './tense.js';

/** The year of a month with no year: past tense looks back, future forward, else the nearest. */
export function resolveMonthYear(anchor: CalendarDate, month: number, tense: Tense | null): number {
  if (tense === 'past') return month <= anchor.month ? anchor.year : anchor.year - 1;
  if (tense === 'future') return month >= anchor.month ? anchor.year : anchor.year + 1;
  const diff = month - anchor.month;
  if (diff > 6) return anchor.year - 1;
  if (diff < -6) return anchor.year + 1;
  return anchor.year;
}

/** The year of a month and day with no year, by the same reasoning at day grain. */
export function resolveDayYear(anchor: CalendarDate, month: number, day: number, tense: Tense | null): number | null {
  const options = [anchor.year - 1, anchor.year, anchor.year + 1].filter((y) => isValidDate(y, month, day));
  if (!options.length) return null;
  const dated = options.map((year) => ({ year, cmp: compareDates({ year, month, day }, anchor) }));
  // A few days' grace: agencies date a story the day after the event it reports in the past tense.
  if (tense === 'past') return [...dated].reverse().find((o) => o.cmp <= 1)?.year ?? dated[0].year;
  if (tense === 'future') return dated.find((o) => o.cmp >= -1)?.year ?? dated[dated.length - 1].year;
  return dated.reduce((best, o) => (Math.abs(o.cmp) < Math.abs(best.cmp) ? o : best)).year;
}

/**
 * The weekday nearest publication: on or before it in the past (or unmarked), on or
 * after it in the future ("the snow would cause disruption on Friday", written on Friday).
 */
export function resolveWeekday(anchor: CalendarDate, weekday: number, tense: Tense | null): CalendarDate {
  const today = isoWeekday(anchor);
  if (tense === 'future') return addDays(anchor, (weekday - today + 7) % 7);
  return addDays(anchor, -((today - weekday + 7) % 7));
}
