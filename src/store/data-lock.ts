/**
 * PGlite is PostgreSQL in one process: two processes on one data folder would corrupt it,
 * and PGlite does not stop them. A lock file holding the owner's pid does; a lock left
 * by a process that no longer runs (kill -9) is taken over.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const LOCK_FILE = 'dateline.lock';

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the folder's lock; returns the function that gives it back. Throws when another live process holds it. */
export async function lockDataDir(dir: string): Promise<() => Promise<void>> {
  const path = join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeFile(path, String(process.pid), { flag: 'wx' });
      return () => rm(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number((await readFile(path, 'utf8').catch(() => '')).trim());
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && running(owner)) {
        throw new Error(
          `it is in use by process ${owner}; the embedded database serves one process at a time ` +
            '(stop it, or share a PostgreSQL server with --database-url)',
        );
      }
      await rm(path, { force: true });
    }
  }
  throw new Error(`cannot lock the database in ${dir}`);
}
