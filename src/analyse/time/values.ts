/**
 * TimeML value strings from calendar pieces. A relative reading with no publication
 * date has no value: `relative` returns null rather than guessing against today.
 */
import { addDays, addMonths, formatDay, formatMonth, formatWeek, formatYear, type CalendarDate } from './calendar.js';
import type { DurationUnit } from './lexicon.js';
import type { Grain } from './rule.js';

/** Calls `read` with the anchor, or gives null when there is none. */
export function relative<T>(anchor: CalendarDate | null, read: (anchor: CalendarDate) => T): T | null {
  return anchor ? read(anchor) : null;
}

/** ISO 8601 duration: `P3W`, `PT48H`, `P2.5Y`; `X` for an unknown amount (`PXM`). */
export function durationValue(amount: number | null, unit: DurationUnit): string {
  const count = amount === null ? 'X' : formatAmount(amount * unit.factor);
  return `P${unit.time ? 'T' : ''}${count}${unit.letter}`;
}

function formatAmount(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
}

/** The point `amount` units before (negative) or after the anchor, at the unit's grain. */
export function shiftedPoint(anchor: CalendarDate, amount: number, unit: DurationUnit): { value: string; grain: Grain } | null {
  const whole = Math.round(amount * unit.factor);
  switch (unit.letter) {
    case 'D':
      return { value: formatDay(addDays(anchor, whole)), grain: 'day' };
    case 'W':
      return { value: formatWeek(addDays(anchor, whole * 7)), grain: 'week' };
    case 'M': {
      if (unit.time) return null;
      const { year, month } = addMonths(anchor.year, anchor.month, whole);
      return { value: formatMonth(year, month), grain: 'month' };
    }
    case 'Y':
      return { value: formatYear(anchor.year + whole), grain: 'year' };
    default:
      return null;
  }
}
