/**
 * Figures as written, in digits ("43,500", "1.2 million") or words ("two dozen",
 * "three hundred", "twenty-five thousand"). Vague plurals ("hundreds", "dozens",
 * "thousands") are no figure: a reader cannot follow them over time.
 */
import type { Token } from '../nlp.js';
import { SCALES, TENS, UNITS } from './lexicon.js';

export interface Figure {
  value: number;
  /** Index of its first token and one past its last. */
  first: number;
  last: number;
}

const DIGITS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/;

/**
 * Every number word and its value: the units, the tens and each ten joined to a unit by a hyphen
 * ("twenty-five"). A map, not `in` on the lexicon's objects: every token of every sentence is
 * looked up, and `in` also found "constructor" (read as a figure of NaN).
 */
const WORD_VALUES: ReadonlyMap<string, number> = new Map([
  ...Object.entries(UNITS),
  ...Object.entries(TENS),
  ...Object.entries(TENS).flatMap(([ten, tens]) => Object.entries(UNITS).map(([unit, units]) => [`${ten}-${unit}`, tens + units] as const)),
]);

function wordValue(word: string): number | null {
  return WORD_VALUES.get(word.toLowerCase()) ?? null;
}

/** The figure starting at token `i`, or null. */
export function readFigure(tokens: readonly Token[], i: number): Figure | null {
  const first = tokens[i];
  if (!first) return null;
  let value: number | null = null;
  let k = i;
  if (DIGITS.test(first.text)) {
    value = Number(first.text.replace(/,/g, ''));
    k = i + 1;
  } else if (/^an?$/i.test(first.text) && tokens[i + 1] && /^(dozen|hundred|thousand|million)$/i.test(tokens[i + 1].text)) {
    value = 1;
    k = i + 1;
  } else {
    // Words: "twenty", "twenty - five", "twenty-five".
    const head = wordValue(first.text);
    if (head === null) return null;
    value = head;
    k = i + 1;
    if (head >= 20 && head % 10 === 0 && tokens[k]?.text === '-' && tokens[k + 1] && UNITS[tokens[k + 1].text.toLowerCase()] !== undefined) {
      value += UNITS[tokens[k + 1].text.toLowerCase()];
      k += 2;
    }
  }
  // Scales multiply what came before: "two hundred thousand" = 200,000.
  let scaled = false;
  while (k < tokens.length) {
    const scale = SCALES[tokens[k].text.toLowerCase()];
    if (scale === undefined || (scale < 1000 && scaled && scale !== 100)) break;
    if (/^(m|bn|k)$/i.test(tokens[k].text) && tokens[k].start !== tokens[k - 1].end) break;
    value *= scale;
    scaled = true;
    k++;
    // "three hundred and fifty": the remainder after a scale.
    const andNext = tokens[k]?.text.toLowerCase() === 'and' ? k + 1 : k;
    const rest = tokens[andNext] ? wordValue(tokens[andNext].text) : null;
    if (rest !== null && rest < 100 && SCALES[tokens[andNext + 1]?.text.toLowerCase() ?? ''] === undefined) {
      value += rest;
      k = andNext + 1;
    }
  }
  if (!scaled && /^an?$/i.test(first.text)) return null;
  return { value: Math.round(value * 1000) / 1000, first: i, last: k };
}
