/**
 * Attributions the cue lexicon does not list, read from their shape: a subject, a past
 * verb and a "that" clause (`Republicans signalled that ...`), or a statement noun with
 * its owner (`Trump's claim that ...`). Run after the lexicon rules, so it only adds.
 */
import { isQuoted, speakerBefore, type Attribution, type Region } from '../frame.js';
import { cueLemma, isCueModifier } from '../speech-verbs.js';
import type { AttributionRule, UnitContext } from './rule.js';

/** Nouns that report what someone holds or says when followed by "that". */
const STATEMENT_NOUNS = new Set([
  'claim', 'claims', 'belief', 'view', 'acknowledgment', 'acknowledgement', 'argument', 'assertion', 'warning', 'promise', 'statement',
  'announcement', 'suggestion', 'insistence', 'allegation', 'allegations', 'contention', 'assurance', 'pledge', 'prediction', 'admission',
  'message', 'suspicion', 'conclusion', 'finding', 'findings', 'bet', 'hope', 'fear', 'charge', 'accusation', 'complaint', 'denial', 'vow',
]);
/** Past forms ending in -ed that are not verbs of attitude before "that" ("so", "such", "need"). */
const NOT_VERBS = new Set(['need', 'indeed', 'speed', 'hundred', 'red', 'bed', 'seed', 'shed', 'proceed', 'succeed', 'exceed']);

/**
 * The subject before the verb at `verb`, unless a cue comes before that subject: in "Officials said
 * they were worried that ...", the feeling is the content of "said", not an attribution of its own.
 */
function uncuedSpeaker(context: UnitContext, verb: number): Region | null {
  const speaker = speakerBefore(context.unit, verb);
  return speaker && !context.cues.some((c) => c.start < speaker.start) ? speaker : null;
}

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
      const speaker = uncuedSpeaker(context, k - 1);
      if (!speaker) continue;
      return [{ rule: this.name, content: [{ start: tokens[k].start, end: unit.end }], speaker, cue }];
    }
    return [];
  },
};

/** Forms of "be" before a participle of feeling: "were frustrated that", "is convinced that". */
const BE = /^(is|was|were|are|been|’s|'s|am)$/i;

/**
 * "Protesters were frustrated that the police released only some of the footage": a feeling
 * stated of the subject holds the whole "that" clause, a cue inside it ("released") included.
 * Tried before the leading cue, so the outer attribution wins, as attribution corpora mark it.
 */
export const predicateThat: AttributionRule = {
  name: 'predicate-that',
  apply(context: UnitContext): Attribution[] {
    const { unit } = context;
    const tokens = unit.tokens;
    for (let k = 2; k + 2 < tokens.length; k++) {
      if (tokens[k].text.toLowerCase() !== 'that' || isQuoted(unit, tokens[k])) continue;
      const head = tokens[k - 1];
      if (!/^[a-z]+ed$/.test(head.text) || NOT_VERBS.has(head.text) || cueLemma(head.text)) continue;
      let b = k - 2;
      while (b > 0 && isCueModifier(tokens[b].text) && !BE.test(tokens[b].text)) b--;
      if (!BE.test(tokens[b].text)) continue;
      const speaker = uncuedSpeaker(context, k - 1);
      if (!speaker) continue;
      return [{ rule: this.name, content: [{ start: tokens[k].start, end: unit.end }], speaker, cue: { start: head.start, end: head.end } }];
    }
    return [];
  },
};
