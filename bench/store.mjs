#!/usr/bin/env node
/**
 * The store and serve under load, through the real CLI (dist/, so `npm run build` first):
 *   ingest   `dateline ingest` into PGlite and into PostgreSQL, then `dateline ingest --queue`
 *            drained by 1, 2 and 4 `dateline worker --once --jobs 1` processes: documents/s,
 *            and the stored count checked against the input each time;
 *   api      `dateline serve` on a store of --api-docs documents, autocannon from this process
 *            (the server is a child process) on loopback, 50 connections, sending a browser's
 *            Accept-Encoding: p50, p99, requests/s, bytes per response;
 *   fault    a queued ingest drained by 2 workers, one of them killed with SIGKILL 20 times at
 *            random moments and restarted; then SQL checks that nothing is missing or doubled.
 * The input is the generated corpus of bench/corpus.mjs (our own articles as HTML pages).
 * A throwaway PostgreSQL server runs on loopback in a temporary folder for the whole run.
 *
 * Usage: npm run build && node bench/store.mjs [--docs 10000] [--api-docs 100000]
 *          [--base-docs 2000] [--seconds 20] [--kills 20] [--jobs N] [--skip ingest,workers,api,fault]
 *          [--keep DIR] [--routes search,search-pages,...] [--cache both|on|off] [--serve-workers N]
 * --keep DIR keeps the PostgreSQL server's folder in DIR: the multiplied API store is built on
 * the first run and reused by the next ones (delete DIR to rebuild it). --routes runs only the
 * named API routes; --cache runs each route with `dateline serve --no-cache` (cold), with the
 * cache (warm), or both (default), one after the other. --serve-workers N runs `dateline serve
 * --workers N` (default: the server's own, one process per core with PostgreSQL).
 * Prints one line of figures per measurement.
 */
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
// mulberry32 from the corpus generator, so the kill moments and the request mix are the same on every run.
import { generateCorpus, random, sampleParagraphs } from './corpus.mjs';
import { startPostgres } from '../test/helpers/postgres-server.mjs';
import { multiplyStore } from './store-multiply.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'bin/dateline.js');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const count = (name, fallback) => {
  const n = Number(option(name, String(fallback)));
  if (!Number.isInteger(n) || n < 1) {
    console.error(`store: ${name} must be a whole number above 0`);
    process.exit(2);
  }
  return n;
};
const docs = count('--docs', 10_000);
const apiDocs = count('--api-docs', 100_000);
const baseDocs = Math.min(count('--base-docs', 2_000), apiDocs);
const seconds = count('--seconds', 20);
const kills = count('--kills', 20);
const jobs = count('--jobs', cpus().length);
const keepDir = option('--keep', null);
const serveWorkers = args.includes('--serve-workers') ? count('--serve-workers', 1) : null;
const SECTIONS = ['ingest', 'workers', 'api', 'fault'];
const ROUTES = ['search', 'search-pages', 'search-newest', 'search+filter', 'story', 'stories'];
const routes = option('--routes', ROUTES.join(',')).split(',').filter(Boolean);
const unknownRoutes = routes.filter((r) => !ROUTES.includes(r));
if (unknownRoutes.length) {
  console.error(`store: --routes takes ${ROUTES.join(', ')}; not ${unknownRoutes.join(', ')}`);
  process.exit(2);
}
const CACHE_MODES = { both: ['off', 'on'], on: ['on'], off: ['off'] };
const cacheModes = CACHE_MODES[option('--cache', 'both')];
if (!cacheModes) {
  console.error(`store: --cache takes ${Object.keys(CACHE_MODES).join(', ')}`);
  process.exit(2);
}
const skip = new Set(option('--skip', '').split(',').filter(Boolean));
const unknownSkip = [...skip].filter((s) => !SECTIONS.includes(s));
if (unknownSkip.length) {
  console.error(`store: --skip takes ${SECTIONS.join(', ')}; not ${unknownSkip.join(', ')}`);
  process.exit(2);
}

const paragraphs = sampleParagraphs();

