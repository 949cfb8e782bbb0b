/**
 * A share of those polled as the source of a choice or view: `Among likely voters, 46 percent
 * would choose Clinton and 44 percent would back Trump, while 5 percent prefer Johnson`.
 * Attribution corpora count each share as a source ("46 percent") with its object as the
 * content. Every share in the sentence is read; each content runs to the joiner before the
 * next share ("and", "while", a comma) or to a semicolon or the sentence's end.
 */
import { isQuoted, nextUnquoted, type Attribution } from '../frame.js';
import { POLL_VERBS } from '../data/stance-verbs.js';
import type { Unit } from '../units.js';
import type { AttributionRule, UnitContext } from './rule.js';

const VERBS: ReadonlySet<string> = new Set(POLL_VERBS.map((v) => v.form));
const NUMBER = /^\d+(\.\d+)?$/;
const SHARE = /^(percent|per cent|%)$/i;
/** Words between the share and its verb: "46 percent would choose", "5 percent still prefer". */
const BEFORE_VERB = /^(would|will|now|still|also|only|just|strongly|somewhat)$/i;
/** Words before a following share that end the content before it: "... Clinton and 44 percent ...". */
const JOINER = /^(,|;|and|but|while|whereas|with)$/i;

/** The token index of the verb a share at `number` (its figure) takes, or -1. */
function verbAfter(unit: Unit, number: number): number {
  const tokens = unit.tokens;
  let k = number + 2;
  while (k < tokens.length && BEFORE_VERB.test(tokens[k].text)) k++;
  if (k + 1 >= tokens.length || !VERBS.has(tokens[k].text.toLowerCase()) || isQuoted(unit, tokens[k])) return -1;
  // "85 percent support among black voters", "5 percent support of the black vote": the word is a noun.
  const next = tokens[k + 1].text.toLowerCase();
  if (/^(among|from|at|in|across|within|for)$/.test(next) || (next === 'of' && !/approve$/i.test(tokens[k].text))) return -1;
  return k;
}

export const pollShare: AttributionRule = {
  name: 'poll-share',
  apply(context: UnitContext): Attribution[] {
    const { unit } = context;
    const tokens = unit.tokens;
    const shares: { number: number; verb: number }[] = [];
    for (let k = 0; k + 2 < tokens.length; k++) {
      if (!NUMBER.test(tokens[k].text) || !SHARE.test(tokens[k + 1].text) || isQuoted(unit, tokens[k])) continue;
      // "a 36 percent rate", "the top 1 percent would see": a share inside a noun phrase is no one polled.
      if (k > 0 && /^(a|an|the|top|bottom)$/i.test(tokens[k - 1].text)) continue;
      const verb = verbAfter(unit, k);
      if (verb > 0) shares.push({ number: k, verb });
    }
    const out: Attribution[] = [];
    shares.forEach(({ number, verb }, n) => {
      const first = verb + 1;
      let last = n + 1 < shares.length ? shares[n + 1].number : tokens.length;
      while (last > first && JOINER.test(tokens[last - 1].text)) last--;
      last = Math.min(last, nextUnquoted(unit, first, /^;$/));
      if (last <= first || !/[\p{L}\p{N}]/u.test(tokens[first].text)) return;
      out.push({
        rule: this.name,
        content: [{ start: tokens[first].start, end: tokens[last - 1].end }],
        speaker: { start: tokens[number].start, end: tokens[number + 1].end },
        cue: { start: tokens[verb].start, end: tokens[verb].end },
      });
    });
    return out;
  },
};
