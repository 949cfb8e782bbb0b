/**
 * `dateline serve`: the JSON API and the web UI over the store, until Ctrl-C or SIGTERM,
 * which close the server and then the store so PGlite's folder is left consistent. With a
 * PostgreSQL server, one worker process per core (src/serve/workers.ts) by default.
 */
import cluster from 'node:cluster';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { InvalidArgumentError } from 'commander';
import { errorMessage } from '../model/index.js';
import { BUILT_UI_DIR, isLoopback, startServer, type RunningServer } from '../serve/index.js';
import { runPrimary, tellPrimary } from '../serve/workers.js';
import { openStore, type Store } from '../store/index.js';
import { storeOptions, type StoreFlags } from './store-options.js';

export { DEFAULT_HOST, DEFAULT_PORT } from '../serve/index.js';

export interface ServeCommandOptions extends StoreFlags {
  host: string;
  port: number;
  /** false with --no-cache (commander's negated flag). */
  cache: boolean;
  /** Processes answering requests; default: the number of cores with a PostgreSQL server, 1 with PGlite. */
  workers?: number;
}

const say = (line: string) => process.stderr.write(`dateline: ${line}\n`);

/** Resolves with the exit code once the server (and every worker) has stopped. */
export async function serveCommand(options: ServeCommandOptions): Promise<number> {
  // An embedded PGlite store is opened by one process at a time (src/store/data-lock.ts).
  const workers = options.workers ?? (options.databaseUrl ? availableParallelism() : 1);
  if (cluster.isWorker) return process.exit(await serveOne(options, true));
  if (workers === 1) return serveOne(options, false);
  if (!options.databaseUrl) {
    throw new Error('--workers above 1 needs a PostgreSQL server (--database-url or DATABASE_URL): an embedded store is opened by one process at a time');
  }
  return runPrimary({
    workers,
    say,
    onListening: (url, notes, pids) => {
      for (const note of notes) say(note);
      say(`serving with ${workers} worker processes (pids ${pids.join(', ')}), each with its own connections and cache`);
      banner(url);
    },
  });
}

const banner = (url: string) => process.stdout.write(`Dateline is serving ${url} (API under ${url}api/, description at ${url}openapi.json)\n`);

/** One process serving until SIGINT or SIGTERM; as a cluster worker it reports to the primary instead of printing. */
async function serveOne(options: ServeCommandOptions, asWorker: boolean): Promise<number> {
  let store: Store;
  let server: RunningServer;
  try {
    store = await openStore(storeOptions(options));
    try {
      server = await startServer(store, { host: options.host, port: options.port, uiDir: BUILT_UI_DIR, cache: options.cache ? undefined : false });
    } catch (error) {
      await store.close();
      throw error;
    }
  } catch (error) {
    if (!asWorker) throw error;
    await tellPrimary({ dateline: 'failed', message: errorMessage(error) });
    return 2;
  }

  const notes: string[] = [];
  if ((await store.stats()).documents === 0) notes.push(`the store in ${store.where} is empty: run \`dateline ingest PATH\` to fill it`);
  if (!existsSync(BUILT_UI_DIR)) notes.push('the web UI is not built (run `npm run build`); serving the API only');
  if (!isLoopback(options.host)) notes.push(`listening on ${options.host}: the API has no authentication, anyone who can reach it can read the store`);
  if (asWorker) {
    await tellPrimary({ dateline: 'listening', url: server.url, notes });
  } else {
    for (const note of notes) say(note);
    banner(server.url);
  }

  const running = server;
  const open = store;
  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = (signal: NodeJS.Signals) => {
      if (stopping) return;
      stopping = true;
      // The primary says it once for all its workers.
      if (!asWorker) say(`${signal}: stopping`);
      running
        .close()
        .catch((error: unknown) => say(`closing the server: ${errorMessage(error)}`))
        .then(() => open.close())
        .then(
          () => resolve(0),
          (error: unknown) => {
            say(`closing the store: ${errorMessage(error)}`);
            resolve(1);
          },
        );
    };
    // A worker hears Ctrl-C from the terminal and SIGTERM from the primary: both, once.
    const listen = asWorker ? process.on.bind(process) : process.once.bind(process);
    listen('SIGINT', stop);
    listen('SIGTERM', stop);
  });
}

/** Port option: 0 lets the system pick a free port (printed on start). */
export function parsePort(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65535) throw new InvalidArgumentError(`--port must be a whole number from 0 to 65535, not ${JSON.stringify(value)}`);
  return n;
}
