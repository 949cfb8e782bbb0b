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
import { analyseThroughCli, failer, parseSetArgs, readGold, score } from './gold-run.mjs';
import { sharedDir } from './shared.mjs';

const SETS = { test: 'polnear/test.jsonl', dev: 'polnear/dev.jsonl' };

const fail = failer('quotes');


const shared = sharedDir('quotes');
if (shared) {
  const { sets, verbose } = parseSetArgs(process.argv.slice(2), SETS, fail);
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
