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
  // Kept spans are disjoint and in text order, so one binary search finds the only one that could overlap.
  const kept: Candidate[] = [];
  for (const { c } of ordered) {
    if (c.end <= c.start) continue;
    const at = firstEndingAfter(kept, c.start);
    if (at < kept.length && kept[at].start < c.end) continue;
    kept.splice(at, 0, c);
  }
  return kept;
}

/** Index of the first of `spans` (disjoint, in order) that ends after `offset`. */
function firstEndingAfter(spans: readonly Candidate[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export const overlapRefiner: Refiner = { name: 'merge-overlaps', refine: (candidates) => mergeOverlaps(candidates) };
