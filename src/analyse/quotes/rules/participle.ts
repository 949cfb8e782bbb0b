/**
 * A second attribution to the same speaker after a participle cue:
 * `"...," he said, adding that a much bigger conflict will ensue.`
 */
import type { Attribution } from '../frame.js';
import { participleAfter } from './leading-cue.js';
import type { UnitContext } from './rule.js';

/** Attributions after ", adding (that) ..." or ", even suggesting ...", each running to the next participle or the unit's end. */
export function participleAttributions(context: UnitContext, speaker: Attribution['speaker']): Attribution[] {
  const { unit } = context;
  const tokens = unit.tokens;
  const out: Attribution[] = [];
  /** Each participle cue with the comma before it, where the previous content stops. */
  const starts: { comma: number; cueAt: number }[] = [];
  for (let k = 0; k + 1 < tokens.length; k++) {
    const cueAt = participleAfter(unit, k);
    if (cueAt > 0) starts.push({ comma: k, cueAt });
  }
  starts.forEach(({ cueAt }, n) => {
    let first = cueAt + 1;
    if (tokens[first]?.text.toLowerCase() === 'that') first++;
    const stop = n + 1 < starts.length ? tokens[starts[n + 1].comma].start : unit.end;
    if (first >= tokens.length || tokens[first].start >= stop) return;
    // The content keeps its "that", as attribution corpora mark it.
    const begin = tokens[cueAt + 1]?.text.toLowerCase() === 'that' ? tokens[cueAt + 1].start : tokens[first].start;
    out.push({ rule: 'participle', content: [{ start: begin, end: stop }], speaker, cue: { start: tokens[cueAt].start, end: tokens[cueAt].end } });
  });
  return out;
}
