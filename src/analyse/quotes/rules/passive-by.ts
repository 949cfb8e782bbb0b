/**
 * The source after "by" in a passive: `The registration issue was first reported by The
 * Washington Post`, `The ban was overturned by an appeals court`. The subject is the
 * content, the agent the source.
 */
import { isQuoted, speakerAfter, speakerBefore, type Attribution, type Region } from '../frame.js';
import { PASSIVE_BY_PARTICIPLES } from '../data/stance-verbs.js';
import { CUE_AUXILIARIES, PASSIVE_AUXILIARIES, cueLemma } from '../speech-verbs.js';
import type { AttributionRule, UnitContext } from './rule.js';

const PARTICIPLES: ReadonlySet<string> = new Set(PASSIVE_BY_PARTICIPLES.map((p) => p.form));

/** Most words of an agent that is no name ("by far fewer publications"). */
const MAX_AGENT_WORDS = 8;

/** The words after "by" up to a punctuation mark: an agent such as "dozens of papers". */
function phraseAfter(context: UnitContext, first: number): Region | null {
  const tokens = context.unit.tokens;
  let end = first;
  while (end < tokens.length && end - first < MAX_AGENT_WORDS && /^[\p{L}\p{N}]/u.test(tokens[end].text) && !isQuoted(context.unit, tokens[end])) end++;
  return end > first ? { start: tokens[first].start, end: tokens[end - 1].end } : null;
}

export const passiveBy: AttributionRule = {
  name: 'passive-by',
  apply(context: UnitContext): Attribution[] {
    const { unit } = context;
    const tokens = unit.tokens;
    for (let k = 2; k + 1 < tokens.length; k++) {
      if (tokens[k].text !== 'by' || isQuoted(unit, tokens[k])) continue;
      const participle = tokens[k - 1].text;
      if (!/ed$|[^aeiou]n$/.test(participle) || !(PARTICIPLES.has(participle) || cueLemma(participle))) continue;
      let passive = false;
      let j = k - 2;
      for (; j >= 0 && CUE_AUXILIARIES.has(tokens[j].text.toLowerCase()); j--) passive ||= PASSIVE_AUXILIARIES.has(tokens[j].text.toLowerCase());
      // "will be decided by", "is likely to be decided by": a bare "be" is the auxiliary, and the subject ends before it.
      const bare = tokens[j]?.text.toLowerCase() === 'be';
      if (!passive && !bare) continue;
      const subject = speakerBefore(unit, bare ? j : k - 1);
      const agent = speakerAfter(unit, k + 1) ?? phraseAfter(context, k + 1);
      if (!subject || !agent) continue;
      return [{ rule: this.name, content: [subject], speaker: agent, cue: { start: tokens[k - 1].start, end: tokens[k].end } }];
    }
    return [];
  },
};
