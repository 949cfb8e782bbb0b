/**
 * The dateline that opens a news story: `MOSCOW (Sputnik) -`, `GAZA CITY, Dec 22 (Reuters) -`,
 * `Ramallah, Nov 9 (WAFA) –`, `LONDON —`, `BEIRUT:`.
 *
 * A place must look like a place: all capitals, or Title Case only when an agency in
 * parentheses follows (so "Opinion: ..." and "BREAKING: ..." are not datelines).
 */
import type { Dateline } from '../model/index.js';
import { monthNumber } from './months.js';

/** All-capital openers that are labels, not places ("BREAKING: ...", "UPDATE - ..."). */
const NOT_PLACES: ReadonlySet<string> = new Set([
  'ADVERTISEMENT', 'ALERT', 'ANALYSIS', 'BREAKING', 'BREAKING NEWS', 'CLARIFICATION', 'COMMENT',
  'CORRECTION', 'DEVELOPING', 'EDITORIAL', "EDITOR'S NOTE", 'EDITORS NOTE', 'EXCLUSIVE', 'EXPLAINER',
  'FACT CHECK', 'FEATURE', 'FLASH', 'IN DEPTH', 'IN PICTURES', 'IN PHOTOS', 'INTERVIEW', 'JUST IN',
  'LATEST', 'LISTEN', 'LIVE', 'LIVE UPDATES', 'MUST READ', 'NEW', 'NEWS', 'NOTE', 'OPINION',
  'PHOTOS', 'PODCAST', 'QUOTE', 'READ', 'READ MORE', 'RELATED', 'REVIEW', 'SPONSORED', 'SUMMARY',
  'TOP STORY', 'UPDATE', 'UPDATED', 'URGENT', 'VIDEO', 'WARNING', 'WATCH', 'WATCH LIVE', 'WHAT',
  'WHY', 'HOW', 'WHO', 'WHEN', 'WHERE', 'FAQ', 'TL;DR', 'TLDR', 'POLL', 'QUIZ', 'GALLERY',
  // topic kickers ("MIGRATION – ..."), in the main languages
  'POLITICS', 'BUSINESS', 'SPORT', 'SPORTS', 'HEALTH', 'SCIENCE', 'TECH', 'TECHNOLOGY', 'CLIMATE',
  'ENVIRONMENT', 'ECONOMY', 'MARKETS', 'WORLD', 'CRIME', 'EDUCATION', 'ENTERTAINMENT', 'TRAVEL',
  'WEATHER', 'ELECTION', 'ELECTIONS', 'MIGRATION', 'POLITIK', 'WIRTSCHAFT', 'KULTUR', 'MEINUNG',
  'KOMMENTAR', 'ANALYSE', 'EILMELDUNG', 'LIVETICKER', 'LIVE-TICKER', 'REPORTAGE', 'HINTERGRUND',
  'EXCLUSIF', 'VIDÉO', 'DIRECT', 'INFO', 'TRIBUNE', 'ÉDITO', 'ÚLTIMA HORA', 'EXCLUSIVA', 'OPINIÓN',
  'VÍDEO', 'EN VIVO', 'EN DIRECTO',
  // organisations that open sentences in capitals
  'NATO', 'OPEC', 'NASA', 'FIFA', 'UEFA', 'UNICEF', 'UNRWA', 'UNESCO', 'IMF', 'ICC', 'ICJ', 'IAEA',
  'OSCE', 'ASEAN', 'BRICS', 'FBI', 'CIA', 'WTO', 'IDF', 'BBC', 'CNN',
]);

/**
 * Agencies written in a form that is not an acronym. After a Title Case place ("Rostow
 * (Russland) -") an unknown word in parentheses is a region, not an agency; after an
 * all-capital place (the wire convention, "MOSCOW (Sputnik) -") it is the agency.
 */
const KNOWN_AGENCIES: ReadonlySet<string> = new Set([
  'reuters', 'sputnik', 'xinhua', 'anadolu', 'bernama', 'yonhap', 'interfax', 'kyodo', 'kyodo news',
  'tass', 'ria novosti', 'ukrinform', 'antara', 'jiji', 'jiji press', 'prensa latina', 'europa press',
  'bloomberg', 'dow jones', 'notimex', 'télam', 'telam', 'agência brasil', 'agencia brasil', 'lusa',
  'belga', 'ritzau', 'tanjug', 'wafa', 'efe', 'al jazeera', 'associated press', 'agence france-presse',
  'press association', 'pa media', 'canadian press', 'the canadian press', 'keystone-sda',
  // written in lower case
  'dpa', 'epd', 'kna', 'apa', 'sid',
]);

/** Words kept in lower case inside a multi-word place name ("Rio de Janeiro", "Frankfurt am Main"). */
const PLACE_PARTICLES: ReadonlySet<string> = new Set([
  'de', 'del', 'della', 'da', 'do', 'dos', 'das', 'di', 'du', 'des', 'la', 'le', 'les', 'el',
  'al', 'am', 'an', 'der', 'im', 'upon', 'on', 'of', 'sur', 'en', 'y',
]);

/** Places need at least this many letters: "UN:" or "US -" open sentences, not datelines. */
const MIN_PLACE_LETTERS = 3;
/** Without an agency, a shorter capitalised word is more likely an acronym ("GOP: ...") than a city. */
const MIN_PLACE_LETTERS_WITHOUT_AGENCY = 4;

