import { describe, expect, it } from 'vitest';
import { addDays, addMonths, formatWeek, isoWeekday, parseIsoDay } from './calendar.js';

describe('calendar arithmetic', () => {
  it.each([
    ['2024-11-08', '2024-W45'],
    ['2021-01-03', '2020-W53'],
    ['2024-12-30', '2025-W01'],
    ['2013-03-22', '2013-W12'],
  ])('ISO week of %s is %s', (day, week) => {
    expect(formatWeek(parseIsoDay(day)!)).toBe(week);
  });

  it('adds days and months across year ends and leap days', () => {
    expect(addDays({ year: 2024, month: 2, day: 28 }, 1)).toEqual({ year: 2024, month: 2, day: 29 });
    expect(addDays({ year: 2023, month: 12, day: 31 }, 1)).toEqual({ year: 2024, month: 1, day: 1 });
    expect(addMonths(2024, 1, -2)).toEqual({ year: 2023, month: 11 });
    expect(isoWeekday({ year: 2024, month: 11, day: 10 })).toBe(7);
  });

  it('rejects dates that do not exist', () => {
    expect(parseIsoDay('2023-02-29')).toBeNull();
    expect(parseIsoDay('2024-13-01')).toBeNull();
    expect(parseIsoDay(null)).toBeNull();
    expect(parseIsoDay('2024-02-29T10:00:00Z')).toEqual({ year: 2024, month: 2, day: 29 });
  });
});
