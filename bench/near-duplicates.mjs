#!/usr/bin/env node
/**
 * Near-duplicate detection on a generated corpus (bench/corpus.mjs): 10% of the articles are
 * copies of an earlier one, republished with a new headline and trimmed, extended, reordered,
 * reworded or left as they were; every other article shares paragraphs with others, as
 * articles recombined from one pool of paragraphs do. Scores the link stage's MinHash/LSH
 * index (src/link/near-duplicates.ts, compiled) by pairs: precision and recall of "same
 * copy group", overall and by kind of edit; and times it at each corpus size, with the
 * window of comparable documents the story linker uses, to show the time per document
 * stays flat as the corpus grows.
 *
 * Usage: npm run build && node bench/near-duplicates.mjs [--sizes 10000,100000,1000000] [--window 20000]
 */
import { generateCorpus, sampleParagraphs } from './corpus.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const sizes = option('--sizes', '10000,100000,1000000').split(',').map(Number);
const windowSize = Number(option('--window', '20000'));

const { NearDuplicates } = await import('../dist/link/near-duplicates.js');
const { loadHasher } = await import('../dist/link/minhash.js');
await loadHasher();

class Groups {
  parent = [];
  add() {
    this.parent.push(this.parent.length);
    return this.parent.length - 1;
  }
  find(i) {
    while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]];
    return i;
  }
  union(a, b) {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** Pairs in one group on each side, and in both: precision and recall by pairs. */
function pairScores(gold, predicted, n) {
  const byPredicted = new Map();
  const goldSize = new Map();
  for (let i = 0; i < n; i++) {
    const g = gold.find(i);
    goldSize.set(g, (goldSize.get(g) ?? 0) + 1);
    const p = predicted.find(i);
    let counts = byPredicted.get(p);
    if (!counts) byPredicted.set(p, (counts = new Map()));
    counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  const pairs = (k) => (k * (k - 1)) / 2;
  let both = 0;
  let predictedPairs = 0;
  for (const counts of byPredicted.values()) {
    let size = 0;
    for (const k of counts.values()) {
      both += pairs(k);
      size += k;
    }
    predictedPairs += pairs(size);
  }
  let goldPairs = 0;
  for (const k of goldSize.values()) goldPairs += pairs(k);
  return { precision: predictedPairs ? both / predictedPairs : 1, recall: goldPairs ? both / goldPairs : 1, goldPairs, predictedPairs };
}

const paragraphs = sampleParagraphs();
console.log(`machine: node ${process.version}; corpus: generated articles, 10% near copies (${['trimmed', 'extended', 'reordered', 'reworded', 'headline-only'].join(', ')}); window ${windowSize}`);
for (const docs of sizes) {
  const index = new NearDuplicates();
  const gold = new Groups();
  const predicted = new Groups();
  const ids = new Map();
  const editOf = [];
  const missedBy = new Map();
  let seconds = 0;
  let chars = 0;
  let i = 0;
  for (const record of generateCorpus({ docs, paragraphs })) {
    gold.add();
    predicted.add();
    ids.set(record.id, i);
    // Only the recent originals can be copied (bench/corpus.mjs): ids past the window are never asked for.
    if (i >= windowSize * 2) ids.delete(`gen-${i - windowSize * 2}`);
    const started = process.hrtime.bigint();
    const { index: at, copyOf } = index.add(record.text);
    if (at >= windowSize) index.retire(at - windowSize);
    seconds += Number(process.hrtime.bigint() - started) / 1e9;
    chars += record.text.length;
    if (copyOf !== null) predicted.union(copyOf, at);
    if (record.copyOf) {
      const original = ids.get(record.copyOf);
      gold.union(original, at);
      editOf[at] = record.edit;
      if (copyOf === null || predicted.find(copyOf) !== predicted.find(original)) missedBy.set(record.edit, (missedBy.get(record.edit) ?? 0) + 1);
    }
    i += 1;
  }
  const s = pairScores(gold, predicted, docs);
  const edits = editOf.filter(Boolean).length;
  const heap = Math.round(process.memoryUsage().heapUsed / 1e6);
  console.log(
    `near-duplicates docs=${docs} copies=${edits} P=${s.precision.toFixed(4)} R=${s.recall.toFixed(4)} gold_pairs=${s.goldPairs} predicted_pairs=${s.predictedPairs} ` +
      `seconds=${seconds.toFixed(1)} us_per_doc=${((seconds * 1e6) / docs).toFixed(0)} mb_per_s=${(chars / 1e6 / seconds).toFixed(1)} heap_mb=${heap}`,
  );
  if (missedBy.size) console.log(`  copies not linked to their original, by edit: ${[...missedBy].map(([e, n]) => `${e} ${n}`).join(', ')}`);
}
