/**
 * The words claims are read with: what a figure counts (kind), how it is hedged
 * (qualifier), and the words that stand for numbers. Phrases are token sequences,
 * matched case-insensitively.
 */
import type { Claim } from '../../model/index.js';

export type ClaimKind = Claim['kind'];
export type Qualifier = NonNullable<Claim['qualifier']>;

/** Words and phrases that say what a figure counts. */
export const KIND_WORDS: Readonly<Record<ClaimKind, readonly string[]>> = {
  killed: [
    'killed', 'kills', 'killing', 'dead', 'died', 'die', 'deaths', 'death toll', 'death', 'toll', 'martyrs', 'martyred', 'fatalities',
    'bodies', 'lives lost', 'lost their lives', 'slain', 'massacred', 'executed', 'perished',
  ],
  wounded: ['wounded', 'injured', 'injuring', 'injuries', 'wounding', 'hurt', 'casualties'],
  abducted: ['abducted', 'kidnapped', 'taken hostage', 'held hostage', 'hostages', 'taken captive', 'held captive', 'captives', 'abductions', 'seized'],
  displaced: ['displaced', 'fled', 'evacuated', 'uprooted', 'homeless', 'refugees', 'forced from their homes', 'forced to flee', 'driven from their homes'],
  arrested: ['arrested', 'detained', 'detainees', 'jailed', 'imprisoned', 'in custody', 'rounded up', 'arrests'],
  missing: ['missing', 'unaccounted for', 'disappeared'],
  other: ['aid trucks', 'trucks', 'tonnes of aid', 'tons of aid', 'food parcels', 'aid convoys'],
};

/** Qualifier phrases, read right before the figure. */
export const QUALIFIERS: Readonly<Record<Qualifier, readonly string[]>> = {
  more_than: ['more than', 'over', 'upwards of', 'in excess of', 'above', 'exceeding', 'topping', 'surpassing'],
  at_least: ['at least', 'no fewer than', 'no less than', 'a minimum of', 'not less than'],
  about: ['about', 'around', 'some', 'approximately', 'roughly', 'an estimated', 'estimated', 'circa', 'approx', 'an approximate', 'close to'],
  up_to: ['up to', 'as high as', 'as many as', 'as much as'],
  less_than: ['nearly', 'almost', 'fewer than', 'less than', 'under', 'just under', 'below', 'nearing', 'short of'],
  exactly: ['exactly', 'precisely', 'a total of exactly'],
};

export const UNITS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
export const TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
/** Multipliers after a number: "1.2 million", "two dozen", "three hundred". */
export const SCALES: Readonly<Record<string, number>> = {
  dozen: 12, hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000, m: 1_000_000, bn: 1_000_000_000, k: 1_000,
};

/** Nouns that follow a figure without being who it counts: units of measure and time. */
export const NOT_PEOPLE = new Set([
  'percent', '%', 'per', 'cent', 'years', 'year', 'days', 'day', 'weeks', 'week', 'months', 'month', 'hours', 'hour', 'minutes', 'km', 'kilometres',
  'kilometers', 'miles', 'metres', 'meters', 'dollars', 'euros', 'pounds', 'times', 'am', 'pm', 'a.m.', 'p.m.', 'st', 'nd', 'rd', 'th', 'o\'clock',
]);
