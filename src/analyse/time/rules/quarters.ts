/**
 * Quarters and halves: "the third quarter" (2024-Q3), "third-quarter profit",
 * "the first quarter of 2009", "the fourth quarter of last year", "Q2 2023",
 * "the first half" (H1). A quarter with no year is the latest one that has begun
 * (news reports results after the fact) unless the clause looks ahead.
 */
import { quarterOf, type CalendarDate } from '../calendar.js';
import type { PatternRule } from '../rule.js';
import { tenseAround, type Tense } from '../tense.js';
import { relative } from '../values.js';

const QUARTER_NUMBER: Readonly<Record<string, number>> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4, last: 4,
};
const HALF_NUMBER: Readonly<Record<string, number>> = { first: 1, '1st': 1, second: 2, '2nd': 2, last: 2 };
const YEAR_OFFSET: Readonly<Record<string, number>> = { this: 0, last: -1, next: 1, previous: -1 };

function placePeriod(anchor: CalendarDate, n: number, perYear: number, tense: Tense | null): number {
  const current = perYear === 4 ? quarterOf(anchor.month) : anchor.month <= 6 ? 1 : 2;
  // Companies announce ahead what they will report for a quarter already past, so a
  // future clause keeps this year; only the past reaches back to last year.
  if (tense === 'future') return anchor.year;
  return n <= current ? anchor.year : anchor.year - 1;
}

const YEAR_PART = String.raw`(?:,?\s+(?:of\s+)?(?:(?:fiscal\s+)?((?:19|20)\d\d)|(this|last|next|previous)\s+(?:fiscal\s+)?year))?`;

export const quarter: PatternRule = {
  name: 'quarter',
  pattern: new RegExp(String.raw`\b(?:(?:the|its|their|a|this\s+year's|last\s+year's)\s+)?(?:(?:fiscal|calendar|financial)\s+)?(first|second|third|fourth|final|1st|2nd|3rd|4th)[\s-]+(?:fiscal\s+)?(quarter|half)\b${YEAR_PART}`, 'gi'),
  needs: /(?:first|second|third|fourth|final|1st|2nd|3rd|4th)[\s-]+(?:fiscal\s+)?(?:quarter|half)/i,
  extract: (m, { text, anchor }) => {
    const isQuarter = m[2].toLowerCase() === 'quarter';
    const n = (isQuarter ? QUARTER_NUMBER : HALF_NUMBER)[m[1].toLowerCase()];
    if (!n) return null;
    const code = isQuarter ? `Q${n}` : `H${n}`;
    if (m[3]) return { type: 'DATE', value: `${m[3]}-${code}`, grain: 'other' };
    const tense = tenseAround(text, m.index, m.index + m[0].length);
    const value = relative(anchor, (a) => {
      const year = m[4] ? a.year + YEAR_OFFSET[m[4].toLowerCase()] : /last\s+year's/i.test(m[0]) ? a.year - 1 : placePeriod(a, n, isQuarter ? 4 : 2, tense);
      return `${year}-${code}`;
    });
    return { type: 'DATE', value, grain: 'other' };
  },
};

/** "Q3 2024", "Q1". */
export const quarterCode: PatternRule = {
  name: 'quarter-code',
  pattern: /\b([QH])([1-4])(?:\s+((?:19|20)\d\d))?\b/g,
  extract: (m, { text, anchor }) => {
    const n = Number(m[2]);
    if (m[1] === 'H' && n > 2) return null;
    const code = `${m[1]}${n}`;
    if (m[3]) return { type: 'DATE', value: `${m[3]}-${code}`, grain: 'other' };
    const tense = tenseAround(text, m.index, m.index + m[0].length);
    return { type: 'DATE', value: relative(anchor, (a) => `${placePeriod(a, n, m[1] === 'Q' ? 4 : 2, tense)}-${code}`), grain: 'other' };
  },
};

const QUARTER_OFFSET: Readonly<Record<string, number>> = {
  this: 0, 'the current': 0, next: 1, 'the next': 1, 'the coming': 1,
  last: -1, 'the last': -1, 'the previous': -1, 'the latest': -1, 'the most recent': -1, 'the recent': -1,
  // Plain "the quarter" in a report is the one just closed: results come after the fact.
  the: -1,
};

/** "this quarter", "last quarter", "next quarter", "the latest quarter", "the quarter". */
export const relativeQuarter: PatternRule = {
  name: 'relative-quarter',
  pattern: /\b(this|last|next|the\s+current|the\s+previous|the\s+latest|the\s+most\s+recent|the\s+recent|the\s+last|the\s+next|the\s+coming|the)\s+quarter\b(?!\s+of\b|\s+century|-)/gi,
  needs: /quarter/i,
  extract: (m, { anchor }) => {
    const offset = QUARTER_OFFSET[m[1].toLowerCase().replace(/\s+/g, ' ')];
    const value = relative(anchor, (a) => {
      const index = a.year * 4 + quarterOf(a.month) - 1 + offset;
      return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
    });
    return { type: 'DATE', value, grain: 'other' };
  },
};

export const QUARTER_RULES: readonly PatternRule[] = [quarter, quarterCode, relativeQuarter];
