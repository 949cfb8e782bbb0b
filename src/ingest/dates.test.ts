import { describe, expect, it } from 'vitest';
import { normaliseDate } from './dates.js';

describe('normaliseDate', () => {
  const cases: Array<[string, string]> = [
    ['2024-11-08', '2024-11-08'],
    ['2024-11-08T17:30:00+01:00', '2024-11-08'],
    // The date as written where it was published, not shifted to UTC.
    ['2024-11-07T23:30:00-05:00', '2024-11-07'],
    ['2024-11-08 09:15', '2024-11-08'],
    ['2024/11/08', '2024-11-08'],
    ['20241108T101500Z', '2024-11-08'],
    ['Fri, 08 Nov 2024 17:30:00 +0100', '2024-11-08'],
    ['Sun, 10 Nov 2024 22:15:00 GMT', '2024-11-10'],
    ['8 Nov 24 10:00 GMT', '2024-11-08'],
    ['8 November 2024', '2024-11-08'],
    ['1st of March 2023', '2023-03-01'],
    ['November 8, 2024', '2024-11-08'],
    ['Sept. 3 2021', '2021-09-03'],
    ['  2024-02-29  ', '2024-02-29'],
    ['2024-11', '2024-11'],
    ['2024', '2024'],
  ];
  it.each(cases)('%s -> %s', (input, expected) => {
    expect(normaliseDate(input)).toBe(expected);
  });

  const negatives = ['', 'last Tuesday', 'yesterday', '2023-02-29', '2024-13-01', '2024-00-10', '31 June 2024', '08/11/2024', '12345', 'Nov 2024'];
  it.each(negatives)('rejects %j', (input) => {
    expect(normaliseDate(input)).toBeNull();
  });

  it('rejects non-strings', () => {
    expect(normaliseDate(null)).toBeNull();
    expect(normaliseDate(undefined)).toBeNull();
  });
});
