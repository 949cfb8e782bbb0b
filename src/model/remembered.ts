/**
 * A pure function of a string whose results are remembered, up to a bound: the same names and
 * words come back on every page, and their keys are chains of regular expressions.
 */
export function remembered<T>(fold: (text: string) => T, limit = 20_000): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    let folded = known.get(text);
    if (folded === undefined) {
      if (known.size >= limit) known.clear();
      folded = fold(text);
      known.set(text, folded);
    }
    return folded;
  };
}
