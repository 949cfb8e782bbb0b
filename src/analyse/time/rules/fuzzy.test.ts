import { describe, expect, it } from 'vitest';
import { findTimesExplained } from '../find-times.js';

function timeIn(sentence: string, text: string, published: string | null = '2024-11-08') {
  return findTimesExplained(sentence, published).find((t) => t.text === text);
}

describe('fuzzy references', () => {
  it.each([
    ['The rebels now control the north.', 'now', 'PRESENT_REF'],
    ['The plant is currently closed for repairs.', 'currently', 'PRESENT_REF'],
    ['There is no vaccine at present.', 'at present', 'PRESENT_REF'],
    ['Prices have recently started to fall.', 'recently', 'PAST_REF'],
    ['Similar raids in the past ended in bloodshed.', 'the past', 'PAST_REF'],
    ['The council may review the ban in the future.', 'the future', 'FUTURE_REF'],
    ['The current government took office in May.', 'current', 'PRESENT_REF'],
  ])('%s -> %s = %s', (sentence, text, value) => {
    expect(timeIn(sentence, text)).toMatchObject({ type: 'DATE', value, grain: 'other', rule: 'fuzzy-reference' });
  });

  it('keeps fuzzy values without a publication date: they do not depend on it', () => {
    expect(timeIn('The rebels now control the north.', 'now', null)).toMatchObject({ value: 'PRESENT_REF' });
  });

  it.each([
    ['The current account deficit widened.'],
    ['Over the past two years prices doubled.'],
  ])('no fuzzy reference in %s', (sentence) => {
    expect(findTimesExplained(sentence, '2024-11-08').filter((t) => t.rule === 'fuzzy-reference')).toEqual([]);
  });
});
