/**
 * The time stage's configuration: which proposers run, which refiners run after
 * them and in what order, and why. At equal span length the proposer listed first
 * wins an overlap, so the more specific readings come first.
 */
import type { Proposer, Refiner } from './rule.js';
import { patternProposer } from './rule.js';
import { anchorOrdinalDays } from './refiners/ordinal-day-anchor.js';
import { dropNumberLookalikes } from './refiners/negatives.js';
import { overlapRefiner } from './refiners/overlaps.js';
import { chronoProposer } from './rules/chrono.js';
import { DAY_RULES } from './rules/days.js';
import { DURATION_RULES } from './rules/durations.js';
import { FUZZY_RULES } from './rules/fuzzy.js';
import { MONTH_RULES } from './rules/months.js';
import { ORDINAL_DAY_RULES } from './rules/ordinal-day.js';
import { QUARTER_RULES } from './rules/quarters.js';
import { SEASON_RULES } from './rules/seasons.js';
import { SET_RULES } from './rules/sets.js';
import { WEEK_RULES } from './rules/weeks.js';
import { YEAR_RULES } from './rules/years.js';

export const PROPOSERS: readonly Proposer[] = [
  // Sets first: "every Friday" must not read as a date, "twice a week" not as a duration.
  patternProposer('sets', SET_RULES),
  // Quarters and seasons before years and durations: "the third quarter of 2024" is one expression.
  patternProposer('quarters', QUARTER_RULES),
  patternProposer('seasons', SEASON_RULES),
  // Points in time relative to publication before durations: "next year" is 2025, not P1Y.
  patternProposer('weeks', WEEK_RULES),
  patternProposer('months', MONTH_RULES),
  patternProposer('days', DAY_RULES),
  patternProposer('years', YEAR_RULES),
  patternProposer('ordinal-days', ORDINAL_DAY_RULES),
  patternProposer('durations', DURATION_RULES),
  // Fuzzy references after durations: "recent weeks" is PXW, "recently" alone PAST_REF.
  patternProposer('fuzzy', FUZZY_RULES),
  // chrono-node last among equals: it reads explicit dates and clock times best, and a
  // longer chrono span ("Friday, Oct. 23") still beats a shorter rule span.
  chronoProposer,
];

export const REFINERS: readonly Refiner[] = [
  // Negatives before merging, so that a dropped lookalike cannot shadow a real expression.
  dropNumberLookalikes,
  overlapRefiner,
  // After merging: the start date it looks for must be the surviving reading.
  anchorOrdinalDays,
];
