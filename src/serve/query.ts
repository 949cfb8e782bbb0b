/**
 * How the API reads a query string with the shared query schemas of src/model/views.ts:
 * a parameter the route does not know is an error (a typo must not silently widen a
 * search), and a date bound must be a day that exists, since the shared `IsoDate`
 * pattern lets `2024-13-45` through and the database would fail on it.
 */
import { z } from 'zod';

const DATE_BOUNDS = ['from', 'to'] as const;

/** The problem with an ISO date that matches the pattern, or null when it is a real date. */
export function calendarProblem(value: string): string | null {
  const [year, month, day] = value.split('-').map(Number);
  if (month === undefined) return null;
  if (month < 1 || month > 12) return `no month ${month} in a year`;
  if (day === undefined) return null;
  const daysInMonth = new Date(Date.UTC(year!, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return `no day ${day} in ${value.slice(0, 7)}`;
  return null;
}

export function apiQuery<Shape extends z.ZodRawShape>(schema: z.ZodObject<Shape>) {
  return schema.strict().superRefine((value, ctx) => {
    const record = value as Record<string, unknown>;
    for (const key of DATE_BOUNDS) {
      const bound = record[key];
      if (typeof bound !== 'string') continue;
      const problem = calendarProblem(bound);
      if (problem) ctx.addIssue({ code: 'custom', path: [key], message: `must be a real date: ${problem}` });
    }
  });
}
