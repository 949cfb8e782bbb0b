#!/usr/bin/env node
// Runs the compiled CLI; `npm run build` (called by `npm start` and `npm test`) makes dist/.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write('dateline: dist/ is missing; run `npm run build` first\n');
  process.exit(2);
}
await import(entry.href);
