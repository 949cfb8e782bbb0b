/**
 * Word lists the time rules are built from. Data only: every rule compiles its
 * patterns from these tables once, at module load.
 */

/** Cardinal number words as news prose writes them. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8,
  nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15,
  sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
  dozen: 12, 'a dozen': 12, 'a couple of': 2, 'a couple': 2, 'a hundred': 100,
};

/** Quantities TimeML writes as X ("several months" -> PXM). */
export const VAGUE_QUANTITIES: readonly string[] = [
  'several', 'a few', 'few', 'many', 'some', 'a number of', 'numerous', 'countless', 'recent', 'coming', 'past',
];

export const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, final: 4, last: 4,
};

/** Month names and the abbreviations news agencies use (AP style "Sept."). */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5,
  june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9,
  october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};

/** ISO weekday numbers, Monday = 1. */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4,
  thur: 4, thurs: 4, friday: 5, fri: 5, saturday: 6, sat: 6, sunday: 7, sun: 7,
};

/** TimeML season codes. */
export const SEASONS: Readonly<Record<string, string>> = {
  spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI',
};

/** TimeML parts of the day. */
export const PARTS_OF_DAY: Readonly<Record<string, string>> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', overnight: 'NI',
};

/** Duration units: the ISO 8601 designator and whether it sits after the `T`. */
export interface DurationUnit {
  readonly letter: string;
  readonly time: boolean;
  /** How many of `letter` one unit is (a decade is ten years). */
  readonly factor: number;
  /** The grain of a point this unit measures back from ("two weeks ago" is a week). */
  readonly grain: 'day' | 'week' | 'month' | 'year' | 'time' | 'other';
}
export const DURATION_UNITS: Readonly<Record<string, DurationUnit>> = {
  second: { letter: 'S', time: true, factor: 1, grain: 'time' },
  minute: { letter: 'M', time: true, factor: 1, grain: 'time' },
  hour: { letter: 'H', time: true, factor: 1, grain: 'time' },
  day: { letter: 'D', time: false, factor: 1, grain: 'day' },
  night: { letter: 'D', time: false, factor: 1, grain: 'day' },
  week: { letter: 'W', time: false, factor: 1, grain: 'week' },
  weekend: { letter: 'WE', time: false, factor: 1, grain: 'week' },
  fortnight: { letter: 'W', time: false, factor: 2, grain: 'week' },
  month: { letter: 'M', time: false, factor: 1, grain: 'month' },
  quarter: { letter: 'Q', time: false, factor: 1, grain: 'other' },
  year: { letter: 'Y', time: false, factor: 1, grain: 'year' },
  decade: { letter: 'Y', time: false, factor: 10, grain: 'year' },
  century: { letter: 'Y', time: false, factor: 100, grain: 'year' },
};

/** Words that make a number in front of them something other than a year or a time. */
export const NON_TIME_FOLLOWERS: readonly string[] = [
  'percent', 'per cent', '%', 'points', 'point', 'pts', 'people', 'persons', 'troops', 'soldiers',
  'votes', 'seats', 'shares', 'cars', 'homes', 'houses', 'jobs', 'workers', 'employees', 'miles',
  'kilometers', 'kilometres', 'km', 'feet', 'meters', 'metres', 'tons', 'tonnes', 'pounds', 'kg',
  'dollars', 'euros', 'yuan', 'yen', 'barrels', 'units', 'students', 'children', 'patients',
  'deaths', 'cases', 'members', 'delegates', 'flights', 'planes', 'rooms', 'beds', 'acres',
  'max', 'million', 'billion', 'trillion', 'thousand', 'calories', 'words', 'pages',
];

/** Words that make the number after them a name or a measure ("Route 66", "Flight 370", "No. 7"). */
export const NON_TIME_LEADERS: readonly string[] = [
  'route', 'flight', 'highway', 'interstate', 'no.', 'number', 'boeing', 'airbus', 'model',
  'room', 'gate', 'chapter', 'article', 'section', 'resolution', 'amendment', 'bill', 'apt.',
  'suite', 'box', 'page', 'pages', 'vol.', 'volume', 'exit', 'bus', 'line', 'platform', 'unit',
  'level', 'grade', 'channel', 'version', 'windows', 'iphone', 'ps', 'cells', 'hr', 's.', 'h.r.',
];