async function writeCorpus(path, n) {
  const out = createWriteStream(path);
  for (const record of generateCorpus({ docs: n, paragraphs })) {
    if (!out.write(JSON.stringify({ id: record.id, url: record.url, html: record.html }) + '\n')) {
      await new Promise((resolve) => out.once('drain', resolve));
    }
  }
  await new Promise((resolve, reject) => out.end((error) => (error ? reject(error) : resolve())));
}

/** Children still running, killed if the bench stops early. */
const children = new Set();

function start(argv) {
  // Progress bars are for terminals; the ingest summary line is what the bench reads.
  const quiet = argv[0] === 'ingest' ? ['--no-progress'] : [];
  const child = spawn(process.execPath, [cli, ...argv, ...quiet], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let stderr = '';
  let stdout = '';
  child.stderr.on('data', (chunk) => {
    stderr = (stderr + chunk).slice(-50_000);
  });
  child.stdout.on('data', (chunk) => {
    stdout = (stdout + chunk).slice(-50_000);
  });
  const done = new Promise((resolve) =>
    child.on('close', (status, signal) => {
      children.delete(child);
      resolve({ status, signal, stderr, stdout });
    }),
  );
  return { child, done, output: () => stdout };
}

async function dateline(argv) {
  const started = Date.now();
  const result = await start(argv).done;
  const elapsed = (Date.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`dateline ${argv.join(' ')} exited ${result.status ?? result.signal}: ${result.stderr.trim().split('\n').slice(-3).join(' | ')}`);
  return { ...result, seconds: elapsed, summary: result.stderr.trim().split('\n').pop() ?? '' };
}

async function query(url, text, values = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, values)).rows;
  } finally {
    await client.end();
  }
}

const storedDocuments = async (url) => Number((await query(url, 'select count(*) as n from documents'))[0].n);

async function pgliteDocuments(dir) {
  const { openStore } = await import('../dist/store/index.js');
  const store = await openStore({ data: dir });
  try {
    return (await store.stats()).documents;
  } finally {
    await store.close();
  }
}

const rate = (n, s) => (s > 0 ? n / s : 0).toFixed(1);

/**
 * Documents the input holds: the corpus's records less exact copies (two near copies of one
 * article cut the same way have the same clean text, hence one id). Set by the first run
 * that stores the corpus into an empty store, from its "N stored, M already stored".
 */
let distinctInput = null;

/** Checks a run: every record stored or counted as a copy, and the store holds the input's documents. */
function check(stored, already) {
  if (stored + already !== docs) return { expected: distinctInput ?? docs - already, verdict: 'MISMATCH' };
  distinctInput ??= docs - already;
  return { expected: distinctInput, verdict: stored === distinctInput ? 'ok' : 'MISMATCH' };
}

const tallyOf = (text, prefix = '') => {
  let stored = 0;
  let already = 0;
  for (const m of text.matchAll(new RegExp(`${prefix}(\\d+) stored, (\\d+) already stored`, 'g'))) {
    stored += Number(m[1]);
    already += Number(m[2]);
  }
  return { stored, already };
};

// ---- 1. ingest throughput ----

async function ingestDirect(engine, corpus, target) {
  const flags = engine === 'pglite' ? ['--data', target] : ['--database-url', target];
  const r = await dateline(['ingest', corpus, ...flags, '--jobs', String(jobs), '--no-stories']);
  const stored = engine === 'pglite' ? await pgliteDocuments(target) : await storedDocuments(target);
  const { already } = tallyOf(r.summary);
  const { expected, verdict } = check(stored, already);
  console.log(`  ${r.summary}`);
  console.log(
    `ingest engine=${engine} input=${docs} jobs=${jobs} seconds=${r.seconds.toFixed(1)} docs_per_s=${rate(docs, r.seconds)} ` +
      `stored=${stored} copies_in_input=${already} expected=${expected} check=${verdict}`,
  );
}

