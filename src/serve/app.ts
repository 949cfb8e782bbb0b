/**
 * The HTTP app of `dateline serve`: the JSON API over a StoreReader, its OpenAPI
 * description, and the built web UI. Kept free of sockets so tests drive it with
 * `app.request(...)`.
 */
import { existsSync } from 'node:fs';
import { serveStatic } from '@hono/node-server/serve-static';
import { OpenAPIHono } from '@hono/zod-openapi';
import { secureHeaders } from 'hono/secure-headers';
import { errorMessage } from '../model/index.js';
import type { StoreReader } from '../model/views.js';
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
}

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

  app.openapi(statsRoute, async (c) => c.json(await reader.stats(), 200));
  app.openapi(searchRoute, async (c) => c.json(await reader.search(c.req.valid('query')), 200));
  app.openapi(documentRoute, async (c) => {
    const { id } = c.req.valid('param');
    const doc = await reader.document(id);
    return doc ? c.json(doc, 200) : c.json(missing('document', id), 404);
  });
  app.openapi(entitiesRoute, async (c) => c.json(await reader.entities(c.req.valid('query')), 200));
  app.openapi(entityRoute, async (c) => {
    const { id } = c.req.valid('param');
    const entity = await reader.entity(id);
    return entity ? c.json(entity, 200) : c.json(missing('entity', id), 404);
  });
  app.openapi(eventsRoute, async (c) => c.json(await reader.events(c.req.valid('query')), 200));
  app.openapi(quotesRoute, async (c) => c.json(await reader.quotes(c.req.valid('query')), 200));
  app.openapi(claimsRoute, async (c) => c.json(await reader.claims(c.req.valid('query')), 200));
  app.openapi(storiesRoute, async (c) => c.json(await reader.stories(c.req.valid('query')), 200));
  app.openapi(storyRoute, async (c) => {
    const { id } = c.req.valid('param');
    const story = await reader.story(id);
    return story ? c.json(story, 200) : c.json(missing('story', id), 404);
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
