/** The shape of an attribution rule: it reads one unit and proposes attributions. */
import type { Attribution, Cue } from '../frame.js';
import type { Unit } from '../units.js';

export interface UnitContext {
  readonly text: string;
  readonly unit: Unit;
  readonly cues: readonly Cue[];
}

export interface AttributionRule {
  readonly name: string;
  apply(context: UnitContext): Attribution[];
}

/** Words outside quotation marks and punctuation between two token indexes. */
export function wordsBetween(context: UnitContext, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (/[\p{L}\p{N}]/u.test(context.unit.tokens[i].text)) n++;
  return n;
}

/** Units of time a span after a verb counts in: "for months", "for two decades", "for the past year". */
const TIME_UNIT = /^(seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|ages|weekends?|nights?|mornings?|afternoons?)$/i;
/** Words between "for" and the unit: "for two years", "for the past week", "for several months", "for many years now". */
const TIME_COUNT = /^(the|a|an|past|last|several|many|some|few|more|over|nearly|almost|about|\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty)$/i;

/**
 * Whether the unit from token `first` on is nothing but a span of time and the sentence's end: "for months.", "for the
 * past two years." After a cue such a span says how long the source has held the view ("Ruiz has argued for months."),
 * never what the view is, so it is no content.
 */
export function onlyTimeSpan(context: UnitContext, first: number): boolean {
  const tokens = context.unit.tokens;
  if (tokens[first]?.text.toLowerCase() !== 'for') return false;
  let k = first + 1;
  while (k < tokens.length && TIME_COUNT.test(tokens[k].text)) k++;
  if (!TIME_UNIT.test(tokens[k]?.text ?? '')) return false;
  k++;
  if (/^now$/i.test(tokens[k]?.text ?? '')) k++;
  return tokens.slice(k).every((t) => !/[\p{L}\p{N}]/u.test(t.text));
}
