/**
 * `dateline serve --workers N`: N processes (node:cluster) accept connections on one port, so
 * every core answers requests; each worker opens its own store connection pool and cache.
 * The primary only starts, restarts and stops them: it never opens the store.
 *
 * A worker that fails before it listens (port in use, store unreachable) stops them all, since
 * its replacement would fail the same way; one that dies later is logged and replaced.
 * SIGINT and SIGTERM are passed on as SIGTERM, and the primary returns once every worker is gone.
 */
import cluster, { type Worker } from 'node:cluster';

/** What a worker tells the primary. */
export type WorkerMessage =
  | { dateline: 'listening'; url: string; notes: string[] }
  | { dateline: 'failed'; message: string };

const isWorkerMessage = (message: unknown): message is WorkerMessage =>
  typeof message === 'object' && message !== null && 'dateline' in message;

export interface PrimaryOptions {
  workers: number;
  /** One line to stderr. */
  say: (line: string) => void;
  /** Once every worker listens: the URL and the first worker's notes (empty store, no UI, ...). */
  onListening: (url: string, notes: string[], pids: number[]) => void;
}

/** Runs the workers until SIGINT or SIGTERM; resolves with the exit code, rejects when a worker could not start. */
export function runPrimary(options: PrimaryOptions): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const alive = new Set<Worker>();
    const listening = new Set<Worker>();
    let started = false;
    let stopping = false;
    let failure: string | null = null;
    let exitCode = 0;

    const fork = () => {
      const worker = cluster.fork();
      alive.add(worker);
      worker.on('message', (message: unknown) => {
        if (!isWorkerMessage(message)) return;
        if (message.dateline === 'failed') {
          failure ??= message.message;
          return;
        }
        listening.add(worker);
        if (!started && listening.size === options.workers) {
          started = true;
          options.onListening(message.url, message.notes, [...listening].map((w) => w.process.pid ?? 0));
        }
      });
      return worker;
    };

    const stop = () => {
      if (stopping) return;
      stopping = true;
      for (const worker of alive) worker.process.kill('SIGTERM');
    };

    cluster.on('exit', (worker, code, signal) => {
      alive.delete(worker);
      const wasListening = listening.delete(worker);
      const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
      if (!stopping && wasListening) {
        const replacement = fork();
        options.say(`serve: worker ${worker.process.pid} ${how}; started worker ${replacement.process.pid} in its place`);
      } else if (!stopping) {
        // Its replacement would fail the same way: stop, and say why.
        failure ??= `a serve worker ${how} before it could listen`;
        stop();
      } else if (code !== 0 && signal !== 'SIGTERM') {
        exitCode = 1;
      }
      if (stopping && alive.size === 0) {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        if (failure && !started) return reject(new Error(failure));
        if (failure) options.say(failure);
        resolve(failure ? 1 : exitCode);
      }
    });

    const onSignal = (signal: NodeJS.Signals) => {
      if (!stopping) options.say(`${signal}: stopping ${alive.size} workers`);
      stop();
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);

    for (let i = 0; i < options.workers; i++) fork();
  });
}

/** Tells the primary this worker's news; resolves once it is sent. */
export function tellPrimary(message: WorkerMessage): Promise<void> {
  return new Promise((resolve) => {
    if (!process.send) return resolve();
    process.send(message, undefined, {}, () => resolve());
  });
}
