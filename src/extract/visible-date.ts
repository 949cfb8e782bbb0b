/**
 * Dates written in the visible text ("Published 9 November 2023", "Updated: Nov. 9, 2023
 * 14:02 GMT", "09.11.2023", "9 novembre 2023") -> `YYYY-MM-DD`.
 *
 * Only a line that is a date line (an optional label, an optional weekday, the date, an
 * optional time) counts: a date inside a sentence is news content, not publication metadata.
 */
import { monthNumber } from './months.js';

/** Weekday names that may open a date line ("Thursday, 9 November 2023", "jeudi 9 novembre"). */
const WEEKDAYS: readonly string[] = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag',
  'lunes', 'martes', 'miércoles', 'miercoles', 'jueves', 'viernes', 'sábado', 'sabado', 'domingo',
  'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica',
  'segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira',
  'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag',
];

/** Labels that introduce a date line, and whether the date is the first publication. */
const LABELS: ReadonlyArray<{ words: string; kind: DateLineKind }> = [
  { words: 'first published(?: on)?', kind: 'published' },
  { words: 'published(?: on| at)?', kind: 'published' },
  { words: 'posted(?: on| at)?', kind: 'published' },
  { words: 'date', kind: 'published' },
  { words: 'publié le|publié|mis en ligne le', kind: 'published' },
  { words: 'veröffentlicht am|veröffentlicht|erschienen am', kind: 'published' },
  { words: 'publicado el|publicado em|publicado', kind: 'published' },
  { words: 'pubblicato il|pubblicato', kind: 'published' },
  { words: 'gepubliceerd op|gepubliceerd', kind: 'published' },
  { words: 'opublikowano', kind: 'published' },
  { words: '(?:last )?updated(?: on| at)?|last modified(?: on)?|modified(?: on)?', kind: 'updated' },
  { words: 'mis à jour le|mis à jour|actualisé le', kind: 'updated' },
  { words: 'aktualisiert am|aktualisiert|zuletzt aktualisiert', kind: 'updated' },
  { words: 'actualizado el|actualizado|atualizado em|atualizado', kind: 'updated' },
  { words: 'aggiornato il|aggiornato', kind: 'updated' },
  { words: 'bijgewerkt op|bijgewerkt', kind: 'updated' },
];

/** Two-digit years below this are 20xx, the rest 19xx ("09.11.23" -> 2023). */
const TWO_DIGIT_YEAR_PIVOT = 70;
const MIN_YEAR = 1900;
const MAX_YEAR = 2099;
/** Longer lines are sentences or chrome rows, not date lines. */
const MAX_DATE_LINE_LENGTH = 120;

export type DateLineKind = 'published' | 'updated' | 'plain';

export interface DateLine {
  /** `YYYY-MM-DD`. */
  date: string;
  kind: DateLineKind;
  /** Which date pattern matched: our explanation trail. */
  rule: string;
}

// ---------------------------------------------------------------------------
// Patterns, compiled once from the tables above.

