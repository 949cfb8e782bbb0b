#!/usr/bin/env node
/**
 * Whole-pipeline speed and memory: `dateline analyze - --stories` (extraction, entities,
 * time, events, quotes, claims, stories) on generated corpora (bench/corpus.mjs) of each
 * size, the time share of each stage (a CPU profile of a one-thread run), and in the same
 * run a baseline: Readability on jsdom alone, the usual first step of a Node news pipeline.
 *
 * Usage: npm run build && node bench/pipeline.mjs [--sizes 10000,100000] [--jobs 2]
 *          [--baseline-docs 2000] [--profile-docs 1000] [--no-stories]
 * Prints one line per run: pipeline docs=N articles_per_s=... words_per_s=... peak_rss_mb=...
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus, sampleParagraphs } from './corpus.mjs';
import { cliExecutable } from './shared.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const sizes = option('--sizes', '10000,100000').split(',').map(Number);
const jobs = Number(option('--jobs', '2'));
const baselineDocs = Number(option('--baseline-docs', '2000'));
const profileDocs = Number(option('--profile-docs', '1000'));
const stories = !args.includes('--no-stories');

if (args.includes('--baseline-child')) {
  await baselineChild(Number(option('--docs', '1000')));
  process.exit(0);
}

const paragraphs = sampleParagraphs();

/** Streams the corpus as JSON Lines into `child`'s stdin; resolves with the words written. */
async function feed(child, docs) {
  let words = 0;
  for (const record of generateCorpus({ docs, paragraphs })) {
    words += record.words;
    const line = JSON.stringify({ id: record.id, url: record.url, html: record.html }) + '\n';
    if (!child.stdin.write(line)) await new Promise((resolve) => child.stdin.once('drain', resolve));
  }
  child.stdin.end();
  return words;
}

function run(command, argv, docs, env = process.env) {
  const started = Date.now();
  const child = spawn(command, argv, { cwd: root, stdio: ['pipe', 'pipe', 'pipe'], env });
  let lines = 0;
  child.stdout.on('data', (chunk) => {
    for (let i = 0; i < chunk.length; i++) if (chunk[i] === 10) lines += 1;
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
    if (stderr.length > 200_000) stderr = stderr.slice(-100_000);
  });
  const fed = feed(child, docs);
  return new Promise((resolve) => {
    child.on('close', async (status) => resolve({ status, lines, stderr, words: await fed, seconds: (Date.now() - started) / 1000 }));
  });
}

function pipelineArgs(threads) {
  return ['analyze', '-', '--jobs', String(threads), '--no-progress', ...(stories ? ['--stories'] : [])];
}

async function pipeline(docs) {
  const r = await run(cliExecutable, pipelineArgs(jobs), docs);
  const summary = r.stderr.trim().split('\n').pop() ?? '';
  const peak = /peak memory (\d+) MB/.exec(summary)?.[1] ?? 'unknown';
  console.log(`  ${summary}`);
  console.log(
    `pipeline docs=${docs} jobs=${jobs} stories=${stories} exit=${r.status} output_lines=${r.lines} seconds=${r.seconds.toFixed(1)} ` +
      `articles_per_s=${(docs / r.seconds).toFixed(1)} words_per_s=${Math.round(r.words / r.seconds)} peak_rss_mb=${peak}`,
  );
}

// ---- baseline: Readability on jsdom, one document after another, in its own process ----

async function baselineChild(docs) {
  const { loadJsdom, readabilityJsdom } = await import('./readability-baseline.mjs');
  if (!(await loadJsdom())) {
    console.log('baseline: skipped: jsdom is not installed (a devDependency)');
    return;
  }
  let words = 0;
  let extracted = 0;
  const started = process.hrtime.bigint();
  for (const record of generateCorpus({ docs, paragraphs: sampleParagraphs() })) {
    words += record.words;
    if (readabilityJsdom(record.html, record.url).text) extracted += 1;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const peak = Math.round(process.resourceUsage().maxRSS / 1024);
  console.log(
    `baseline readability-jsdom docs=${docs} extracted=${extracted} threads=1 seconds=${seconds.toFixed(1)} ` +
      `articles_per_s=${(docs / seconds).toFixed(1)} words_per_s=${Math.round(words / seconds)} peak_rss_mb=${peak}`,
  );
}

async function baseline(docs) {
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--baseline-child', '--docs', String(docs)], { cwd: root, stdio: 'inherit' });
  await new Promise((resolve) => child.on('close', resolve));
}

// ---- where the time goes: a CPU profile of a one-thread run, by stage ----

/** The stage a profile frame belongs to, from its script's path; null for library code. */
const distDir = join(root, 'dist') + sep;
function stageOf(url) {
  if (!url.startsWith(distDir)) return null;
  const parts = url.slice(distDir.length).split(sep);
  if (parts[0] === 'analyse' && parts.length > 2) return `analyse/${parts[1]}`;
  if (parts[0] === 'analyse' && parts[1] === 'nlp.js') return 'analyse/nlp';
  return parts[0];
}

/** Self time by stage; library frames count for the stage that called them. */
function stageShares(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const total = profile.samples.length;
  for (const id of profile.samples) self.set(id, (self.get(id) ?? 0) + 1);
  const shares = new Map();
  const visit = (node, inherited) => {
    const url = node.callFrame.url.replace(/^file:\/\//, '');
    const stage = stageOf(url) ?? inherited;
    const hits = self.get(node.id) ?? 0;
    const name = node.callFrame.functionName;
    const key = stage ?? (name === '(garbage collector)' ? 'gc' : name === '(idle)' || name === '(program)' ? 'idle/program' : 'other');
    if (hits) shares.set(key, (shares.get(key) ?? 0) + hits);
    for (const child of node.children ?? []) visit(byId.get(child), stage);
  };
  visit(profile.nodes[0], null);
  return [...shares].sort((a, b) => b[1] - a[1]).map(([stage, hits]) => [stage, hits / total]);
}

async function profile(docs) {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-prof-'));
  try {
    const r = await run(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, cliExecutable, ...pipelineArgs(1)], docs);
    const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
    if (r.status !== 0 || !file) {
      console.log(`profile: failed (exit ${r.status})`);
      return;
    }
    const shares = stageShares(JSON.parse(readFileSync(join(dir, file), 'utf8')));
    console.log(`stage time share (one thread, ${docs} documents, ${r.seconds.toFixed(1)} s):`);
    for (const [stage, share] of shares) if (share >= 0.005) console.log(`  ${stage.padEnd(18)} ${(share * 100).toFixed(1)}%`);
    console.log(`profile ${shares.filter(([, s]) => s >= 0.01).map(([stage, s]) => `${stage}=${(s * 100).toFixed(0)}%`).join(' ')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(`machine: ${(await import('node:os')).cpus().length} cores, node ${process.version}; corpus: generated HTML pages, 200-3,000 words, 10% near-duplicates`);
if (profileDocs > 0) await profile(profileDocs);
if (baselineDocs > 0) await baseline(baselineDocs);
for (const docs of sizes) await pipeline(docs);
