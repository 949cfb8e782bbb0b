/**
 * Finds where rules match in one sentence and keeps the ones that win overlaps:
 * higher priority first, then the longer match, then the earlier one.
 */
import type { EventRule, EventRules, Step } from './rules.js';

export interface RuleMatch {
  rule: EventRule;
  /** Token indices into the sentence's lower-cased words, `end` exclusive. */
  start: number;
  end: number;
}

/** Tokens a gap may not cross: a pattern stays inside one phrase. */
const GAP_STOPS = new Set([',', ';', ':', '.', '"', '(', ')', '—', '–']);

function matchFrom(steps: Step[], s: number, words: string[], i: number): number {
  if (s === steps.length) return i;
  const step = steps[s];
  if (step.kind === 'gap') {
    // A hyphenated word is one word of the gap: "a day-old blockade" skips two, not four.
    let cost = 0;
    for (let skip = 0; cost <= step.gap && i + skip <= words.length; skip++) {
      if (skip > 0) {
        const passed = words[i + skip - 1];
        if (GAP_STOPS.has(passed)) break;
        if (passed !== '-' && words[i + skip - 2] !== '-') cost++;
        if (cost > step.gap) break;
      }
      if (cost < step.min) continue;
      const end = matchFrom(steps, s + 1, words, i + skip);
      if (end >= 0) return end;
    }
    return -1;
  }
  if (i < words.length && step.element.forms.has(words[i])) {
    const end = matchFrom(steps, s + 1, words, i + 1);
    if (end >= 0) return end;
  }
  for (const phrase of step.element.phrases) {
    if (i + phrase.length > words.length || !phrase.every((forms, k) => forms.has(words[i + k]))) continue;
    const end = matchFrom(steps, s + 1, words, i + phrase.length);
    if (end >= 0) return end;
  }
  return step.element.optional ? matchFrom(steps, s + 1, words, i) : -1;
}

export function matchRules(words: string[], rules: EventRules): RuleMatch[] {
  const found: RuleMatch[] = [];
  for (let i = 0; i < words.length; i++) {
    for (const rule of rules.byFirstForm.get(words[i]) ?? []) {
      const end = matchFrom(rule.steps, 0, words, i);
      if (end > i) found.push({ rule, start: i, end });
    }
  }
  found.sort((a, b) => b.rule.priority - a.rule.priority || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: RuleMatch[] = [];
  for (const m of found) if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}
