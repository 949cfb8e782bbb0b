#!/usr/bin/env node
// Linking cost: time and heap per document of the story linker alone. Generated articles
// (bench/corpus.mjs) are analysed once, in process, and kept in bench/out (analysis is not
// what is measured); then they are linked in one process, and the time of `add` and the
// heap kept after a full garbage collection are divided by the number of documents.
//
// Usage: npx tsc -p tsconfig.build.json && node --expose-gc bench/linking-cost.mjs [--docs 2000] [--dist DIR]
//   --dist: the built project whose dist/link is measured (default: this one's dist), so the
//   linker of another commit, built elsewhere, is measured on the same analysed documents.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateCorpus } from './corpus.mjs';
import { projectRoot } from './shared.mjs';

function fail(message) {
  console.error(`bench/linking-cost: ${message}`);
  process.exit(2);
}

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  if (i + 1 >= args.length) fail(`${name} needs a value`);
  return args[i + 1];
};
for (let i = 0; i < args.length; i += 2) if (!['--docs', '--dist'].includes(args[i])) fail(`unknown argument ${args[i]}`);
const docs = Number(option('--docs', '2000'));
if (!Number.isInteger(docs) || docs < 1) fail(`--docs must be a positive whole number (got ${option('--docs')})`);
const dist = resolve(option('--dist', join(projectRoot, 'dist')));
if (!existsSync(join(dist, 'link/index.js'))) fail(`${join(dist, 'link/index.js')} not found: build first (npx tsc -p tsconfig.build.json)`);
if (typeof globalThis.gc !== 'function') fail('run with node --expose-gc, so the heap is measured after a full collection');

/** The generated articles, analysed by this project's dist (cached: analysis takes minutes, linking seconds). */
async function analysed() {
  const out = join(projectRoot, 'bench/out');
  const cache = join(out, `linking-cost-${docs}.jsonl`);
  if (existsSync(cache)) return readFileSync(cache, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const { analyse } = await import(pathToFileURL(join(projectRoot, 'dist/analyse/index.js')).href);
  const { documentId } = await import(pathToFileURL(join(projectRoot, 'dist/pipeline/document.js')).href);
  const list = [];
  for (const record of generateCorpus({ docs })) {
    const title = /<h1>(.*?)<\/h1>/.exec(record.html)?.[1].replace(/&amp;/g, '&') ?? null;
    const published = /published_time" content="(\d{4}-\d\d-\d\d)/.exec(record.html)?.[1] ?? null;
    const article = { text: record.text, title, published, dateline: null, outlet: new URL(record.url).hostname, language: 'en' };
    list.push({ id: documentId(record.text), source: { path: record.id, url: record.url }, ...article, ...analyse(article) });
  }
  mkdirSync(out, { recursive: true });
  writeFileSync(cache, list.map((d) => JSON.stringify(d)).join('\n') + '\n');
  return list;
}

const documents = await analysed();
const { StoryLinker } = await import(pathToFileURL(join(dist, 'link/index.js')).href);
globalThis.gc();
const before = process.memoryUsage().heapUsed;
const linker = await StoryLinker.create();
const t0 = process.hrtime.bigint();
for (const doc of documents) linker.add(doc);
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
const stories = linker.stories().length;
// The analysed documents were in the heap before linking began and still are: the growth is the linker's.
globalThis.gc();
const kept = process.memoryUsage().heapUsed - before;
if (documents.length !== docs) fail(`expected ${docs} documents, got ${documents.length}`);
console.log(
  `linking-cost ${docs} documents (${dist}): ${(ms / docs).toFixed(2)} ms per document, ` +
    `${(kept / docs / 1024).toFixed(1)} KB of heap per document kept, ${stories} stories of two or more`,
);
