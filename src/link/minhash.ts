/**
 * MinHash signatures of a text's word shingles: two texts' signatures agree in about
 * the share of positions that equals the Jaccard similarity of their shingle sets.
 * xxhash (wasm) hashes each shingle once; the permutations are cheap affine maps of it.
 */
import xxhash from 'xxhash-wasm';

/** Words per shingle: long enough that two different reports rarely share one by chance. */
export const SHINGLE_WORDS = 5;
/** Signature length; calibrated with the LSH banding in `near-duplicates.ts` as a set. */
export const SIGNATURE_SIZE = 64;

type Hasher = Awaited<ReturnType<typeof xxhash>>;
let hasher: Hasher | null = null;

/** Loads the wasm hasher; call once before `signature`. */
export async function loadHasher(): Promise<void> {
  hasher ??= await xxhash();
}

// Fixed odd multipliers and offsets: the same text gives the same signature on every machine.
const MULTIPLIERS = new Uint32Array(SIGNATURE_SIZE);
const OFFSETS = new Uint32Array(SIGNATURE_SIZE);
{
  let state = 0x9e3779b9;
  const next = () => {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return state;
  };
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    MULTIPLIERS[i] = next() | 1;
    OFFSETS[i] = next();
  }
}

/** Lower-cased word tokens, letters and digits of any script. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** MinHash signature of the text's word shingles; null for a text too short to have one. */
export function signature(text: string): Uint32Array | null {
  if (!hasher) throw new Error('minhash: loadHasher() must be awaited first');
  const tokens = words(text);
  if (tokens.length < SHINGLE_WORDS) return null;
  const mins = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (let i = 0; i + SHINGLE_WORDS <= tokens.length; i++) {
    // The shingle's words joined by spaces, built without an array per shingle.
    let shingle = tokens[i];
    for (let k = 1; k < SHINGLE_WORDS; k++) shingle += ' ' + tokens[i + k];
    const h = hasher.h32(shingle);
    for (let k = 0; k < SIGNATURE_SIZE; k++) {
      const v = (Math.imul(h, MULTIPLIERS[k]) + OFFSETS[k]) >>> 0;
      if (v < mins[k]) mins[k] = v;
    }
  }
  return mins;
}

/** Estimated Jaccard similarity of the two texts' shingle sets. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < SIGNATURE_SIZE; k++) if (a[k] === b[k]) same++;
  return same / SIGNATURE_SIZE;
}
