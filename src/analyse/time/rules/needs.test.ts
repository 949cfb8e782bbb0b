import { describe, expect, it } from 'vitest';
import { DURATION_RULES } from './durations.js';
import { QUARTER_RULES } from './quarters.js';
import { SEASON_RULES } from './seasons.js';
import { SET_RULES } from './sets.js';
import { YEAR_RULES } from './years.js';
import { runPatternRule, type PatternRule, type RuleContext } from '../rule.js';

const RULES: readonly PatternRule[] = [...SET_RULES, ...QUARTER_RULES, ...SEASON_RULES, ...YEAR_RULES, ...DURATION_RULES];
const checked = RULES.filter((rule) => rule.needs);

/** Sentences each rule with a pre-check reads something in. */
const SENTENCES: Record<string, string[]> = {
  ago: ['The dam was finished nearly two years ago.', 'A decade earlier the port had flooded.', 'Talks resumed three DAYS AGO in Doha.', 'It opened some 40\nyears ago.'],
  rate: ['Ferries now sail twice a week to the island.', 'Residents pay $5 a month for water.', 'The clinic sees 300 a day.', 'Inspections run three times a year.', 'Fees rose to 12 an hour.'],
  quarter: ['Profits fell in the second quarter of 2024.', 'Its third fiscal quarter closed on Friday.', 'Sales grew in the first-half.', 'The 4th quarter, last year, was weak.'],
  'relative-quarter': ['Output will recover next quarter, the bank said.', 'Exports rose in the last quarter.'],
  'season-year': ['The bridge reopens in the summer of 2025.', 'Floods hit the valley in late Winter 2019.'],
  decade: ['Housing built in the 1970s failed the checks.', 'Prices were steady through the mid-2010s.'],
};

const context = (text: string): RuleContext => ({ text, anchor: { year: 2024, month: 6, day: 14 } });

describe('pattern rules with a pre-check', () => {
  it('covers the rules that have one', () => {
    expect(checked.map((rule) => rule.name).sort()).toEqual(Object.keys(SENTENCES).sort());
  });

  for (const rule of checked) {
    const unchecked: PatternRule = { name: rule.name, pattern: rule.pattern, extract: rule.extract };
    it.each(SENTENCES[rule.name] ?? [])(`${rule.name}: reads %j as it does without the pre-check`, (text) => {
      const found = runPatternRule(rule, context(text));
      expect(found.length).toBeGreaterThan(0);
      expect(rule.needs!.test(text)).toBe(true);
      expect(found).toEqual(runPatternRule(unchecked, context(text)));
    });
  }

  it('skips a text none of the rules can read', () => {
    const text = 'The minister visited the flooded villages on Tuesday and promised new levees.';
    for (const rule of checked) expect(runPatternRule(rule, context(text))).toEqual([]);
  });
});
