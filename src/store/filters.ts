/**
 * SQL fragments shared by the readers: entity references by id, name or alias, and
 * date bounds at any grain. Every value is a bound parameter.
 */
import { sql, type RawBuilder } from 'kysely';

/**
 * How names and aliases are matched: lower case by Unicode rules, here rather than with SQL
 * lower(), which leaves "Ç" alone on a server created with the C locale.
 */
export function nameKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

/** Canonical ids `term` can mean: itself (an id), and every entity with it as a name or alias, case-insensitive. */
export function entityIds(term: string): RawBuilder<unknown> {
  return sql`(select entity from entity_names where name = ${nameKey(term)}::text union select ${term}::text)`;
}

/** Same, as an array, for the `&&` overlap operator on text[] columns. */
export function entityIdArray(term: string): RawBuilder<unknown> {
  return sql`array${entityIds(term)}`;
}

/**
 * Dates are known at different grains ("2025", "2025-03", "2025-03-14"); a date matches a
 * bound when the periods overlap: "2025-03" is on or after "2025-03-14" and on or before "2025-03-01".
 */
export function onOrAfter(date: RawBuilder<unknown>, from: string): RawBuilder<unknown> {
  return sql`(${date} >= left(${from}::text, length(${date})))`;
}

export function onOrBefore(date: RawBuilder<unknown>, to: string): RawBuilder<unknown> {
  return sql`(left(${date}, length(${to}::text)) <= ${to}::text)`;
}

/** `a and b and ...`; `true` for none. */
export function allOf(conditions: RawBuilder<unknown>[]): RawBuilder<unknown> {
  return conditions.length ? sql.join(conditions, sql` and `) : sql`true`;
}

/** A LIKE pattern (escape character `\\`) matching strings that start with `prefix` literally. */
export function prefixPattern(prefix: string): string {
  return nameKey(prefix).replace(/[\\%_]/g, (c) => `\\${c}`) + '%';
}

/**
 * A document's date keys in the documents_search index (migration 007_search_outlet_key): its date
 * as written ('' when undated), and the month it falls in as monthKey writes it (a year alone
 * gives "2024/", a key no slice asks for).
 */
export function publishedKey(published: RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`array[coalesce(${published}, ''), left(${published}, 7) || '/']`;
}

/** The key of every date within a month, the month's own included: "2024-03/" for "2024-03-14" and "2024-03". */
const monthKey = (month: string) => `${month}/`;

/**
 * `outlet` equals `name` in lower case (as the outlet filter compares them), written as the
 * documents_search index's outlet key (migration 007_search_outlet_key) so that a search with
 * words intersects word, dates and outlet inside that index.
 */
export function outletKeyMatches(outlet: RawBuilder<unknown>, name: string): RawBuilder<unknown> {
  return sql`array[lower(${outlet})] && array[lower(${name}::text)]`;
}

/** Dates in the first slice; each slice after it holds SLICE_GROWTH times as many. */
const FIRST_SLICE = 1;
const SLICE_GROWTH = 2;
/** Dates beyond this many (about three years of days) are one last slice bounded by a range, not a list. */
const LISTED_DATES = 1_400;

/**
 * Publication dates, newest first: the `keys` listed (as publishedKey gives them: dates, and
 * months whose every date the slice holds), or every date before `before` and the undated
 * (`before` null: every document).
 */
export type DateSlice = { keys: string[] } | { before: string | null };

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const pad = (n: number) => String(n).padStart(2, '0');

/** A search's `from` and `to`, as the API takes them (ISO dates at any grain). */
export interface DateRange {
  from?: string;
  to?: string;
}

const daysIn = (month: string) => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();

/**
 * A slice's dates with each whole month (its days and its own date) as one month key. GIN
 * intersects the words with every key of a slice in turn, so one key for a month's 31 costs
 * less: 20 ms against 45 for two months of a common word, 6 against 22 for sixteen months of a
 * rare one (EXPLAIN ANALYZE on 100,000 documents under load). The walk lists a month's dates
 * together, from its last day to its own date.
 */
