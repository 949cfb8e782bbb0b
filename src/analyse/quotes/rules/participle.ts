/**
 * A second attribution to the same speaker after a participle cue:
 * `"...," he said, adding that a much bigger conflict will ensue.`
 */
import { isQuoted, type Attribution } from '../frame.js';
import { PARTICIPLE } from './leading-cue.js';
import type { UnitContext } from './rule.js';

/** Attributions after ", adding (that) ...", each running to the next participle or the unit's end. */
export function participleAttributions(context: UnitContext, speaker: Attribution['speaker']): Attribution[] {
  const { unit } = context;
  const tokens = unit.tokens;
  const out: Attribution[] = [];
  const starts: number[] = [];
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (tokens[k].text === ',' && PARTICIPLE.test(tokens[k + 1].text) && !isQuoted(unit, tokens[k])) starts.push(k + 1);
  }
  starts.forEach((cueAt, n) => {
    let first = cueAt + 1;
    if (tokens[first]?.text.toLowerCase() === 'that') first++;
    const stop = n + 1 < starts.length ? tokens[starts[n + 1] - 1].start : unit.end;
    if (first >= tokens.length || tokens[first].start >= stop) return;
    // The content keeps its "that", as attribution corpora mark it.
    const begin = tokens[cueAt + 1]?.text.toLowerCase() === 'that' ? tokens[cueAt + 1].start : tokens[first].start;
    out.push({ rule: 'participle', content: [{ start: begin, end: stop }], speaker, cue: { start: tokens[cueAt].start, end: tokens[cueAt].end } });
  });
  return out;
}
