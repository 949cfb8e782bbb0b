/**
 * The response cache on its own: least recently used answers go first once the budget is
 * spent, a new store version empties it, an answer computed under an old version is not
 * kept, and the version is asked for at most once per interval.
 */
import { describe, expect, it } from 'vitest';
import { cacheKey, ResponseCache, type CachedBody } from './cache.js';

const text = (body: string): CachedBody => ({ body: Buffer.from(body), gzip: false });
const textOf = (answer: CachedBody | undefined) => (answer ? Buffer.from(answer.body).toString() : undefined);

function setup(maxBytes = 1000, checkEveryMs = 100) {
  const store = { version: 1, asked: 0 };
  let clock = 0;
  const cache = new ResponseCache({
    maxBytes,
    checkEveryMs,
    version: async () => {
      store.asked += 1;
      return store.version;
    },
    now: () => clock,
  });
  return { cache, store, tick: (ms: number) => (clock += ms) };
}

describe('ResponseCache', () => {
  it('answers a kept key, and evicts the least recently used once over budget', async () => {
    // Each entry: 2 bytes a character of key, the body's own bytes: 2 * 1 + 198 = 200 bytes; five fit in 1,000.
    const { cache } = setup(1000);
    const v = await cache.version();
    for (const key of ['a', 'b', 'c', 'd', 'e']) cache.set(key, text(key.repeat(198)), v);
    expect(cache.stats().bytes).toBe(1000);
    expect(textOf(cache.get('a'))).toBe('a'.repeat(198)); // now the most recently used
    cache.set('f', text('f'.repeat(198)), v);
    expect(cache.get('b')).toBeUndefined();
    expect(textOf(cache.get('a'))).toBe('a'.repeat(198));
    expect(textOf(cache.get('f'))).toBe('f'.repeat(198));
    expect(cache.stats()).toMatchObject({ entries: 5, bytes: 1000 });
  });

  it('counts a body by its bytes, not its characters, and keeps whether it is compressed', async () => {
    const { cache } = setup(1000);
    const v = await cache.version();
    // "é" is two bytes in UTF-8; an ASCII body of the same length is half the size.
    cache.set('k', text('é'.repeat(100)), v);
    expect(cache.stats().bytes).toBe(2 + 200);
    cache.set('z', { body: new Uint8Array([0x1f, 0x8b, 8, 0]), gzip: true }, v);
    expect(cache.stats().bytes).toBe(2 + 200 + 2 + 4);
    expect(cache.get('z')?.gzip).toBe(true);
    expect(cache.get('k')?.gzip).toBe(false);
  });

  it('does not keep an answer larger than the whole budget', async () => {
    const { cache } = setup(100);
    const v = await cache.version();
    cache.set('big', text('x'.repeat(200)), v);
    expect(cache.get('big')).toBeUndefined();
    expect(cache.stats().bytes).toBe(0);
  });

  it('asks for the version at most once per interval, and empties itself when it moved', async () => {
    const { cache, store, tick } = setup(1000, 100);
    const v1 = await cache.version();
    cache.set('k', text('old answer'), v1);
    store.version = 2;
    tick(50);
    expect(await cache.version()).toBe(1);
    expect(textOf(cache.get('k'))).toBe('old answer');
    expect(store.asked).toBe(1);
    tick(50);
    expect(await cache.version()).toBe(2);
    expect(store.asked).toBe(2);
    expect(cache.get('k')).toBeUndefined();
  });

  it('drops an answer computed under a version that has moved on meanwhile', async () => {
    const { cache, store, tick } = setup(1000, 0);
    const before = await cache.version();
    // A write lands while the request is computing its answer; another request sees it first.
    store.version = 2;
    tick(1);
    await cache.version();
    cache.set('k', text('answer from before the write'), before);
    expect(cache.get('k')).toBeUndefined();
  });

  it('shares one version query among requests that arrive while it runs', async () => {
    const { cache, store } = setup(1000, 0);
    const versions = await Promise.all([cache.version(), cache.version(), cache.version()]);
    expect(versions).toEqual([1, 1, 1]);
    expect(store.asked).toBe(1);
  });
});

describe('cacheKey', () => {
  it('is the same for the same parameters in any order, and leaves unset ones out', () => {
    expect(cacheKey('search', { q: 'dam', limit: 20, offset: 0, outlet: undefined })).toBe(cacheKey('search', { offset: 0, limit: 20, q: 'dam' }));
    expect(cacheKey('search', { q: 'dam', limit: 20, offset: 0 })).not.toBe(cacheKey('search', { q: 'dam', limit: 20, offset: 20 }));
    expect(cacheKey('story', { id: 'x' })).not.toBe(cacheKey('document', { id: 'x' }));
  });
});
