#!/usr/bin/env node
// Quote-attribution benchmark on PolNeAR (shared benchmarks/quotes): for each set it
// writes the input {id, text, published} from the gold file, runs the real CLI
// (`dateline analyze --no-progress`) over it and scores the output with the shared
// scorer (span exact / overlap F1, token overlap, speaker accuracy). `test` is the
// figure to quote; `dev` is the set to develop on.
//
// Usage: npm run build && node bench/quotes.mjs [--sets test,dev] [--verbose]
// Shared data: $DATELINE_SHARED, default ../shared beside the project. Absent -> message, exit 0.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { analyseThroughCli, readGold, score } from './gold-run.mjs';
import { sharedDir } from './shared.mjs';

const SETS = { test: 'polnear/test.jsonl', dev: 'polnear/dev.jsonl' };

function fail(message) {
  console.error(`bench/quotes: ${message}`);
  process.exit(2);
}

function parseArgs(argv) {
  let sets = Object.keys(SETS);
  let verbose = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--sets') sets = (argv[++i] ?? '').split(',').filter(Boolean);
    else if (argv[i] === '--verbose') verbose = true;
    else fail(`unknown argument ${argv[i]}`);
  }
  for (const s of sets) if (!(s in SETS)) fail(`unknown set ${s} (one of ${Object.keys(SETS).join(', ')})`);
  return { sets, verbose };
}

const shared = sharedDir('quotes');
if (shared) {
  const { sets, verbose } = parseArgs(process.argv.slice(2));
  for (const name of sets) {
    const goldPath = join(shared, 'benchmarks/quotes', SETS[name]);
    if (!existsSync(goldPath)) {
      console.log(`quotes ${name}: skipped: ${goldPath} not found`);
      continue;
    }
    const output = analyseThroughCli('quotes', name, readGold(goldPath, fail), fail);
    const report = score(join(shared, 'benchmarks/score/quotes.mjs'), goldPath, output, fail);
    if (verbose) console.log(`-- ${name}\n${report}`);
    else console.log(`${name.padEnd(5)} ${report.split('\n').pop()}`);
  }
}
