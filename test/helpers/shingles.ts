/** Body F1 over 4-token shingles, the Zyte benchmark's measure, for accuracy floors in tests. */
function shingles(text: string): Map<string, number> {
  const tokens = text.match(/[\p{L}\p{N}_]+/gu) ?? [];
  const counts = new Map<string, number>();
  const n = Math.min(4, tokens.length);
  for (let i = 0; n > 0 && i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function shingleF1(extracted: string, gold: string): { precision: number; recall: number; f1: number } {
  const a = shingles(extracted);
  const b = shingles(gold);
  let tp = 0;
  let na = 0;
  let nb = 0;
  for (const [k, v] of a) {
    na += v;
    tp += Math.min(v, b.get(k) ?? 0);
  }
  for (const v of b.values()) nb += v;
  const precision = na ? tp / na : 0;
  const recall = nb ? tp / nb : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
