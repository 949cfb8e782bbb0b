#!/usr/bin/env node
// Quote-attribution benchmark on PolNeAR (shared benchmarks/quotes): for each set it
// writes the input {id, text, published} from the gold file, runs the real CLI
// (`dateline analyze --no-progress`) over it and scores the output with the shared
// scorer (span exact / overlap F1, token overlap, speaker accuracy). Before scoring, the
// quotes are put back on the input text (extraction collapses whitespace, so the clean
// text's offsets are mapped to the input's: see `onInputText`). `test` is the figure to
// quote; `dev` is the set to develop on.
//
// Usage: npm run build && node bench/quotes.mjs [--sets test,dev] [--verbose]
// Shared data: $DATELINE_SHARED, default ../shared beside the project. Absent -> message, exit 0.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseThroughCli, failer, parseSetArgs, readGold, score } from './gold-run.mjs';
import { sharedDir } from './shared.mjs';

const SETS = { test: 'polnear/test.jsonl', dev: 'polnear/dev.jsonl' };

const fail = failer('quotes');

/** Characters extraction drops outright (zero-width marks, soft hyphens), as src/extract/text-cleaning.ts does. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/u;

/**
 * Where each character of the clean text came from in the input text, or null where the
 * clean text cannot be laid over it. Extraction keeps the input's characters but collapses
 * every whitespace run (non-breaking spaces included) to one space, joins paragraphs with a
 * blank line and may drop whole paragraphs; so each clean paragraph is found, in order, in
 * the input with its whitespace collapsed the same way.
 */
function inputOffsets(clean, input) {
  let collapsed = '';
  const from = [];
  for (let i = 0; i < input.length; i++) {
    if (INVISIBLE.test(input[i])) continue;
    if (/\s/u.test(input[i])) {
      if (!collapsed.endsWith(' ')) {
        collapsed += ' ';
        from.push(i);
      }
      continue;
    }
    collapsed += input[i];
    from.push(i);
  }
  const map = new Array(clean.length).fill(-1);
  let cursor = 0;
  let at = 0;
  for (const paragraph of clean.split('\n\n')) {
    const found = collapsed.indexOf(paragraph, cursor);
    if (found < 0) return null;
    for (let k = 0; k < paragraph.length; k++) map[at + k] = from[found + k];
    cursor = found + paragraph.length;
    at += paragraph.length + 2;
  }
  return map;
}

/**
 * Puts the output's quotes back on the input text the bench fed in (the gold text): the
 * scorer otherwise looks each quote up by its words, and misses those whose spaces were
 * non-breaking in the input. A document whose clean text cannot be laid over its input is
 * left as it is, for the scorer to relocate.
 */
function onInputText(output, gold) {
  const inputs = new Map(gold.map((d) => [String(d.id), d.text]));
  let moved = 0;
  const lines = readFileSync(output, 'utf8').split('\n').map((line) => {
    if (!line.trim()) return line;
    const doc = JSON.parse(line);
    const input = inputs.get(String(doc.source?.id));
    if (input === undefined || doc.text === input) return line;
    const map = inputOffsets(doc.text, input);
    if (!map) return line;
    const quotes = [];
    for (const q of doc.quotes) {
      const start = map[q.start];
      const last = map[q.end - 1];
      if (start === undefined || last === undefined || start < 0 || last < start) return line;
      quotes.push({ ...q, start, end: last + 1, text: input.slice(start, last + 1) });
    }
    moved++;
    return JSON.stringify({ ...doc, text: input, quotes });
  });
  writeFileSync(output, lines.join('\n'));
  return moved;
}

const shared = sharedDir('quotes');
if (shared) {
  const { sets, verbose } = parseSetArgs(process.argv.slice(2), SETS, fail);
  for (const name of sets) {
    const goldPath = join(shared, 'benchmarks/quotes', SETS[name]);
    if (!existsSync(goldPath)) {
      console.log(`quotes ${name}: skipped: ${goldPath} not found`);
      continue;
    }
    const gold = readGold(goldPath, fail);
    const output = analyseThroughCli('quotes', name, gold, fail);
    const moved = onInputText(output, gold);
    const report = score(join(shared, 'benchmarks/score/quotes.mjs'), goldPath, output, fail);
    if (verbose) console.log(`-- ${name} (${moved} documents' quotes put back on the input text)\n${report}`);
    else console.log(`${name.padEnd(5)} ${report.split('\n').pop()}`);
  }
}
