/**
 * The entity stage: people, organisations, places and nationalities of one document,
 * one entity per real thing, with every mention (UTF-16 offsets into the clean text).
 * Reads the sentences and tokens the analyse stage made once (`readText`).
 */
import type { Entity } from '../../model/index.js';
import type { AnalysisInput } from '../index.js';
import { recognise } from './recognise.js';
import { addAppositions, resolve } from './resolve.js';

export { skeletonKey, nameKey } from './names.js';

/** Entities of one document, one per real thing, with every mention. */
export function findEntities(input: AnalysisInput): Entity[] {
  const { read } = input;
  if (!read.text.trim()) return [];
  const mentions = recognise(read);
  addAppositions(read.text, mentions);
  return resolve(read.text, mentions);
}
