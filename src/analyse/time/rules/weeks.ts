/**
 * Weeks: "this week", "last week", "next week", "early next week", "this weekend", "the weekend".
 * ISO week values (`2024-W45`), as TimeML writes them.
 */
import { addDays, formatWeek, isoWeekday } from '../calendar.js';
import type { PatternRule } from '../rule.js';
import { tenseAround } from '../tense.js';
import { relative } from '../values.js';

const WEEK_OFFSET: Readonly<Record<string, number>> = {
  the: 0, this: 0, current: 0, 'the current': 0, last: -1, 'the last': -1, previous: -1, 'the previous': -1,
  next: 1, coming: 1, 'the coming': 1,
};

const THE_WEEK_ELSEWHERE = /^(?:-|\s+(?:of|before|after|ending|that|when|in\s+which|earlier|ago)\b)/i;

export const relativeWeek: PatternRule = {
  name: 'relative-week',
  pattern: new RegExp(
    String.raw`\b(?:(?:early|late|earlier|later)\s+|(?:the\s+)?(?:end|beginning|start|middle|rest)\s+of\s+)?(${Object.keys(WEEK_OFFSET).sort((a, b) => b.length - a.length).join('|').replace(/ /g, '\\s+')})\s+(week|weekend)\b(?!\s+ago|\s+or\s+two)`,
    'gi',
  ),
  extract: (m, { text, anchor }) => {
    const word = m[1].toLowerCase().replace(/\s+/g, ' ');
    const offset = WEEK_OFFSET[word];
    // "the week before the vote", "the week of March 4": some other week.
    // "the weekend" is placed by tense in its own rule.
    if (word === 'the' && m[2].toLowerCase() === 'weekend') return null;
    if (word === 'the' && THE_WEEK_ELSEWHERE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20))) return null;
    const suffix = m[2].toLowerCase() === 'weekend' ? '-WE' : '';
    return { type: 'DATE', value: relative(anchor, (a) => formatWeek(addDays(a, offset * 7)) + suffix), grain: 'week' };
  },
};

/** "the weekend", "over the weekend": the last one in the past (or unmarked), the next in the future. */
export const theWeekend: PatternRule = {
  name: 'the-weekend',
  pattern: /\bthe\s+weekend\b(?!\s+(?:of|before|after)\b)/gi,
  extract: (m, { text, anchor }) => {
    const future = tenseAround(text, m.index, m.index + m[0].length) === 'future';
    const value = relative(anchor, (a) => {
      const weekday = isoWeekday(a);
      const saturday = future ? addDays(a, (6 - weekday + 7) % 7) : addDays(a, weekday >= 6 ? 6 - weekday : -(weekday + 1));
      return `${formatWeek(saturday)}-WE`;
    });
    return { type: 'DATE', value, grain: 'week' };
  },
};

export const WEEK_RULES: readonly PatternRule[] = [relativeWeek, theWeekend];
