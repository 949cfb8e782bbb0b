/**
 * Sets (TimeML SET): "every Friday" (XXXX-WXX-5), "on Fridays", "annually" (P1Y),
 * "daily", "every two years" (P2Y), "$5 a year", "twice a week", "every morning".
 */
import { DURATION_UNITS, PARTS_OF_DAY } from '../lexicon.js';
import type { PatternRule } from '../rule.js';
import { durationValue } from '../values.js';
import { alternation, NUMBER, readNumber, readWeekday, WEEKDAY_NAME } from '../words.js';

const UNIT = `(${alternation(Object.keys(DURATION_UNITS))})`;

/** Adverbs and adjectives of frequency and the period they repeat at. */
const FREQUENCY_WORDS: Readonly<Record<string, string>> = {
  daily: 'P1D', nightly: 'P1D', weekly: 'P1W', biweekly: 'P2W', fortnightly: 'P2W', monthly: 'P1M',
  annually: 'P1Y', annual: 'P1Y', yearly: 'P1Y', biannual: 'P6M', 'semi-annual': 'P6M',
  biennial: 'P2Y', hourly: 'PT1H',
};

export const frequencyWord: PatternRule = {
  name: 'frequency-word',
  pattern: new RegExp(String.raw`\b(${alternation(Object.keys(FREQUENCY_WORDS))})\b(?!-)`, 'gi'),
  extract: (m) => ({ type: 'SET', value: FREQUENCY_WORDS[m[1].toLowerCase()], grain: 'other' }),
};

/** "every Friday", "each Monday", "on Fridays". */
export const everyWeekday: PatternRule = {
  name: 'every-weekday',
  pattern: new RegExp(String.raw`\b(?:(?:every|each)\s+(${WEEKDAY_NAME})|(${WEEKDAY_NAME})s)\b`, 'g'),
  extract: (m, { text }) => {
    const day = readWeekday(m[1] ?? m[2]);
    if (!day) return null;
    // A plural weekday is a set only after "on" ("on Fridays"), else it may be a name.
    if (m[2] && !/\bon\s+$/i.test(text.slice(Math.max(0, m.index - 4), m.index))) return null;
    return { type: 'SET', value: `XXXX-WXX-${day}`, grain: 'other' };
  },
};

/** "every year", "each month", "every two years", "every morning". */
export const everyPeriod: PatternRule = {
  name: 'every-period',
  pattern: new RegExp(String.raw`\b(?:every|each|per)\s+(?:(${NUMBER}|other)\s+)?(?:${UNIT}s?|(${alternation(Object.keys(PARTS_OF_DAY))}))\b`, 'gi'),
  extract: (m) => {
    if (m[3]) return { type: 'SET', value: `XXXX-XX-XXT${PARTS_OF_DAY[m[3].toLowerCase()]}`, grain: 'other' };
    const unit = DURATION_UNITS[m[2].toLowerCase()];
    const amount = m[1] ? (m[1].toLowerCase() === 'other' ? 2 : readNumber(m[1])) : 1;
    return unit && amount !== null ? { type: 'SET', value: durationValue(amount, unit), grain: 'other' } : null;
  },
};

/** A rate: "twice a week", "three times a year", "$5 a month", "once a day". */
export const rate: PatternRule = {
  name: 'rate',
  pattern: new RegExp(String.raw`(?:\b(?:once|twice|thrice|${NUMBER}\s+times)\s+|(?<=\d\s?))an?\s+${UNIT}\b`, 'gi'),
  needs: new RegExp(String.raw`(?:once|twice|thrice|times)\s+an?\s+${UNIT}|\d\s?an?\s+${UNIT}`, 'i'),
  extract: (m) => {
    const unit = DURATION_UNITS[m[1].toLowerCase()];
    return unit ? { type: 'SET', value: durationValue(1, unit), grain: 'other' } : null;
  },
};

export const SET_RULES: readonly PatternRule[] = [frequencyWord, everyWeekday, everyPeriod, rate];
