/**
 * Dates as pages write them -> `YYYY-MM-DD`: ISO timestamps in metadata, numeric dates
 * (`09.11.2023`, `2023/11/09`, `11/09/2023`), written dates in the main European languages
 * (`9 November 2023`, `9. November 2023`, `November 9, 2023`, `9 novembre 2023`,
 * `9 listopada 2023`, `9 ноября 2023`) and CJK (`2023年11月9日`).
 */
import { MONTHS, monthNumber } from '../months.js';

const MONTH_WORD = `(${Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|')})\\.?`;

/** Day-first written date: `9 November 2023`, `9. November 2023`, `9 de noviembre de 2023`, `1er novembre 2023`. */
const DAY_MONTH_YEAR = new RegExp(
  `(?<![\\p{L}\\d])(\\d{1,2})(?:\\.|er|st|nd|rd|th)?\\s*(?:de\\s+)?${MONTH_WORD}(?:\\s+de)?,?\\s+(\\d{4})(?!\\d)`,
  'iu',
);
/** Month-first written date: `November 9, 2023`, `Nov. 9th 2023`. */
const MONTH_DAY_YEAR = new RegExp(
  `(?<![\\p{L}])${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`,
  'iu',
);
const ISO_DATE = /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/;
const YMD_NUMERIC = /(?<!\d)(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?!\d)/;
const DMY_NUMERIC = /(?<![\d.])(\d{1,2})(\.\s?|[/-])(\d{1,2})\2(\d{4}|\d{2})(?![\d])/;
const CJK_DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:\d{4,6})?$/;

const MIN_YEAR = 1990;

