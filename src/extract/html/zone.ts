/**
 * The time zone a site most likely publishes in, from its country domain or its language
 * tag. Used only to read UTC timestamps (`2023-11-08T23:30:00Z`) as the local calendar day
 * the publication shows; unknown sites keep UTC.
 */
import type { TimeZoneRule } from './date-text.js';

const CET: TimeZoneRule = { offsetHours: 1, dst: 'eu' };
const WET: TimeZoneRule = { offsetHours: 0, dst: 'eu' };
const EET: TimeZoneRule = { offsetHours: 2, dst: 'eu' };
const US_EAST: TimeZoneRule = { offsetHours: -5, dst: 'us' };
const fixed = (offsetHours: number): TimeZoneRule => ({ offsetHours, dst: 'none' });

/** Country-code top-level domains by zone. */
const TLD_ZONES: ReadonlyArray<[TimeZoneRule, readonly string[]]> = [
  [CET, ['de', 'at', 'ch', 'li', 'lu', 'it', 'fr', 'es', 'nl', 'be', 'pl', 'cz', 'sk', 'hu', 'si', 'hr', 'dk', 'se', 'no', 'rs', 'ba', 'me', 'mk', 'al', 'mt', 'ad', 'mc', 'sm', 'va']],
  [WET, ['uk', 'ie', 'pt', 'is', 'fo']],
  [EET, ['fi', 'ee', 'lv', 'lt', 'gr', 'cy', 'ro', 'bg', 'ua', 'md']],
  // Countries without daylight saving (or with too little to matter for a calendar day).
  [fixed(3), ['ru', 'tr', 'by']],
  [fixed(8), ['cn', 'hk', 'tw', 'sg', 'my', 'ph']],
  [fixed(9), ['jp', 'kr']],
  [fixed(-3), ['ar', 'uy', 'br']],
  [fixed(-4), ['bo', 've', 'cl', 'py']],
  [fixed(-5), ['co', 'pe', 'ec', 'pa']],
  [fixed(-6), ['mx', 'gt', 'sv', 'hn', 'ni', 'cr']],
];

/** Primary language subtags whose pages on generic domains are mostly published in Central Europe. */
const CET_LANGUAGES: ReadonlySet<string> = new Set(['de', 'nl', 'pl', 'cs', 'sk', 'hu', 'sl', 'hr', 'da', 'sv', 'nb', 'nn', 'no', 'it']);

export function siteZone(url: string | null, htmlLang: string | undefined): TimeZoneRule | null {
  let tld = '';
  if (url) {
    try {
      tld = new URL(url).hostname.split('.').pop() ?? '';
    } catch {
      tld = '';
    }
  }
  for (const [zone, tlds] of TLD_ZONES) if (tlds.includes(tld)) return zone;
  const lang = (htmlLang ?? '').toLowerCase().replace('_', '-');
  if (lang === 'en-us') return US_EAST;
  const primary = lang.split('-')[0];
  // A generic domain (.com, .org, .info, ...) takes the zone of the page's language.
  if (CET_LANGUAGES.has(primary) && !/^[a-z]{2}$/.test(tld)) return CET;
  return null;
}