function wholeMonths(keys: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < keys.length; ) {
    const month = keys[i].slice(0, 7);
    const days = keys[i].length === 10 ? daysIn(month) : 0;
    if (days && Number(keys[i].slice(8)) === days && keys[i + days] === month) {
      out.push(monthKey(month));
      i += days + 1;
    } else {
      out.push(keys[i]);
      i += 1;
    }
  }
  return out;
}

/** First and last day of an ISO date's period, as UTC milliseconds: "2024-02" is 2024-02-01 to 2024-02-29. */
function period(date: RegExpExecArray): { first: number; last: number } {
  const year = Number(date[1]);
  const month = date[2] ? Number(date[2]) : null;
  const day = date[3] ? Number(date[3]) : null;
  const first = Date.UTC(year, (month ?? 1) - 1, day ?? 1);
  const last = day !== null ? first : Date.UTC(year, month ?? 12, 0);
  return { first, last };
}

/**
 * Every date a document published between `oldest` and `newest` (ISO dates at any grain), and
 * within `range` when given, can carry, in descending text order, the order of `published desc`:
 * a month's own date ("2024-03") comes after its first day, a year's after its first month; then
 * '' for the undated, unless a range is given (an undated document is in none). Dates that overlap
 * the range match it (onOrAfter, onOrBefore), so a range starting mid-month also lists that month's
 * and that year's own dates. Cut into slices of 1, 2, 4, ... dates, so that searching them in turn
 * for the newest matches stops after about as many documents as it needs however common the words;
 * beyond LISTED_DATES dates the rest is one range.
 */
export function publishedSlices(newest: string | null, oldest: string | null, range: DateRange = {}): DateSlice[] {
  const bounded = range.from !== undefined || range.to !== undefined;
  if (newest === null || oldest === null) return [{ keys: bounded ? [] : [''] }];
  const top = ISO_DATE.exec(newest);
  const bottom = ISO_DATE.exec(oldest);
  const from = range.from === undefined ? null : ISO_DATE.exec(range.from);
  const to = range.to === undefined ? null : ISO_DATE.exec(range.to);
  // Not a date this code wrote: no list can be sure to hold it, so one slice holds everything.
  if (!top || !bottom || (range.from !== undefined && !from) || (range.to !== undefined && !to)) return [{ before: null }];
  const newestDay = Math.min(period(top).last, to ? period(to).last : Infinity);
  // From the first day of the oldest's month: the month's own date is listed after that day.
  const oldestDay = Date.UTC(Number(bottom[1]), bottom[2] ? Number(bottom[2]) - 1 : 0, 1);
  const firstDay = Math.max(oldestDay, from ? period(from).first : -Infinity);
  const keys: string[] = [];
  for (let t = newestDay; t >= firstDay && keys.length <= LISTED_DATES; t -= MS_PER_DAY) {
    const day = new Date(t);
    const month = `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}`;
    keys.push(`${month}-${pad(day.getUTCDate())}`);
    if (day.getUTCDate() === 1) keys.push(month);
    if (day.getUTCDate() === 1 && day.getUTCMonth() === 0) keys.push(month.slice(0, 4));
  }
  if (keys.length === 0) return [{ keys: [] }];
  if (keys.length <= LISTED_DATES && firstDay > oldestDay) {
    // The range starts after the oldest date, maybe mid-month or mid-year: the first day's month and
    // year overlap the range, and their own dates, not listed by the walk, sort after its days.
    const day = new Date(firstDay);
    const month = `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}`;
    if (day.getUTCDate() !== 1) keys.push(month);
    if (day.getUTCDate() !== 1 || day.getUTCMonth() !== 0) keys.push(month.slice(0, 4));
  }
  const listed = keys.slice(0, LISTED_DATES);
  const slices: { keys: string[] }[] = [];
  for (let at = 0, size = FIRST_SLICE; at < listed.length; at += size, size *= SLICE_GROWTH) slices.push({ keys: listed.slice(at, at + size) });
  if (!bounded && keys.length <= LISTED_DATES) slices[slices.length - 1].keys.push('');
  const keyed = slices.map((slice) => ({ keys: wholeMonths(slice.keys) }));
  return keys.length > LISTED_DATES ? [...keyed, { before: listed[listed.length - 1] }] : keyed;
}
