#!/usr/bin/env node
/**
 * The four seed articles in ../shared/corpus/seeds through `dateline analyze`,
 * scored by the shared seeds scorer against gold.json.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDir, projectRoot } from './shared.mjs';

const shared = sharedDir('seeds');
if (shared) {
  const seeds = join(shared, 'corpus/seeds');
  const files = ['000_c8d1b9976c2c7d17.txt', '001_80078b18800f77d0.txt', '002_49751122304ecd26.txt', '003_83371cccb170d7fa.txt']
    .map((f) => join(seeds, f))
    .filter(existsSync);
  const run = spawnSync(process.execPath, [join(projectRoot, 'bin/dateline.js'), 'analyze', ...files, '--stories', '--no-progress'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  process.stderr.write(run.stderr);
  mkdirSync(join(projectRoot, 'bench/out'), { recursive: true });
  const output = join(projectRoot, 'bench/out/seeds.jsonl');
  writeFileSync(output, run.stdout);
  const verbose = process.argv.includes('--verbose') ? ['--verbose'] : [];
  console.log(execFileSync(process.execPath, [join(shared, 'benchmarks/score/seeds.mjs'), join(seeds, 'gold.json'), output, ...verbose], { encoding: 'utf8' }).trimEnd());
}
