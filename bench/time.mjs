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
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyseThroughCli, bestOfThree, failer, parseSetArgs, readGold, score } from './gold-run.mjs';
import { projectRoot, sharedDir } from './shared.mjs';

const SETS = {
  platinum: 'tempeval3/test.jsonl',
  meantime: 'meantime/test.jsonl',
  tbaq: 'tempeval3/train.jsonl',
};

const fail = failer('time');


/** Runs the CLI over the set's input and the shared scorer over its output; returns the scorer's last line. */
function scoreThroughCli(shared, name, gold, goldPath) {
  const output = analyseThroughCli('time', name, gold, fail);
  return score(join(shared, 'benchmarks/score/time.mjs'), goldPath, output, fail).split('\n').pop();
}

/** Documents and tokens per second of findTimes alone, best of three passes after a warm-up. */
function timeFindTimes(findTimes, docs) {
  const tokens = docs.reduce((n, d) => n + (d.text.match(/\S+/g)?.length ?? 0), 0);
  const seconds = bestOfThree(() => {
    for (const d of docs) findTimes(d.text, d.published);
  });
  return { docs: docs.length, tokens, seconds };
}

const shared = sharedDir('time');
if (shared) {
  const { sets } = parseSetArgs(process.argv.slice(2), SETS, fail);
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
    const gold = readGold(goldPath, fail);
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
