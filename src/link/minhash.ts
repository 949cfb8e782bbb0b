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

const encoder = new TextEncoder();

/** MinHash signature of the text's word shingles; null for a text too short to have one. */
export function signature(text: string): Uint32Array | null {
  if (!hasher) throw new Error('minhash: loadHasher() must be awaited first');
  const tokens = words(text);
  if (tokens.length < SHINGLE_WORDS) return null;
  // The words joined by spaces and encoded once: each shingle is a run of those bytes, hashed
  // as it stands (the same bytes, so the same hash, as the shingle's own string).
  const bytes = encoder.encode(tokens.join(' '));
  const starts = new Uint32Array(tokens.length + 1);
  for (let i = 0, at = 0; i < tokens.length; i++) {
    starts[i] = at;
    at += utf8Length(tokens[i]) + 1;
  }
  starts[tokens.length] = bytes.length + 1;
  const hashes = new Uint32Array(tokens.length - SHINGLE_WORDS + 1);
  for (let i = 0; i < hashes.length; i++) hashes[i] = hasher.h32Raw(bytes.subarray(starts[i], starts[i + SHINGLE_WORDS] - 1));
  const mins = new Uint32Array(SIGNATURE_SIZE);
  for (let k = 0; k < SIGNATURE_SIZE; k++) {
    const multiplier = MULTIPLIERS[k];
    const offset = OFFSETS[k];
    let min = 0xffffffff;
    for (let i = 0; i < hashes.length; i++) {
      const v = (Math.imul(hashes[i], multiplier) + offset) >>> 0;
      if (v < min) min = v;
    }
    mins[k] = min;
  }
  return mins;
}

/** Bytes of a string in UTF-8 (a word token has no lone surrogate). */
function utf8Length(word: string): number {
  let n = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Estimated Jaccard similarity of the two texts' shingle sets. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < SIGNATURE_SIZE; k++) if (a[k] === b[k]) same++;
  return same / SIGNATURE_SIZE;
}
