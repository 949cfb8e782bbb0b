#!/usr/bin/env -S MALLOC_MMAP_THRESHOLD_=131072 node --max-semi-space-size=1 --heap-growing-percent=10
// Runs the compiled CLI; `npm run build` (called by `npm start` and `npm test`) makes dist/.
// The first line bounds memory; only settings made before start-up can (BENCHMARKS.md, memory):
// - the main thread's young generation at 1 MB (V8 grows it to 16 while the modules load);
// - each thread's old generation grown by 10% over its live heap, not up to 4 times: the main thread
//   makes garbage at a steady rate (each document's record passes through it as a string);
// - allocations over 128 KB from the C heap mapped and unmapped each time: with glibc's
//   default the threshold rises with every large block freed, and freed blocks stay with
//   the process (about 60 MB of malloc arenas on a long run).
// Run as `node bin/dateline.js`, the CLI works the same without them.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write('dateline: dist/ is missing; run `npm run build` first\n');
  process.exit(2);
}
await import(entry.href);
