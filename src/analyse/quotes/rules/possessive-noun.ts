/**
 * A stance named by a noun after its owner's possessive: `The mayor's decision to close the
 * pool`, `the bank's estimate of growth`, `his determination to act alone`. The owner (or the
 * possessive pronoun, as written) is the source; what follows the noun, up to a comma, the
 * content. Tried after the verb rules, so it only adds.
 */
import { CLAUSE_BREAK, isQuoted, nextUnquoted, type Attribution, type Region } from '../frame.js';
import { POSSESSED_NOUNS } from '../data/stance-verbs.js';
import type { AttributionRule, UnitContext } from './rule.js';

const NOUNS: ReadonlySet<string> = new Set(POSSESSED_NOUNS.map((n) => n.noun));
const POSSESSIVE = /^(’s|'s|’|')$/;
/** What may follow the noun for it to name a stance with content: "decision to", "estimate of". */
const LINK = /^(to|of|for|about|on|with)$/i;

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

/** Possessive pronouns that own a stance noun: "his decision to", "their call for". */
const POSSESSIVE_PRONOUN = /^(his|her|their|its)$/i;

export const possessiveNoun: AttributionRule = {
  name: 'possessive-noun',
  apply(context: UnitContext): Attribution[] {
    const { unit } = context;
    const tokens = unit.tokens;
    for (let k = 1; k + 2 < tokens.length; k++) {
      if (!NOUNS.has(tokens[k].text.toLowerCase()) || isQuoted(unit, tokens[k])) continue;
      // "The mayor's view is that the pool should close": the stance noun's predicate "is that" opens its content.
      const predicate = /^(is|was)$/i.test(tokens[k + 1].text) && /^that$/i.test(tokens[k + 2].text);
      if (!LINK.test(tokens[k + 1].text) && !predicate) continue;
      // "his remarks on Saturday": a date after "on" is when, not what about.
      if (/^on$/i.test(tokens[k + 1].text) && /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec|january|february|august|september|october|november|december)\.?$/i.test(tokens[k + 2].text)) continue;
      let owner: Region | null = null;
      // "his own admission", "Trump's long-standing ideas about": one modifier may stand between the owner and the noun.
      const o = k >= 2 && /^[a-z][a-z-]+$/.test(tokens[k - 1].text) && !POSSESSIVE_PRONOUN.test(tokens[k - 1].text) && (POSSESSIVE.test(tokens[k - 2].text) || POSSESSIVE_PRONOUN.test(tokens[k - 2].text)) ? k - 2 : k - 1;
      if (o >= 1 && POSSESSIVE.test(tokens[o].text)) owner = ownerBefore(context, o);
      // "his determination to act alone": the pronoun is the source as written, as for "he said".
      else if (POSSESSIVE_PRONOUN.test(tokens[o].text)) owner = { start: tokens[o].start, end: tokens[o].end };
      if (!owner) continue;
      // "His promises to tax the rich notwithstanding, analysts agree ...": the noun's complement ends at the first comma, dash or semicolon.
      const last = nextUnquoted(unit, k + 2, CLAUSE_BREAK);
      const from = predicate ? k + 2 : k + 1;
      return [{ rule: this.name, content: [{ start: tokens[from].start, end: tokens[last - 1].end }], speaker: owner, cue: { start: tokens[k].start, end: tokens[k].end } }];
    }
    return [];
  },
};
