/**
 * Calendar days as whole numbers (days since 1970-01-01, UTC), the one form the link
 * stage compares and counts dates in.
 */
const DAY_MS = 86_400_000;

/** Days since 1970 of a full `YYYY-MM-DD` date; null for a month, a year or nothing. */
export function dayNumber(date: string | null | undefined): number | null {
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const ms = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(ms) ? null : Math.floor(ms / DAY_MS);
}

export function dayOf(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

/** `YYYY-MM-DD` of a day number. */
export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function yearOf(day: number): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}

/** ISO weekday, Monday = 1 (1970-01-01 was a Thursday). */
export function weekdayOf(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** The UTC calendar day an instant falls on. */
export function dayOfInstant(instant: Date): number {
  return Math.floor(instant.getTime() / DAY_MS);
}
