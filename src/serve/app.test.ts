/**
 * The HTTP API over a real PGlite store filled with samples/: every route on real
 * content, pagination, the 400/404/500 bodies, the OpenAPI description (and that real
 * answers conform to it), security headers and the static files of the UI.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillSampleStore, type SampleStore } from '../../test/helpers/sample-store.js';
import { ComparisonItem } from '../model/index.js';
import { ClaimRow, DocumentSummary, EntityDetail, EventRow, page, QuoteRow, StoredDocument, StoryDetail } from '../model/views.js';
import { openStore } from '../store/index.js';
import { createApp } from './app.js';

let sample: SampleStore;
let app: ReturnType<typeof createApp>;
let uiDir: string;
const logged: string[] = [];

const byFile = (suffix: string) => sample.docs.find((d) => d.source.path?.endsWith(suffix))!;

async function get(path: string): Promise<{ status: number; body: any; headers: Headers }> {
  const res = await app.request(path);
  const text = await res.text();
  let body: unknown = text;
  if (res.headers.get('content-type')?.includes('application/json')) body = JSON.parse(text);
  return { status: res.status, body, headers: res.headers };
}

beforeAll(async () => {
  sample = await fillSampleStore();
  uiDir = mkdtempSync(join(tmpdir(), 'dateline-ui-'));
  mkdirSync(join(uiDir, 'assets'));
  writeFileSync(join(uiDir, 'index.html'), '<!doctype html><title>Dateline</title><script type="module" src="/assets/app.js"></script>');
  writeFileSync(join(uiDir, 'assets', 'app.js'), 'document.title = "Dateline";\n');
  writeFileSync(join(uiDir, 'assets', 'app.css'), 'body { margin: 0 }\n');
  app = createApp(sample.store, { uiDir, logError: (m) => logged.push(m) });
}, 180_000);

afterAll(async () => {
  await sample?.store.close();
  if (sample) rmSync(sample.dir, { recursive: true, force: true });
  if (uiDir) rmSync(uiDir, { recursive: true, force: true });
});

describe('routes on the stored samples', () => {
  it('/api/stats counts what was stored', async () => {
    const { status, body } = await get('/api/stats');
    expect(status).toBe(200);
    expect(body.documents).toBe(sample.docs.length);
    expect(body.claims).toBe(sample.docs.reduce((n, d) => n + d.claims.length, 0));
    expect(body.stories).toBe(2);
  });

  it('/api/search finds the dam failure by a word, with the word marked in the snippet', async () => {
    const gazette = byFile('harbour-gazette-portugal-dam.html');
    const { status, body } = await get('/api/search?q=dam');
    expect(status).toBe(200);
    const items = page(DocumentSummary).parse(body).items;
    const hit = items.find((d) => d.id === gazette.id);
    expect(hit?.title).toBe(gazette.title);
    expect(hit?.snippet).toContain('«dam»');
    expect(hit?.stories).toHaveLength(1);
    expect(items.every((d) => /dam/i.test(d.snippet))).toBe(true);
  });

  it('/api/search pages through every document once', async () => {
    const seen: string[] = [];
    let total = -1;
    for (let offset = 0; offset < 40; offset += 5) {
      const { body } = await get(`/api/search?limit=5&offset=${offset}`);
      total = body.total;
      expect(body.limit).toBe(5);
      expect(body.offset).toBe(offset);
      expect(body.items.length).toBe(Math.max(0, Math.min(5, total - offset)));
      seen.push(...body.items.map((d: { id: string }) => d.id));
    }
    expect(total).toBe(sample.docs.length);
    expect(new Set(seen).size).toBe(sample.docs.length);
    expect(seen.sort()).toEqual(sample.docs.map((d) => d.id).sort());
  });

  it('/api/search filters by outlet, claim kind and date', async () => {
    const meridian = await get('/api/search?outlet=Meridian%20News');
    expect(meridian.body.items.length).toBe(sample.docs.filter((d) => d.outlet === 'Meridian News').length);
    expect(meridian.body.items.every((d: { outlet: string }) => d.outlet === 'Meridian News')).toBe(true);

    const killed = await get('/api/search?claimKind=killed');
    const withKilled = sample.docs.filter((d) => d.claims.some((c) => c.kind === 'killed')).map((d) => d.id);
    expect(killed.body.items.map((d: { id: string }) => d.id).sort()).toEqual(withKilled.sort());

    const late = await get('/api/search?from=2025-03-14');
    expect(late.body.items.length).toBeGreaterThan(0);
    expect(late.body.items.every((d: { published: string }) => d.published >= '2025-03-14')).toBe(true);
  });

  it('/api/documents/{id} gives the clean text and everything extracted, with its story', async () => {
    const gazette = byFile('harbour-gazette-portugal-dam.html');
    const { status, body } = await get(`/api/documents/${gazette.id}`);
    expect(status).toBe(200);
    const doc = StoredDocument.parse(body);
    expect(doc.text).toBe(gazette.text);
    expect(doc.claims.map((c) => [c.kind, c.value])).toEqual(gazette.claims.map((c) => [c.kind, c.value]));
    expect(doc.quotes).toHaveLength(gazette.quotes.length);
    expect(doc.stories).toHaveLength(1);
  });

  it('/api/entities lists by name prefix, /api/entities/{id} gives aliases, roles and documents', async () => {
    const list = await get('/api/entities?q=Helena');
    expect(list.status).toBe(200);
    const helena = list.body.items.find((e: { name: string }) => e.name === 'Helena Quintas');
    expect(helena).toBeDefined();
    expect(helena.roles).toContain('Interior Minister');

    const detail = await get(`/api/entities/${encodeURIComponent(helena.id)}`);
    expect(detail.status).toBe(200);
    const entity = EntityDetail.parse(detail.body);
    const mentioning = sample.docs.filter((d) => d.entities.some((e) => e.id === helena.id)).map((d) => d.id);
    expect(entity.documentList.map((d) => d.id).sort()).toEqual(mentioning.sort());

    const withAlias = sample.docs.flatMap((d) => d.entities).find((e) => e.aliases.length > 0)!;
    const aliased = await get(`/api/entities/${encodeURIComponent(withAlias.id)}`);
    expect(aliased.body.aliases).toEqual(expect.arrayContaining(withAlias.aliases));
  });

  it('/api/events, /api/quotes and /api/claims filter and point to their evidence', async () => {
    const events = await get('/api/events?type=ASSAULT&limit=50');
    const eventRows = page(EventRow).parse(events.body).items;
    expect(eventRows.length).toBeGreaterThan(0);
    expect(eventRows.every((e) => e.type === 'ASSAULT')).toBe(true);

    const quotes = await get('/api/quotes?q=dam&limit=50');
    const quoteRows = page(QuoteRow).parse(quotes.body).items;
    expect(quoteRows.length).toBeGreaterThan(0);
    for (const quote of quoteRows) {
      const doc = sample.docs.find((d) => d.id === quote.document)!;
      expect(doc.text.slice(quote.start, quote.end)).toContain(quote.text.slice(0, 20));
    }

    const claims = await get('/api/claims?kind=killed');
    const claimRows = page(ClaimRow).parse(claims.body).items;
    expect(claimRows.every((c) => c.kind === 'killed')).toBe(true);
    // The two reports of the dam failure give different tolls from different sources.
    const dam = claimRows.filter((c) => c.evidence.text.includes('dam'));
    expect(dam.map((c) => [c.value, c.attribution]).sort()).toEqual([
      [14, 'the regional civil protection agency'],
      [17, 'local officials'],
    ]);
    for (const claim of claimRows) {
      const doc = sample.docs.find((d) => d.id === claim.document)!;
      expect(doc.text.slice(claim.evidence.start, claim.evidence.end)).toBe(claim.evidence.text);
    }
  });

  it('/api/stories lists the two stories; /api/stories/{id} gives the reports in full and the disagreeing figures', async () => {
    const list = await get('/api/stories');
    expect(list.body.total).toBe(2);
    const gazette = byFile('harbour-gazette-portugal-dam.html');
    const damStory = list.body.items.find((s: { outlets: string[] }) => s.outlets.includes('The Harbour Gazette'));
    expect(damStory.outlets.sort()).toEqual(['Continental Dispatch', 'The Harbour Gazette']);

    const { status, body } = await get(`/api/stories/${damStory.story}`);
    expect(status).toBe(200);
    const story = StoryDetail.parse(body);
    expect(story.reports.map((r) => r.id)).toContain(gazette.id);
    expect(story.reports.find((r) => r.id === gazette.id)?.text).toBe(gazette.text);
    const figures = story.comparison.shared.map((i) => ComparisonItem.parse(i)).find((i) => i.kind === 'figures' && i.claim === 'killed');
    expect(figures?.kind === 'figures' && figures.reports.map((r) => r.value).sort()).toEqual([14, 17]);
  });

  it('/api/stories/{id} sends the stored page as it is: the same bytes from the store and from the cache', async () => {
    const list = await get('/api/stories');
    // An app of its own: the test above left these pages in the shared app's cache.
    const fresh = createApp(sample.store, { uiDir: null });
    for (const { story: id } of list.body.items as { story: string }[]) {
      const stored = Buffer.from((await sample.store.storyPage(id, { gzip: false }))!.body).toString('utf8');
      const first = await fresh.request(`/api/stories/${id}`);
      const again = await fresh.request(`/api/stories/${id}`);
      expect(first.headers.get('content-type')).toBe('application/json');
      expect(first.headers.get('content-encoding')).toBeNull();
      expect(first.headers.get('vary')).toBe('Accept-Encoding');
      expect(first.headers.get('x-cache')).toBe('miss');
      expect(again.headers.get('x-cache')).toBe('hit');
      const [firstText, againText] = [await first.text(), await again.text()];
      expect(firstText).toBe(stored);
      expect(againText).toBe(stored);
      // Not re-serialised, yet the same story the parsed page gives.
      expect(JSON.parse(firstText)).toEqual(await sample.store.story(id));
    }
  });

  it('/api/stories/{id} sends the page gzip-compressed to a client that accepts gzip, as stored, the same JSON once decompressed', async () => {
    const list = await get('/api/stories');
    const fresh = createApp(sample.store, { uiDir: null });
    const browser = { headers: { 'Accept-Encoding': 'gzip, deflate, br, zstd' } };
    for (const { story: id } of list.body.items as { story: string }[]) {
      const plain = await (await fresh.request(`/api/stories/${id}`)).arrayBuffer();
      const first = await fresh.request(`/api/stories/${id}`, browser);
      const again = await fresh.request(`/api/stories/${id}`, browser);
      expect(first.headers.get('content-encoding')).toBe('gzip');
      expect(first.headers.get('content-type')).toBe('application/json');
      expect(first.headers.get('vary')).toBe('Accept-Encoding');
      // Kept apart from the uncompressed page in the cache.
      expect(first.headers.get('x-cache')).toBe('miss');
      expect(again.headers.get('x-cache')).toBe('hit');
      expect(again.headers.get('content-encoding')).toBe('gzip');
      const [firstBytes, againBytes] = [Buffer.from(await first.arrayBuffer()), Buffer.from(await again.arrayBuffer())];
      expect(firstBytes.length).toBeLessThan(plain.byteLength / 2);
      expect(gunzipSync(firstBytes).equals(Buffer.from(plain))).toBe(true);
      expect(againBytes.equals(firstBytes)).toBe(true);
      // gzip refused: the plain page.
      const refused = await fresh.request(`/api/stories/${id}`, { headers: { 'Accept-Encoding': 'gzip;q=0, br' } });
      expect(refused.headers.get('content-encoding')).toBeNull();
      expect(Buffer.from(await refused.arrayBuffer()).equals(Buffer.from(plain))).toBe(true);
    }
    const missing = await fresh.request('/api/stories/no-such-story', browser);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-encoding')).toBeNull();
  });

  it('/api/search says when relevance ranked only the newest matches', async () => {
    const { body } = await get('/api/search?q=dam');
    expect(body.totalIsLowerBound).toBe(false);
    expect(body.rankedAmong).toBeNull();
  });
});

describe('bad requests', () => {
  const cases: [string, string, RegExp][] = [
    ['/api/search?limit=0', 'limit', /at least 1/],
    ['/api/search?limit=abc', 'limit', /whole number/],
    ['/api/search?limit=201', 'limit', /at most 200/],
    ['/api/search?offset=-1', 'offset', /at least 0/],
    ['/api/search?from=2024-13-45', 'from', /real date.*month 13/],
    ['/api/search?to=2025-02-29', 'to', /real date.*day 29/],
    ['/api/search?from=yesterday', 'from', /ISO 8601/],
    ['/api/search?eventType=protest', 'eventType', /PLOVER event type/],
    ['/api/search?claimKind=dead', 'claimKind', /one of killed, wounded/],
    ['/api/search?q=', 'q', /empty/],
    ['/api/search?limt=5', 'limt', /not a parameter/],
    ['/api/entities?type=person', 'type', /one of PERSON/],
    ['/api/events?type=assault', 'type', /PLOVER event type/],
    ['/api/claims?kind=killed&from=2025-3-1', 'from', /ISO 8601/],
    ['/api/quotes?limit=1.5', 'limit', /whole number/],
    ['/api/stories?offset=x', 'offset', /whole number/],
  ];
  it.each(cases)('%s is a 400 naming %s', async (path, parameter, problem) => {
    const { status, body, headers } = await get(path);
    expect(status).toBe(400);
    expect(headers.get('content-type')).toContain('application/json');
    expect(body.error).toMatch(new RegExp(`^${parameter}: `));
    expect(body.error).toMatch(problem);
    expect(body.issues[0].parameter).toBe(parameter);
  });

  it('reports every bad parameter at once', async () => {
    const { status, body } = await get('/api/search?limit=0&claimKind=dead');
    expect(status).toBe(400);
    expect(body.issues.map((i: { parameter: string }) => i.parameter).sort()).toEqual(['claimKind', 'limit']);
  });
});

describe('not found and failures', () => {
  it.each(['/api/documents/0000000000000000dead', '/api/entities/person:nobody-at-all', '/api/stories/ffffffffffffffffffff'])(
    '%s is a JSON 404',
    async (path) => {
      const { status, body } = await get(path);
      expect(status).toBe(404);
      expect(body.error).toMatch(/^no (document|entity|story) with id /);
    },
  );

  it('an unknown /api path is a JSON 404, not the UI', async () => {
    const { status, body } = await get('/api/nothing-here');
    expect(status).toBe(404);
    expect(body.error).toContain('/api/nothing-here');
  });

  it('a store that fails gives a 500 without internals, and the failure is logged', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-closed-'));
    const closed = await openStore({ data: dir });
    await closed.close();
    const failing = createApp(closed, { uiDir: null, logError: (m) => logged.push(m) });
    const res = await failing.request('/api/search?q=dam');
    const body = (await res.json()) as { error: string };
    expect(res.status).toBe(500);
    expect(body).toEqual({ error: 'internal error: the store could not answer this request' });
    expect(JSON.stringify(body)).not.toMatch(/at .*\.(ts|js):\d+/);
    expect(logged.some((m) => m.startsWith('GET /api/search:'))).toBe(true);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('/openapi.json', () => {
  const ROUTES = [
    '/api/stats',
    '/api/search',
    '/api/documents/{id}',
    '/api/entities',
    '/api/entities/{id}',
    '/api/events',
    '/api/quotes',
    '/api/claims',
    '/api/stories',
    '/api/stories/{id}',
  ];

  it('is an OpenAPI 3 document listing every route with its parameters and responses', async () => {
    const { status, body: doc } = await get('/openapi.json');
    expect(status).toBe(200);
    expect(doc.openapi).toMatch(/^3\.\d+\.\d+$/);
    expect(typeof doc.info.title).toBe('string');
    expect(typeof doc.info.version).toBe('string');
    expect(Object.keys(doc.paths).sort()).toEqual([...ROUTES].sort());
    for (const path of ROUTES) {
      const op = doc.paths[path].get;
      expect(op, path).toBeDefined();
      for (const [code, response] of Object.entries<{ description: string; content: Record<string, { schema: object }> }>(op.responses)) {
        expect(code).toMatch(/^[1-5]\d\d$/);
        expect(typeof response.description).toBe('string');
        expect(response.content['application/json'].schema).toBeTypeOf('object');
      }
      for (const param of op.parameters ?? []) {
        expect(['query', 'path']).toContain(param.in);
        expect(param.schema).toBeTypeOf('object');
        if (param.in === 'path') expect(param.required).toBe(true);
      }
      const pathParams = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      expect((op.parameters ?? []).filter((p: { in: string }) => p.in === 'path').map((p: { name: string }) => p.name)).toEqual(pathParams);
    }
    const search = doc.paths['/api/search'].get;
    expect(search.parameters.map((p: { name: string }) => p.name).sort()).toEqual(
      ['claimKind', 'entity', 'eventType', 'from', 'limit', 'offset', 'outlet', 'q', 'sort', 'to'].sort(),
    );
    expect(search.responses['400']).toBeDefined();
    expect(doc.paths['/api/documents/{id}'].get.responses['404']).toBeDefined();
  });

  it('describes what the routes really answer: real responses validate against its schemas', async () => {
    const { body: doc } = await get('/openapi.json');
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const gazette = byFile('harbour-gazette-portugal-dam.html');
    const stories = await get('/api/stories');
    const requests: [string, string, string][] = [
      ['/api/stats', '/api/stats', '200'],
      ['/api/search', '/api/search?q=dam', '200'],
      ['/api/search', '/api/search?limit=0', '400'],
      ['/api/documents/{id}', `/api/documents/${gazette.id}`, '200'],
      ['/api/documents/{id}', '/api/documents/nope', '404'],
      ['/api/entities', '/api/entities', '200'],
      ['/api/entities/{id}', '/api/entities/gpe:portugal', '200'],
      ['/api/events', '/api/events', '200'],
      ['/api/quotes', '/api/quotes', '200'],
      ['/api/claims', '/api/claims', '200'],
      ['/api/stories', '/api/stories', '200'],
      ['/api/stories/{id}', `/api/stories/${stories.body.items[0].story}`, '200'],
    ];
    for (const [route, url, code] of requests) {
      const schema = doc.paths[route].get.responses[code].content['application/json'].schema;
      const { status, body } = await get(url);
      expect(String(status), url).toBe(code);
      const validate = ajv.compile(schema);
      expect(validate(body), `${url}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
  });
});

describe('headers and static files', () => {
  it.each(['/api/stats', '/api/search?limit=0', '/api/nothing', '/', '/openapi.json'])('%s carries the security headers', async (path) => {
    const { headers } = await get(path);
    const csp = headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('serves the UI files with their content types', async () => {
    const index = await get('/');
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toMatch(/^text\/html/);
    expect(index.body).toContain('<title>Dateline</title>');
    const script = await get('/assets/app.js');
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    const style = await get('/assets/app.css');
    expect(style.headers.get('content-type')).toMatch(/^text\/css/);
  });

  it.each(['/../package.json', '/assets/../../package.json', '/%2e%2e/package.json', '/assets/%2e%2e%2f%2e%2e%2fpackage.json', '/..%5c..%5cpackage.json'])(
    '%s does not leave the UI folder',
    async (path) => {
      const { status, body } = await get(path);
      expect(status).toBe(404);
      expect(JSON.stringify(body)).not.toContain('"devDependencies"');
    },
  );
});

describe('the response cache', () => {
  // A store of its own, so the writes below leave the samples' store as the other tests expect it.
  let store: Awaited<ReturnType<typeof openStore>>;
  let cachedApp: ReturnType<typeof createApp>;
  const request = async (target: ReturnType<typeof createApp>, path: string) => {
    const res = await target.request(path);
    return { status: res.status, cache: res.headers.get('x-cache'), type: res.headers.get('content-type'), text: await res.text() };
  };

  beforeAll(async () => {
    store = await openStore({ data: 'memory://' });
    await store.add(byFile('harbour-gazette-portugal-dam.html'));
    // Asks the store's version on every request: a write must show at once.
    cachedApp = createApp(store, { uiDir: null, cache: { checkEveryMs: 0 } });
  });

  afterAll(async () => {
    await store?.close();
  });

  it('answers a repeated query from the cache, the same bytes, whatever the order or defaults of its parameters', async () => {
    const first = await request(cachedApp, '/api/search?q=dam&outlet=The%20Harbour%20Gazette');
    expect(first).toMatchObject({ status: 200, cache: 'miss', type: 'application/json' });
    expect(JSON.parse(first.text).total).toBe(1);
    const again = await request(cachedApp, '/api/search?outlet=The%20Harbour%20Gazette&limit=20&q=dam&offset=0');
    expect(again).toMatchObject({ status: 200, cache: 'hit' });
    expect(again.text).toBe(first.text);
    // Another page is another answer.
    expect((await request(cachedApp, '/api/search?q=dam&outlet=The%20Harbour%20Gazette&offset=20')).cache).toBe('miss');
  });

  it('never serves an answer from before a write: a stored document and a relink show at once', async () => {
    const before = await request(cachedApp, '/api/search?q=dam');
    expect((await request(cachedApp, '/api/search?q=dam')).cache).toBe('hit');
    const stats = JSON.parse((await request(cachedApp, '/api/stats')).text);

    await store.add(sample.docs.find((d) => d.source.path?.endsWith('world.rss') && /dam/i.test(d.title ?? ''))!);
    const after = await request(cachedApp, '/api/search?q=dam');
    expect(after.cache).toBe('miss');
    expect(JSON.parse(after.text).total).toBe(JSON.parse(before.text).total + 1);
    expect(JSON.parse((await request(cachedApp, '/api/stats')).text).documents).toBe(stats.documents + 1);

    expect(JSON.parse((await request(cachedApp, '/api/stories')).text).total).toBe(0);
    await store.relink();
    const stories = await request(cachedApp, '/api/stories');
    expect(stories.cache).toBe('miss');
    expect(JSON.parse(stories.text).total).toBe(1);
  });

  it('does not cache a 404 or a 400', async () => {
    expect(await request(cachedApp, '/api/stories/no-such-story')).toMatchObject({ status: 404, cache: 'miss' });
    expect(await request(cachedApp, '/api/stories/no-such-story')).toMatchObject({ status: 404, cache: 'miss' });
    expect((await request(cachedApp, '/api/search?limit=0')).status).toBe(400);
  });

  it('is off with cache: false (`dateline serve --no-cache`): every answer comes from the store', async () => {
    const uncached = createApp(store, { uiDir: null, cache: false });
    const first = await request(uncached, '/api/search?q=dam');
    expect(first).toMatchObject({ status: 200, cache: null, type: 'application/json' });
    expect((await request(uncached, '/api/search?q=dam')).text).toBe(first.text);
  });

  it('waits at most checkEveryMs to see a write', async () => {
    const slow = createApp(store, { uiDir: null, cache: { checkEveryMs: 60_000 } });
    const before = JSON.parse((await request(slow, '/api/stats')).text);
    await store.add(byFile('coastline-daily-lisbon-port.html'));
    // Within the interval the cached answer stands, by design.
    expect(JSON.parse((await request(slow, '/api/stats')).text).documents).toBe(before.documents);
    expect(JSON.parse((await request(cachedApp, '/api/stats')).text).documents).toBe(before.documents + 1);
  });
});
