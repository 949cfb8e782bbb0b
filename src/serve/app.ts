/**
 * The HTTP app of `dateline serve`: the JSON API over a StoreReader, its OpenAPI
 * description, and the built web UI. Kept free of sockets so tests drive it with
 * `app.request(...)`.
 */
import { existsSync } from 'node:fs';
import { serveStatic } from '@hono/node-server/serve-static';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context, TypedResponse } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { JSONParsed } from 'hono/utils/types';
import { errorMessage } from '../model/index.js';
import type { StoreReader, StoryDetail } from '../model/views.js';
import { cacheKey, ResponseCache, type CachedBody } from './cache.js';
import { acceptsGzip } from './encoding.js';
import { badRequestBody, type ErrorBody } from './errors.js';
import {
  claimsRoute,
  documentRoute,
  entitiesRoute,
  entityRoute,
  eventsRoute,
  quotesRoute,
  searchRoute,
  statsRoute,
  storiesRoute,
  storyRoute,
} from './routes.js';

export interface AppOptions {
  /** Folder of the built web UI (dist/ui); null or missing folder: API only. */
  uiDir?: string | null;
  /** Where failures of the store are reported; the client only learns that one happened. */
  logError?: (message: string) => void;
  /** The cache of answers to read routes (cache.ts); false: every request asks the store. */
  cache?: false | { maxBytes?: number; checkEveryMs?: number };
}

/** 64 MB of answers: a few thousand story pages or tens of thousands of search pages. */
export const DEFAULT_CACHE_BYTES = 64 * 1024 * 1024;
/** A write is seen by every later request within this many milliseconds. */
export const DEFAULT_CACHE_CHECK_MS = 200;

type JsonOk<T> = Response & TypedResponse<JSONParsed<T>, 200, 'json'>;

export const API_VERSION = '0.1.0';

/**
 * Scripts and styles only from the server's own files: nothing inline, so article text
 * that slipped into the page as markup still could not run. Plot draws SVG with
 * attributes, which `style-src 'self'` allows.
 */
const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

