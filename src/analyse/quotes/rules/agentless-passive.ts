/**
 * A passive of saying or judging with no agent: `The senator was accused of hiding the
 * loans`, `A curfew was announced for the weekend`, `The zone is defined as a district with
 * high unemployment`. Attribution corpora mark the subject and what follows the verb as the
 * content, with no source, as for raising verbs. Passives with "by" are the `passive-by` rule's.
 */
import { isQuoted, type Attribution } from '../frame.js';
import { AGENTLESS_PARTICIPLES } from '../data/stance-verbs.js';
import { PASSIVE_AUXILIARIES, isCueModifier } from '../speech-verbs.js';
import { sourceless } from './raising.js';
import type { AttributionRule, UnitContext } from './rule.js';

const PARTICIPLES: ReadonlySet<string> = new Set(AGENTLESS_PARTICIPLES.map((p) => p.form));

export const agentlessPassive: AttributionRule = {
  name: 'agentless-passive',
  apply(context: UnitContext): Attribution[] {
    const { unit } = context;
    const tokens = unit.tokens;
    for (let k = 1; k + 1 < tokens.length; k++) {
      const t = tokens[k];
      if (isQuoted(unit, t) || !PARTICIPLES.has(t.text)) continue;
      if (tokens[k + 1].text === 'by') continue;
      let passive = false;
      let j = k - 1;
      for (; j >= 0 && isCueModifier(tokens[j].text); j--) passive ||= PASSIVE_AUXILIARIES.has(tokens[j].text.toLowerCase());
      if (!passive) continue;
      const found = sourceless(this.name, unit, k, j + 1);
      if (found) return found;
    }
    return [];
  },
};
