/**
 * The shapes shared by the time rules: a proposal is what one rule read at one
 * place in the text; the refiners then merge overlaps and drop negatives.
 */
import type { TimeExpression } from '../../model/index.js';
import type { CalendarDate } from './calendar.js';

export type TimeType = TimeExpression['type'];
export type Grain = TimeExpression['grain'];

/** A time expression as a rule proposes it, with the name of the rule that made it. */
export interface Candidate {
  start: number;
  end: number;
  type: TimeType;
  value: string | null;
  grain: Grain;
  rule: string;
  /** What the text fixes of a date it leaves open (`TimeExpression.underspecified`). */
  underspecified?: string;
  /** Position of the proposer in the configuration; breaks overlap ties. */
  order?: number;
}

/** What a rule may read besides its match. */
export interface RuleContext {
  readonly text: string;
  /** The publication date; null when unknown, and relative expressions then get no value. */
  readonly anchor: CalendarDate | null;
}

/** What a rule's extract step returns: the reading, and optionally a narrower span than the match. */
export interface Reading {
  type: TimeType;
  value: string | null;
  grain: Grain;
  /** Offsets into the text; default to the whole match. */
  start?: number;
  end?: number;
  /** What the text fixes of a date it leaves open (`TimeExpression.underspecified`). */
  underspecified?: string;
}

/** One rule in the chrono-node style: a pattern, compiled once, and an extract step. */
export interface PatternRule {
  readonly name: string;
  /** Must carry the `g` flag. */
  readonly pattern: RegExp;
  /**
   * A cheaper pattern (no `g` flag) that every text the rule matches also matches: the part of
   * the pattern past its optional hedges and frames, which the search tries at every word. A
   * text it does not match is not searched. Set where that part is rare ("ago", "a year" after
   * a count) and the check measured cheaper than the search; a common part only adds a pass.
   */
  readonly needs?: RegExp;
  extract(match: RegExpExecArray, context: RuleContext): Reading | null;
}

/** A proposer reads the whole text at once (the chrono-node proposer, the pattern rules). */
export interface Proposer {
  readonly name: string;
  propose(context: RuleContext): Candidate[];
}

/** A refiner rewrites the list of candidates (merges, filters, resolves against other candidates). */
export interface Refiner {
  readonly name: string;
  refine(candidates: Candidate[], context: RuleContext): Candidate[];
}

/** Runs a pattern rule over the text: every match its extract step accepts becomes a candidate. */
export function runPatternRule(rule: PatternRule, context: RuleContext): Candidate[] {
  const out: Candidate[] = [];
  if (rule.needs && !rule.needs.test(context.text)) return out;
  rule.pattern.lastIndex = 0;
  for (let m = rule.pattern.exec(context.text); m; m = rule.pattern.exec(context.text)) {
    if (m[0] === '') {
      rule.pattern.lastIndex += 1;
      continue;
    }
    const reading = rule.extract(m, context);
    if (!reading) continue;
    const start = reading.start ?? m.index;
    const end = reading.end ?? m.index + m[0].length;
    const candidate: Candidate = { start, end, type: reading.type, value: reading.value, grain: reading.grain, rule: rule.name };
    if (reading.underspecified) candidate.underspecified = reading.underspecified;
    out.push(candidate);
  }
  return out;
}

/** A proposer from a list of pattern rules. */
export function patternProposer(name: string, rules: readonly PatternRule[]): Proposer {
  return { name, propose: (context) => rules.flatMap((rule) => runPatternRule(rule, context)) };
}
