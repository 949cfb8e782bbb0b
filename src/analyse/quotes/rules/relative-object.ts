/**
 * The relative pronoun before a cue's subject is what the cue attributes: `That is what the
 * campaign now hopes`, `a strategy which the bank detailed in its filings`, `the gap between
 * what Ruiz says her plan would do and ...`. Attribution corpora mark the pronoun as the
 * content. After "said" and a verb, or after "described as", what follows is the content instead:
 * `costs which he said were repaid`, `what critics described as a stall`. Read beside the unit's
 * other attributions, never instead of them.
 */
import { isQuoted, nextUnquoted, type Attribution } from '../frame.js';
import { isCueModifier } from '../speech-verbs.js';
import type { UnitContext } from './rule.js';

/** Most words between the pronoun and the cue: "what the Clinton campaign now hopes". */
const MAX_SUBJECT_TOKENS = 6;
const PRONOUN = /^(what|which)$/i;
/** A subject that makes "what he said" an indirect question far more often than an attribution, or a relative of its own. */
const NOT_SUBJECT = /^(who|which|what|that|he|she|they|we|i|you|it)$/i;
/** Verbs that open the rest of a relative clause after "said" ("which he said were ..."): the complement is what was said. */
const COMPLEMENT_VERB = /^(is|was|are|were|would|will|could|can|had|has|have|should|might|may)$/i;
/** Prepositions before "which" that make it an adjunct of its clause ("in which", "under which"). */
const AFTER_PREPOSITION = /^(in|on|at|under|by|through|during|with|from|for|after|before|over|to|into|upon|via|against|within|without)$/i;
/** Words that make the stretch a clause ("what Kaine defended people"), not a subject. */
const VERB = /^(is|was|are|were|be|being|been|has|have|had|[a-z]+ed)$/;

export function relativeObjects(context: UnitContext): Attribution[] {
  const { unit, text } = context;
  const tokens = unit.tokens;
  const out: Attribution[] = [];
  for (const cue of context.cues) {
    let end = cue.first - 1;
    while (end >= 0 && isCueModifier(tokens[end].text)) end--;
    let k = end;
    while (k >= 0 && end - k < MAX_SUBJECT_TOKENS && /^[\p{L}\p{N}’'.-]+$/u.test(tokens[k].text) && !PRONOUN.test(tokens[k].text)) k--;
    const pronoun = tokens[k];
    if (k < 0 || k === end || !PRONOUN.test(pronoun.text) || isQuoted(unit, pronoun)) continue;
    if (tokens.slice(k + 1, end + 1).some((t) => VERB.test(t.text))) continue;
    const speaker = { start: tokens[k + 1].start, end: tokens[end].end };
    const next = tokens[cue.last];
    // "what analysts described as age-old tactics": the description after "as" is the content, up to the clause's end.
    if (next && /^as$/i.test(next.text) && tokens[cue.last + 1] && !isQuoted(unit, next)) {
      const stop = nextUnquoted(unit, cue.last + 2, /^[,;:.!?]$/);
      out.push({ rule: 'relative-object', content: [{ start: tokens[cue.last + 1].start, end: tokens[stop - 1].end }], speaker, cue: { start: cue.start, end: cue.end } });
      continue;
    }
    // "which he said were at his side", "what the senators said was gerrymandering": the pronoun is the subject of
    // the clause said, whose predicate is the content; with a pronoun subject too, as this is no indirect question.
    if (cue.lemma === 'say' && next && COMPLEMENT_VERB.test(next.text) && !isQuoted(unit, next)) {
      let stop = nextUnquoted(unit, cue.last + 1, /^;$/);
      while (stop - 1 > cue.last && /^[.!?]$/.test(tokens[stop - 1].text)) stop--;
      out.push({ rule: 'relative-object', content: [{ start: next.start, end: tokens[stop - 1].end }], speaker, cue: { start: cue.start, end: cue.end } });
      continue;
    }
    if (NOT_SUBJECT.test(text.slice(speaker.start, speaker.end))) continue;
    // "a proposal in which the United States would pledge ...", "four cases in which Kaine argued ...": after a preposition
    // "which" is an adjunct of the clause, not what its cue attributes ("involved with what critics called fraud" keeps "what").
    if (k > 0 && /^which$/i.test(pronoun.text) && AFTER_PREPOSITION.test(tokens[k - 1].text)) continue;
    out.push({ rule: 'relative-object', content: [{ start: pronoun.start, end: pronoun.end }], speaker, cue: { start: cue.start, end: cue.end } });
  }
  return out;
}
