/**
 * Durations: "a three-week ceasefire" (P3W), "two years" (P2Y), "48 hours" (PT48H),
 * "several months" (PXM), "the past two weeks" (P2W), "decades-long" (PXY), and the
 * points they measure back from publication: "two years ago" (a year), "a month ago".
 */
import { DURATION_UNITS, type DurationUnit } from '../lexicon.js';
import type { PatternRule } from '../rule.js';
import { durationValue, relative, shiftedPoint } from '../values.js';
import { alternation, NUMBER, readNumber, VAGUE } from '../words.js';

const UNIT = `(${alternation(Object.keys(DURATION_UNITS))})`;
const UNITS = `(${alternation(Object.keys(DURATION_UNITS).map((u) => (u === 'century' ? 'centuries' : `${u}s`)))})`;

/** Hedges and frames TimeML keeps inside a duration. */
const HEDGE = String.raw`(?:(?:about|around|nearly|almost|roughly|approximately|some|only|just|at\s+least|at\s+most|more\s+than|less\s+than|fewer\s+than|up\s+to|another|an\s+additional|a\s+further|a\s+full|all|the\s+entire|an\s+entire|a\s+whole|the\s+whole)\s+)?`;
const FRAME = String.raw`(?:(?:the\s+|each\s+of\s+the\s+|for\s+the\s+)?(?:past|last|next|first|coming|previous|following|final|initial|remaining|latest|recent|same|preceding)\s+)?`;

function unitOf(word: string): DurationUnit | null {
  const singular = word.toLowerCase().replace(/centuries$/, 'century').replace(/s$/, '');
  return DURATION_UNITS[singular] ?? null;
}

/** Not a duration: ages ("a 47-year-old man"), and units used as names ("Six-Day War"). */
const AFTER_NOT_DURATION = /^(?:-|\s+)old\b|^\s*-\s*olds?\b/i;
/** "children ages 6 months and older", "aged 40 years": an age. */
const AGE_BEFORE = /\b(?:ages?|aged)\s+$/i;

/** "two years", "48 hours", "a three-week ceasefire", "the past two weeks", "nearly a decade". */
export const countedDuration: PatternRule = {
  name: 'counted-duration',
  pattern: new RegExp(String.raw`\b${HEDGE}${FRAME}(?:(?:over|under)\s+)?(${NUMBER}|a|an)(?:\s+|-)(?:(?:full|calendar|business|working|trading|straight|consecutive|more|long|extra)\s+)?(?:${UNITS}|${UNIT})\b(?!-old|\s+old\b)`, 'gi'),
  extract: (m, { text }) => {
    const amount = readNumber(m[1]);
    const unit = unitOf(m[2] ?? m[3]);
    // A year before a unit is a date ("the 1988 quarter"), not a count.
    if (amount === null || !unit || /^(?:1[89]|20)\d\d$/.test(m[1])) return null;
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 8);
    if (AFTER_NOT_DURATION.test(rest) || AGE_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) return null;
    // "a year" after a price or a count is a rate ("$5 a year"); the set rule reads it.
    if (/^an?$/i.test(m[1]) && /(?:\d|times|once|twice|per)\s*$/i.test(text.slice(Math.max(0, m.index - 12), m.index))) return null;
    return { type: 'DURATION', value: durationValue(amount, unit), grain: 'other' };
  },
};

/** "several months", "a few days", "recent weeks", "the past few years", "decades-long". */
export const vagueDuration: PatternRule = {
  name: 'vague-duration',
  pattern: new RegExp(String.raw`\b${HEDGE}(?:the\s+)?(?:(?:past|last|next|coming|first|previous|following)\s+)?${VAGUE}(?:\s+|-)${UNITS}\b|\b${UNITS}-long\b`, 'gi'),
  extract: (m) => {
    const unit = unitOf(m[1] ?? m[2]);
    return unit ? { type: 'DURATION', value: durationValue(null, unit), grain: 'other' } : null;
  },
};

/** "the past week", "the next month", "the past year", "the past decade": one unit back or ahead. */
export const frameDuration: PatternRule = {
  name: 'frame-duration',
  pattern: new RegExp(String.raw`\b${HEDGE}(?:the\s+)?(?:past|next|coming|previous|preceding|following)\s+${UNIT}\b(?!'s)`, 'gi'),
  extract: (m) => {
    const unit = unitOf(m[1]);
    return unit ? { type: 'DURATION', value: durationValue(1, unit), grain: 'other' } : null;
  },
};

/**
 * Plain plurals after a frame word ("for years", "within days", "took weeks") or before
 * a relation to another event ("minutes before the plane left", "days after the vote").
 */
export const pluralDuration: PatternRule = {
  name: 'plural-duration',
  pattern: new RegExp(String.raw`\b(?:(?:for|within|over|in|after|took|take|takes|lasted|last|spent|spend)\s+(?:(?:many|several|some|a\s+few)\s+)?${UNITS}\b(?!\s+(?:ago|later|earlier|before|after)\b)|\b${UNITS}(?=\s+(?:before|after|later|earlier)\b))`, 'gi'),
  extract: (m) => {
    const unit = unitOf(m[1] ?? m[2]);
    if (!unit) return null;
    const start = m.index + m[0].search(/(?<=\s|^)\S+$/);
    return { type: 'DURATION', value: durationValue(null, unit), grain: 'other', start: start > m.index ? start : m.index };
  },
};

/** "two years ago", "a month ago", "a year earlier" ("from now" stays a duration plus "now", as TimeML marks it). */
export const agoPoint: PatternRule = {
  name: 'ago',
  pattern: new RegExp(String.raw`\b${HEDGE}(?:(${NUMBER}|a|an|${VAGUE})(?:\s+|-))?(?:${UNITS}|${UNIT})\s+(ago|earlier|hence)\b`, 'gi'),
  needs: new RegExp(String.raw`(?:${UNITS}|${UNIT})\s+(?:ago|earlier|hence)`, 'i'),
  extract: (m, { anchor }) => {
    const unit = unitOf(m[2] ?? m[3]);
    if (!unit) return null;
    const direction = /^(ago|earlier)$/i.test(m[4]) ? -1 : 1;
    const amount = m[1] ? readNumber(m[1]) : null;
    if (!m[1] && m[3]) return null;
    if (/^earlier$/i.test(m[4]) && unit.letter !== 'Y') return null;
    if (amount === null) {
      return { type: 'DATE', value: relative(anchor, () => (direction < 0 ? 'PAST_REF' : 'FUTURE_REF')), grain: 'other' };
    }
    if (unit.time) return { type: 'DATE', value: relative(anchor, () => (direction < 0 ? 'PAST_REF' : 'FUTURE_REF')), grain: 'other' };
    const point = anchor ? shiftedPoint(anchor, direction * amount, unit) : null;
    return { type: 'DATE', value: point?.value ?? null, grain: point?.grain ?? unit.grain };
  },
};

export const DURATION_RULES: readonly PatternRule[] = [countedDuration, vagueDuration, frameDuration, pluralDuration, agoPoint];
