#!/usr/bin/env node
/**
 * Memory and throughput of `dateline analyze` on a generated stream of documents.
 * The generator recombines our own sample articles (samples/), varying a figure and
 * a name in each copy so every document has its own id; nothing is held in memory.
 *
 * Usage: node bench/memory.mjs [--docs N] [--jobs N]
 * Prints: memory docs=N jobs=J docs_per_s=... peak_rss_mb=...
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cliExecutable } from './shared.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const total = option('--docs', 100_000);
const jobs = option('--jobs', 2);

/** Paragraph texts of the plain-text and JSON Lines samples: our own writing. */
function sampleTexts() {
  const texts = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.txt')) texts.push(readFileSync(path, 'utf8').replace(/^\s*date \S+\s*/, ''));
      else if (name.endsWith('.jsonl')) {
        for (const line of readFileSync(path, 'utf8').split('\n')) {
          if (!line.trim()) continue;
          const record = JSON.parse(line);
          if (typeof record.text === 'string') texts.push(record.text);
        }
      }
    }
  };
  walk(join(root, 'samples'));
  walk(join(root, 'test/fixtures/cli'));
  if (texts.length === 0) throw new Error('no sample texts found under samples/');
  return texts;
}

const NAMES = ['Anna Berg', 'Tomas Reyes', 'Leila Haddad', 'Kwame Mensah', 'Ines Duarte', 'Piotr Nowak', 'Mei Lin', 'Omar Farouk'];

function* generate(texts) {
  for (let i = 0; i < total; i++) {
    const base = texts[i % texts.length];
    const day = String(1 + (i % 28)).padStart(2, '0');
    const month = String(1 + (Math.floor(i / 28) % 12)).padStart(2, '0');
    const text = `${base}\n\n${NAMES[i % NAMES.length]} said ${(i * 7919) % 100_000} people had signed the petition by the weekend.`;
    yield JSON.stringify({ id: `gen-${i}`, published: `2024-${month}-${day}`, text }) + '\n';
  }
}

const texts = sampleTexts();
const started = Date.now();
const child = spawn(cliExecutable, ['analyze', '-', '--jobs', String(jobs), '--no-progress'], {
  stdio: ['pipe', 'pipe', 'pipe'],
});
let lines = 0;
child.stdout.on('data', (chunk) => {
  for (let i = 0; i < chunk.length; i++) if (chunk[i] === 10) lines += 1;
});
let stderr = '';
child.stderr.on('data', (chunk) => {
  stderr += chunk;
  if (stderr.length > 100_000) stderr = stderr.slice(-50_000);
});

const feed = async () => {
  for (const line of generate(texts)) {
    if (!child.stdin.write(line)) await new Promise((resolve) => child.stdin.once('drain', resolve));
  }
  child.stdin.end();
};
await feed();
const status = await new Promise((resolve) => child.on('close', resolve));
const seconds = (Date.now() - started) / 1000;
const summary = stderr.trim().split('\n').pop() ?? '';
const peak = /peak memory (\d+) MB/.exec(summary)?.[1] ?? 'unknown';
console.log(summary);
console.log(`memory docs=${total} output_lines=${lines} jobs=${jobs} exit=${status} seconds=${seconds.toFixed(1)} docs_per_s=${(total / seconds).toFixed(1)} peak_rss_mb=${peak}`);
