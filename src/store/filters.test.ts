import { describe, expect, it } from 'vitest';
import { publishedSlices, type DateSlice } from './filters.js';

const listed = (slices: DateSlice[]) => slices.flatMap((s) => ('keys' in s ? s.keys : []));

describe('publishedSlices', () => {
  it('lists every date at every grain between the oldest and the newest, in descending text order', () => {
    const slices = publishedSlices('2024-03-02', '2023-12');
    const keys = listed(slices);
    expect(keys.slice(0, 6)).toEqual(['2024-03-02', '2024-03-01', '2024-03', '2024-02-29', '2024-02-28', '2024-02-27']);
    // A year's own date after its first month, a month's after its first day; the undated last.
    expect(keys.slice(keys.indexOf('2024-01-01'))).toEqual(['2024-01-01', '2024-01', '2024', '2023-12-31', ...keys.slice(keys.indexOf('2023-12-30'), -1), '']);
    expect(keys.at(-2)).toBe('2023-12');
    expect([...keys.slice(0, -1)].sort().reverse()).toEqual(keys.slice(0, -1));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('grows the slices, each twice the one before', () => {
    const sizes = publishedSlices('2024-12-28', '2024-06-01').map((s) => ('keys' in s ? s.keys.length : -1));
    expect(sizes.slice(0, 5)).toEqual([1, 2, 4, 8, 16]);
  });

  it('starts at the last day of a newest date given as a month or a year', () => {
    expect(listed(publishedSlices('2024-02', '2024-02'))[0]).toBe('2024-02-29');
    expect(listed(publishedSlices('2023', '2023'))[0]).toBe('2023-12-31');
    expect(listed(publishedSlices('2023', '2023')).slice(-3)).toEqual(['2023-01', '2023', '']);
  });

  it('ends with a range for dates beyond the listed ones, and holds the undated without dates', () => {
    const slices = publishedSlices('2024-12-31', '1990-01-01');
    const last = slices.at(-1);
    expect(last).toEqual({ before: listed(slices).at(-1) });
    expect(listed(slices)).not.toContain('');
    expect(publishedSlices(null, null)).toEqual([{ keys: [''] }]);
    expect(publishedSlices('sometime', '2020')).toEqual([{ before: null }]);
  });
});
