/**
 * The page's `<meta>` tags as a lookup by lower-cased name (`name`, `property`, `itemprop`
 * or `http-equiv`), keeping every value in document order.
 */
export type MetaIndex = ReadonlyMap<string, readonly string[]>;

export function indexMetas(metas: ReadonlyArray<Readonly<Record<string, string>>>): MetaIndex {
  const index = new Map<string, string[]>();
  for (const meta of metas) {
    const content = meta.content ?? meta.value;
    if (content === undefined || content.trim() === '') continue;
    for (const attr of ['name', 'property', 'itemprop', 'http-equiv']) {
      const key = meta[attr];
      if (!key) continue;
      // `property="og:title article:section"` style lists name several keys at once.
      for (const k of key.toLowerCase().split(/\s+/)) {
        if (!k) continue;
        const list = index.get(k);
        if (list) list.push(content.trim());
        else index.set(k, [content.trim()]);
      }
    }
  }
  return index;
}

/** First non-empty value among `keys`, in the order of `keys`. */
export function firstMeta(index: MetaIndex, keys: readonly string[]): string | null {
  for (const key of keys) {
    const values = index.get(key);
    if (values && values.length) return values[0];
  }
  return null;
}
