#!/usr/bin/env node
// Time-expression benchmark (TempEval-3 task A measures) on the shared sets: TempEval-3
// platinum (primary), MEANTIME and TBAQ (development). For each set it writes the input
// JSON Lines {id, text, published} from the gold file, runs the real CLI
// (`dateline analyze --no-progress`) over it, scores the output with the shared scorer
// and prints the scorer's last line; then it times findTimes alone over every document
// on this one thread (no I/O), from the compiled dist/.
//
// Usage: npm run build && node bench/time.mjs [--sets platinum,meantime,tbaq]
// Shared data: $DATELINE_SHARED, default ../shared beside the project. Absent -> message, exit 0.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { projectRoot, sharedDir } from './shared.mjs';

const SETS = {
  platinum: 'tempeval3/test.jsonl',
  meantime: 'meantime/test.jsonl',
  tbaq: 'tempeval3/train.jsonl',
};

function fail(message) {
  console.error(`bench/time: ${message}`);
  process.exit(2);
}

function parseArgs(argv) {
  let sets = Object.keys(SETS);
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--sets') sets = (argv[++i] ?? '').split(',').filter(Boolean);
    else if (argv[i] === '--verbose') continue;
    else fail(`unknown argument ${argv[i]}`);
  }
  for (const s of sets) if (!(s in SETS)) fail(`unknown set ${s} (one of ${Object.keys(SETS).join(', ')})`);
  return { sets };
}

function readGold(path) {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line, i) => {
      if (!line.trim()) return null;
      try {
        return JSON.parse(line);
      } catch (error) {
        fail(`${path}: line ${i + 1} is not JSON (${error.message})`);
      }
    })
    .filter(Boolean);
}

/** Runs the CLI over the set's input and the shared scorer over its output; returns the scorer's last line. */
function scoreThroughCli(shared, name, gold, goldPath) {
  const out = join(projectRoot, 'bench/out');
  mkdirSync(out, { recursive: true });
  const input = join(out, `time-input-${name}.jsonl`);
  writeFileSync(input, gold.map((d) => JSON.stringify({ id: d.id, text: d.text, published: d.published })).join('\n') + '\n');
  const run = spawnSync(process.execPath, [join(projectRoot, 'bin/dateline.js'), 'analyze', input, '--no-progress'], {
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  if (run.status !== 0 && run.status !== 1) fail(`dateline analyze failed on ${input} (exit ${run.status}): ${run.stderr.trim()}`);
  if (run.stderr.trim()) process.stderr.write(run.stderr);
  const output = join(out, `time-${name}.jsonl`);
  writeFileSync(output, run.stdout);
  const scorer = join(shared, 'benchmarks/score/time.mjs');
  const score = spawnSync(process.execPath, [scorer, goldPath, output], { encoding: 'utf8' });
  if (score.status !== 0) fail(`scorer failed on ${output}: ${score.stderr.trim()}`);
  return score.stdout.trimEnd().split('\n').pop();
}

/** Documents and tokens per second of findTimes alone, best of three passes after a warm-up. */
function timeFindTimes(findTimes, docs) {
  const tokens = docs.reduce((n, d) => n + (d.text.match(/\S+/g)?.length ?? 0), 0);
  for (const d of docs) findTimes(d.text, d.published);
  let best = Infinity;
  for (let pass = 0; pass < 3; pass++) {
    const t0 = process.hrtime.bigint();
    for (const d of docs) findTimes(d.text, d.published);
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e9);
  }
  return { docs: docs.length, tokens, seconds: best };
}

const shared = sharedDir('time');
if (shared) {
  const { sets } = parseArgs(process.argv.slice(2));
  const compiled = join(projectRoot, 'dist/analyse/time/index.js');
  if (!existsSync(compiled)) fail(`${compiled} not found: run \`npm run build\` first`);
  const { findTimes } = await import(pathToFileURL(compiled).href);
  const everyDoc = [];
  for (const name of sets) {
    const goldPath = join(shared, 'benchmarks/time', SETS[name]);
    if (!existsSync(goldPath)) {
      console.log(`time ${name}: skipped: ${goldPath} not found`);
      continue;
    }
    const gold = readGold(goldPath);
    everyDoc.push(...gold);
    console.log(`${name.padEnd(9)} ${scoreThroughCli(shared, name, gold, goldPath)}`);
  }
  if (everyDoc.length) {
    const { docs, tokens, seconds } = timeFindTimes(findTimes, everyDoc);
    console.log(
      `time speed: findTimes alone, one core: ${docs} documents, ${tokens} tokens in ${seconds.toFixed(3)} s = ` +
        `${Math.round(docs / seconds)} documents/s, ${Math.round(tokens / seconds)} tokens/s`,
    );
  }
}
