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
