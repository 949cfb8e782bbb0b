import { describe, expect, it } from 'vitest';
import { findTimesExplained } from '../find-times.js';

describe('counted days', () => {
  it('counts from a start the text states', () => {
    const text = 'The war that began on October 7 entered its 77th day on Friday, officials said.';
    const found = findTimesExplained(text, '2023-12-22').find((t) => t.text === 'its 77th day');
    expect(found).toMatchObject({ type: 'DATE', value: '2023-12-22', grain: 'day', rule: 'ordinal-day' });
  });

  it('says honestly that it cannot place the day when no start is given', () => {
    const found = findTimesExplained('The strike is now in its 12th day.', '2024-11-08').find((t) => t.rule === 'ordinal-day');
    expect(found).toMatchObject({ text: 'its 12th day', value: null });
  });
});
