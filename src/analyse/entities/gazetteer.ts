/**
 * The gazetteer (data/entities/gazetteer.json, built by scripts/entities/build-gazetteer.mjs)
 * and the common-word list, loaded on first use once per thread and indexed by name key
 * and by transliteration skeleton.
 */
import { readDataFile } from '../../model/data-files.js';
import type { Entity } from '../../model/index.js';
import { nameKey, skeletonKey } from './names.js';
import { remembered } from '../../model/remembered.js';

export type EntityType = Entity['type'];

export interface GazetteerEntry {
  name: string;
  type: EntityType;
  country: string | null;
  roles: readonly string[];
}

export interface Gazetteer {
  /** Entries by the name key of their name or any variant; several when the name is shared. */
  byKey: ReadonlyMap<string, readonly GazetteerEntry[]>;
  /** Entries by transliteration skeleton of a multi-word name, only where the skeleton is unambiguous. */
  bySkeleton: ReadonlyMap<string, GazetteerEntry>;
  /** Longest name in words: the widest window worth looking up. */
  maxWords: number;
  firstNames: ReadonlySet<string>;
  /** First names that are everyday words too ("bill", "don", "will"): a person's only before a surname. */
  everydayFirstNames: ReadonlySet<string>;
  surnames: ReadonlySet<string>;
  /**
   * People by a word the dictionaries list alone for them ("Obama"): it tells a lone surname's country, and is
   * never looked up as the person, since one word names no one across documents.
   */
  loneNames: ReadonlyMap<string, readonly GazetteerEntry[]>;
  /** Role nouns of the Phoenix agents dictionary ("foreign minister", "spokesman"). */
  agents: ReadonlySet<string>;
  common: ReadonlySet<string>;
  /** Canonical names of the entries that are countries (not cities, regions or states within one). */
  countries: ReadonlySet<string>;
}

type Row = [string, string, string, string[]?, string[]?];
const TYPES: Record<string, EntityType> = { P: 'PERSON', O: 'ORG', G: 'GPE', L: 'LOC', N: 'NORP', X: 'OTHER' };

let loaded: Gazetteer | null = null;

const readJson = (file: string): unknown => readDataFile(`entities/${file}`, 'entities');

function build(): Gazetteer {
  const data = readJson('gazetteer.json') as { entries: Row[]; agents: Record<string, string>; countries?: string[] };
  const words = readJson('common-words.json') as { words: string[] };
  const byKey = new Map<string, GazetteerEntry[]>();
  const skeletons = new Map<string, GazetteerEntry | null>();
  const firstNames = new Set<string>();
  const surnames = new Set<string>();
  const loneNames = new Map<string, GazetteerEntry[]>();
  let maxWords = 1;
  for (const [name, letter, country, variants = [], roles = []] of data.entries) {
    const entry: GazetteerEntry = { name, type: TYPES[letter] ?? 'OTHER', country: country || null, roles };
    for (const form of [name, ...variants]) {
      const key = nameKey(form);
      if (!key) continue;
      if (entry.type === 'PERSON' && form !== name && !key.includes(' ')) {
        loneNames.set(key, [...(loneNames.get(key) ?? []), entry]);
        continue;
      }
      const list = byKey.get(key);
      if (!list) byKey.set(key, [entry]);
      else if (!list.includes(entry)) list.push(entry);
      const count = key.split(' ').length;
      if (count > maxWords) maxWords = Math.min(count, 8);
      if (count >= 2 && entry.type === 'PERSON') {
        const skeleton = skeletonKey(form);
        const seen = skeletons.get(skeleton);
        skeletons.set(skeleton, seen === undefined || seen === entry ? entry : null);
      }
    }
    if (entry.type === 'PERSON') {
      const parts = nameKey(name).split(' ');
      if (parts.length >= 2) {
        firstNames.add(parts[0]);
        surnames.add(parts[parts.length - 1]);
      }
    }
  }
  const bySkeleton = new Map<string, GazetteerEntry>();
  for (const [key, entry] of skeletons) if (entry) bySkeleton.set(key, entry);
  const common = new Set(words.words);
  // A first name that is also an everyday word ("will", "hope") is no evidence of a person.
  const everydayFirstNames = new Set<string>();
  for (const name of firstNames) {
    if (!common.has(name)) continue;
    firstNames.delete(name);
    everydayFirstNames.add(name);
  }
  return { byKey, bySkeleton, maxWords, firstNames, everydayFirstNames, surnames, loneNames, agents: new Set(Object.keys(data.agents)), common, countries: new Set(data.countries ?? []) };
}

export function gazetteer(): Gazetteer {
  loaded ??= build();
  return loaded;
}

/** The one entry a name denotes, preferring `type` when the name is shared; skeleton match for multi-word person names. */
export function lookup(text: string, type?: EntityType): GazetteerEntry | null {
  const g = gazetteer();
  const list = g.byKey.get(nameKey(text));
  if (list?.length) {
    if (type) {
      const same = list.filter((e) => e.type === type);
      if (same.length === 1) return same[0];
      if (same.length > 1) return preferred(same, nameKey(text));
    }
    return list.length === 1 || list.every((e) => e.type === list[0].type && e.name === list[0].name) ? list[0] : preferred(list, nameKey(text));
  }
  if ((!type || type === 'PERSON') && text.includes(' ')) return g.bySkeleton.get(skeletonKey(text)) ?? null;
  return null;
}

/** When one name has several entries: the entry it is the canonical name of, else a unique non-person reading. */
function preferred(list: readonly GazetteerEntry[], key: string): GazetteerEntry | null {
  const own = list.filter((e) => nameKey(e.name) === key);
  if (own.length === 1) return own[0];
  const nonPerson = list.filter((e) => e.type !== 'PERSON');
  if (nonPerson.length === 1) return nonPerson[0];
  return null;
}

/** A country's entry, as opposed to a city's, a region's or a state's within a country. */
export function isCountry(entry: GazetteerEntry | null): boolean {
  return !!entry && entry.type === 'GPE' && gazetteer().countries.has(entry.name);
}

/**
 * The type every entry of a name agrees on, even when the name is shared by several entries.
 * Remembered by the text as written: each capitalised word is looked up with every run of
 * words after it, on every page (the gazetteer never changes once loaded).
 */
export const knownType = remembered(typeOfName);

function typeOfName(text: string): EntityType | null {
  const key = nameKey(text);
  const list = gazetteer().byKey.get(key);
  if (!list?.length) return null;
  return list.every((e) => e.type === list[0].type) ? list[0].type : (preferred(list, key)?.type ?? null);
}
