/** Where to cut a text that is over a limit: at a line or word break in the last half before it, never inside a surrogate pair. */
export function cutPoint(text: string, limit: number): number {
  if (text.length <= limit) return text.length;
  const line = text.lastIndexOf('\n', limit);
  const space = text.lastIndexOf(' ', limit);
  let cut = line > limit / 2 ? line : space > limit / 2 ? space : limit;
  if (/[\ud800-\udbff]/.test(text[cut - 1] ?? '')) cut -= 1;
  return cut;
}

/** "10.0 million" or "200,000": a count of characters as a person reads it. */
export function characters(n: number): string {
  return n >= 1e6 ? `${(n / 1e6).toFixed(1)} million` : n.toLocaleString('en');
}