/** Seconds from starting the workers to the queue's last finished row (the server's clock is this machine's). */
async function drainWithWorkers(url, n) {
  const started = Date.now();
  const runs = Array.from({ length: n }, () => start(['worker', '--once', '--jobs', '1', '--database-url', url]).done);
  const results = await Promise.all(runs);
  for (const r of results) if (r.status !== 0) throw new Error(`worker exited ${r.status ?? r.signal}: ${r.stderr.trim().split('\n').slice(-3).join(' | ')}`);
  const [last] = await query(url, `select extract(epoch from max(finished_at)) * 1000 as t from queue`);
  const { already } = tallyOf(results.map((r) => r.stderr).join('\n'), 'worker: ');
  return { seconds: (Number(last.t) - started) / 1000, wall: (Date.now() - started) / 1000, already };
}

async function ingestWorkers(server, corpus, n) {
  const url = await server.createDatabase(`queue_${n}`);
  const q = await dateline(['ingest', '--queue', corpus, '--database-url', url]);
  const { seconds: s, wall, already } = await drainWithWorkers(url, n);
  const stored = await storedDocuments(url);
  const [waiting] = await query(url, `select count(*) filter (where state = 'queued') as queued, count(*) filter (where state = 'failed') as failed from queue`);
  const { expected, verdict } = check(stored, already);
  console.log(
    `ingest engine=postgres workers=${n} jobs_per_worker=1 input=${docs} enqueue_s=${q.seconds.toFixed(1)} seconds=${s.toFixed(1)} ` +
      `docs_per_s=${rate(docs, s)} wall_s=${wall.toFixed(1)} stored=${stored} copies_in_input=${already} expected=${expected} ` +
      `left_queued=${waiting.queued} failed=${waiting.failed} check=${verdict}`,
  );
}

// ---- 2. API latency on a multiplied store ----

/** Words of the corpus for queries: every k-th distinct word of five letters or more, from rare to common. */
function corpusWords(n) {
  const seen = new Map();
  for (const p of paragraphs) for (const w of p.toLowerCase().match(/[a-z]{5,}/g) ?? []) seen.set(w, (seen.get(w) ?? 0) + 1);
  const byFrequency = [...seen].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
  const step = Math.max(1, Math.floor(byFrequency.length / n));
  return byFrequency.filter((_, i) => i % step === 0).slice(0, n);
}

async function serve(url, cache) {
  const server = start([
    'serve',
    '--port',
    '0',
    '--database-url',
    url,
    ...(cache === 'off' ? ['--no-cache'] : []),
    ...(serveWorkers ? ['--workers', String(serveWorkers)] : []),
  ]);
  for (let waited = 0; waited < 60_000; waited += 100) {
    const match = /serving (http:\/\/127\.0\.0\.1:\d+\/)/.exec(server.output());
    if (match) return { url: match[1], stop: async () => (server.child.kill('SIGTERM'), await server.done) };
    if (server.child.exitCode !== null) break;
    await sleep(100);
  }
  server.child.kill('SIGKILL');
  const r = await server.done;
  throw new Error(`dateline serve did not start: ${r.stderr.trim()}`);
}

/** Queries abandoned by timed-out clients still run: the next route's load starts once the server is idle. */
async function waitIdle(url) {
  for (let waited = 0; waited < 180_000; waited += 500) {
    const [row] = await query(url, `select count(*) as n from pg_stat_activity where datname = current_database() and state = 'active' and pid <> pg_backend_pid()`);
    if (Number(row.n) === 0) return;
    await sleep(500);
  }
}

/** Chromium's Accept-Encoding. */
const BROWSER_ACCEPT_ENCODING = 'gzip, deflate, br, zstd';

