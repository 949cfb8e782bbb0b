/**
 * The serve stage: the HTTP app of app.ts on a socket. Loopback unless told otherwise,
 * since the API has no authentication.
 */
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createAdaptorServer } from '@hono/node-server';
import type { StoreReader } from '../model/views.js';
import { createApp, type AppOptions } from './app.js';

export { createApp, type AppOptions } from './app.js';

/** dist/ui beside the compiled dist/serve, where `npm run build` puts the web UI. */
export const BUILT_UI_DIR = fileURLToPath(new URL('../ui', import.meta.url));

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 8080;

export interface ServeOptions {
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  uiDir?: string | null;
  logError?: (message: string) => void;
  cache?: AppOptions['cache'];
}

export interface RunningServer {
  /** `http://127.0.0.1:8080/`, with the port actually bound. */
  url: string;
  close(): Promise<void>;
}

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

export async function startServer(reader: StoreReader, options: ServeOptions = {}): Promise<RunningServer> {
  const host = options.host ?? DEFAULT_HOST;
  const port = options.port ?? DEFAULT_PORT;
  const app = createApp(reader, { uiDir: options.uiDir === undefined ? BUILT_UI_DIR : options.uiDir, logError: options.logError, cache: options.cache });
  const server = createAdaptorServer({ fetch: app.fetch, hostname: host });

  await new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      const reason =
        error.code === 'EADDRINUSE'
          ? `port ${port} on ${host} is already in use (try --port)`
          : error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND'
            ? `cannot bind to ${host}: no such address on this machine`
            : error.code === 'EACCES'
              ? `not allowed to bind to port ${port} on ${host}`
              : error.message;
      reject(new Error(reason));
    };
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve();
    });
  });

  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${shownHost}:${address.port}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive connections of a browser would hold close() open for minutes.
        if ('closeAllConnections' in server) server.closeAllConnections();
      }),
  };
}
