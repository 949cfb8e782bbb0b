/**
 * Near-duplicate groups by locality-sensitive hashing over MinHash signatures: each
 * new document is compared only with documents that share a band with it, so the
 * work grows with the corpus, not with its square. Documents join groups as they come
 * (union-find), so nothing is reclustered.
 */
import { signature, similarity, SIGNATURE_SIZE } from './minhash.js';

/** 16 bands of 4 rows: pairs above about 0.5 Jaccard become candidates (1/16)^(1/4). */
const BANDS = 16;
const ROWS = SIGNATURE_SIZE / BANDS;
/** Estimated Jaccard at which a candidate pair is the same copy, trimmed or extended. */
export const NEAR_DUPLICATE_THRESHOLD = 0.5;
/** Members kept per bucket: boilerplate-heavy texts can share a band with thousands. */
const MAX_BUCKET = 8;

/**
 * A band's rows folded into a small integer (a V8 Smi: no string or boxed number kept per
 * document). Two different bands that fold alike only make a candidate pair, which the
 * signatures' similarity then rejects, so the match set is the same as with the rows as key.
 */
function bandKey(sig: Uint32Array, band: number): number {
  let h = 0x811c9dc5 ^ band;
  for (let i = band * ROWS; i < (band + 1) * ROWS; i++) {
    h = Math.imul(h ^ sig[i], 0x01000193);
    h ^= h >>> 15;
  }
  return h & 0x3fffffff;
}

/** A bucket's members: one index alone (most buckets), else a list. */
type Bucket = number | number[];

export class NearDuplicates {
  private readonly buckets: Map<number, Bucket>[] = Array.from({ length: BANDS }, () => new Map());
  private readonly signatures: (Uint32Array | null)[] = [];
  private readonly parent: number[] = [];

  /**
   * Adds a document's text; returns its index and an earlier, still active document it is a
   * near copy of (null when none).
   */
  add(text: string): { index: number; copyOf: number | null } {
    return this.addSignature(signature(text));
  }

  /** As `add`, with the text's signature computed already (null: too short to have one). */
  addSignature(sig: Uint32Array | null): { index: number; copyOf: number | null } {
    const index = this.signatures.length;
    this.signatures.push(sig);
    this.parent.push(index);
    let copyOf: number | null = null;
    if (!sig) return { index, copyOf };
    for (let band = 0; band < BANDS; band++) {
      const key = bandKey(sig, band);
      const bucket = this.buckets[band].get(key);
      if (bucket === undefined) {
        this.buckets[band].set(key, index);
        continue;
      }
      const seen = typeof bucket === 'number' ? [bucket] : bucket;
      for (const other of seen) {
        if (this.find(other) !== this.find(index) && similarity(sig, this.signatures[other]!) >= NEAR_DUPLICATE_THRESHOLD) {
          this.union(other, index);
          copyOf ??= other;
        }
      }
      // A bucket needs only a few members: the others are reached through their group.
      if (seen.length < MAX_BUCKET) {
        seen.push(index);
        if (seen !== bucket) this.buckets[band].set(key, seen);
      }
    }
    return { index, copyOf };
  }

  /** Stops matching new documents against this one: its signature and bucket entries are freed. */
  retire(i: number): void {
    const sig = this.signatures[i];
    if (!sig) return;
    for (let band = 0; band < BANDS; band++) {
      const key = bandKey(sig, band);
      const bucket = this.buckets[band].get(key);
      if (bucket === undefined) continue;
      if (typeof bucket === 'number') {
        if (bucket === i) this.buckets[band].delete(key);
        continue;
      }
      const at = bucket.indexOf(i);
      if (at >= 0) bucket.splice(at, 1);
      if (bucket.length === 1) this.buckets[band].set(key, bucket[0]);
    }
    this.signatures[i] = null;
  }

  /** Groups of two or more near-duplicate documents, by index, in order of first member. */
  groups(): number[][] {
    const byRoot = new Map<number, number[]>();
    for (let i = 0; i < this.parent.length; i++) {
      const root = this.find(i);
      const group = byRoot.get(root);
      if (group) group.push(i);
      else byRoot.set(root, [i]);
    }
    return [...byRoot.values()].filter((g) => g.length > 1).sort((a, b) => a[0] - b[0]);
  }

  private find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]];
      i = this.parent[i];
    }
    return i;
  }

  private union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}
