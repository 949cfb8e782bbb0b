import { describe, expect, it } from 'vitest';
import { findTimesExplained } from '../find-times.js';

// Friday of ISO week 45.
const PUBLISHED = '2024-11-08';

function timeIn(sentence: string, text: string, published: string | null = PUBLISHED) {
  return findTimesExplained(sentence, published).find((t) => t.text === text);
}

describe('weeks', () => {
  it.each([
    ['Six deaths were reported in the last week.', 'the last week', '2024-W44'],
    ['Rebels advanced last week toward the capital.', 'last week', '2024-W44'],
    ['The Cypriot president admitted this week that the banks were insolvent.', 'this week', '2024-W45'],
    ['A decision is expected early next week.', 'early next week', '2024-W46'],
    ['Fans gathered in the square this weekend.', 'this weekend', '2024-W45-WE'],
    ['Two ministers resigned over the weekend.', 'the weekend', '2024-W44-WE'],
    ["Last week's floods cut power to thousands.", 'Last week', '2024-W44'],
  ])('%s -> %s = %s', (sentence, text, value) => {
    expect(timeIn(sentence, text)).toMatchObject({ type: 'DATE', value, grain: 'week' });
  });

  it('crosses a year boundary by ISO week-numbering year', () => {
    expect(timeIn('Markets were calm last week.', 'last week', '2021-01-06')).toMatchObject({ value: '2020-W53' });
  });

  it('leaves "the week before" to its own reference', () => {
    expect(timeIn('Prices jumped in the week before the vote.', 'the week')).toBeUndefined();
  });
});
