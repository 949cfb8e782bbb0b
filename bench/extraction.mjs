#!/usr/bin/env node
// Article-extraction benchmark: our extractor (compiled, dist/) against Mozilla Readability
// on linkedom and on jsdom, on the shared zyte-aeb and trafilatura-eval sets.
//
// Usage: npm run build && node bench/extraction.mjs [--systems ours,readability-linkedom,readability-jsdom]
//          [--sets zyte-aeb,trafilatura-eval] [--per-doc] [--title-misses]
// --title-misses prints each page whose title differs from the gold (gold, ours, the rule that chose it).
// Shared data: $DATELINE_SHARED, default ../shared beside the project. Absent -> message, exit 0.
// Timing covers the extraction call only (no I/O, no decoding), on this one thread.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { loadJsdom, readabilityJsdom, readabilityLinkedom } from './readability-baseline.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = resolve(ROOT, process.env.DATELINE_SHARED ?? '../shared');
const DATA = join(SHARED, 'benchmarks', 'extraction');
const SCORER = join(SHARED, 'benchmarks', 'score', 'extraction.mjs');
const OUT = join(ROOT, 'bench', 'out');
const ALL_SETS = ['zyte-aeb', 'trafilatura-eval'];
const ALL_SYSTEMS = ['ours', 'readability-linkedom', 'readability-jsdom'];

function parseArgs(argv) {
  const opts = { systems: ALL_SYSTEMS, sets: ALL_SETS, perDoc: false, titleMisses: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--systems') opts.systems = argv[++i].split(',');
    else if (a === '--sets') opts.sets = argv[++i].split(',');
    else if (a === '--per-doc') opts.perDoc = true;
    else if (a === '--title-misses') opts.titleMisses = true;
    else {
      console.error(`bench/extraction: unknown argument ${a}`);
      process.exit(2);
    }
  }
  for (const s of opts.systems) if (!ALL_SYSTEMS.includes(s)) fail(`unknown system ${s} (one of ${ALL_SYSTEMS})`);
  for (const s of opts.sets) if (!ALL_SETS.includes(s)) fail(`unknown set ${s} (one of ${ALL_SETS})`);
  return opts;
}

function fail(message) {
  console.error(`bench/extraction: ${message}`);
  process.exit(2);
}

// ---- decoding -----------------------------------------------------------------------------

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i;