const WORD = String.raw`[\p{L}]+`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th|er|re|º|°|\.)?`;
const YEAR = String.raw`(\d{4})`;

/** Each date rule: a name, a pattern anchored at the start, and how to read its groups. */
const DATE_RULES: ReadonlyArray<{
  name: string;
  pattern: RegExp;
  read: (m: RegExpExecArray) => [year: number, month: number | null, day: number] | null;
}> = [
  {
    // 2023-11-09, 2023-11-09T14:02:00Z, 2023/11/09
    name: 'iso',
    pattern: new RegExp(String.raw`^(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?![\d])(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?`, 'u'),
    read: (m) => [Number(m[1]), Number(m[3]), Number(m[4])],
  },
  {
    // 2023年11月9日
    name: 'cjk',
    pattern: /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/u,
    read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])],
  },
  {
    // 9 November 2023, 9. November 2023, 9 de noviembre de 2023, 1er novembre 2023
    name: 'day-month-year',
    pattern: new RegExp(String.raw`^${DAY}\s*(?:de\s+)?(${WORD})\.?,?\s+(?:de\s+|del\s+)?${YEAR}(?![\d])(?:\s*(?:г\.|года))?`, 'iu'),
    read: (m) => [Number(m[3]), monthNumber(m[2]), Number(m[1])],
  },
  {
    // November 9, 2023; Nov. 9 2023; Nov 9th, 2023
    name: 'month-day-year',
    pattern: new RegExp(String.raw`^(${WORD})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+${YEAR}(?![\d])`, 'iu'),
    read: (m) => [Number(m[3]), monthNumber(m[1]), Number(m[2])],
  },
  {
    // 09.11.2023, 9.11.23: day first, as everywhere dots are used
    name: 'dotted-dmy',
    pattern: /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?![\d.])/u,
    read: (m) => [fullYear(m[3]), Number(m[2]), Number(m[1])],
  },
  {
    // 09/11/2023 or 11/09/2023: read only when one part cannot be a month
    name: 'slashed',
    pattern: /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})(?![\d])/u,
    read: (m) => {
      const a = Number(m[1]);
      const b = Number(m[2]);
      if (a > 12 && b <= 12) return [Number(m[3]), b, a];
      if (b > 12 && a <= 12) return [Number(m[3]), a, b];
      if (a === b) return [Number(m[3]), a, b];
      return null; // 09/11/2023: 9 November or September 11? Better no date than a wrong one.
    },
  },
];

const labelAlternatives = (kind: DateLineKind): string =>
  LABELS.filter((l) => l.kind === kind).map((l) => `(?:${l.words})`).join('|');
const LABEL_PATTERN = new RegExp(
  String.raw`^(?:(?<updated>${labelAlternatives('updated')})|(?<published>${labelAlternatives('published')}))\s*[:\-–]?\s*`,
  'iu',
);
const WEEKDAY_PATTERN = new RegExp(String.raw`^(?:${WEEKDAYS.join('|')})\.?,?\s+`, 'iu');
/** What may follow the date on a date line: a time, a zone, separators. */
const TRAILER_PATTERN = new RegExp(
  String.raw`^[\s,|·•–-]*(?:(?:at|à|um|a las|alle|às|om|o)\s+)?` +
    String.raw`(?:\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?)?(?:\s*(?:[Uu]hr|h))?)?` +
    String.raw`\s*(?:\(?(?:[A-Z]{2,5}|(?:UTC|GMT)\s?[+-]\s?\d{1,2}(?::?\d{2})?|[+-]\d{2}:?\d{2})\)?)?\s*[.,]?\s*$`,
  'u',
);
/** A date line may hold several segments: "Published 9 Nov 2023 | Updated 10 Nov 2023". */
const SEGMENT_SEPARATOR = /\s+[|·•]\s+|\s{2,}/u;

// ---------------------------------------------------------------------------

/** Reads one date written out ("9 November 2023", "Nov. 9, 2023", "09.11.2023") at the start of `text`. */
export function parseWrittenDate(text: string): { date: string; rule: string; rest: string } | null {
  const input = text.trim();
  for (const rule of DATE_RULES) {
    const m = rule.pattern.exec(input);
    if (!m) continue;
    const parts = rule.read(m);
    if (!parts) continue;
    const date = isoDate(...parts);
    if (date) return { date, rule: rule.name, rest: input.slice(m[0].length) };
  }
  return null;
}

/** The date of a line that is only a (labelled) date, or null. */
export function parseDateLine(line: string): DateLine | null {
  const trimmed = line.trim();
  if (!trimmed || trimmed.length > MAX_DATE_LINE_LENGTH) return null;
  let first: DateLine | null = null;
  for (const segment of trimmed.split(SEGMENT_SEPARATOR)) {
    const found = parseDateSegment(segment);
    if (!found) return null; // every segment must be a date, or the line is something else
    if (!first || (first.kind === 'updated' && found.kind !== 'updated')) first = found;
  }
  return first;
}

/**
 * The publication date shown on a date line of `text`: the first "published" (or unlabelled)
 * date line, else the first "updated" one, else null.
 */
export function findVisibleDate(text: string): DateLine | null {
  let updated: DateLine | null = null;
  for (const line of text.split(/\r?\n|\r/)) {
    const found = parseDateLine(line);
    if (!found) continue;
    if (found.kind !== 'updated') return found;
    updated ??= found;
  }
  return updated;
}

function parseDateSegment(segment: string): DateLine | null {
  let rest = segment.trim();
  let kind: DateLineKind = 'plain';
  const label = LABEL_PATTERN.exec(rest);
  if (label) {
    kind = label.groups?.updated ? 'updated' : 'published';
    rest = rest.slice(label[0].length);
  }
  rest = rest.replace(WEEKDAY_PATTERN, '');
  const parsed = parseWrittenDate(rest);
  if (!parsed || !TRAILER_PATTERN.test(parsed.rest)) return null;
  return { date: parsed.date, kind, rule: parsed.rule };
}

function fullYear(digits: string): number {
  if (digits.length === 4) return Number(digits);
  const yy = Number(digits);
  return yy < TWO_DIGIT_YEAR_PIVOT ? 2000 + yy : 1900 + yy;
}

function isoDate(year: number, month: number | null, day: number): string | null {
  if (month === null || month < 1 || month > 12) return null;
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
