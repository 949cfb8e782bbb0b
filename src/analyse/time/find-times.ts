/**
 * Runs the configured proposers and refiners over one text.
 */
import type { TimeExpression } from '../../model/index.js';
import { parseIsoDay } from './calendar.js';
import { PROPOSERS, REFINERS } from './config.js';
import type { Candidate, RuleContext } from './rule.js';

/** A time expression with the name of the rule that made it (for tests and debugging). */
export interface ExplainedTime extends TimeExpression {
  rule: string;
}

export function findTimesExplained(text: string, published: string | null): ExplainedTime[] {
  const context: RuleContext = { text, anchor: parseIsoDay(published) };
  let candidates: Candidate[] = [];
  PROPOSERS.forEach((proposer, index) => {
    for (const c of proposer.propose(context)) candidates.push({ ...c, order: index });
  });
  for (const refiner of REFINERS) candidates = refiner.refine(candidates, context);
  return candidates.map((c) => {
    const time: ExplainedTime = { start: c.start, end: c.end, text: text.slice(c.start, c.end), type: c.type, value: c.value, grain: c.grain, rule: c.rule };
    // Only while the value is open: a refiner that resolves one (the ordinal-day anchor) leaves the hint behind.
    if (c.value === null && c.underspecified) time.underspecified = c.underspecified;
    return time;
  });
}
