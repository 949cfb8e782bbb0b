import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listInputs } from './index.js';
import { describeFsError } from './walk.js';

let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'dateline-walk-'));
  writeFileSync(join(root, 'b.txt'), 'Bridge vote.');
  writeFileSync(join(root, 'a.txt'), 'Council meets.');
  writeFileSync(join(root, 'Z.txt'), 'Zoning change.');
  writeFileSync(join(root, '.hidden.txt'), 'not listed');
  mkdirSync(join(root, '.git'));
  writeFileSync(join(root, '.git', 'config'), 'not listed');
  mkdirSync(join(root, 'sub'));
  writeFileSync(join(root, 'sub', 'c.txt'), 'Ferry resumes.');
  // A link back up the tree must not be walked forever.
  symlinkSync(root, join(root, 'sub', 'loop'));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('listInputs', () => {
  it('walks folders recursively in code-unit name order, skipping hidden entries', async () => {
    const { files, failures } = await listInputs([root]);
    expect(files.map((f) => f.path.slice(root.length + 1))).toEqual(['Z.txt', 'a.txt', 'b.txt', 'sub/c.txt']);
    expect(files.map((f) => f.bytes)).toEqual([14, 14, 12, 14]);
    expect(failures).toEqual([]);
  });

  it('keeps the order of the paths given, lists a hidden file named explicitly, and reports missing paths', async () => {
    const missing = join(root, 'no-such-file.txt');
    const { files, failures } = await listInputs([join(root, 'b.txt'), missing, join(root, '.hidden.txt'), '-']);
    expect(files.map((f) => f.path)).toEqual([join(root, 'b.txt'), join(root, '.hidden.txt'), '-']);
    expect(failures).toEqual([{ source: { path: missing, url: null, id: null, record: null }, message: 'no such file or folder' }]);
  });

  it('words file-system errors for people', () => {
    const error = (code: string) => Object.assign(new Error(`${code}: raw`), { code });
    expect(describeFsError(error('EACCES'), 'cannot open')).toBe('cannot open: permission denied');
    expect(describeFsError(error('ENOENT'))).toBe('no such file or folder');
    expect(describeFsError(new Error('disk on fire'), 'cannot read')).toBe('cannot read: disk on fire');
  });
});
