import { describe, expect, it } from 'vitest';
import { findTimesExplained } from '../find-times.js';

const PUBLISHED = '2024-11-08';

function timeIn(sentence: string, text: string, published: string | null = PUBLISHED) {
  return findTimesExplained(sentence, published).find((t) => t.text === text);
}

describe('explicit dates and times (chrono-node)', () => {
  it.each([
    ['The attack took place on Oct. 7, 2023, near the border.', 'Oct. 7, 2023', 'DATE', '2023-10-07'],
    ['Trump will be inaugurated on January 20.', 'January 20', 'DATE', '2025-01-20'],
    ['The bill was passed on March 12 by a narrow margin.', 'March 12', 'DATE', '2024-03-12'],
    ['A dividend is payable Dec. 1 to holders of record.', 'Dec. 1', 'DATE', '2024-12-01'],
    ['The blast was heard at 3:30 p.m. across the city.', '3:30 p.m.', 'TIME', '2024-11-08T15:30'],
    ['The match will now be played at 15:00 GMT Saturday.', '15:00 GMT Saturday', 'TIME', '2024-11-09T15:00'],
    ['Trading opened at 14:48 UTC.', '14:48 UTC', 'TIME', '2024-11-08T14:48Z'],
  ])('%s -> %s = %s', (sentence, text, type, value) => {
    expect(timeIn(sentence, text)).toMatchObject({ type, value });
  });

  it('splits a range into its two ends', () => {
    const found = findTimesExplained('Shares were bought from Sept. 14 to Oct. 20 at $15.', PUBLISHED);
    expect(found.map((t) => [t.text, t.value])).toEqual([
      ['Sept. 14', '2024-09-14'],
      ['Oct. 20', '2024-10-20'],
    ]);
  });

  it('reads a race time as a duration', () => {
    expect(timeIn('He won the marathon, finishing in 3:07:35.', '3:07:35')).toMatchObject({ type: 'DURATION', value: 'PT3H7M35S' });
  });

  it('resolves full dates without a publication date, and leaves year-less ones empty', () => {
    expect(timeIn('The attack took place on Oct. 7, 2023.', 'Oct. 7, 2023', null)).toMatchObject({ value: '2023-10-07' });
    expect(timeIn('The bill was passed on March 12.', 'March 12', null)).toMatchObject({ value: null });
  });
});
