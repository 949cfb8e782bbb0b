#!/usr/bin/env node
/**
 * Builds data/events/cameo.json, the CAMEO code table the event stage ships with:
 * code -> name, Goldstein value, PLOVER event type and mode. Codes are facts; they
 * come from three reference files in the shared folder (attribution in
 * data/events/README.md), so the project runs without that folder afterwards.
 *
 * Usage: node scripts/events/build-codes.mjs [SHARED_DIR]   (default $DATELINE_SHARED or ../shared)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const shared = resolve(root, process.argv[2] ?? process.env.DATELINE_SHARED ?? '../shared');
const dir = join(shared, 'benchmarks/events');
const FILES = {
  names: join(dir, 'cameo/CAMEO.eventcodes.txt'),
  goldstein: join(dir, 'cameo/CAMEO.goldsteinscale.txt'),
  plover: join(dir, 'plover/CAMEO2PLOVER-2021.txt'),
};
for (const [what, path] of Object.entries(FILES)) {
  if (!existsSync(path)) {
    console.error(`build-codes: ${what} file not found at ${path} (pass the shared folder as the first argument)`);
    process.exit(2);
  }
}

/** Tab-separated "code<TAB>value" lines after a header; bad lines are named and skipped. */
function readTable(path) {
  const table = new Map();
  readFileSync(path, 'utf8').split(/\r?\n/).forEach((line, i) => {
    if (i === 0 || !line.trim()) return;
    const [code, value] = line.split('\t');
    if (!/^\d{2,4}$/.test(code ?? '') || value === undefined) {
      console.error(`build-codes: ${path}: line ${i + 1} skipped (not "code<TAB>value")`);
      return;
    }
    table.set(code, value.trim());
  });
  return table;
}

/** "041: CONSULT, phone,   # Discuss by telephone" -> code, event, mode. */
function readPlover(path) {
  const table = new Map();
  let done = false;
  readFileSync(path, 'utf8').split(/\r?\n/).forEach((line, i) => {
    const body = line.replace(/#.*$/, '').trim();
    // A line of tildes closes the table; notes follow it.
    if (/^~+$/.test(body)) done = true;
    if (!body || done) return;
    const match = /^(\d{2,4}):\s*(.*)$/.exec(body);
    if (!match) {
      console.error(`build-codes: ${path}: line ${i + 1} skipped (no "code:" at its start)`);
      return;
    }
    const [event = '', mode = ''] = match[2].split(',').map((s) => s.trim());
    table.set(match[1], { event: event || null, mode: mode || null });
  });
  return table;
}

const names = readTable(FILES.names);
const goldstein = readTable(FILES.goldstein);
const plover = readPlover(FILES.plover);

/** Longest prefix of a code that the PLOVER table maps (a sub-code inherits its parent's type). */
function ploverOf(code) {
  for (let n = code.length; n >= 2; n--) {
    const row = plover.get(code.slice(0, n));
    if (row?.event) return { event: row.event, mode: n === code.length ? row.mode : null };
  }
  return { event: null, mode: null };
}

// An array, one code a line: an object keyed by code would reorder "10" before "01".
const rows = [...names.keys()].sort().map((code) => {
  const g = Number(goldstein.get(code));
  const { event, mode } = ploverOf(code);
  return JSON.stringify({ code, name: names.get(code), goldstein: Number.isFinite(g) ? g : null, plover: event, mode });
});
const out = join(root, 'data/events/cameo.json');
const header = JSON.stringify('scripts/events/build-codes.mjs; see data/events/README.md');
writeFileSync(out, `{"source": ${header},\n"codes": [\n${rows.join(',\n')}\n]}\n`);
console.log(`build-codes: ${rows.length} CAMEO codes -> ${out}`);
