/**
 * The server's cache of answers to read routes: response bodies as bytes (a story page possibly
 * gzip-compressed) by canonical query, least recently used evicted first once they hold more
 * than `maxBytes`. Every answer is kept
 * under the store version (src/store/version.ts) seen before it was computed; the version
 * is asked for at most every `checkEveryMs`, and a new one empties the cache. An answer is
 * therefore at most `checkEveryMs` older than the store, and one computed while the store
 * changed is never kept under the new version.
 */

export interface ResponseCacheOptions {
  /** Budget for the kept bodies, in bytes (keys counted as JavaScript holds them, two bytes a character). */
  maxBytes: number;
  /** How long a version read stays trusted; 0 asks the store on every request. */
  checkEveryMs: number;
  /** The store's version: any change to the store changes it. */
  version: () => Promise<number>;
  /** Clock, for tests. */
  now?: () => number;
}

export interface CacheStats {
  hits: number;
  misses: number;
  entries: number;
  bytes: number;
}

/** A kept answer: its bytes as sent, and whether they are gzip-compressed (Content-Encoding: gzip). */
export interface CachedBody {
  body: Uint8Array<ArrayBuffer>;
  gzip: boolean;
}

const sizeOf = (key: string, answer: CachedBody) => 2 * key.length + answer.body.byteLength;

export class ResponseCache {
  private readonly entries = new Map<string, CachedBody>();
  private bytes = 0;
  private current: number | null = null;
  private checkedAt = -Infinity;
  /** One version query at a time, shared by the requests that arrive while it runs. */
  private checking: Promise<number> | null = null;
  private hits = 0;
  private misses = 0;
  private readonly now: () => number;

  constructor(private readonly options: ResponseCacheOptions) {
    this.now = options.now ?? (() => performance.now());
  }

  /** The store version to compute an answer under; empties the cache when it moved. */
  async version(): Promise<number> {
    if (this.current !== null && this.now() - this.checkedAt < this.options.checkEveryMs) return this.current;
    this.checking ??= this.options
      .version()
      .then((version) => {
        if (version !== this.current) this.clear();
        this.current = version;
        this.checkedAt = this.now();
        return version;
      })
      .finally(() => {
        this.checking = null;
      });
    return this.checking;
  }

  get(key: string): CachedBody | undefined {
    const body = this.entries.get(key);
    if (body === undefined) {
      this.misses += 1;
      return undefined;
    }
    this.hits += 1;
    // Re-inserted: a Map iterates in insertion order, so the front is the least recently used.
    this.entries.delete(key);
    this.entries.set(key, body);
    return body;
  }

  /** Keeps `body` if the store is still at `version`; an answer larger than the whole budget is not kept. */
  set(key: string, body: CachedBody, version: number): void {
    if (version !== this.current) return;
    const size = sizeOf(key, body);
    if (size > this.options.maxBytes) return;
    const old = this.entries.get(key);
    if (old !== undefined) {
      this.entries.delete(key);
      this.bytes -= sizeOf(key, old);
    }
    this.entries.set(key, body);
    this.bytes += size;
    for (const [oldest, kept] of this.entries) {
      if (this.bytes <= this.options.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= sizeOf(oldest, kept);
    }
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }

  stats(): CacheStats {
    return { hits: this.hits, misses: this.misses, entries: this.entries.size, bytes: this.bytes };
  }
}

/** One key per meaning: the route and its validated parameters (defaults filled, unset ones left out), keys sorted. */
export function cacheKey(route: string, params: object): string {
  const defined = Object.entries(params).filter(([, value]) => value !== undefined);
  defined.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${route}?${JSON.stringify(defined)}`;
}
