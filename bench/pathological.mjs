#!/usr/bin/env node
/**
 * The pathological-input set (test/pathological/inputs.ts) through the built CLI, one
 * input at a time from a temporary file: wall time, peak memory (the CLI's own summary
 * line) and what the run said about it. An input passes when the run ends within the
 * time limit, gives its documents and says what the set expects.
 *
 * Usage: node bench/pathological.mjs [--only NAME] [--jobs N]
 * Prints: pathological inputs=N passed=P
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { cliExecutable } from './shared.mjs';

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const only = option('--only');
const jobs = option('--jobs') ?? '2';
const TIME_LIMIT_MS = 10 * 60 * 1000;

const { pathologicalInputs } = await tsImport('../test/pathological/inputs.ts', import.meta.url);
const inputs = pathologicalInputs(1).filter((input) => !only || input.name.includes(only) || input.file.includes(only));
const dir = mkdtempSync(join(tmpdir(), 'dateline-pathological-'));

/** Runs the CLI on one file; resolves with its exit code, stderr and whether it was stopped for time. */
function analyse(path) {
  return new Promise((resolve) => {
    // As a user's `dateline` runs: the launcher's first line (memory flags) applies.
    const child = spawn(cliExecutable, ['analyze', path, '--jobs', jobs, '--no-progress'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      if (stderr.length > 1_000_000) stderr = stderr.slice(0, 500_000) + stderr.slice(-100_000);
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), TIME_LIMIT_MS);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, stderr, timedOut: signal === 'SIGKILL' });
    });
  });
}

let passed = 0;
try {
  for (const input of inputs) {
    const path = join(dir, input.file);
    writeFileSync(path, input.bytes);
    const started = performance.now();
    const run = await analyse(path);
    const seconds = (performance.now() - started) / 1000;
    const summary = /dateline: (\d+) done, (\d+) failed.*peak memory (\d+) MB/.exec(run.stderr);
    const done = summary ? Number(summary[1]) : 0;
    const said = input.expect ? input.expect.exec(run.stderr) : null;
    const ok = !run.timedOut && done === input.documents && (input.expect === null || said !== null);
    if (ok) passed++;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${input.name} (${(input.bytes.length / 1e6).toFixed(1)} MB)`);
    console.log(`     ${seconds.toFixed(1)} s, peak memory ${summary?.[3] ?? '?'} MB, ${done} documents, exit ${run.code}${run.timedOut ? ', stopped after the time limit' : ''}`);
    const lines = run.stderr.split('\n').filter((line) => line.includes('warning:') || (line.includes(input.file) && !line.includes(' done, ')));
    for (const line of lines.slice(0, 3)) console.log(`     ${line.replace(dir, '').slice(0, 220)}`);
    if (!ok && !said && input.expect) console.log(`     expected a message matching ${input.expect}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(`pathological inputs=${inputs.length} passed=${passed}`);
process.exit(passed === inputs.length ? 0 : 1);
