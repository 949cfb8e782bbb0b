#!/usr/bin/env node
// Claims benchmark on the sentences we wrote (test/fixtures/claims/sentences.jsonl): each
// sentence goes through the real CLI as one document; predicted claims are matched
// one-to-one to the expected ones on kind and value, and every field is scored:
// precision = claims with the field right / predicted claims, recall = / expected claims
// (a null compared with null is right: "no qualifier" is an answer).
//
// Usage: npm run build && node bench/claims.mjs [--verbose]
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { analyseThroughCli, readGold } from './gold-run.mjs';
import { projectRoot } from './shared.mjs';

const FIELDS = ['kind', 'value', 'qualifier', 'who', 'attribution', 'asOf'];
const verbose = process.argv.includes('--verbose');

function fail(message) {
  console.error(`bench/claims: ${message}`);
  process.exit(2);
}

const fixture = join(projectRoot, 'test/fixtures/claims/sentences.jsonl');
if (!existsSync(fixture)) fail(`${fixture} not found`);
const sentences = readGold(fixture, fail).map((s, i) => ({ ...s, id: `s${i + 1}` }));
const output = analyseThroughCli('claims', 'sentences', sentences, fail);
const byId = new Map(readGold(output, fail).map((d) => [d.source?.id, d]));

const same = (a, b) => (a ?? null) === (b ?? null) || (typeof a === 'string' && typeof b === 'string' && a.toLowerCase() === b.toLowerCase());
const right = Object.fromEntries(FIELDS.map((f) => [f, 0]));
let predicted = 0;
let expected = 0;
let matched = 0;
for (const s of sentences) {
  const doc = byId.get(s.id);
  if (!doc) fail(`no output for sentence ${s.id}`);
  const got = doc.claims ?? [];
  predicted += got.length;
  expected += s.expected.length;
  const used = new Set();
  for (const want of s.expected) {
    const j = got.findIndex((c, k) => !used.has(k) && c.kind === want.kind && c.value === want.value);
    if (j < 0) {
      if (verbose) console.log(`missed ${s.id}: ${want.kind} ${want.value} in "${s.text}"`);
      continue;
    }
    used.add(j);
    matched++;
    for (const f of FIELDS) {
      if (same(got[j][f], want[f])) right[f]++;
      else if (verbose) console.log(`${f} ${s.id}: got ${JSON.stringify(got[j][f])}, expected ${JSON.stringify(want[f])} in "${s.text}"`);
    }
  }
  if (verbose) got.forEach((c, k) => used.has(k) || console.log(`extra ${s.id}: ${c.kind} ${c.value} in "${s.text}"`));
}
const f3 = (x) => x.toFixed(3);
console.log(`sentences ${sentences.length}  expected claims ${expected}  predicted ${predicted}  matched on kind+value ${matched}`);
console.log('field          P      R');
for (const f of FIELDS) console.log(`${f.padEnd(12)} ${f3(predicted ? right[f] / predicted : 0)}  ${f3(expected ? right[f] / expected : 0)}`);
const fields = FIELDS.map((f) => `${f}=${f3(predicted ? right[f] / predicted : 0)}/${f3(expected ? right[f] / expected : 0)}`).join(' ');
console.log(`claims P/R ${fields} n=${expected}`);
