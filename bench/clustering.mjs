#!/usr/bin/env node
// Story clustering benchmark on ECB+ (../shared/benchmarks/clustering): runs
// `dateline analyze --stories` over the documents (gold cluster and origin dropped) and
// scores the stories with the shared scorer (B-cubed P/R/F1, ARI, NMI).
//
// Split, by a fixed rule on the gold topic number: topics with an odd number are the
// development half (the linker's threshold and weights were chosen on it, with --tune),
// topics with an even number the test half. Printed: the whole shared part, the development
// half and the test half, each in three input orders (file order, reversed, a fixed hash
// shuffle), and the spread between orders (the result must not depend on order by more
// than 0.01).
//
// Usage: npm run build && node bench/clustering.mjs [--tune]
//   --tune: threshold sweep on the development half only, in process, three orders each.
// Shared data: $DATELINE_SHARED, default ../shared beside the project. Absent -> message, exit 0.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readGold, score } from './gold-run.mjs';
import { projectRoot, sharedDir } from './shared.mjs';

function fail(message) {
  console.error(`bench/clustering: ${message}`);
  process.exit(2);
}

const tune = process.argv.includes('--tune');
for (const a of process.argv.slice(2)) if (a !== '--tune' && a !== '--verbose') fail(`unknown argument ${a}`);

/** FNV-1a: a fixed shuffle that does not depend on the gold clusters. */
function hash(text) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

const ORDERS = {
  file: (docs) => docs,
  reversed: (docs) => [...docs].reverse(),
  shuffled: (docs) => [...docs].sort((a, b) => hash(a.id) - hash(b.id) || (a.id < b.id ? -1 : 1)),
};

const topicOf = (d) => Number(String(d.cluster).split('_')[0]);
const isDev = (d) => topicOf(d) % 2 === 1;

const out = join(projectRoot, 'bench/out');

/** Runs the CLI with --stories over the documents (no gold fields); returns the output path. */
function analyse(name, docs) {
  mkdirSync(out, { recursive: true });
  const input = join(out, `clustering-input-${name}.jsonl`);
  writeFileSync(input, docs.map((d) => JSON.stringify({ id: d.id, title: d.title ?? null, text: d.text, published: d.published ?? null })).join('\n') + '\n');
  const t0 = Date.now();
  const run = spawnSync(process.execPath, [join(projectRoot, 'bin/dateline.js'), 'analyze', input, '--stories', '--no-progress', '--format', 'jsonl'], {
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  if (run.status !== 0 && run.status !== 1) fail(`dateline analyze failed on ${input} (exit ${run.status}): ${run.stderr.trim()}`);
  const output = join(out, `clustering-${name}.jsonl`);
  writeFileSync(output, run.stdout);
  return { output, seconds: (Date.now() - t0) / 1000 };
}

function scoreLine(shared, goldPath, output) {
  const text = score(join(shared, 'benchmarks/score/clustering.mjs'), goldPath, output, fail);
  return text.split('\n').pop();
}

const f1Of = (line) => Number(/B3F1=([\d.]+)/.exec(line)?.[1] ?? NaN);

/** B-cubed F1 computed here, for the in-process sweep (the same definition as the shared scorer). */
function bcubed(gold, predicted) {
  const count = new Map();
  const goldSize = new Map();
  const predSize = new Map();
  for (const [id, g] of gold) {
    const p = predicted.get(id) ?? `single:${id}`;
    count.set(`${g}\u0000${p}`, (count.get(`${g}\u0000${p}`) ?? 0) + 1);
    goldSize.set(g, (goldSize.get(g) ?? 0) + 1);
    predSize.set(p, (predSize.get(p) ?? 0) + 1);
  }
  let P = 0;
  let R = 0;
  for (const [id, g] of gold) {
    const p = predicted.get(id) ?? `single:${id}`;
    const n = count.get(`${g}\u0000${p}`);
    P += n / predSize.get(p);
    R += n / goldSize.get(g);
  }
  P /= gold.size;
  R /= gold.size;
  return { F: (2 * P * R) / (P + R), P, R };
}

async function sweep(devDocs, outputPath) {
  const compiled = join(projectRoot, 'dist/link/index.js');
  if (!existsSync(compiled)) fail(`${compiled} not found: run \`npm run build\` first`);
  const { StoryLinker } = await import(pathToFileURL(compiled).href);
  const analysed = readFileSync(outputPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)).filter((o) => o.story === undefined);
  const gold = new Map(devDocs.map((d) => [d.id, d.cluster]));
  console.log('development half: threshold sweep (B3 F1 per order)');
  for (const threshold of [0.1, 0.11, 0.12, 0.13, 0.14, 0.15, 0.16, 0.17, 0.18, 0.2]) {
    const row = [];
    for (const [name, order] of Object.entries(ORDERS)) {
      const linker = await StoryLinker.create({ threshold });
      for (const doc of order(analysed)) linker.add(doc);
      const toInput = new Map(analysed.map((d) => [d.id, d.source.id]));
      const predicted = new Map();
      for (const s of linker.stories()) for (const id of s.documents) predicted.set(toInput.get(id), s.story);
      row.push({ name, ...bcubed(gold, predicted) });
    }
    const mean = row.reduce((s, r) => s + r.F, 0) / row.length;
    console.log(`  ${threshold.toFixed(2)}  mean F1 ${mean.toFixed(3)}  ` + row.map((r) => `${r.name} ${r.F.toFixed(3)} (P ${r.P.toFixed(3)} R ${r.R.toFixed(3)})`).join('  '));
  }
}

const shared = sharedDir('clustering');
if (shared) {
  const goldPath = join(shared, 'benchmarks/clustering/ecbplus/docs.jsonl');
  if (!existsSync(goldPath)) {
    console.log(`clustering: skipped: ${goldPath} not found`);
  } else {
    const gold = readGold(goldPath, fail);
    mkdirSync(out, { recursive: true });
    const halves = { all: gold, test: gold.filter((d) => !isDev(d)), dev: gold.filter(isDev) };
    if (tune) {
      const { output } = analyse('dev-file', halves.dev);
      await sweep(halves.dev, output);
    } else {
      const summary = [];
      for (const half of ['all', 'dev', 'test']) {
        const docs = halves[half];
        const halfGold = join(out, `clustering-gold-${half}.jsonl`);
        writeFileSync(halfGold, docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
        const f1s = [];
        for (const [name, order] of Object.entries(ORDERS)) {
          const { output, seconds } = analyse(`${half}-${name}`, order(docs));
          const line = scoreLine(shared, halfGold, output);
          f1s.push(f1Of(line));
          console.log(`${half.padEnd(4)} ${name.padEnd(8)} ${line} (${seconds.toFixed(1)} s through the CLI)`);
        }
        const spread = Math.max(...f1s) - Math.min(...f1s);
        summary.push(`${half} B3F1=${f1s[0].toFixed(3)} (orders ${f1s.map((f) => f.toFixed(3)).join('/')}, spread ${spread.toFixed(3)})`);
      }
      console.log(`clustering ${summary.join('; ')}; target B3F1>=0.97, spread<=0.01; dev half = odd topics (threshold chosen there)`);
    }
  }
}