function valid(year: number, month: number, day: number): string | null {
  const maxYear = new Date().getUTCFullYear() + 1;
  if (year < MIN_YEAR || year > maxYear || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function fullYear(y: string): number {
  const n = Number(y);
  if (y.length === 4) return n;
  return n + (n < 70 ? 2000 : 1900);
}

export interface DateReadOptions {
  /** Read `11/09/2023` as month first (US pages, metadata written by US software). */
  readonly monthFirst?: boolean;
  /** The site's time zone, to read a UTC timestamp as the local calendar day. */
  readonly zone?: TimeZoneRule | null;
}

/** A coarse time-zone rule: standard offset and the daylight-saving convention. */
export interface TimeZoneRule {
  readonly offsetHours: number;
  readonly dst: 'eu' | 'us' | 'none';
}

const UTC_TIMESTAMP =
  /(\d{4})-(\d{1,2})-(\d{1,2})[T ](\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]00:?00|GMT|UTC)\b/i;
const RFC_1123 = /(\d{1,2}) ([A-Za-z]{3}) (\d{4}) (\d{1,2}):(\d{2})(?::\d{2})? (?:GMT|UTC|\+0000)/;

/** The calendar day of a UTC timestamp in the site's zone, or null when `text` is not a UTC timestamp. */
function localDayOfUtc(text: string, zone: TimeZoneRule): string | null {
  let year: number, month: number, day: number, hour: number, minute: number;
  const iso = UTC_TIMESTAMP.exec(text);
  if (iso) {
    [year, month, day, hour, minute] = [Number(iso[1]), Number(iso[2]), Number(iso[3]), Number(iso[4]), Number(iso[5])];
  } else {
    const rfc = RFC_1123.exec(text);
    const mon = rfc ? monthNumber(rfc[2]) : undefined;
    if (!rfc || !mon) return null;
    [year, month, day, hour, minute] = [Number(rfc[3]), mon, Number(rfc[1]), Number(rfc[4]), Number(rfc[5])];
  }
  if (!valid(year, month, day)) return null;
  // Midnight UTC is a bare date stored as a timestamp: shifting it would move the day.
  if (hour === 0 && minute === 0) return null;
  const utc = Date.UTC(year, month - 1, day, hour, minute);
  const offset = zone.offsetHours + (inDaylightSaving(utc, zone.dst) ? 1 : 0);
  const local = new Date(utc + offset * 3_600_000);
  return valid(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate());
}

/** EU: last Sunday of March to last Sunday of October, 01:00 UTC. US: second Sunday of March to first Sunday of November. */
function inDaylightSaving(utc: number, rule: TimeZoneRule['dst']): boolean {
  if (rule === 'none') return false;
  const year = new Date(utc).getUTCFullYear();
  const sunday = (month: number, nth: number): number => {
    // nth > 0: nth Sunday of the month; nth = -1: last Sunday.
    if (nth > 0) {
      const first = new Date(Date.UTC(year, month, 1)).getUTCDay();
      return Date.UTC(year, month, 1 + ((7 - first) % 7) + (nth - 1) * 7);
    }
    const last = new Date(Date.UTC(year, month + 1, 0));
    return Date.UTC(year, month, last.getUTCDate() - last.getUTCDay());
  };
  if (rule === 'eu') return utc >= sunday(2, -1) + 3_600_000 && utc < sunday(9, -1) + 3_600_000;
  return utc >= sunday(2, 2) + 7 * 3_600_000 && utc < sunday(10, 1) + 6 * 3_600_000;
}

/** True for a timestamp written in UTC (`...Z`, `+00:00`, `GMT`): a server's clock, not the publication's calendar. */
export function isUtcTimestamp(text: string): boolean {
  return UTC_TIMESTAMP.test(text) || RFC_1123.test(text);
}

/** Whole days from `a` to `b` (both `YYYY-MM-DD`), or null when either is not a full date. */
export function daysBetween(a: string, b: string): number | null {
  const ta = Date.parse(`${a}T00:00:00Z`);
  const tb = Date.parse(`${b}T00:00:00Z`);
  if (a.length !== 10 || b.length !== 10 || Number.isNaN(ta) || Number.isNaN(tb)) return null;
  return Math.round((tb - ta) / 86_400_000);
}

/**
 * The first date written in `text`, as `YYYY-MM-DD`, or null. Metadata values (ISO
 * timestamps, compact `20231109`) and visible text are both accepted.
 */
export function parseDate(text: string, options: DateReadOptions = {}): string | null {
  const s = text.trim();
  if (!s) return null;
  if (options.zone) {
    const local = localDayOfUtc(s, options.zone);
    if (local) return local;
  }
  const compact = COMPACT.exec(s);
  if (compact) return valid(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  let m = ISO_DATE.exec(s);
  if (m) return valid(Number(m[1]), Number(m[2]), Number(m[3]));
  m = CJK_DATE.exec(s);
  if (m) return valid(Number(m[1]), Number(m[2]), Number(m[3]));
  m = YMD_NUMERIC.exec(s);
  if (m) return valid(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DMY_NUMERIC.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const year = fullYear(m[4]);
    // Dots are day-first everywhere; slashes follow the page's convention unless one part exceeds 12.
    const monthFirst = m[2] === '/' && (b > 12 || (a <= 12 && options.monthFirst === true));
    if (m[4].length === 2 && m[2] !== '.') return null;
    return monthFirst ? valid(year, a, b) : valid(year, b, a);
  }
  return parseWrittenDate(s);
}

/** A date with the month written out, or null. */
export function parseWrittenDate(text: string): string | null {
  let m = DAY_MONTH_YEAR.exec(text);
  if (m) {
    const month = monthNumber(m[2]);
    if (month) return valid(Number(m[3]), month, Number(m[1]));
  }
  m = MONTH_DAY_YEAR.exec(text);
  if (m) {
    const month = monthNumber(m[1]);
    if (month) return valid(Number(m[3]), month, Number(m[2]));
  }
  return null;
}

/** Every date in a visible text, in order (for lines like "Published 9 Nov 2023, updated 10 Nov 2023"). */
export function datesInText(text: string, options: DateReadOptions = {}): string[] {
  const found: string[] = [];
  const patterns = [ISO_DATE, CJK_DATE, YMD_NUMERIC, DMY_NUMERIC, DAY_MONTH_YEAR, MONTH_DAY_YEAR];
  const hits: Array<{ index: number; date: string }> = [];
  for (const pattern of patterns) {
    const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    for (const m of text.matchAll(global)) {
      const date = parseDate(m[0], options);
      if (date) hits.push({ index: m.index ?? 0, date });
    }
  }
  hits.sort((a, b) => a.index - b.index);
  for (const h of hits) if (!found.includes(h.date)) found.push(h.date);
  return found;
}

/** A date in a URL path: `/2023/11/09/`, `/2023-11-09/`, `/20231109/`, `/2023/11/` (month only is not used). */
export function dateFromUrl(url: string | null): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    path = url;
  }
  const m =
    /(?<!\d)(\d{4})[/_-](\d{1,2})[/_-](\d{1,2})(?!\d)/.exec(path) ?? /(?<![\d])(20\d{2})(\d{2})(\d{2})(?!\d)/.exec(path);
  return m ? valid(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}


/** Labels and time words that may surround a date in a publication line. */
const DATE_LINE_WORDS =
  /(?<![\p{L}])(?:published|updated|posted|created|modified|last|on|at|am|um|uhr|pm|gmt|utc|cet|cest|mez|mesz|est|edt|pst|stand|datum|date|dodano|erstellt|aktualisiert|veröffentlicht|geändert|zuletzt|publié|mis à jour|le|à|publicado|actualizado|el|a las|pubblicato|aggiornato|il|alle|opublikowano|aktualizacja|dnia|опубликовано|обновлено|monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|mon|tue|wed|thu|fri|sat|sun|de|del|den|der|the|and|und)(?![\p{L}])/giu;

/**
 * True for a line that only tells when the page was published or updated ("Published:
 * 9 November 2023, 14:02", "Aktualisiert am 09.11.2023 | 06:12 Uhr"): page chrome.
 */
export function isDateLine(text: string, options: DateReadOptions = {}): boolean {
  if (text.length > 90 || datesInText(text, options).length === 0) return false;
  let rest = text;
  for (const pattern of [ISO_DATE, CJK_DATE, YMD_NUMERIC, DMY_NUMERIC, DAY_MONTH_YEAR, MONTH_DAY_YEAR]) {
    rest = rest.replace(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`), ' ');
  }
  rest = rest
    .replace(/\d{1,2}[:.h]\d{2}(?::\d{2})?/g, ' ')
    .replace(DATE_LINE_WORDS, ' ')
    .replace(/[^\p{L}]+/gu, ' ')
    .trim();
  // A few letters may remain: "Wyświetleń" (views), an author's initials.
  return rest.length <= 12;
}
