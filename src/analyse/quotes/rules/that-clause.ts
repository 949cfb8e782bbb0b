/**
 * Attributions the cue lexicon does not list, read from their shape: a subject, a past
 * verb and a "that" clause (`Republicans signalled that ...`), or a statement noun with
 * its owner (`Trump's claim that ...`). Run after the lexicon rules, so it only adds.
 */
import { isQuoted, speakerBefore, type Attribution } from '../frame.js';
import type { AttributionRule, UnitContext } from './rule.js';

/** Nouns that report what someone holds or says when followed by "that". */
const STATEMENT_NOUNS = new Set([
  'claim', 'claims', 'belief', 'view', 'acknowledgment', 'acknowledgement', 'argument', 'assertion', 'warning', 'promise', 'statement',
  'announcement', 'suggestion', 'insistence', 'allegation', 'allegations', 'contention', 'assurance', 'pledge', 'prediction', 'admission',
  'message', 'suspicion', 'conclusion', 'finding', 'findings', 'bet', 'hope', 'fear', 'charge', 'accusation', 'complaint', 'denial', 'vow',
]);
/** Past forms ending in -ed that are not verbs of attitude before "that" ("so", "such", "need"). */
const NOT_VERBS = new Set(['need', 'indeed', 'speed', 'hundred', 'red', 'bed', 'seed', 'shed', 'proceed', 'succeed', 'exceed']);

export const thatClause: AttributionRule = {
  name: 'that-clause',
  apply(context: UnitContext): Attribution[] {
    const { unit } = context;
    const tokens = unit.tokens;
    for (let k = 1; k + 2 < tokens.length; k++) {
      if (tokens[k].text.toLowerCase() !== 'that' || isQuoted(unit, tokens[k])) continue;
      const head = tokens[k - 1];
      const word = head.text.toLowerCase();
      const cue = { start: head.start, end: head.end };
      if (STATEMENT_NOUNS.has(word)) {
        // "Trump's claim that", "his acknowledgment that": the owner is the possessive before the noun.
        const owner = tokens[k - 2];
        const possessive = owner && /^(’s|'s|his|her|their|its)$/i.test(owner.text);
        if (!possessive) continue;
        const speakerToken = /^(’s|'s)$/.test(owner.text) ? tokens[k - 3] : owner;
        if (!speakerToken) continue;
        const speaker = speakerBefore(unit, /^(’s|'s)$/.test(owner.text) ? k - 2 : k - 1) ?? { start: speakerToken.start, end: speakerToken.end };
        return [{ rule: this.name, content: [{ start: tokens[k].start, end: unit.end }], speaker, cue }];
      }
      if (!/^[a-z]+ed$/.test(head.text) || NOT_VERBS.has(word)) continue;
      const speaker = speakerBefore(unit, k - 1);
      if (!speaker) continue;
      return [{ rule: this.name, content: [{ start: tokens[k].start, end: unit.end }], speaker, cue }];
    }
    return [];
  },
};
