import { describe, expect, it } from 'vitest';
import { findTimesExplained } from '../find-times.js';

describe('numbers that only look like times', () => {
  it.each([
    ['The Dow fell 3,883.36 points at 3 in the afternoon session.'],
    ['Boeing delivered the 737 MAX to the airline.'],
    ['The convoy drove along Route 66 to the coast.'],
    ['The central bank held rates at 3.5 percent.'],
    ['For tickets call 555-1234 or 1-800-555-0199.'],
    ['City sealed a 2-1 win over United.'],
    ['The fund paid out $2,014 per member.'],
    ['Nearly 2020 delegates voted in favour.'],
  ])('%s has no time expression', (sentence) => {
    expect(findTimesExplained(sentence, '2024-11-08').map((t) => t.text)).toEqual([]);
  });

  it('keeps a real year next to a number', () => {
    const found = findTimesExplained('In 2019, the index rose 3.5 percent.', '2024-11-08');
    expect(found.map((t) => t.text)).toEqual(['2019']);
  });
});
