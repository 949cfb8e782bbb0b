/**
 * `dateline serve`: the JSON API and the web UI over the store, until Ctrl-C or SIGTERM,
 * which close the server and then the store so PGlite's folder is left consistent.
 */
import { existsSync } from 'node:fs';
import { InvalidArgumentError } from 'commander';
import { errorMessage } from '../model/index.js';
import { BUILT_UI_DIR, isLoopback, startServer } from '../serve/index.js';
import { openStore } from '../store/index.js';
import { storeOptions, type StoreFlags } from './store-options.js';

export { DEFAULT_HOST, DEFAULT_PORT } from '../serve/index.js';

export interface ServeCommandOptions extends StoreFlags {
  host: string;
  port: number;
  /** false with --no-cache (commander's negated flag). */
  cache: boolean;
}

/** Resolves with the exit code once the server has stopped. */
export async function serveCommand(options: ServeCommandOptions): Promise<number> {
  const say = (line: string) => process.stderr.write(`dateline: ${line}\n`);
  const store = await openStore(storeOptions(options));
  let server;
  try {
    server = await startServer(store, { host: options.host, port: options.port, uiDir: BUILT_UI_DIR, cache: options.cache ? undefined : false });
  } catch (error) {
    await store.close();
    throw error;
  }

  if ((await store.stats()).documents === 0) say(`the store in ${store.where} is empty: run \`dateline ingest PATH\` to fill it`);
  if (!existsSync(BUILT_UI_DIR)) say('the web UI is not built (run `npm run build`); serving the API only');
  if (!isLoopback(options.host)) say(`listening on ${options.host}: the API has no authentication, anyone who can reach it can read the store`);
  process.stdout.write(`Dateline is serving ${server.url} (API under ${server.url}api/, description at ${server.url}openapi.json)\n`);

  const running = server;
  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = (signal: NodeJS.Signals) => {
      if (stopping) return;
      stopping = true;
      say(`${signal}: stopping`);
      running
        .close()
        .catch((error: unknown) => say(`closing the server: ${errorMessage(error)}`))
        .then(() => store.close())
        .then(
          () => resolve(0),
          (error: unknown) => {
            say(`closing the store: ${errorMessage(error)}`);
            resolve(1);
          },
        );
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

/** Port option: 0 lets the system pick a free port (printed on start). */
export function parsePort(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65535) throw new InvalidArgumentError(`--port must be a whole number from 0 to 65535, not ${JSON.stringify(value)}`);
  return n;
}
