/**
 * Days: "today", "yesterday", "tomorrow", "tonight", "this morning", "last night",
 * and weekdays ("on Friday", "Tuesday's election", "will meet on Tuesday",
 * "Friday afternoon"), placed before or after publication by tense.
 */
import { addDays, formatDay, isoWeekday, type CalendarDate } from '../calendar.js';
import { PARTS_OF_DAY } from '../lexicon.js';
import { resolveWeekday } from '../resolve.js';
import type { PatternRule, Reading } from '../rule.js';
import { tenseAround } from '../tense.js';
import { relative } from '../values.js';
import { alternation, readWeekday, WEEKDAY_NAME } from '../words.js';

const PART = `(${alternation(Object.keys(PARTS_OF_DAY))})`;
const DAY_OFFSET: Readonly<Record<string, number>> = { today: 0, yesterday: -1, tomorrow: 1 };

/** A day, or a part of a day as a TIME (`2024-11-08TEV`). */
function dayReading(anchor: CalendarDate | null, at: (a: CalendarDate) => CalendarDate, part: string | undefined): Reading {
  if (part) {
    const code = PARTS_OF_DAY[part.toLowerCase()];
    return { type: 'TIME', value: relative(anchor, (a) => `${formatDay(at(a))}T${code}`), grain: 'time' };
  }
  return { type: 'DATE', value: relative(anchor, (a) => formatDay(at(a))), grain: 'day' };
}

/** "today", "yesterday afternoon", "earlier today", "tomorrow night". */
export const deicticDay: PatternRule = {
  name: 'deictic-day',
  pattern: new RegExp(String.raw`\b(?:(?:earlier|later)\s+)?(today|yesterday|tomorrow)(?:'s)?(?:\s+${PART})?\b`, 'gi'),
  extract: (m, { anchor }) => {
    const offset = DAY_OFFSET[m[1].toLowerCase()];
    const reading = dayReading(anchor, (a) => addDays(a, offset), m[2]);
    return m[0].toLowerCase().endsWith("'s") ? { ...reading, end: m.index + m[0].length - 2 } : reading;
  },
};

/** "tonight", "this morning", "last night": parts of the publication day or the one before. */
export const partOfToday: PatternRule = {
  name: 'part-of-today',
  pattern: new RegExp(String.raw`\b(?:(?:earlier|later)\s+)?(?:(tonight)|(this|last)\s+${PART})\b`, 'gi'),
  extract: (m, { anchor }) => {
    if (m[1]) return dayReading(anchor, (a) => a, 'night');
    const last = m[2].toLowerCase() === 'last';
    return dayReading(anchor, (a) => addDays(a, last ? -1 : 0), m[3]);
  },
};

/** "Friday", "last Friday", "next Tuesday", "Friday morning", "Tuesday's election". */
export const weekday: PatternRule = {
  name: 'weekday',
  pattern: new RegExp(
    String.raw`\b(?:(last|next|this|this\s+past|this\s+coming|the\s+previous|the\s+following|(?:early|late|earlier|later)(?:\s+on)?)\s+)?(${WEEKDAY_NAME})(?:'s)?(?:\s+${PART})?(?!\s*,?\s*(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)))\b`,
    'g',
  ),
  extract: (m, { text, anchor }) => {
    const day = readWeekday(m[2]);
    if (!day) return null;
    const which = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
    // "Every Friday" / "on Fridays" are sets; the set rule reads them.
    if (/\b(?:every|each)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index))) return null;
    const tense = tenseAround(text, m.index, m.index + m[0].length);
    const at = (a: CalendarDate): CalendarDate => {
      if (which === 'last' || which === 'this past' || which === 'the previous') {
        const back = (isoWeekday(a) - day + 7) % 7 || 7;
        return addDays(a, -back);
      }
      if (which === 'next' || which === 'this coming' || which === 'the following') return resolveWeekday(a, day, 'future');
      return resolveWeekday(a, day, tense === 'future' ? 'future' : 'past');
    };
    const reading = dayReading(anchor, at, m[3]);
    // A plain weekday told in the past ("said on Friday"): the day another report's date can place.
    if (reading.value === null && !which && !m[3] && tense !== 'future') reading.underspecified = `XXXX-WXX-${day}`;
    const possessive = m[0].indexOf("'s");
    return possessive > 0 && !m[3] ? { ...reading, end: m.index + possessive } : reading;
  },
};

export const DAY_RULES: readonly PatternRule[] = [deicticDay, partOfToday, weekday];
