#!/usr/bin/env -S node --max-semi-space-size=1
// Runs the compiled CLI; `npm run build` (called by `npm start` and `npm test`) makes dist/.
// The flag keeps the main thread's young generation at 1 MB (V8 grows it to 16 while the
// modules load, and only a flag at start-up bounds it): 10,000 documents peaked 32 MB lower
// (BENCHMARKS.md). Run as `node bin/dateline.js`, the CLI works the same without it.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write('dateline: dist/ is missing; run `npm run build` first\n');
  process.exit(2);
}
await import(entry.href);
