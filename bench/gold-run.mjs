/**
 * What the benchmarks on shared gold sets share: read a gold JSON Lines file, write the
 * CLI's input {id, text, published} from it, run `dateline analyze` over that input and
 * run a shared scorer over the output.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './shared.mjs';

/** The records of a JSON Lines file; `fail` gets a message naming the file and line. */
export function readGold(path, fail) {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line, i) => {
      if (!line.trim()) return null;
      try {
        return JSON.parse(line);
      } catch (error) {
        fail(`${path}: line ${i + 1} is not JSON (${error.message})`);
        return null;
      }
    })
    .filter(Boolean);
}

/**
 * Writes bench/out/<prefix>-input-<name>.jsonl from the gold documents, analyses it with the
 * CLI and writes bench/out/<prefix>-<name>.jsonl; returns the output path.
 */
export function analyseThroughCli(prefix, name, gold, fail) {
  const out = join(projectRoot, 'bench/out');
  mkdirSync(out, { recursive: true });
  const input = join(out, `${prefix}-input-${name}.jsonl`);
  writeFileSync(input, gold.map((d) => JSON.stringify({ id: d.id, text: d.text, published: d.published ?? null })).join('\n') + '\n');
  const run = spawnSync(process.execPath, [join(projectRoot, 'bin/dateline.js'), 'analyze', input, '--no-progress'], {
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  if (run.status !== 0 && run.status !== 1) fail(`dateline analyze failed on ${input} (exit ${run.status}): ${run.stderr.trim()}`);
  if (run.stderr.trim()) process.stderr.write(run.stderr);
  const output = join(out, `${prefix}-${name}.jsonl`);
  writeFileSync(output, withRepeatedTexts(run.stdout, gold));
  return output;
}

/**
 * `analyze` writes a text once however many inputs carry it; a gold set scores every id, so
 * an id whose text repeats an earlier one's gets that document's record under its own id.
 */
function withRepeatedTexts(stdout, gold) {
  const lines = stdout.split('\n').filter(Boolean);
  const records = lines.map((line) => JSON.parse(line));
  const byId = new Map(records.filter((r) => r.source).map((r) => [r.source.id, r]));
  const key = (text) => String(text ?? '').replace(/\s+/g, ' ').trim();
  const firstWithText = new Map();
  const copies = [];
  for (const d of gold) {
    const k = key(d.text);
    const first = firstWithText.get(k);
    if (first === undefined) firstWithText.set(k, d.id);
    else if (!byId.has(d.id) && byId.has(first)) {
      const twin = byId.get(first);
      copies.push(JSON.stringify({ ...twin, source: { ...twin.source, id: d.id } }));
    }
  }
  return lines.concat(copies).join('\n') + '\n';
}

/** Runs a shared scorer over gold and output; returns its whole stdout. */
export function score(scorer, goldPath, output, fail, extra = []) {
  const run = spawnSync(process.execPath, [scorer, goldPath, output, ...extra], { encoding: 'utf8' });
  if (run.status !== 0) fail(`scorer failed on ${output}: ${run.stderr.trim()}`);
  return run.stdout.trimEnd();
}

/** A bench's way to stop on a usage or data error: `bench/NAME: message`, exit 2. */
export function failer(bench) {
  return (message) => {
    console.error(`bench/${bench}: ${message}`);
    process.exit(2);
  };
}

/** `--sets a,b` (default: every set) and `--verbose`; anything else is an error. */
export function parseSetArgs(argv, known, fail) {
  let sets = Object.keys(known);
  let verbose = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--sets') sets = (argv[++i] ?? '').split(',').filter(Boolean);
    else if (argv[i] === '--verbose') verbose = true;
    else fail(`unknown argument ${argv[i]}`);
  }
  for (const s of sets) if (!(s in known)) fail(`unknown set ${s} (one of ${Object.keys(known).join(', ')})`);
  return { sets, verbose };
}

/** Seconds of the fastest of three runs of `fn` after one warm-up run (same thread, no I/O). */
export function bestOfThree(fn) {
  fn();
  let best = Infinity;
  for (let pass = 0; pass < 3; pass++) {
    const t0 = process.hrtime.bigint();
    fn();
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e9);
  }
  return best;
}
