/**
 * Regular-expression pieces compiled from the lexicon, and the readers that turn
 * the matched words back into numbers.
 */
import { MONTHS, NUMBER_WORDS, ORDINAL_WORDS, VAGUE_QUANTITIES, WEEKDAYS } from './lexicon.js';

export const escapeRegExp = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Alternation of the given words, longest first so that "Sept" wins over "Sep". */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
}

const capitalise = (word: string): string => word[0].toUpperCase() + word.slice(1);

/**
 * Month names, capitalised as prose writes them ("may" and "march" in lower case are verbs).
 * Abbreviations take an optional full stop.
 */
export const MONTH_NAME = `(?:${Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .map((m) => (m.length <= 4 && m !== 'may' && m !== 'june' && m !== 'july' ? `${capitalise(m)}\\.?` : capitalise(m)))
  .join('|')}|${Object.keys(MONTHS).filter((m) => m.length > 4).map((m) => m.toUpperCase()).join('|')})`;

export const WEEKDAY_NAME = `(?:${Object.keys(WEEKDAYS)
  .filter((w) => w.length > 4)
  .sort((a, b) => b.length - a.length)
  .flatMap((w) => [capitalise(w), w.toUpperCase()])
  .join('|')})`;

const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const UNITS_1_9 = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** A cardinal in digits or words, including "twenty-five" and "2 1/2" and "two and a half". */
export const NUMBER = `(?:\\d+(?:\\.\\d+)?(?:\\s+1/2)?|(?:${TENS.join('|')})-(?:${UNITS_1_9.join('|')})|(?:${alternation(
  Object.keys(NUMBER_WORDS).filter((w) => w !== 'a' && w !== 'an'),
)})(?:\\s+and\\s+a\\s+half)?)`;

export const VAGUE = `(?:${alternation(VAGUE_QUANTITIES)})`;

export const ORDINAL = `(?:${alternation(Object.keys(ORDINAL_WORDS))}|\\d+(?:st|nd|rd|th))`;

/** Reads a number matched by NUMBER (or "a"/"an"); null when it is not one. */
export function readNumber(raw: string): number | null {
  const word = raw.toLowerCase().trim().replace(/\s+/g, ' ');
  const half = /\s+and a half$|\s+1\/2$/.test(word) ? 0.5 : 0;
  const core = word.replace(/\s+and a half$|\s+1\/2$/, '');
  if (/^\d+(\.\d+)?$/.test(core)) return Number(core) + half;
  const hyphen = /^([a-z]+)-([a-z]+)$/.exec(core);
  if (hyphen && TENS.includes(hyphen[1])) {
    const unit = NUMBER_WORDS[hyphen[2]];
    return unit === undefined ? null : (NUMBER_WORDS[hyphen[1]] ?? 0) + unit + half;
  }
  const value = NUMBER_WORDS[core];
  return value === undefined ? null : value + half;
}

export function readOrdinal(raw: string): number | null {
  const word = raw.toLowerCase();
  const digits = /^(\d+)(?:st|nd|rd|th)$/.exec(word);
  if (digits) return Number(digits[1]);
  return ORDINAL_WORDS[word] ?? null;
}

export function readMonth(raw: string): number | null {
  return MONTHS[raw.toLowerCase().replace(/\.$/, '')] ?? null;
}

export function readWeekday(raw: string): number | null {
  return WEEKDAYS[raw.toLowerCase().replace(/\.$/, '')] ?? null;
}
