/**
 * A second attribution to the same speaker after a participle cue:
 * `"...," he said, adding that a much bigger conflict will ensue.`
 */
import { isQuoted, type Attribution } from '../frame.js';
import { cueLemma } from '../speech-verbs.js';
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

/**
 * An opening participle clause of a cue, whose subject is the main clause's speaker:
 * `Citing a leaked memo, the senator accused the agency of ...` -> "a leaked memo", the senator's.
 * The clause runs from the participle to its comma; null when the unit opens otherwise or the
 * main attribution already holds the clause.
 */
export function openingParticiple(context: UnitContext, main: Attribution): Attribution | null {
  const { unit } = context;
  const tokens = unit.tokens;
  const head = tokens[0];
  if (!head || !main.speaker || !/^[A-Z][a-z]+ing$/.test(head.text) || !cueLemma(head.text) || isQuoted(unit, head)) return null;
  // `Bemoaning the "phony system," Trump accused ...`: the comma may sit inside the quotation mark that ends the clause.
  const comma = tokens.findIndex((t, k) => k > 1 && t.text === ',' && (!isQuoted(unit, t) || /^["”’']+$/.test(tokens[k + 1]?.text ?? '')));
  if (comma < 0 || tokens[comma].end > main.speaker.start) return null;
  if (main.content.some((c) => c.start < tokens[comma].start)) return null;
  return { rule: 'participle', content: [{ start: tokens[1].start, end: tokens[comma].start }], speaker: main.speaker, cue: { start: head.start, end: head.end } };
}