/** Fallback when the ingest stage's decoder is not built: BOM, meta charset, UTF-8 if valid, else windows-1252. */
function simpleDecode(bytes) {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes);
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const declared = META_CHARSET.exec(head)?.[1];
  if (declared) {
    try {
      return new TextDecoder(declared).decode(bytes);
    } catch {
      // unknown label: fall through to sniffing
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** The project's bytes -> string decoder from dist/ingest/charset.js when it is built. */
async function loadDecoder() {
  const path = join(ROOT, 'dist', 'ingest', 'charset.js');
  if (!existsSync(path)) return { name: 'meta charset + TextDecoder (dist/ingest/charset.js absent)', decode: simpleDecode };
  const mod = await import(pathToFileURL(path).href);
  for (const [name, fn] of Object.entries(mod)) {
    if (typeof fn !== 'function' || !/decode/i.test(name)) continue;
    try {
      // The ingest decoder reads <meta charset> only when told the bytes are markup.
      const probe = fn(Buffer.from('<meta charset="utf-8"><p>é</p>'), { markup: true });
      const text = typeof probe === 'string' ? probe : probe?.text;
      if (typeof text === 'string' && text.includes('é')) {
        return {
          name: `dist/ingest/charset.js ${name}()`,
          decode: (bytes) => {
            const r = fn(bytes, { markup: true });
            return typeof r === 'string' ? r : r.text;
          },
        };
      }
    } catch {
      // not a bytes -> string decoder; try the next export
    }
  }
  return { name: 'meta charset + TextDecoder (no usable decoder in dist/ingest/charset.js)', decode: simpleDecode };
}

// ---- running ------------------------------------------------------------------------------

function readGold(set) {
  return readFileSync(join(DATA, set, 'gold.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
}

/** The scorer's title comparison: NFC, whitespace collapsed. */
function sameTitle(a, b) {
  const norm = (t) => (typeof t === 'string' ? t.normalize('NFC').replace(/\s+/g, ' ').trim() : null);
  return norm(a) === norm(b);
}

function runSystem(system, extract, pages, titleMisses) {
  const lines = [];
  let elapsed = 0n;
  let errors = 0;
  for (const { gold, html } of pages) {
    let result;
    const t0 = process.hrtime.bigint();
    try {
      result = extract(html, gold.url ?? null);
    } catch (error) {
      errors++;
      if (errors <= 3) console.error(`${system}: ${gold.file}: ${error?.message ?? error}`);
      result = { text: '', title: null, published: null };
    }
    elapsed += process.hrtime.bigint() - t0;
    if (titleMisses && typeof gold.title === 'string' && gold.title.trim() && !sameTitle(gold.title, result.title)) {
      console.log(`title miss ${system} ${gold.id} [${result.sources?.title ?? '-'}]\n  gold: ${JSON.stringify(gold.title)}\n  ours: ${JSON.stringify(result.title)}`);
    }
    lines.push(
      JSON.stringify({
        source: { path: gold.file, url: gold.url ?? null },
        text: result.text,
        title: result.title,
        published: result.published,
      }),
    );
  }
  const seconds = Number(elapsed) / 1e9;
  return { lines, pagesPerSecond: pages.length / seconds, errors };
}

/** Runs the shared scorer; with perDocPath, its per-page lines (stderr) go to that file. */
function score(goldPath, outPath, perDocPath) {
  const args = [SCORER, goldPath, outPath];
  if (perDocPath) args.push('--per-doc');
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) fail(`scorer failed on ${outPath}: ${r.stderr}`);
  if (perDocPath) writeFileSync(perDocPath, r.stderr);
  return r.stdout;
}

function scoreDetails(stdout) {
  const lines = stdout.trim().split('\n');
  const last = lines.at(-1);
  const num = (re, s) => {
    const m = re.exec(s);
    return m ? Number(m[1]) : null;
  };
  const titleLine = lines.find((l) => l.startsWith('title exact match')) ?? '';
  const dateLine = lines.find((l) => l.startsWith('published date exact match')) ?? '';
  return {
    last,
    f1: num(/F1=([\d.]+)/, last),
    p: num(/ P=([\d.]+)/, last),
    r: num(/ R=([\d.]+)/, last),
    title: num(/\s([\d.]+) \(\d+\/\d+\)/, titleLine),
    date: num(/\s([\d.]+) \(\d+\/\d+\)/, dateLine),
  };
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!existsSync(DATA) || !existsSync(SCORER)) {
    console.log(`bench/extraction: shared benchmark data not found at ${DATA} (set DATELINE_SHARED); nothing to do`);
    return;
  }
  const systems = {};
  if (opts.systems.includes('ours')) {
    const entry = join(ROOT, 'dist', 'extract', 'html', 'index.js');
    if (!existsSync(entry)) fail('dist/extract/html/index.js is missing; run `npm run build` first');
    const { extractHtml } = await import(pathToFileURL(entry).href);
    systems.ours = extractHtml;
  }
  if (opts.systems.includes('readability-linkedom')) systems['readability-linkedom'] = readabilityLinkedom;
  if (opts.systems.includes('readability-jsdom')) {
    if (await loadJsdom()) systems['readability-jsdom'] = readabilityJsdom;
    else console.error('bench/extraction: jsdom is not installed; skipping readability-jsdom');
  }
  const decoder = await loadDecoder();
  console.log(`decoding: ${decoder.name}`);
  mkdirSync(OUT, { recursive: true });

  const table = [];
  for (const set of opts.sets) {
    const goldPath = join(DATA, set, 'gold.jsonl');
    const pages = readGold(set).map((gold) => ({
      gold,
      html: decoder.decode(gunzipSync(readFileSync(join(DATA, set, gold.file)))),
    }));
    for (const [system, extract] of Object.entries(systems)) {
      const { lines, pagesPerSecond, errors } = runSystem(system, extract, pages, opts.titleMisses);
      const outPath = join(OUT, system === 'ours' ? `extraction-${set}.jsonl` : `extraction-${set}-${system}.jsonl`);
      writeFileSync(outPath, lines.join('\n') + '\n');
      const stdout = score(goldPath, outPath, opts.perDoc ? outPath.replace(/\.jsonl$/, '.per-doc.tsv') : null);
      const d = scoreDetails(stdout);
      console.log(`${system} ${set}: ${d.last}  (${pagesPerSecond.toFixed(1)} pages/s${errors ? `, ${errors} errors` : ''})`);
      table.push({ system, set, ...d, pagesPerSecond });
    }
  }

  const f = (x) => (x === null || x === undefined ? '-' : x.toFixed(3));
  console.log('');
  console.log(`${'system'.padEnd(22)} ${'set'.padEnd(17)} ${'F1/F'.padStart(6)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'title'.padStart(6)} ${'date'.padStart(6)} ${'pages/s'.padStart(8)}`);
  for (const row of table) {
    console.log(
      `${row.system.padEnd(22)} ${row.set.padEnd(17)} ${f(row.f1).padStart(6)} ${f(row.p).padStart(6)} ${f(row.r).padStart(6)} ${f(row.title).padStart(6)} ${f(row.date).padStart(6)} ${row.pagesPerSecond.toFixed(1).padStart(8)}`,
    );
  }
}

await main();
