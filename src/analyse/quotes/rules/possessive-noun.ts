/**
 * A stance named by a noun after its owner's possessive: `The mayor's decision to close the
 * pool`, `the bank's estimate of growth`. The owner is the source, what follows the noun the
 * content. Tried after the verb rules, so it only adds.
 */
import { isQuoted, type Attribution, type Region } from '../frame.js';
import { POSSESSED_NOUNS } from '../data/stance-verbs.js';
import type { AttributionRule, UnitContext } from './rule.js';

const NOUNS: ReadonlySet<string> = new Set(POSSESSED_NOUNS.map((n) => n.noun));
const POSSESSIVE = /^(’s|'s|’|')$/;
/** What may follow the noun for it to name a stance with content: "decision to", "estimate of". */
const LINK = /^(to|of|for)$/i;

const DETERMINER = /^(the|a|an|his|her|their|its|our)$/i;
const MAX_OWNER_WORDS = 5;

/** The owner right before a possessive: a name ("President Obama"), else a determiner and its noun ("the bank"). */
function ownerBefore(context: UnitContext, possessive: number): Region | null {
  const tokens = context.unit.tokens;
  let first = possessive;
  while (first > 0 && possessive - first < MAX_OWNER_WORDS && /^[A-Z]/.test(tokens[first - 1].text) && !isQuoted(context.unit, tokens[first - 1])) first--;
  if (first === possessive) {
    // "the bank's", "the workers'": one noun after a determiner.
    if (possessive < 2 || !/^[a-z]+$/.test(tokens[possessive - 1].text) || !DETERMINER.test(tokens[possessive - 2].text)) return null;
    first = possessive - 2;
  } else if (first > 0 && DETERMINER.test(tokens[first - 1].text)) {
    first--;
  }
  return { start: tokens[first].start, end: tokens[possessive - 1].end };
}

export const possessiveNoun: AttributionRule = {
  name: 'possessive-noun',
  apply(context: UnitContext): Attribution[] {
    const { unit } = context;
    const tokens = unit.tokens;
    for (let k = 2; k + 2 < tokens.length; k++) {
      if (!NOUNS.has(tokens[k].text.toLowerCase()) || !POSSESSIVE.test(tokens[k - 1].text) || isQuoted(unit, tokens[k])) continue;
      if (!LINK.test(tokens[k + 1].text)) continue;
      const owner = ownerBefore(context, k - 1);
      if (!owner) continue;
      return [{ rule: this.name, content: [{ start: tokens[k + 1].start, end: unit.end }], speaker: owner, cue: { start: tokens[k].start, end: tokens[k].end } }];
    }
    return [];
  },
};
