/**
 * A quotation right after a cue inside another attribution's content is an attribution of its
 * own: `Congratulating Trump, Abbas on Friday expressed "readiness to work with ...," his office
 * said` gives the office's report and Abbas's quoted words. Only quotation marks right after
 * the cue count: nested reported speech in general costs more precision than it gains
 * (BENCHMARKS.md, "Quotes and claims"). Read beside the unit's attributions, never instead;
 * `findQuotes` keeps one only when its subject is a person or organisation, or a pronoun for one.
 */
import { speakerBefore, type Attribution } from '../frame.js';
import { NESTED_QUOTATION_VERBS } from '../speech-verbs.js';
import type { UnitContext } from './rule.js';

export const NESTED_QUOTATION = 'nested-quotation';

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
    const next = /^[,:]$/.test(tokens[cue.last]?.text ?? '') ? cue.last + 1 : cue.last;
    const quotation = unit.quotes.find((q) => q.open === tokens[next]?.start);
    if (!quotation || quotation.start >= region.end) continue;
    const speaker = speakerBefore(unit, cue.first);
    if (!speaker || speaker.start < region.start) continue;
    out.push({ rule: NESTED_QUOTATION, content: [{ start: quotation.start, end: quotation.end }], speaker, cue: { start: cue.start, end: cue.end } });
  }
  return out;
}