export function createApp(reader: StoreReader, options: AppOptions = {}): OpenAPIHono {
  const logError = options.logError ?? ((message: string) => process.stderr.write(`dateline: serve: ${message}\n`));

  const app = new OpenAPIHono({
    defaultHook: (result, c) => {
      if (result.success) return;
      const raw = result.target === 'param' ? c.req.param() : c.req.query();
      return c.json(badRequestBody(result.error, raw as Record<string, string | undefined>), 400);
    },
  });

  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: CONTENT_SECURITY_POLICY,
      referrerPolicy: 'no-referrer',
      // Served over plain HTTP on loopback: HSTS would only confuse a later HTTPS setup.
      strictTransportSecurity: false,
    }),
  );

  const missing = (what: string, id: string): ErrorBody => ({ error: `no ${what} with id ${JSON.stringify(id)}` });

  const cache =
    options.cache === false
      ? null
      : new ResponseCache({
          maxBytes: options.cache?.maxBytes ?? DEFAULT_CACHE_BYTES,
          checkEveryMs: options.cache?.checkEveryMs ?? DEFAULT_CACHE_CHECK_MS,
          version: () => reader.version(),
        });

  /**
   * A 200 with the JSON `load` gives (bytes, possibly gzip-compressed), from the cache when it holds
   * one for this key (header X-Cache: hit or miss); null when `load` finds nothing, which is not cached.
   */
  async function answerBytes(c: Context, route: string, params: object, load: () => Promise<CachedBody | null>): Promise<Response | null> {
    const key = cacheKey(route, params);
    const version = cache ? await cache.version() : 0;
    let answer = cache?.get(key);
    if (cache) c.header('X-Cache', answer === undefined ? 'miss' : 'hit');
    if (answer === undefined) {
      const loaded = await load();
      if (loaded === null) return null;
      answer = loaded;
      cache?.set(key, answer, version);
    }
    c.header('Content-Type', 'application/json');
    if (answer.gzip) c.header('Content-Encoding', 'gzip');
    return c.body(answer.body, 200);
  }

  /** answerBytes for an answer that is an object: written as JSON once, then kept as UTF-8 bytes. */
  async function answer<T extends object>(c: Context, route: string, params: object, load: () => Promise<T>): Promise<JsonOk<T>>;
  async function answer<T extends object>(c: Context, route: string, params: object, load: () => Promise<T | null>): Promise<JsonOk<T> | null>;
  async function answer<T extends object>(c: Context, route: string, params: object, load: () => Promise<T | null>): Promise<JsonOk<T> | null> {
    const response = await answerBytes(c, route, params, async () => {
      const result = await load();
      return result === null ? null : { body: Buffer.from(JSON.stringify(result)), gzip: false };
    });
    // The body is the JSON of a T, as c.json would have written it; only its static type says otherwise.
    return response as JsonOk<T> | null;
  }

  app.openapi(statsRoute, async (c) => answer(c, 'stats', {}, () => reader.stats()));
  app.openapi(searchRoute, async (c) => {
    const query = c.req.valid('query');
    return answer(c, 'search', query, () => reader.search(query));
  });
  app.openapi(documentRoute, async (c) => {
    const { id } = c.req.valid('param');
    return (await answer(c, 'document', { id }, () => reader.document(id))) ?? c.json(missing('document', id), 404);
  });
  app.openapi(entitiesRoute, async (c) => {
    const query = c.req.valid('query');
    return answer(c, 'entities', query, () => reader.entities(query));
  });
  app.openapi(entityRoute, async (c) => {
    const { id } = c.req.valid('param');
    return (await answer(c, 'entity', { id }, () => reader.entity(id))) ?? c.json(missing('entity', id), 404);
  });
  app.openapi(eventsRoute, async (c) => {
    const query = c.req.valid('query');
    return answer(c, 'events', query, () => reader.events(query));
  });
  app.openapi(quotesRoute, async (c) => {
    const query = c.req.valid('query');
    return answer(c, 'quotes', query, () => reader.quotes(query));
  });
  app.openapi(claimsRoute, async (c) => {
    const query = c.req.valid('query');
    return answer(c, 'claims', query, () => reader.claims(query));
  });
  app.openapi(storiesRoute, async (c) => {
    const query = c.req.valid('query');
    return answer(c, 'stories', query, () => reader.stories(query));
  });
  app.openapi(storyRoute, async (c) => {
    const { id } = c.req.valid('param');
    const gzip = acceptsGzip(c.req.header('Accept-Encoding'));
    // Shared caches between client and server must keep the two encodings apart.
    c.header('Vary', 'Accept-Encoding');
    // The page is stored as JSON (migration 003_serving), and compressed (006), and sent as it is stored.
    const page = (await answerBytes(c, 'story', { id, gzip }, () => reader.storyPage(id, { gzip }))) as JsonOk<StoryDetail> | null;
    return page ?? c.json(missing('story', id), 404);
  });

  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Dateline API',
      version: API_VERSION,
      description:
        'Stored news documents and what was extracted from them: entities, events, quotes, claims and stories. ' +
        'Every list is paginated with limit and offset; every bad parameter is a 400 naming it.',
    },
  });

  // Below the API: an unknown /api path is a JSON 404, never the UI.
  app.all('/api/*', (c) => c.json<ErrorBody>({ error: `no API route ${c.req.method} ${c.req.path}` }, 404));

  const uiDir = options.uiDir;
  if (uiDir && existsSync(uiDir)) {
    app.use(
      '/*',
      serveStatic({
        root: uiDir,
        onFound: (path, c) => {
          // Vite names built assets by their content hash, so they never change under one name.
          if (/[\\/]assets[\\/]/.test(path)) c.header('Cache-Control', 'public, max-age=31536000, immutable');
        },
      }),
    );
  }

  app.notFound((c) => c.json<ErrorBody>({ error: `not found: ${c.req.path}` }, 404));
  app.onError((error, c) => {
    logError(`${c.req.method} ${c.req.path}: ${errorMessage(error)}`);
    return c.json<ErrorBody>({ error: 'internal error: the store could not answer this request' }, 500);
  });

  return app;
}
