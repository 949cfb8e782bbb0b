/**
 * The entity stage: people, organisations, places and nationalities of one document,
 * one entity per real thing, with every mention (UTF-16 offsets into the clean text).
 * Reads the sentences and tokens the analyse stage made once (`readText`).
 */
import type { Entity } from '../../model/index.js';
import type { AnalysisInput } from '../index.js';
import { datelinePlaces, recognise, withoutUnsupportedOpeners } from './recognise.js';
import { addAppositions, resolve } from './resolve.js';
import { placeNamedOrganisations } from './teams.js';

export { skeletonKey, nameKey } from './names.js';

/** Entities of one document, one per real thing, with every mention. */
export function findEntities(input: AnalysisInput): Entity[] {
  const { read } = input;
  if (!read.text.trim()) return [];
  const recognised = recognise(read);
  datelinePlaces(read.text, recognised);
  const mentions = withoutUnsupportedOpeners(read.text, placeNamedOrganisations(read.text, recognised));
  addAppositions(read.text, mentions);
  return resolve(read.text, mentions);
}
