/**
 * The resume key of one raw input: where it came from and a hash of its bytes as read.
 * Known before analysis, so a rerun skips what is already stored without analysing it
 * again; a changed file gets a new key and is read again.
 */
import { createHash } from 'node:crypto';
import type { RawDocument } from '../model/index.js';

export function sourceKey(raw: RawDocument): string {
  const body = createHash('sha256').update(raw.body).digest('hex');
  const { path, url, id, record } = raw.source;
  return createHash('sha256')
    .update(JSON.stringify([path, url, id ?? null, record ?? null, raw.kind, body]))
    .digest('hex')
    .slice(0, 40);
}
