/**
 * The cue words of entity recognition (titles, organisation and place heads, words that open a sentence or name a
 * day but never a thing), read from data/entities/lexicon.json, where each list says what it is for and shows it at
 * work. Read when the module loads, since the stage's rules hold the sets as constants; compiled once into sets, and
 * the two ending lists into end-of-word patterns.
 */
import { z } from 'zod';
import { readDataFile } from '../../model/data-files.js';

const FILE = 'entities/lexicon.json';

const Described = { why: z.string().min(1), example: z.string().min(1) };
const Lexicon = z.object({
  about: z.string(),
  lists: z.record(z.string(), z.union([
    z.object({ ...Described, words: z.array(z.string().min(1)).min(1) }).strict(),
    z.object({ ...Described, suffixes: z.array(z.string().regex(/^[\p{Ll}\p{M}]+$/u)).min(1) }).strict(),
  ])),
});

function load(): z.infer<typeof Lexicon>['lists'] {
  const parsed = Lexicon.safeParse(readDataFile(FILE, 'entities'));
  if (!parsed.success) throw new Error(`entities: data/${FILE} is not an entity lexicon: ${parsed.error.message}`);
  return parsed.data.lists;
}

const lists = load();

/** The named list of the file; a list the code needs but the file lacks is an error at load, not an empty set. */
function list(name: string, kind: 'words' | 'suffixes'): readonly string[] {
  const entry = lists[name] as Record<string, unknown> | undefined;
  const values = entry?.[kind];
  if (!Array.isArray(values)) throw new Error(`entities: data/${FILE} has no ${kind} list "${name}"`);
  return values as string[];
}

const words = (name: string): ReadonlySet<string> => new Set(list(name, 'words'));
/** Letters only (checked above), so the suffixes need no escaping; the same pattern as the lists once in code. */
const ending = (name: string): RegExp => new RegExp(`(?:${list(name, 'suffixes').join('|')})$`);

/** Surname endings that mark a person when nothing else decides. */
export const PERSON_ENDINGS = ending('personEndings');
/** Place-name endings that mark a place when nothing else decides. */
export const PLACE_ENDINGS = ending('placeEndings');
/** Endings of -ia words that are no places ("-pedia", "-phobia"): the place ending does not type them. */
export const NONPLACE_ENDINGS = ending('nonPlaceEndings');

export const titleNouns = words('titleNouns');
export const titleModifiers = words('titleModifiers');
export const offices = words('offices');
export const orgHeads = words('orgHeads');
export const legalForms = words('legalForms');
export const orgOpeners = words('orgOpeners');
export const locHeads = words('locHeads');
export const eventHeads = words('eventHeads');
export const teamNicknames = words('teamNicknames');
export const eventOpeners = words('eventOpeners');
export const programmeHeads = words('programmeHeads');
export const possessiveInName = words('possessiveInName');
export const directions = words('directions');
export const placeNouns = words('placeNouns');
export const placeModifiers = words('placeModifiers');
export const mastheads = words('mastheads');
export const placeOpeners = words('placeOpeners');
export const uniqueThings = words('uniqueThings');
export const feasts = words('feasts');
export const placeCues = words('placeCues');
export const motionWords = words('motionWords');
export const companyAfter = words('companyAfter');
export const orgAppositionNouns = words('orgAppositionNouns');
export const rankedOrgNouns = words('rankedOrgNouns');
export const companyBefore = words('companyBefore');
export const speechVerbs = words('speechVerbs');
export const personVerbs = words('personVerbs');
export const scriptures = words('scriptures');
export const personNouns = words('personNouns');
export const pressNouns = words('pressNouns');
export const workNouns = words('workNouns');
export const determinedWorkNouns = words('determinedWorkNouns');
export const determiners = words('determiners');
export const prizeNouns = words('prizeNouns');
export const generational = words('generational');
export const neverAlone = words('neverAlone');
export const numberWords = words('numberWords');
export const everydayAbbreviations = words('everydayAbbreviations');
export const particles = words('particles');
export const connectors = words('connectors');
export const honorifics = words('honorifics');
