import { describe, expect, it } from 'vitest';
import { findTimesExplained } from '../find-times.js';

function timeIn(sentence: string, text: string, published: string | null = '2024-11-08') {
  return findTimesExplained(sentence, published).find((t) => t.text === text);
}

describe('seasons', () => {
  it.each([
    ['Gas prices spiked last winter.', 'last winter', '2024-11-08', '2023-WI'],
    ['Gas prices spiked last winter.', 'last winter', '2024-01-15', '2022-WI'],
    ['The heatwave last summer killed hundreds.', 'last summer', '2024-11-08', '2024-SU'],
    ['The park will reopen next spring.', 'next spring', '2024-11-08', '2025-SP'],
    ['Troops will withdraw this summer.', 'this summer', '2024-03-01', '2024-SU'],
    ['The bridge collapsed in the summer of 2019.', 'the summer of 2019', '2024-11-08', '2019-SU'],
  ])('%s (published %s) -> %s', (sentence, text, published, value) => {
    expect(timeIn(sentence, text, published)).toMatchObject({ type: 'DATE', value });
  });

  it('does not read "the fall of" a city as a season', () => {
    expect(findTimesExplained('The fall of Kabul shocked the allies.', '2024-11-08')).toEqual([]);
  });
});
