/**
 * Years: bare years ("in 2019", "the 2016 election"), decades ("the 1990s"),
 * years relative to publication ("this year", "October" aside) and year bounds
 * ("since the beginning of the year").
 */
import { formatYear } from '../calendar.js';
import type { PatternRule } from '../rule.js';
import { relative } from '../values.js';

/** Modifiers TimeML keeps inside the expression ("early 2011", "fiscal 1989"). */
const YEAR_MODIFIER = String.raw`(?:(?:(?:the\s+)?(?:end|beginning|start|middle|first\s+half|second\s+half|rest|remainder|spring|summer|autumn|fall|winter)\s+of\s+|(?:early|late|mid|mid-|the\s+early|the\s+late)[\s-]?)(?:in\s+)?)?(?:fiscal\s+(?:year\s+)?|calendar\s+(?:year\s+)?|the\s+year\s+)?`;

/** A four-digit year between 1800 and 2099 that is not part of a longer number. */
const YEAR = String.raw`(?<![\d.,$£€#/:]|(?<!\b\d{4})-)(1[89]\d\d|20\d\d)(?![.,]\d|%|s\b|\d|-(?:\d{1,3}\b|year)|:\d)`;

export const bareYear: PatternRule = {
  name: 'bare-year',
  pattern: new RegExp(String.raw`\b${YEAR_MODIFIER}${YEAR}`, 'gi'),
  extract: (m) => ({ type: 'DATE', value: m[1], grain: 'year' }),
};

/** "the 1990s", "the early 1960s": TimeML writes the decade as `199X`. */
export const decade: PatternRule = {
  name: 'decade',
  pattern: /\b(?:the\s+)?(?:(?:early|late|mid)[\s-])?(1[89]\d|20\d)0s\b/gi,
  needs: /\d0s/i,
  extract: (m) => ({ type: 'DATE', value: `${m[1]}X`, grain: 'other' }),
};

const YEAR_OFFSETS: Readonly<Record<string, number>> = {
  // Plain "the year" in a report is the year it is written in.
  the: 0, this: 0, current: 0, 'the current': 0, last: -1, 'the last': -1, previous: -1, 'the previous': -1,
  'the past': -1, next: 1, 'the next': 1, coming: 1, 'the coming': 1,
};

const THE_YEAR_ELSEWHERE = /^(?:-|'s|\s+(?:before|after|in\s+which|of|when|that|earlier|ago|previous|(?:19|20)\d\d)\b)/i;

/** "this year", "last year", "earlier this year", "the end of last year", "next fiscal year". */
export const relativeYear: PatternRule = {
  name: 'relative-year',
  pattern: new RegExp(
    String.raw`\b(?:(?:early|late|earlier|later)\s+(?:in\s+)?|(?:the\s+)?(?:end|beginning|start|middle|rest|remainder|first\s+half|second\s+half)\s+of\s+)?(${Object.keys(YEAR_OFFSETS).join('|').replace(/ /g, '\\s+')})\s+(?:fiscal\s+|calendar\s+)?year\b(?![\s-](?:old|ago|earlier|later)\b)`,
    'gi',
  ),
  extract: (m, { text, anchor }) => {
    const word = m[1].toLowerCase().replace(/\s+/g, ' ');
    const offset = YEAR_OFFSETS[word];
    // "the year before", "the year of the flood", "the year 2000": some other year.
    if (word === 'the' && THE_YEAR_ELSEWHERE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20))) return null;
    // "the past year" and "the next year" are stretches of time, not the calendar year.
    if (/^the\s+(past|next|coming)$/i.test(m[1]) && !/^\w+\s+of/i.test(m[0])) return null;
    return { type: 'DATE', value: relative(anchor, (a) => formatYear(a.year + offset)), grain: 'year' };
  },
};

/** "the end of the year", "since the beginning of the year", "year-end": the publication year. */
export const yearBound: PatternRule = {
  name: 'year-bound',
  pattern: /\b(?:(?:the\s+)?(?:end|beginning|start|middle|rest|remainder|turn)\s+of\s+(?:the\s+)?year|(?:the\s+)?year[\s-]end)\b/gi,
  extract: (_m, { anchor }) => ({ type: 'DATE', value: relative(anchor, (a) => formatYear(a.year)), grain: 'year' }),
};

export const YEAR_RULES: readonly PatternRule[] = [bareYear, decade, relativeYear, yearBound];
