/**
 * Seasons: "last winter" (2023-WI), "this summer", "the spring of 2019", "autumn 2020",
 * "in the summer" (placed by tense). TimeML names a winter by the year it starts in.
 */
import { type CalendarDate } from '../calendar.js';
import { SEASONS } from '../lexicon.js';
import type { PatternRule } from '../rule.js';
import { tenseAround, type Tense } from '../tense.js';
import { relative } from '../values.js';
import { alternation } from '../words.js';

const ORDER = ['WI', 'SP', 'SU', 'FA'];

/** The season a date falls in, as (year it started, code). */
function seasonOf(date: CalendarDate): { year: number; code: string } {
  const m = date.month;
  if (m === 12) return { year: date.year, code: 'WI' };
  if (m <= 2) return { year: date.year - 1, code: 'WI' };
  return { year: date.year, code: m <= 5 ? 'SP' : m <= 8 ? 'SU' : 'FA' };
}

/** Index of a season occurrence on one line (four per year, winter first). */
const ordinal = (year: number, code: string): number => year * 4 + (code === 'WI' ? 3 : ORDER.indexOf(code) - 1);

/** The occurrence of `code` nearest to the anchor in the direction `which` asks for. */
function placeSeason(anchor: CalendarDate, code: string, which: 'last' | 'next' | 'this' | Tense | null): string {
  const now = seasonOf(anchor);
  const here = ordinal(now.year, now.code);
  const candidates = [-1, 0, 1].map((dy) => ({ year: now.year + dy, at: ordinal(now.year + dy, code) }));
  let pick;
  if (which === 'last') pick = candidates.filter((c) => c.at < here).pop();
  else if (which === 'next' || which === 'future') pick = candidates.find((c) => c.at > here);
  else if (which === 'past') pick = candidates.filter((c) => c.at <= here).pop();
  else pick = candidates.reduce((best, c) => (Math.abs(c.at - here) < Math.abs(best.at - here) ? c : best));
  // "this winter" in January or February is the winter that began last December.
  if (which === 'this') pick = candidates.find((c) => c.year === (code === 'WI' && anchor.month <= 2 ? anchor.year - 1 : anchor.year));
  return `${pick?.year ?? now.year}-${code}`;
}

const SEASON = `(${alternation(Object.keys(SEASONS))})`;

/** "the summer of 2019", "winter 2020". */
export const seasonWithYear: PatternRule = {
  name: 'season-year',
  pattern: new RegExp(String.raw`\b(?:(?:early|late|mid)[\s-])?(?:the\s+)?${SEASON}\s+(?:of\s+)?((?:19|20)\d\d)\b`, 'gi'),
  needs: new RegExp(String.raw`${SEASON}\s+(?:of\s+)?(?:19|20)\d\d`, 'i'),
  extract: (m) => ({ type: 'DATE', value: `${m[2]}-${SEASONS[m[1].toLowerCase()]}`, grain: 'other' }),
};

/** "last winter", "this summer", "next spring", "in the autumn", "early this fall". */
export const relativeSeason: PatternRule = {
  name: 'relative-season',
  pattern: new RegExp(String.raw`\b(?:(?:early|late|mid)[\s-](?:in\s+)?)?(?:(last|this|next|the\s+coming|the\s+past|this\s+past|the)\s+)${SEASON}\b(?!\s+(?:of\s+)?(?:19|20)\d\d)(?![\s-](?:season|term|session|semester|collection|olympics|games|schedule|months))`, 'gi'),
  extract: (m, { text, anchor }) => {
    // "fall" is also a verb and a noun ("the fall of Kabul").
    if (m[2].toLowerCase() === 'fall' && /^\s+(?:of|in)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 5))) return null;
    const code = SEASONS[m[2].toLowerCase()];
    const word = m[1].toLowerCase().replace(/\s+/g, ' ');
    const which = word === 'last' || word === 'the past' || word === 'this past' ? 'last' : word === 'next' || word === 'the coming' ? 'next' : word === 'this' ? 'this' : tenseAround(text, m.index, m.index + m[0].length);
    return { type: 'DATE', value: relative(anchor, (a) => placeSeason(a, code, which)), grain: 'other' };
  },
};

export const SEASON_RULES: readonly PatternRule[] = [seasonWithYear, relativeSeason];
