/**
 * Normalises the dates containers carry (RSS pubDate, Atom published, JSON Lines
 * `published`, a text file's `date` line) to an ISO date. Reading publication dates
 * out of article pages is the extract stage's job, not this one's.
 *
 * The date is taken as written, never shifted to UTC: `2024-11-08T23:30:00-05:00`
 * is 8 November where it was published, and that is the date a reader would give.
 */

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4,
  may: 5, jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8,
  sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11,
  dec: 12, december: 12,
};

const MONTH_NAME = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

const PATTERNS = {
  /** 2024-11-08, 2024-11-08T10:00:00Z, 2024-11-08 10:00, 2024/11/08 */
  iso: /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:$|[T\s])/,
  /** 2024-11 (a month) or 2024 (a year): kept at that grain */
  isoMonth: /^(\d{4})-(\d{2})$/,
  isoYear: /^(\d{4})$/,
  /** 20241108 and 20241108T100000Z (compact ISO 8601) */
  compact: /^(\d{4})(\d{2})(\d{2})(?:$|T)/,
  /** RFC 822 / 1123: [Fri, ]08 Nov 2024[ 10:00:00 GMT]; also "8 November 2024" */
  dayMonthYear: new RegExp(`^(?:[a-z]{3,9},?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_NAME},?\\s+(\\d{4}|\\d{2})(?:$|[\\s,T])`, 'i'),
  /** November 8, 2024 and Fri, Nov 8 2024 */
  monthDayYear: new RegExp(`^(?:[a-z]{3,9},?\\s+)?${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?:$|[\\s,T])`, 'i'),
} as const;

/** `YYYY-MM-DD` (or `YYYY-MM` / `YYYY` when only that is written), or null when `value` is not a recognisable date. */
export function normaliseDate(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  const s = value.trim();
  if (!s) return null;

  let m = PATTERNS.iso.exec(s) ?? PATTERNS.compact.exec(s);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));

  m = PATTERNS.isoMonth.exec(s);
  if (m) {
    const month = Number(m[2]);
    return month >= 1 && month <= 12 ? `${m[1]}-${m[2]}` : null;
  }
  m = PATTERNS.isoYear.exec(s);
  if (m) return plausibleYear(Number(m[1])) ? m[1] : null;

  m = PATTERNS.dayMonthYear.exec(s);
  if (m) return ymd(fullYear(m[3]), MONTHS[m[2].toLowerCase()], Number(m[1]));

  m = PATTERNS.monthDayYear.exec(s);
  if (m) return ymd(Number(m[3]), MONTHS[m[1].toLowerCase()], Number(m[2]));

  return null;
}

/** RFC 822 allowed two-digit years; read them as the nearest century that makes sense for news. */
function fullYear(written: string): number {
  const n = Number(written);
  if (written.length === 4) return n;
  return n < 50 ? 2000 + n : 1900 + n;
}

function plausibleYear(year: number): boolean {
  return year >= 1800 && year <= 2200;
}

function ymd(year: number, month: number | undefined, day: number): string | null {
  if (!plausibleYear(year) || month === undefined || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