async function load(base, name, paths, cache) {
  let i = 0;
  const served = { hit: 0, miss: 0 };
  const result = await autocannon({
    url: base,
    connections: 50,
    duration: seconds,
    // As a browser asks: it accepts compressed answers (the server compresses only story pages, once, at link time).
    headers: { 'accept-encoding': BROWSER_ACCEPT_ENCODING },
    requests: [
      {
        setupRequest: (request) => ({ ...request, path: paths[i++ % paths.length] }),
        // The server says whether its response cache answered (X-Cache: hit or miss).
        onResponse: (status, body, context, headers) => {
          const state = headers['x-cache'];
          if (state === 'hit' || state === 'miss') served[state] += 1;
        },
      },
    ],
  });
  const p99 = result.latency.p99;
  const answered = served.hit + served.miss;
  const hitRate = answered ? `${((100 * served.hit) / answered).toFixed(1)}%` : 'n/a';
  console.log(
    `api route=${name} cache=${cache} cache_hit_rate=${hitRate} distinct_paths=${new Set(paths).size} connections=50 seconds=${seconds} ` +
      `p50_ms=${result.latency.p50} p99_ms=${p99} req_per_s=${result.requests.average} ` +
      `kb_per_response=${result.requests.total > 0 ? (result.throughput.total / result.requests.total / 1024).toFixed(1) : 'n/a'} ` +
      `requests=${result.requests.total} non2xx=${result.non2xx} errors=${result.errors} timeouts=${result.timeouts} ` +
      // The machine is shared: the load over the last minute (mostly this run) says how far to trust the figures.
      `load_1m=${loadavg()[0].toFixed(1)} ` +
      `target_p99_under_100ms=${result.requests.total > 0 && result.errors === 0 && result.non2xx === 0 && p99 < 100 ? 'met' : 'missed'}`,
  );
}

/** The multiplied store: built once, or reused from a kept server folder when it holds `apiDocs` documents. */
async function apiStore(server, dir) {
  if (keepDir && (await server.hasDatabase('api'))) {
    const url = server.databaseUrl('api');
    const stored = await storedDocuments(url).catch(() => 0);
    if (stored === apiDocs) {
      console.log(`api store: reused from ${keepDir} (${stored} documents)`);
      return url;
    }
    console.log(`api store in ${keepDir} holds ${stored} documents, not ${apiDocs}: rebuilding it`);
    await query(server.url, 'drop database api');
  }
  const url = await server.createDatabase('api');
  const corpus = join(dir, 'api-base.jsonl');
  await writeCorpus(corpus, baseDocs);
  const analysed = await dateline(['ingest', corpus, '--database-url', url, '--jobs', String(jobs)]);
  console.log(`  ${analysed.summary}`);
  const words = corpusWords(200);
  const started = Date.now();
  const { base, factor } = await multiplyStore(url, apiDocs, words);
  const [stats] = await query(
    url,
    `select (select count(*) from documents) as documents, (select count(*) from stories) as stories,
       (select count(*) from events) as events, (select count(*) from quotes) as quotes, (select count(*) from claims) as claims,
       (select count(distinct tsv) from documents) as distinct_tsv`,
  );
  console.log(
    `api store: ${base} documents analysed by \`dateline ingest\` (with stories), then multiplied in SQL to ${stats.documents} ` +
      `(INSERT ... SELECT: up to ${factor - 1} copies of each document with new ids, dates moved back a day per copy, ` +
      `a closing paragraph of corpus words; entities, events, quotes, claims and stories copied with them; ${((Date.now() - started) / 1000).toFixed(1)} s); ` +
      `${stats.distinct_tsv} distinct search vectors, ${stats.stories} stories, ${stats.events} events, ${stats.quotes} quotes, ${stats.claims} claims`,
  );
  return url;
}

