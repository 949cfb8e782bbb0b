/**
 * A quotation after a participle cue when the clause before names no cue of its own:
 * `Dean poked fun at the debate, tweeting, "Notice the sniffing."` The subject of the unit
 * is the speaker; the participle step reads the quotation as any ", adding that ...".
 * Tried after the lexicon and shape rules, so it only adds where nothing else attributed.
 */
import { subjectOf, type Attribution } from '../frame.js';
import { participleAfter } from './leading-cue.js';
import { participleAttributions } from './participle.js';
import type { AttributionRule, UnitContext } from './rule.js';

/** A participle clause with no quotation: kept only when its subject is a person, organisation or group (see `findQuotes`). */
export const PARTICIPLE_CLAUSE = 'participle-clause';

export const participleQuotation: AttributionRule = {
  name: 'participle-quotation',
  apply(context: UnitContext): Attribution[] {
    const { unit } = context;
    const tokens = unit.tokens;
    for (let k = 1; k + 2 < tokens.length; k++) {
      const cueAt = participleAfter(unit, k);
      if (cueAt < 0) continue;
      // The quotation opens right after the participle, or after its comma or colon.
      const next = /^[,:]$/.test(tokens[cueAt + 1]?.text ?? '') ? cueAt + 2 : cueAt + 1;
      const quotation = unit.quotes.some((q) => q.open === tokens[next]?.start);
      const speaker = subjectOf(unit, k);
      if (!speaker) return [];
      return participleAttributions(context, speaker).filter((a) => a.cue.start === tokens[cueAt].start).map((a) => ({ ...a, rule: quotation ? a.rule : PARTICIPLE_CLAUSE }));
    }
    return [];
  },
};
