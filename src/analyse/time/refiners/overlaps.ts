/**
 * One reading per stretch of text: where candidates overlap, the longest span wins
 * ("October last year" over "last year", "Friday, Oct. 23" over "Friday"); at equal
 * length, the proposer listed first in the configuration.
 */
import type { Candidate, Refiner } from '../rule.js';

export function mergeOverlaps(candidates: readonly Candidate[]): Candidate[] {
  const rank = (c: Candidate): number => c.order ?? Number.MAX_SAFE_INTEGER;
  const ordered = candidates
    .map((c, i) => ({ c, i }))
    .sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || rank(a.c) - rank(b.c) || a.i - b.i);
  const kept: Candidate[] = [];
  for (const { c } of ordered) {
    if (c.end <= c.start) continue;
    if (kept.some((k) => k.start < c.end && c.start < k.end)) continue;
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

export const overlapRefiner: Refiner = { name: 'merge-overlaps', refine: (candidates) => mergeOverlaps(candidates) };
