/**
 * A quotation right after a cue inside another attribution's content is an attribution of its
 * own: `Congratulating Trump, Abbas on Friday expressed "readiness to work with ...," his office
 * said` gives the office's report and Abbas's quoted words. Only quotation marks right after
 * the cue (or after a short adjunct and its comma: `saying during the debate, "..."`) count; the
 * subject may be the containing attribution's own (`She urges him to stop and says, "..."`).
 * Nested reported speech in general costs more precision than it gains (BENCHMARKS.md,
 * "Quotes and claims"). Read beside the unit's attributions, never instead;
 * `findQuotes` keeps one only when its subject is a person or organisation, or a pronoun for one.
 */
import { speakerBefore, type Attribution } from '../frame.js';
import { NESTED_QUOTATION_VERBS } from '../speech-verbs.js';
import type { UnitContext } from './rule.js';

export const NESTED_QUOTATION = 'nested-quotation';

/** Words that open an adjunct between the cue and its quotation: "saying during the debate last week, ...". */
const ADJUNCT_START = /^(during|in|on|at|after|before|last|this|earlier|later|yesterday|today|repeatedly|again|then|once)$/i;
const MAX_ADJUNCT_TOKENS = 6;

export function nestedQuotations(context: UnitContext, found: readonly Attribution[]): Attribution[] {
  const { unit } = context;
  const tokens = unit.tokens;
  const out: Attribution[] = [];
  const cuesOfFound = new Set(found.map((a) => a.cue.start));
  for (const cue of context.cues) {
    if (cuesOfFound.has(cue.start) || !NESTED_QUOTATION_VERBS.has(cue.lemma)) continue;
    // The content region the cue sits in: the subject and the quotation must be in it too.
    const region = found.flatMap((a) => a.content).find((c) => cue.start >= c.start && cue.end <= c.end);
    if (!region) continue;
    // The opening mark right after the cue, or after its comma or colon: `expressed "readiness ..."`, `boasted, "..."`; not `said the deal was "dead"`.
    let after = cue.last;
    // "saying during the debate last week, \"...\"": a short adjunct and its comma may come between.
    if (ADJUNCT_START.test(tokens[after]?.text ?? '')) {
      let k = after;
      while (k < tokens.length && k - after < MAX_ADJUNCT_TOKENS && /^[\p{L}\p{N}’'-]+$/u.test(tokens[k].text)) k++;
      if (tokens[k]?.text === ',') after = k;
    }
    const next = /^[,:]$/.test(tokens[after]?.text ?? '') ? after + 1 : after;
    const quotation = unit.quotes.find((q) => q.open === tokens[next]?.start);
    if (!quotation || quotation.start >= region.end) continue;
    const speaker = speakerBefore(unit, cue.first);
    // "She urges him to get out and repeatedly says, \"...\"": a subject before the content is the attribution's own, shared.
    const shared = speaker !== null && found.some((a) => a.speaker?.start === speaker.start && a.content.includes(region));
    if (!speaker || (speaker.start < region.start && !shared)) continue;
    out.push({ rule: NESTED_QUOTATION, content: [{ start: quotation.start, end: quotation.end }], speaker, cue: { start: cue.start, end: cue.end } });
  }
  return out;
}
