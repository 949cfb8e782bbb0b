import { describe, expect, it } from 'vitest';
import { publishedSlices, type DateSlice } from './filters.js';

/** A whole month's key as the dates it stands for: its days, last first, then its own date. */
function datesOf(key: string): string[] {
  if (!key.endsWith('/')) return [key];
  const month = key.slice(0, 7);
  const days = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5)), 0)).getUTCDate();
  return [...Array.from({ length: days }, (_, i) => `${month}-${String(days - i).padStart(2, '0')}`), month];
}

/** The dates the slices ask for, in order. */
const listed = (slices: DateSlice[]) => slices.flatMap((s) => ('keys' in s ? s.keys.flatMap(datesOf) : []));

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

  it('asks for a month whose every date one slice holds with one key, the month key of publishedKey', () => {
    const slices = publishedSlices('2024-12-28', '2023-06-12');
    // The seventh slice, 64 dates from 2024-10-28, holds all of September and its own date "2024-09".
    const seventh = slices[6];
    expect('keys' in seventh && seventh.keys).toEqual([...datesOf('2024-10/').slice(3), '2024-09/', '2024-08-31', '2024-08-30', '2024-08-29', '2024-08-28']);
    // October's last three days are in the slice before, so October is asked for a date at a time.
    expect(listed(slices.slice(5, 6))).toContain('2024-10-31');
    // Every month one slice holds whole is one key, and no other month is.
    for (const slice of slices) {
      const dates = listed([slice]);
      const months = new Set(dates.filter((d) => d.length === 7));
      const whole = [...months].filter((m) => datesOf(`${m}/`).every((d) => dates.includes(d)));
      expect('keys' in slice && slice.keys.filter((k) => k.endsWith('/'))).toEqual(whole.map((m) => `${m}/`));
    }
    const keys = slices.flatMap((s) => ('keys' in s ? s.keys : []));
    expect(keys.filter((k) => k.endsWith('/')).length).toBeGreaterThan(10);
    expect(keys.length).toBeLessThan(listed(slices).length / 2);
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

/** Every date at every grain from `first` to `last` (years), as documents may carry them. */
function everyDate(first: number, last: number): string[] {
  const dates: string[] = [];
  for (let y = first; y <= last; y++) {
    dates.push(String(y));
    for (let m = 1; m <= 12; m++) {
      const month = `${y}-${String(m).padStart(2, '0')}`;
      dates.push(month);
      const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
      for (let d = 1; d <= days; d++) dates.push(`${month}-${String(d).padStart(2, '0')}`);
    }
  }
  return dates;
}

/** The SQL bounds of filters.ts (onOrAfter, onOrBefore), in JavaScript: periods that overlap. */
const inRange = (date: string, from?: string, to?: string) =>
  (from === undefined || date >= from.slice(0, date.length)) && (to === undefined || date.slice(0, to.length) <= to);

describe('publishedSlices within from and to', () => {
  const all = everyDate(2023, 2024);
  const stored = (newest: string, oldest: string) => all.filter((d) => d <= newest && d >= oldest);

  const ranges: [string | undefined, string | undefined][] = [
    ['2024-03', '2024-09'],
    ['2024-03-15', '2024-09-10'],
    ['2024-02-29', '2024-02-29'],
    ['2023', '2023'],
    ['2024', undefined],
    [undefined, '2023-08-17'],
    ['2023-12-31', '2024-01-01'],
    ['2024-06', undefined],
    ['2022-05', '2023-07-04'],
  ];
  it.each(ranges)('from %s to %s: lists exactly the stored dates that match, in descending text order, without the undated', (from, to) => {
    const [newest, oldest] = ['2024-12-28', '2023-06-12'];
    const keys = listed(publishedSlices(newest, oldest, { from, to }));
    const matching = stored(newest, oldest).filter((d) => inRange(d, from, to));
    // Every stored date the range matches is listed, and nothing the range excludes is walked.
    expect(keys.filter((k) => stored(newest, oldest).includes(k)).sort()).toEqual([...matching].sort());
    for (const key of keys) expect(inRange(key, from, to)).toBe(true);
    expect([...keys].sort().reverse()).toEqual(keys);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).not.toContain('');
  });

  it('lists the month and year of a range that starts mid-month after their first day', () => {
    const keys = listed(publishedSlices('2024-12-28', '2023-06-12', { from: '2024-03-15', to: '2024-04-02' }));
    expect(keys.slice(0, 4)).toEqual(['2024-04-02', '2024-04-01', '2024-04', '2024-03-31']);
    expect(keys.slice(-3)).toEqual(['2024-03-15', '2024-03', '2024']);
    expect(keys).toHaveLength(2 + 1 + 17 + 2);
  });

  it('starts the slices at the newest date within the range', () => {
    const slices = publishedSlices('2024-12-28', '2023-06-12', { from: '2024-03', to: '2024-09' });
    expect(slices.slice(0, 3)).toEqual([{ keys: ['2024-09-30'] }, { keys: ['2024-09-29', '2024-09-28'] }, { keys: ['2024-09-27', '2024-09-26', '2024-09-25', '2024-09-24'] }]);
  });

  it('lists nothing for a range outside the stored dates, and no undated for a range over an undated store', () => {
    expect(listed(publishedSlices('2024-12-28', '2023-06-12', { from: '2025-01-01' }))).toEqual([]);
    expect(listed(publishedSlices('2024-12-28', '2023-06-12', { to: '2023-05' }))).toEqual([]);
    expect(publishedSlices(null, null, { from: '2024' })).toEqual([{ keys: [] }]);
  });
});