const CAPS_WORD = String.raw`\p{Lu}[\p{Lu}'’.\-]*`;
const TITLE_WORD = String.raw`\p{Lu}[\p{Ll}'’.]+(?:-\p{Lu}?[\p{Ll}'’.]+)*`;
const PARTICLE = String.raw`(?:${[...PLACE_PARTICLES].join('|')})`;
const CAPS_PLACE = String.raw`${CAPS_WORD}(?:\s+${CAPS_WORD}){0,3}`;
const TITLE_PLACE = String.raw`${TITLE_WORD}(?:\s+(?:${PARTICLE}\s+)?${TITLE_WORD}){0,3}`;
/** `, Dec 22` / `, 9 novembre` / `, Ukraine` / `, D.C.` between the place and the agency. */
const QUALIFIER = String.raw`,\s*(?:[\p{L}.]+\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\.?\s+[\p{L}]+\.?(?:\s+\d{4})?|${TITLE_PLACE}|(?:\p{Lu}\.){1,3}|\p{Lu}{2,3})`;
const AGENCY = String.raw`\(\s*(\p{L}[\p{L}\p{N} .&'’/-]{1,30}?)\s*\)`;
/** Dash (any kind) or colon, then the story. */
const SEPARATOR = String.raw`(?:\s*[–—]\s*|\s*-{1,2}\s+|\s+-{1,2}\s*|:\s+)`;

/** Dateline rules in the order they are tried; the first that matches wins. */
const DATELINE_RULES: ReadonlyArray<{ name: string; pattern: RegExp; requiresCapsPlace: boolean }> = [
  {
    // MOSCOW (Sputnik) - / GAZA CITY, Dec 22 (Reuters) - / Ramallah, Nov 9 (WAFA) –
    name: 'place-agency',
    pattern: new RegExp(String.raw`^(${CAPS_PLACE}|${TITLE_PLACE})((?:${QUALIFIER}){0,2})\s*${AGENCY}${SEPARATOR}`, 'u'),
    requiresCapsPlace: false,
  },
  {
    // LONDON — / BEIRUT: / KYIV, Ukraine — : no agency, so only an all-capital place counts
    name: 'caps-place',
    pattern: new RegExp(String.raw`^(${CAPS_PLACE})((?:${QUALIFIER}){0,2})${SEPARATOR}`, 'u'),
    requiresCapsPlace: true,
  },
];

const ACRONYM = /^[\p{Lu}][\p{Lu}\p{N}&-]{1,7}$/u;
const TITLE_CASE_NAME = new RegExp(String.raw`^${TITLE_WORD}(?:[\s/-]+(?:${PARTICLE}\s+)?${TITLE_WORD}){0,3}$`, 'u');
const QUALIFIER_PART = new RegExp(String.raw`,\s*([^,]+)`, 'gu');

export interface DatelineMatch {
  dateline: Dateline;
  /** The paragraph without its dateline. */
  rest: string;
  /** Which rule matched: our explanation trail. */
  rule: string;
}

/** Splits the dateline off the start of a paragraph, or returns null when there is none. */
export function splitDateline(paragraph: string): DatelineMatch | null {
  const text = paragraph.trimStart();
  for (const rule of DATELINE_RULES) {
    const m = rule.pattern.exec(text);
    if (!m) continue;
    const rawPlace = m[1];
    const isCaps = rawPlace === rawPlace.toUpperCase();
    if (rule.requiresCapsPlace && !isCaps) continue;
    const minLetters = rule.name === 'place-agency' ? MIN_PLACE_LETTERS : MIN_PLACE_LETTERS_WITHOUT_AGENCY;
    if (!isPlausiblePlace(rawPlace, isCaps, minLetters)) continue;
    if (!qualifiersAreDatesOrPlaces(m[2] ?? '')) continue;
    const rest = text.slice(m[0].length).trim();
    // The story must follow, written in ordinary case: a shouted line is a headline or a label.
    if (!/\p{Ll}/u.test(rest)) continue;
    const agency = rule.name === 'place-agency' ? agencyOrRegion(m[3].trim(), isCaps) : null;
    if (agency === undefined) continue;
    return {
      dateline: { place: isCaps ? titleCasePlace(rawPlace) : rawPlace, agency },
      rest,
      rule: rule.name,
    };
  }
  return null;
}

/** "GAZA CITY" -> "Gaza City", "RIO DE JANEIRO" -> "Rio de Janeiro", "AL-ARISH" -> "Al-Arish". */
export function titleCasePlace(place: string): string {
  return place
    .trim()
    .split(/\s+/)
    .map((word, index) => {
      const lower = word.toLowerCase();
      if (index > 0 && PLACE_PARTICLES.has(lower)) return lower;
      return lower.replace(/(^|[-'’.])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
    })
    .join(' ');
}

/** The agency named in parentheses; null for a region ("Russland"); undefined for neither ("pictured"). */
function agencyOrRegion(inParentheses: string, afterCapsPlace: boolean): string | null | undefined {
  if (KNOWN_AGENCIES.has(inParentheses.toLowerCase())) return inParentheses;
  if (ACRONYM.test(inParentheses)) return inParentheses;
  if (!TITLE_CASE_NAME.test(inParentheses)) return undefined;
  return afterCapsPlace ? inParentheses : null;
}

function isPlausiblePlace(place: string, isCaps: boolean, minLetters: number): boolean {
  const letters = place.replace(/[^\p{L}]/gu, '');
  if (letters.length < minLetters) return false;
  if (isCaps && NOT_PLACES.has(place.replace(/’/g, "'").replace(/\s+/g, ' ').trim())) return false;
  return true;
}

/** A `, X` part between place and agency must be a date ("Dec 22") or a region, never a clause. */
function qualifiersAreDatesOrPlaces(qualifiers: string): boolean {
  for (const m of qualifiers.matchAll(QUALIFIER_PART)) {
    const part = m[1].trim();
    const words = part.split(/\s+/);
    const hasDigit = /\d/.test(part);
    if (hasDigit && !words.some((w) => monthNumber(w) !== null)) return false;
  }
  return true;
}
