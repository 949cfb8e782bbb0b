/**
 * "on its 77th day", "the 100th day of the war": a day counted from a start the text
 * may state elsewhere. The proposer leaves the value empty; the ordinal-day refiner
 * fills it when it finds the start ("the war that began on October 7").
 */
import type { PatternRule } from '../rule.js';
import { ORDINAL, readOrdinal } from '../words.js';

export const ORDINAL_DAY_PATTERN = new RegExp(String.raw`\b(?:(?:its|the|their|his|her)\s+)(${ORDINAL})\s+(?:straight\s+|consecutive\s+)?day\b(?!-)`, 'gi');

export const ordinalDay: PatternRule = {
  name: 'ordinal-day',
  pattern: ORDINAL_DAY_PATTERN,
  extract: (m) => {
    if (/^(?:first|last|final)$/i.test(m[1])) return null;
    const n = readOrdinal(m[1]);
    return { type: 'DATE', value: null, grain: 'day', ...(n ? { underspecified: `XXXX-XX-XX+P${n - 1}D` } : {}) };
  },
};

export const ORDINAL_DAY_RULES: readonly PatternRule[] = [ordinalDay];