async function apiLatency(server, dir) {
  const url = await apiStore(server, dir);
  // A kept store made by older code migrates here, not while `dateline serve` is given a minute to start.
  const migrating = Date.now();
  const { openStore } = await import('../dist/store/index.js');
  await (await openStore({ url })).close();
  console.log(`api store: opened (and migrated) in ${((Date.now() - migrating) / 1000).toFixed(1)} s`);
  const storyIds = (await query(url, 'select id from stories order by md5(id) limit 3000')).map((r) => r.id);
  const outlets = (await query(url, 'select distinct outlet from documents where outlet is not null order by outlet')).map((r) => r.outlet);
  const rand = random(9);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  // Realistic variety: one or two words from a few hundred, pages 1-10, a filter now and then.
  const vocabulary = corpusWords(300);
  const words = () => (rand() < 0.6 ? pick(vocabulary) : `${pick(vocabulary)} ${pick(vocabulary)}`);
  const pageOf = () => `&offset=${20 * Math.floor(rand() * 10)}`;
  const mix = (make) => Array.from({ length: 2000 }, make);
  const searchWords = corpusWords(60);
  const firstMix = (make) => Array.from({ length: 500 }, make);
  const q = encodeURIComponent;
  const months = ['2023-11', '2024-01', '2024-03', '2024-05', '2024-07', '2024-09'];
  const workloads = {
    // search and search+filter are the requests of the first measurements (60 words, 500 paths), for comparison.
    search: () => firstMix(() => `/api/search?q=${q(pick(searchWords))}`),
    'search-pages': () =>
      mix(() => {
        const filter = rand() < 0.3 ? `&outlet=${q(pick(outlets))}` : rand() < 0.3 ? `&from=${pick(months)}` : '';
        return `/api/search?q=${q(words())}${pageOf()}${filter}`;
      }),
    'search-newest': () => mix(() => `/api/search?q=${q(words())}&sort=newest${pageOf()}`),
    'search+filter': () => firstMix(() => `/api/search?q=${q(pick(searchWords))}&outlet=${q(pick(outlets))}&from=2024-03&to=2024-09`),
    story: () => mix(() => `/api/stories/${q(pick(storyIds))}`),
    stories: () => mix(() => `/api/stories?offset=${20 * Math.floor(rand() * 10)}`),
  };

  for (const cache of cacheModes) {
    const http = await serve(url, cache);
    try {
      for (const name of routes) {
        await load(http.url, name, workloads[name](), cache);
        await waitIdle(url);
      }
    } finally {
      await http.stop();
    }
  }
}

// ---- 3. fault test: kill -9 a worker, again and again ----

async function faultTest(server, corpus, reference) {
  const url = await server.createDatabase('fault');
  await dateline(['ingest', '--queue', corpus, '--database-url', url]);
  const rand = random(20261124);
  const started = Date.now();
  const workers = [];
  const errors = [];
  const launch = (slot) => {
    const worker = start(['worker', '--once', '--jobs', '1', '--database-url', url]);
    worker.done.then((r) => {
      if (r.signal !== 'SIGKILL' && r.status !== 0) errors.push(r.stderr.trim().split('\n').slice(-2).join(' | '));
    });
    workers[slot] = worker;
  };
  launch(0);
  launch(1);
  let killed = 0;
  while (killed < kills) {
    await sleep(500 + rand() * 4500);
    const slot = rand() < 0.5 ? 0 : 1;
    const worker = workers[slot];
    if (worker.child.exitCode === null && worker.child.signalCode === null) {
      worker.child.kill('SIGKILL');
      await worker.done;
      killed += 1;
    }
    launch(slot);
    const [left] = await query(url, `select count(*) as n from queue where state = 'queued'`);
    if (Number(left.n) === 0) break;
  }
  // A --once worker stops when it finds nothing unlocked; rows a killed worker held wait again, so drain until none is left.
  for (;;) {
    await Promise.all(workers.map((w) => w.done));
    const [left] = await query(url, `select count(*) as n from queue where state = 'queued'`);
    if (Number(left.n) === 0) break;
    launch(0);
  }
  const elapsed = (Date.now() - started) / 1000;
  const [row] = await query(
    url,
    `select (select count(*) from documents) as stored,
       (select count(*) - count(distinct md5(text)) from documents) as same_text,
       (select count(*) - count(distinct source) from documents) as same_source,
       (select count(*) from queue where state <> 'done') as not_done,
       (select count(distinct document) from queue where state = 'done') as distinct_documents`,
  );
  if (!reference) {
    // The ingest section was skipped: the reference is one process's ingest of the same corpus, made now.
    reference = await server.createDatabase('fault_reference');
    await dateline(['ingest', corpus, '--database-url', reference, '--jobs', String(jobs), '--no-stories']);
  }
  const childDuplicates = await compareChildRows(url, reference);
  const duplicates = Number(row.same_text) + Number(row.same_source) + childDuplicates.extra;
  const stored = Number(row.stored);
  // Without an earlier run to count the input's exact copies, the queue says which document each input became.
  const expected = distinctInput ?? Number(row.distinct_documents);
  console.log(
    `fault workers=2 kills=${killed} seconds=${elapsed.toFixed(1)} input=${docs} stored=${stored} expected=${expected} duplicates=${duplicates} ` +
      `(documents sharing text ${row.same_text}, sharing source ${row.same_source}, child rows beyond the reference ${childDuplicates.extra}, ` +
      `documents whose child rows differ from the reference ${childDuplicates.differing}) queue_not_done=${row.not_done} worker_errors=${errors.length} ` +
      `reference=single-process ingest of the same corpus ` +
      `check=${stored === expected && duplicates === 0 && childDuplicates.differing === 0 && Number(row.not_done) === 0 ? 'ok' : 'FAILED'}`,
  );
  for (const line of errors) console.log(`  worker error: ${line}`);
}

