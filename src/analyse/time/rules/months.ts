/**
 * Months: a month with its year ("May 2010"), with a relative year ("October last
 * year"), with a relative word ("last May"), alone ("in June", placed by tense), and
 * months relative to publication ("this month", "last month").
 */
import { addMonths, formatMonth } from '../calendar.js';
import { resolveMonthYear } from '../resolve.js';
import type { PatternRule } from '../rule.js';
import { tenseAround } from '../tense.js';
import { relative } from '../values.js';
import { MONTH_NAME, readMonth } from '../words.js';

const MONTH_MODIFIER = String.raw`(?:(?:early|late|mid|mid-|the\s+(?:end|beginning|start|middle)\s+of|the\s+first\s+half\s+of|the\s+second\s+half\s+of)[\s-]?)?`;
const YEAR_OFFSET: Readonly<Record<string, number>> = { this: 0, last: -1, next: 1, previous: -1 };

/** "May 2010", "early December 2012", "June of 1998". */
export const monthWithYear: PatternRule = {
  name: 'month-year',
  pattern: new RegExp(String.raw`\b${MONTH_MODIFIER}(${MONTH_NAME})(?:,?\s+|\s+of\s+)((?:1[89]|20)\d\d)(?!\d)`, 'g'),
  extract: (m) => {
    const month = readMonth(m[1]);
    return month ? { type: 'DATE', value: formatMonth(Number(m[2]), month), grain: 'month' } : null;
  },
};

/** "October last year", "June of last year", "January this year". */
export const monthRelativeYear: PatternRule = {
  name: 'month-relative-year',
  pattern: new RegExp(String.raw`\b${MONTH_MODIFIER}(${MONTH_NAME})\s+(?:of\s+)?(this|last|next|previous)\s+year\b`, 'g'),
  extract: (m, { anchor }) => {
    const month = readMonth(m[1]);
    if (!month) return null;
    const offset = YEAR_OFFSET[m[2].toLowerCase()];
    return { type: 'DATE', value: relative(anchor, (a) => formatMonth(a.year + offset, month)), grain: 'month' };
  },
};

/** "last May" (the most recent May before this month), "next March", "this June". */
export const relativeMonthName: PatternRule = {
  name: 'relative-month-name',
  pattern: new RegExp(String.raw`\b(last|next|this|past|coming)\s+(${MONTH_NAME})(?![\s.]*\d)`, 'gi'),
  extract: (m, { anchor }) => {
    const month = readMonth(m[2]);
    if (!month || !/^[A-Z]/.test(m[2])) return null;
    const which = m[1].toLowerCase();
    const value = relative(anchor, (a) => {
      if (which === 'this') return formatMonth(a.year, month);
      if (which === 'last' || which === 'past') return formatMonth(month < a.month ? a.year : a.year - 1, month);
      return formatMonth(month > a.month ? a.year : a.year + 1, month);
    });
    return { type: 'DATE', value, grain: 'month' };
  },
};

/** A capitalised word before "May" makes it a name ("Theresa May"), not the month. */
const NAME_BEFORE = /(?:^|[^.!?\n])\b[A-Z][a-z]+\s+$/;
const LEADING_WORDS = /\b(?:In|Since|By|Until|Through|From|Early|Late|Mid|During|Last|Next|This|Before|After|On|Of|And|Or|To|Between|Each|Every|The)\s+$/;

/** A month alone ("in June", "early December"): its year comes from the tense of the clause. */
export const bareMonth: PatternRule = {
  name: 'bare-month',
  pattern: new RegExp(String.raw`\b${MONTH_MODIFIER}(${MONTH_NAME})(?![\s.]*(?:\d|of\s+\d|last\s+year|this\s+year|next\s+year))(?!\w)`, 'g'),
  extract: (m, { text, anchor }) => {
    const month = readMonth(m[1]);
    if (!month) return null;
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    if (/^May$/i.test(m[1]) && (NAME_BEFORE.test(before) && !LEADING_WORDS.test(before))) return null;
    // "May" and "March" at the start of a clause are as often verbs as months.
    if (/^(?:May|March)$/.test(m[0]) && /(?:^|[.!?"\n]\s*)$/.test(before) && /^\s+(?:be|have|not|also|still|well|on|through|to)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) return null;
    if (/^(?:Mar|Jan|Jun|Jul|Aug|Oct|Nov|Dec|Sep|Feb|Apr)$/.test(m[1])) return null;
    const tense = tenseAround(text, m.index, m.index + m[0].length);
    return { type: 'DATE', value: relative(anchor, (a) => formatMonth(resolveMonthYear(a, month, tense), month)), grain: 'month' };
  },
};

const MONTH_OFFSET: Readonly<Record<string, number>> = { this: 0, current: 0, last: -1, previous: -1, next: 1, coming: 1 };

/** "this month", "last month", "earlier this month", "the end of next month". */
export const relativeMonth: PatternRule = {
  name: 'relative-month',
  pattern: /\b(?:(?:early|late|earlier|later)\s+(?:in\s+)?|(?:the\s+)?(?:end|beginning|start|middle|rest)\s+of\s+)?(this|current|last|previous|next|coming)\s+month\b(?!\s+ago)/gi,
  extract: (m, { anchor }) => {
    const offset = MONTH_OFFSET[m[1].toLowerCase()];
    const value = relative(anchor, (a) => {
      const { year, month } = addMonths(a.year, a.month, offset);
      return formatMonth(year, month);
    });
    return { type: 'DATE', value, grain: 'month' };
  },
};

export const MONTH_RULES: readonly PatternRule[] = [monthWithYear, monthRelativeYear, relativeMonthName, bareMonth, relativeMonth];
