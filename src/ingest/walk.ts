/**
 * The input files named by the command line: folders are walked recursively in name
 * order (hidden entries skipped), so the same tree always gives the same order.
 */
import { fstatSync, type Stats } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { IngestFailure } from '../model/index.js';
import { sourceOf } from './items.js';

export const STDIN = '-';

export interface InputFile {
  path: string;
  /** Size on disk (compressed size for .gz); 0 when unknown, as for a pipe on standard input. */
  bytes: number;
}

export type InputEntry = { ok: true; file: InputFile } | { ok: false; failure: IngestFailure };

/** Files and failures interleaved in input order. */
export async function* walkInputs(paths: readonly string[]): AsyncGenerator<InputEntry> {
  for (const path of paths) {
    if (path === STDIN) {
      yield { ok: true, file: { path: STDIN, bytes: stdinSize() } };
      continue;
    }
    let info: Stats;
    try {
      info = await stat(path);
    } catch (error) {
      yield problem(path, error);
      continue;
    }
    if (info.isDirectory()) yield* walkFolder(path, new Set([folderKey(info)]));
    else if (info.isFile()) yield { ok: true, file: { path, bytes: info.size } };
    else yield { ok: false, failure: { source: sourceOf(path), message: 'not a regular file or folder' } };
  }
}

async function* walkFolder(folder: string, seen: Set<string>): AsyncGenerator<InputEntry> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch (error) {
    yield problem(folder, error, 'cannot read folder');
    return;
  }
  // Code-unit order, not locale order: the same on every machine.
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const path = join(folder, name);
    let info: Stats;
    try {
      info = await stat(path);
    } catch (error) {
      yield problem(path, error);
      continue;
    }
    if (info.isDirectory()) {
      // A symbolic link back up the tree would otherwise be walked forever.
      const key = folderKey(info);
      if (seen.has(key)) continue;
      seen.add(key);
      yield* walkFolder(path, seen);
    } else if (info.isFile()) {
      yield { ok: true, file: { path, bytes: info.size } };
    }
  }
}

function folderKey(info: Stats): string {
  return `${info.dev}:${info.ino}`;
}

function stdinSize(): number {
  try {
    const info = fstatSync(0);
    return info.isFile() ? info.size : 0;
  } catch {
    return 0;
  }
}

const ERRNO_TEXT: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'too many symbolic links (a loop?)',
  ENOTDIR: 'a part of the path is not a folder',
  ENAMETOOLONG: 'path too long',
  EISDIR: 'is a folder',
  EIO: 'input/output error',
};

/** A file-system error as a failure naming the path. */
export function problem(path: string, error: unknown, doing?: string): InputEntry & { ok: false } {
  return { ok: false, failure: { source: sourceOf(path), message: describeFsError(error, doing) } };
}

export function describeFsError(error: unknown, doing?: string): string {
  const code = (error as { code?: unknown } | null)?.code;
  const reason = typeof code === 'string' && ERRNO_TEXT[code] ? ERRNO_TEXT[code] : error instanceof Error ? error.message : String(error);
  return doing ? `${doing}: ${reason}` : reason;
}
