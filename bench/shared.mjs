/** Where the shared evaluation data is; benchmarks say clearly when it is absent. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/**
 * The CLI as a user runs it (`dateline`, `npx dateline`): the script itself, so the Node flags
 * of its first line apply; memory and speed benches spawn this rather than `node bin/dateline.js`.
 */
export const cliExecutable = resolve(projectRoot, 'bin/dateline.js');

/** The shared folder (DATELINE_SHARED, default ../shared), or null after saying why the bench is skipped. */
export function sharedDir(bench) {
  const dir = resolve(projectRoot, process.env.DATELINE_SHARED ?? '../shared');
  if (existsSync(dir)) return dir;
  console.log(`${bench}: skipped: shared data not found at ${dir} (set DATELINE_SHARED to its path)`);
  return null;
}
