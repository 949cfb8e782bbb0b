/** The shape of an attribution rule: it reads one unit and proposes attributions. */
import type { Attribution, Cue } from '../frame.js';
import type { Unit } from '../units.js';

export interface UnitContext {
  readonly text: string;
  readonly unit: Unit;
  readonly cues: readonly Cue[];
}

export interface AttributionRule {
  readonly name: string;
  apply(context: UnitContext): Attribution[];
}

/** Words outside quotation marks and punctuation between two token indexes. */
export function wordsBetween(context: UnitContext, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (/[\p{L}\p{N}]/u.test(context.unit.tokens[i].text)) n++;
  return n;
}
