#!/usr/bin/env node
/**
 * Fuzzing every parser we own with the property sets of test/fuzz/properties.ts (the
 * unit tests run the same ones with few runs). The properties are test code, kept out
 * of dist/, so they are loaded through tsx. Each call of a parser is timed: one input
 * over 1 s fails its property like a crash does.
 *
 * Usage: node bench/fuzz.mjs [--runs N] [--only NAME[,NAME]] [--seed S]
 * Prints per parser: runs, inputs/s, slowest input in ms, failures, and inputs re-timed (over 1 s once, under it when
 * called again: a pause of the process, not the parser); a failure prints the
 * shrunk counterexample and the seed to replay it with.
 */
import { tsImport } from 'tsx/esm/api';

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const runs = Number(option('--runs') ?? 1_000_000);
const only = option('--only')?.split(',').filter(Boolean) ?? [];
const seed = option('--seed') === undefined ? undefined : Number(option('--seed'));
if (!Number.isInteger(runs) || runs < 1) {
  console.error('fuzz: --runs takes a positive whole number');
  process.exit(2);
}

const { PROPERTIES } = await tsImport('../test/fuzz/properties.ts', import.meta.url);
const { runFuzz } = await tsImport('../test/fuzz/harness.ts', import.meta.url);
const chosen = PROPERTIES.filter((p) => only.length === 0 || only.some((name) => p.name.includes(name)));
if (chosen.length === 0) {
  console.error(`fuzz: no parser matches --only ${only.join(',')}; known: ${PROPERTIES.map((p) => p.name).join(', ')}`);
  process.exit(2);
}

// warcio says "Content-Length Too Small" on the console for every lying record; the
// WARC reader reports those records itself, so here they are only counted.
let libraryWarnings = 0;
console.warn = () => {
  libraryWarnings++;
};

const pad = (value, width) => String(value).padStart(width);
console.log(`fuzz: ${runs} runs per parser, ${chosen.length} parsers, node ${process.version}`);
console.log(`${'parser'.padEnd(26)}${pad('runs', 10)}${pad('inputs/s', 10)}${pad('slowest ms', 12)}${pad('failures', 10)}${pad('retimed', 9)}`);
let failures = 0;
for (const property of chosen) {
  // A few untimed calls first: loading a model or compiling patterns is not an input's cost.
  await runFuzz(property, { runs: 5, seed: 1 });
  const result = await runFuzz(property, { runs, seed, timeLimitMs: 1000 });
  const rate = result.runs / (result.elapsedMs / 1000);
  console.log(
    `${property.name.padEnd(26)}${pad(result.runs, 10)}${pad(rate.toFixed(0), 10)}${pad(result.slowestMs.toFixed(1), 12)}${pad(result.failure ? 1 : 0, 10)}${pad(result.retimed, 9)}`,
  );
  if (result.failure) {
    failures++;
    console.log(`  seed ${result.seed}\n${result.failure.replace(/^/gm, '  ')}`);
  }
}
console.log(`fuzz runs=${runs} parsers=${chosen.length} failures=${failures} library_warnings=${libraryWarnings}`);
process.exit(failures ? 1 : 0);