const CHILD_TABLES = ['document_entities', 'events', 'quotes', 'claims'];

/**
 * Rows per document and table against a store of the same corpus ingested by one process.
 * (document, ord) and (document, entity) are primary keys, so a document written twice
 * would show as rows the reference does not have, not as equal rows.
 */
async function compareChildRows(url, reference) {
  const tally = { extra: 0, differing: 0 };
  const perDocument = async (target) => {
    const counts = new Map();
    for (const table of CHILD_TABLES) {
      // A table name cannot be bound; these are the fixed names above.
      for (const r of await query(target, `select document, count(*) as n from ${table} group by document`)) {
        counts.set(`${table} ${r.document}`, Number(r.n));
      }
    }
    return counts;
  };
  const [got, want] = await Promise.all([perDocument(url), perDocument(reference)]);
  const differing = new Set();
  for (const key of new Set([...got.keys(), ...want.keys()])) {
    const a = got.get(key) ?? 0;
    const b = want.get(key) ?? 0;
    if (a > b) tally.extra += a - b;
    if (a !== b) differing.add(key.split(' ')[1]);
  }
  tally.differing = differing.size;
  return tally;
}

// ---- the run ----

const dir = await mkdtemp(join(tmpdir(), 'dateline-storebench-'));
let server;
const stopAll = () => {
  for (const child of children) child.kill('SIGKILL');
};
process.once('SIGINT', () => {
  stopAll();
  process.exitCode = 130;
});
let failed = false;
try {
  server = await startPostgres({ settings: ['max_connections=100', 'shared_buffers=256MB'], ...(keepDir ? { dir: keepDir } : {}) });
  const [{ version }] = await query(server.url, 'select version()');
  console.log(
    `machine: ${cpus().length} cores (${cpus()[0]?.model.trim()}), node ${process.version}, ${version.split(' ').slice(0, 2).join(' ')} on loopback ` +
      `(fsync off), PGlite; corpus: generated HTML pages, 200-3,000 words, 10% near-duplicates; docs=${docs} api_docs=${apiDocs}`,
  );
  const corpus = join(dir, 'corpus.jsonl');
  if (!skip.has('ingest') || !skip.has('workers') || !skip.has('fault')) await writeCorpus(corpus, docs);
  let reference = null;
  if (!skip.has('ingest')) {
    await ingestDirect('pglite', corpus, join(dir, 'pglite'));
    reference = await server.createDatabase('direct');
    await ingestDirect('postgres', corpus, reference);
  }
  if (!skip.has('workers')) for (const n of [1, 2, 4]) await ingestWorkers(server, corpus, n);
  if (!skip.has('api')) await apiLatency(server, dir);
  if (!skip.has('fault')) await faultTest(server, corpus, reference);
} catch (error) {
  failed = true;
  console.error(`store: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  stopAll();
  await server?.stop().catch((error) => console.error(`store: stopping PostgreSQL: ${error.message}`));
  await rm(dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : (process.exitCode ?? 0));
