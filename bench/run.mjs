#!/usr/bin/env node
/**
 * `npm run bench [-- NAME...]`: runs the named benchmarks (default: all) one after the
 * other, each printing its own table and a last line of figures.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const BENCHES = {
  seeds: ['bench/seeds.mjs'],
  extraction: ['bench/extraction.mjs'],
  time: ['bench/time.mjs'],
  quotes: ['bench/quotes.mjs'],
  claims: ['bench/claims.mjs'],
  entities: ['bench/entities.mjs'],
  clustering: ['bench/clustering.mjs'],
  events: ['bench/events.mjs'],
  memory: ['bench/memory.mjs', '--docs', '100000'],
  fuzz: ['bench/fuzz.mjs'],
  pathological: ['bench/pathological.mjs'],
  pipeline: ['bench/pipeline.mjs'],
  store: ['bench/store.mjs'],
  'near-duplicates': ['bench/near-duplicates.mjs'],
};

/** Options that take a value (`--runs 20000`): the value goes to the bench with them, it is not a bench name. */
const VALUE_OPTIONS = new Set(['--runs', '--only', '--seed', '--docs', '--jobs', '--sets', '--systems', '--api-docs', '--base-docs', '--seconds', '--kills', '--skip', '--sizes', '--window', '--baseline-docs', '--profile-docs', '--keep', '--routes', '--cache']);
const asked = [];
const options = [];
for (let i = 2; i < process.argv.length; i++) {
  const arg = process.argv[i];
  if (!arg.startsWith('-')) asked.push(arg);
  else options.push(arg, ...(VALUE_OPTIONS.has(arg) && i + 1 < process.argv.length ? [process.argv[++i]] : []));
}
const unknown = asked.filter((name) => !(name in BENCHES));
if (unknown.length) {
  console.error(`bench: unknown benchmark ${unknown.join(', ')}; known: ${Object.keys(BENCHES).join(', ')}`);
  process.exit(2);
}
const root = fileURLToPath(new URL('..', import.meta.url));
let failed = 0;
for (const name of asked.length ? asked : Object.keys(BENCHES)) {
  const [script, ...args] = BENCHES[name];
  if (!existsSync(`${root}/${script}`)) {
    console.log(`${name}: skipped: ${script} not found`);
    continue;
  }
  console.log(`\n== ${name} (${new Date().toISOString()})`);
  const run = spawnSync(process.execPath, [script, ...args, ...options], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) failed += 1;
}
process.exit(failed ? 1 : 0);
