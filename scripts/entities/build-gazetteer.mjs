#!/usr/bin/env node
// Builds data/entities/gazetteer.json (names, variants, type, country, roles) from:
//  - the Phoenix actor and agent dictionaries (MIT, Open Event Data Alliance) in
//    ../shared/benchmarks/events/petrarch/dictionaries/,
//  - world-countries (ODbL): country names, capitals, demonyms,
//  - data/entities/curated.json, our own hand-written entries, which win on conflict;
// and data/entities/common-words.json: words seen in lower case in the CC BY genres of the
// GUM corpus (../shared/benchmarks/ner/train/gum), used to tell a capitalised common word
// (sentence-initial "However", all-caps headlines) from a name.
//
// Usage: node scripts/entities/build-gazetteer.mjs   (DATELINE_SHARED overrides ../shared)
// The outputs are committed: the project runs without ../shared.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gumWordCounts } from './gum-words.mjs';
import { isoOf, keyOf } from './phoenix-keys.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const shared = resolve(root, process.env.DATELINE_SHARED ?? '../shared');
const dictionaries = join(shared, 'benchmarks/events/petrarch/dictionaries');
if (!existsSync(dictionaries)) {
  console.error(`build-gazetteer: ${dictionaries} not found (set DATELINE_SHARED); the committed data files are unchanged`);
  process.exit(2);
}
const countries = createRequire(import.meta.url)('world-countries/countries.json');

// Phoenix sector codes that mark an actor (person or body), not a place.
const SECTORS = new Set(
  'GOV MIL ELI REB OPP LEG JUD COP SPY BUS MED EDU HLH LAB REF CVL IGO NGO MNC UAF PTY AGR ENV HRI DEV CRM IMG SET RAD REL INS UNO SEP MOD'.split(' '),
);
const ORG_WORDS = new Set(
  ('ministry ministries council party corp corporation company inc ltd university court army authority agency bank ' +
    'group association union committee commission organization organisation federation institute forces force front ' +
    'movement brigade brigades police service services department office assembly parliament government board bureau ' +
    'fund program programme tribunal senate congress league alliance network center centre foundation society ' +
    'cabinet guard guards militia navy airforce command corps administration secretariat mission church council ' +
    'school college academy club team airlines airline news press radio television tv times post kremlin duma').split(' '),
);
const PLACE_WORDS = new Set('river mountains mountain sea ocean valley island islands lake desert gulf bay peninsula province region strip heights'.split(' '));
const PARTICLES = new Set('al el bin ibn bint de del da di dos du van von der den la le of the and for on in ul ud y'.split(' '));
const TITLE_WORDS = new Set(
  ('president prime minister foreign defense defence interior finance secretary general secretary-general ambassador ' +
    'chairman chief deputy vice acting former king queen prince crown sheikh emir sultan pope cardinal ayatollah ' +
    'governor mayor senator sen. rep. mr. mrs. ms. dr. gen. col. lt. commander leader premier chancellor speaker ' +
    'spokesman spokeswoman spokesperson envoy judge justice director head colonel captain major sergeant admiral ' +
    'marshal imam rabbi bishop archbishop reverend rev. mullah mawlawi haji hajji').split(' '),
);


/** "VLADIMIR_V._PUTIN_" -> ["VLADIMIR", "V.", "PUTIN"] */
function wordsOf(raw) {
  const words = rawWords(raw);
  // "THE_UNITED_STATES": the article is not part of the name.
  return words.length > 1 && words[0].toLowerCase() === 'the' ? words.slice(1) : words;
}
function rawWords(raw) {
  return raw
    .replace(/\(.*?\)/g, ' ')
    .split(/[_\s]+/)
    .map((w) => w.replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9.']+$/g, ''))
    .filter(Boolean);
}

function casedWord(word, index, type) {
  const lower = word.toLowerCase();
  if (index > 0 && PARTICLES.has(lower)) return lower;
  if (word.includes('.') && word.length <= 6) return word.toUpperCase();
  // Acronyms stay upper case: short or vowel-less words of an organisation's name that are no English word.
  if (type === 'ORG' && (word.length <= 4 || !/[AEIOUY]/i.test(word)) && !ORG_WORDS.has(lower) && !common.has(lower)) return word.toUpperCase();
  return lower.replace(/(^|[-'])([a-z])/g, (_m, sep, c) => sep + c.toUpperCase());
}
const casedName = (words, type) => words.map((w, i) => casedWord(w, i, type)).join(' ');

/** Reads a TABARI/PETRARCH .actors file into {name, variants, codes, comment} records. */
function readActors(path) {
  const records = [];
  let current = null;
  for (const rawLine of readFileSync(path, 'utf8').split('\n')) {
    const comment = rawLine.includes('#') ? rawLine.slice(rawLine.indexOf('#') + 1) : '';
    const line = rawLine.replace(/#.*/, '').replace(/\s+$/, '');
    if (!line.trim()) continue;
    const codes = [...line.matchAll(/\[([^\]]*)\]/g)].map((m) => m[1].trim().split(/\s+/)[0]).filter(Boolean);
    if (/^\s|^\[/.test(line)) {
      if (current) current.codes.push(...codes);
    } else if (line.startsWith('+')) {
      if (current) current.variants.push(wordsOf(line.slice(1).replace(/\[.*/, '')));
    } else if (current && !codes.length && !current.codes.length && /CountryInfo/.test(current.comment) && !/CountryInfo/.test(comment) && !line.startsWith('!')) {
      // A CountryInfo person may list spellings without "+" before its codes ("BORIS_N._YELTSIN", "YELTSIN"):
      // read as records of their own, they took the person's codes and left the person with none.
      current.variants.push(wordsOf(line.replace(/\[.*/, '')));
    } else if (!line.startsWith('!')) {
      current = { name: wordsOf(line.replace(/\[.*/, '')), variants: [], codes, comment };
      records.push(current);
    }
  }
  // As PETRARCH reads them, primary phrases without codes share the codes of the ones after them up to the first
  // that has codes ("DMITRY_MEDVEDEV_" before "DMITR_MEDVEDEV_" and its [RUSGOV ...]): alone they fell back on the
  // country block they sit in, or on a stale one.
  let waiting = [];
  for (const r of records) {
    if (!r.codes.length) waiting.push(r);
    else {
      for (const w of waiting) w.codes = [...r.codes];
      waiting = [];
    }
  }
  return records.filter((r) => r.name.length);
}

const cca3 = new Set(countries.map((c) => c.cca3));
const countryOfCodes = (codes) => {
  const counts = new Map();
  for (const code of codes) {
    const cc = isoOf(code);
    if (cca3.has(cc)) counts.set(cc, (counts.get(cc) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
};
const hasSector = (codes) => codes.some((c) => SECTORS.has(c.slice(3, 6).toUpperCase()) || SECTORS.has(c.slice(0, 3).toUpperCase()));

// ---------------------------------------------------------------------------
// Common words (lower case in running text) from the CC BY genres of GUM.
const commonWords = (() => {
  const gum = join(shared, 'benchmarks/ner/train/gum/train.jsonl.gz');
  const path = join(root, 'data/entities/common-words.json');
  const kept = JSON.parse(readFileSync(path, 'utf8'));
  if (!existsSync(gum)) return kept.words;
  // Everyday news words GUM lacks, written by hand: kept through every rebuild.
  const handAdded = kept.handAdded ?? [];
  const { lower: counts, lone } = gumWordCounts(gum);
  // A name a writer once put in lower case ("the word scientology means") is no everyday word: GUM writes
  // "Scientology" alone 42 times against 2, and a lone "Scientology" was dropped as one. Ten to one leaves
  // "secretary" (10 to 2) and "constitution" (4 to 1), which are everyday words.
  for (const [word, n] of lone) if (counts.has(word) && n >= 10 * counts.get(word)) counts.delete(word);
  const words = [...new Set([...counts.keys(), ...handAdded])].sort();
  writeFileSync(path, JSON.stringify({ about: kept.about, words, handAdded }) + '\n');
  return words;
})();
const common = new Set(commonWords);

// ---------------------------------------------------------------------------
const entries = new Map(); // key of canonical name -> entry
const claimed = new Map(); // key of any name or variant -> entry
/**
 * A person's lone names ("OBAMA" under BARACK_OBAMA) claim no key: one word names no one across documents, and
 * must not make the person lose to another entry with that name ("Jordan"); they only give a lone surname its country.
 */
function mergeLone(into, from) {
  for (const w of from.lone ?? []) if (!(into.lone ??= []).some((x) => keyOf(x) === keyOf(w))) into.lone.push(w);
}
function add(entry, { curated = false } = {}) {
  const key = keyOf(entry.name);
  const names = [entry.name, ...entry.variants].map(keyOf);
  // A derived entry that lists a curated nationality among its spellings ("Croat" under Croatia) loses that
  // spelling, not the whole entry.
  if (!curated && !claimed.get(key)?.curated) {
    const foreign = (v) => { const c = claimed.get(keyOf(v)); return c?.curated && c.type === 'NORP' && entry.type !== 'NORP'; };
    entry.variants = entry.variants.filter((v) => !foreign(v));
    names.splice(0, names.length, key, ...entry.variants.map(keyOf));
  }
  const clash = names.map((k) => claimed.get(k)).find(Boolean);
  if (clash) {
    if (clash.curated && !curated) {
      if (clash.type === entry.type && (clash.country === entry.country || !clash.country || !entry.country)) {
        for (const v of [entry.name, ...entry.variants]) if (!claimed.has(keyOf(v))) { clash.variants.push(v); claimed.set(keyOf(v), clash); }
        mergeLone(clash, entry);
      }
      return;
    }
    if (clash.type === entry.type && clash.country === entry.country && keyOf(clash.name) === key) {
      for (const v of entry.variants) if (!claimed.has(keyOf(v))) { clash.variants.push(v); claimed.set(keyOf(v), clash); }
      for (const r of entry.roles) if (!clash.roles.includes(r)) clash.roles.push(r);
      mergeLone(clash, entry);
      return;
    }
  }
  entry.curated = curated;
  entries.set(key + '|' + entry.type + '|' + (entry.country ?? ''), entry);
  for (const k of names) if (!claimed.has(k)) claimed.set(k, entry);
  entry.variants = entry.variants.filter((v, i, all) => keyOf(v) !== key && all.findIndex((w) => keyOf(w) === keyOf(v)) === i);
}

// 1. Curated entries first: they win.
for (const [name, type, country, variants, roles] of JSON.parse(readFileSync(join(root, 'data/entities/curated.json'), 'utf8')).entries) {
  add({ name, type, country, variants: [...variants], roles: [...roles] }, { curated: true });
}

// 2. Countries, capitals and demonyms.
const demonymKeys = new Set();
for (const c of countries) {
  const alt = c.altSpellings.filter((s) => s.length > 3 || s.includes('.') || /^[A-Z]{3}$/.test(s));
  add({ name: c.name.common, type: 'GPE', country: c.cca3, variants: [c.name.official, ...alt], roles: [] });
  for (const capital of c.capital ?? []) add({ name: capital, type: 'GPE', country: c.cca3, variants: [], roles: [] });
  const d = c.demonyms?.eng;
  if (d?.m) {
    const forms = [...new Set([d.m, d.f])];
    const plurals = forms.filter((f) => !/(ese|ish|ch|sh|ss|s|i)$/.test(f)).map((f) => f + 's');
    const israeliLike = forms.filter((f) => /i$/.test(f)).map((f) => f + 's');
    for (const f of [...forms, ...plurals, ...israeliLike]) demonymKeys.add(keyOf(f));
    add({ name: d.m, type: 'NORP', country: c.cca3, variants: [...forms, ...plurals, ...israeliLike], roles: [] });
  }
}

// 3. Phoenix actors.
const personRecords = [];
const firstNames = new Set();
const countryRecords = readActors(join(dictionaries, 'Phoenix.Countries.actors.txt'));
for (const r of countryRecords) if (/CountryInfo/.test(r.comment) && r.name.length >= 2) firstNames.add(r.name[0].toLowerCase());

function titleSplit(words) {
  let i = 0;
  while (i < words.length - 1 && (TITLE_WORDS.has(words[i].toLowerCase()) || demonymKeys.has(words[i].toLowerCase()))) i++;
  return i;
}

const FUNCTION_WORDS = new Set('of the and for on in at to'.split(' '));
/** "PRESIDENT_OBAMA" under BARACK_OBAMA: a variant made of titles and the record's own last name. */
function titledPerson(r, lower) {
  if (lower.some((w) => TITLE_WORDS.has(w) || FUNCTION_WORDS.has(w))) return false;
  return r.variants.some((v) => {
    const cut = titleSplit(v);
    return cut > 0 && v.length - cut <= 3 && v.at(-1).toLowerCase() === lower.at(-1);
  });
}

function classify(r, file) {
  const lower = r.name.map((w) => w.toLowerCase());
  // The militant-groups file also lists leaders ("Osama bin Laden").
  const personLike = lower.length >= 2 && lower.length <= 5 && (firstNames.has(lower[0]) || lower.some((w) => ['bin', 'ibn', 'abu'].includes(w))) && !lower.some((w) => ORG_WORDS.has(w));
  if (file === 'MilNonState') return personLike ? 'PERSON' : 'ORG';
  if (/CountryInfo/.test(r.comment) || /IGOrulers/.test(r.comment)) return 'PERSON';
  if (lower.some((w) => ORG_WORDS.has(w))) return 'ORG';
  if (PLACE_WORDS.has(lower.at(-1))) return 'LOC';
  if (!hasSector(r.codes)) return 'GPE';
  if (r.name.length >= 2 && r.name.length <= 4 && firstNames.has(lower[0])) return 'PERSON';
  if (r.name.length >= 2 && r.name.length <= 4 && titledPerson(r, lower)) return 'PERSON';
  return 'ORG';
}

/** True for a "name" that is a description ("UN envoy", "Indian UN peacekeeper"), not a name. */
const descriptive = (words, type) => type !== 'PERSON' && common.has(words.at(-1).toLowerCase()) && !ORG_WORDS.has(words.at(-1).toLowerCase()) && !PLACE_WORDS.has(words.at(-1).toLowerCase());

function addPhoenix(records, file) {
  let country = null; // the country block we are in (Countries file)
  for (const r of records) {
    const type = classify(r, file);
    const key = keyOf(r.name.join(' '));
    const wc = countries.find((c) => keyOf(c.name.common) === key || c.altSpellings.some((a) => keyOf(a) === key));
    const bareCode = r.codes.length > 0 && r.codes.every((c) => /^[A-Z]{3}$/.test(c) && c === r.codes[0]);
    // A state that no longer exists ("GERMAN_DEMOCRATIC_REPUBLIC [DDR]", "CZECHOSLOVAKIA [CSK]") opens a block with
    // no country of ours: its people kept the block before it (Georgia, Cyprus).
    if (file === 'Countries' && bareCode && !wc && !cca3.has(isoOf(r.codes[0]))) country = null;
    // A record world-countries names as a country, coded with that country's bare code, heads its block whatever its
    // words or other codes ("RUSSIAN_FEDERATION_ [RUS]" has "federation", KOSOVO a [KSVUNO] period): typed an
    // organisation, it took Moscow and Sochi as spellings and left its people the block before.
    const ownCode = !!wc && r.codes.some((c) => /^[A-Z]{3}$/.test(c) && isoOf(c) === wc.cca3);
    if (file === 'Countries' && (wc || (r.codes.length && /^[A-Z]{3}$/.test(r.codes[0]) && cca3.has(isoOf(r.codes[0])))) && (type === 'GPE' || ownCode)) {
      country = wc?.cca3 ?? isoOf(r.codes[0]);
      const head = keyOf(r.name.join(' ')).replace(/ /g, '');
      const spellings = [];
      for (const v of r.variants) {
        const k = keyOf(v.join(' '));
        if (!v.length || demonymKeys.has(k)) continue;
        // A spelling of the country shares its start; anything else in the block is a place in it.
        if (k.replace(/ /g, '').slice(0, 4) === head.slice(0, 4) || k.includes(keyOf(wc?.name.common ?? head))) spellings.push(casedName(v, 'GPE'));
        else add({ name: casedName(v, 'GPE'), type: PLACE_WORDS.has(v.at(-1).toLowerCase()) ? 'LOC' : 'GPE', country, variants: [], roles: [] });
      }
      add({ name: wc?.name.common ?? casedName(r.name, 'GPE'), type: 'GPE', country, variants: spellings, roles: [] });
      continue;
    }
    if (descriptive(r.name, type)) continue;
    const cc = countryOfCodes(r.codes) ?? (file === 'Countries' ? country : null);
    const roles = [];
    const variants = [];
    const lone = [];
    for (const v of r.variants) {
      if (!v.length) continue;
      const cut = type === 'PERSON' ? titleSplit(v) : 0;
      if (cut > 0) {
        const role = casedName(v.slice(0, cut), 'ORG').replace(/\b(Of|The|And)\b/g, (w) => w.toLowerCase());
        if (!roles.includes(role)) roles.push(role);
        continue;
      }
      if (type === 'PERSON' && v.length === 1) {
        // A surname alone names no one across documents, but tells which country a lone "Obama" is from.
        const word = v[0].toLowerCase();
        if (!common.has(word) && !TITLE_WORDS.has(word) && !demonymKeys.has(word) && !lone.some((w) => keyOf(w) === keyOf(v[0]))) lone.push(casedName(v, type));
        continue;
      }
      if (descriptive(v, type)) continue;
      // Phoenix lists a group's leaders among its variants; a person is not a name of the group.
      if (type !== 'PERSON' && v.length >= 2 && v.length <= 3 && firstNames.has(v[0].toLowerCase())) continue;
      variants.push(casedName(v, type));
    }
    const entry = { name: casedName(r.name, type), type, country: cc, variants, roles, lone };
    if (type === 'PERSON') personRecords.push(entry);
    add(entry);
  }
}
addPhoenix(countryRecords, 'Countries');
addPhoenix(readActors(join(dictionaries, 'Phoenix.International.actors.txt')), 'International');
addPhoenix(readActors(join(dictionaries, 'Phoenix.MilNonState.actors.txt')), 'MilNonState');

// 3b. "Carlos Saul Menem" is "Carlos Menem" in the news: a person's first and last name alone, when the
// middle words are names (not particles: "Jose Eduardo dos Santos" keeps them) and no other entry has that form.
{
  const derived = new Map(); // key -> entries deriving it
  for (const e of personRecords) {
    const words = e.name.split(' ');
    if (words.length < 3 || words.some((w) => PARTICLES.has(w.toLowerCase()) || w.includes('.'))) continue;
    const key = keyOf(`${words[0]} ${words.at(-1)}`);
    if (!claimed.has(key)) derived.set(key, [...(derived.get(key) ?? []), e]);
  }
  for (const [key, list] of derived) {
    if (list.length !== 1) continue;
    const words = list[0].name.split(' ');
    list[0].variants.push(`${words[0]} ${words.at(-1)}`);
    claimed.set(key, list[0]);
  }
}

// 4. Agents: role nouns ("foreign minister", "spokesman") with their Phoenix sector.
const agents = {};
for (const line of readFileSync(join(dictionaries, 'Phoenix.agents.txt'), 'utf8').split('\n')) {
  const m = line.replace(/#.*/, '').match(/^([A-Z][A-Z_!'-]*)\s*(?:\{[^}]*\})?\s*\[~([A-Z]+)\]/);
  if (!m) continue;
  for (const person of m[1].includes('!PERSON!') ? ['man', 'woman', 'person'] : ['']) {
    const phrase = m[1].replace('!PERSON!', person).replace(/!MINIST!/, 'minister').replace(/_/g, ' ').toLowerCase().trim();
    if (!phrase.includes('!')) agents[phrase] = m[2];
  }
}

// ---------------------------------------------------------------------------
const TYPE_LETTER = { PERSON: 'P', ORG: 'O', GPE: 'G', LOC: 'L', NORP: 'N', OTHER: 'X' };
const rows = [...entries.values()]
  .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  .map((e) => {
    const row = [e.name, TYPE_LETTER[e.type], e.country ?? ''];
    // A person's one-word variants are their lone names (see mergeLone); the entity stage never looks them up.
    const variants = [...e.variants, ...(e.lone ?? []).filter((w) => !e.variants.some((v) => keyOf(v) === keyOf(w)))];
    if (variants.length || e.roles.length) row.push(variants);
    if (e.roles.length) row.push(e.roles.slice(0, 4));
    return row;
  });
// Countries, as the entity stage tells them from cities: a country's name in a results table is its national
// team and stays a place, a city's is a club. The home nations of the United Kingdom field teams of their own.
const HOME_NATIONS = ['England', 'Scotland', 'Wales', 'Northern Ireland'];
const countryNames = [...new Set([...countries.map((c) => c.name.common), ...HOME_NATIONS])]
  .filter((name) => rows.some((r) => r[0] === name && r[1] === 'G'))
  .sort();
const out = {
  about:
    'Built by scripts/entities/build-gazetteer.mjs from the Phoenix actor dictionaries (MIT, Open Event Data Alliance), ' +
    'world-countries (ODbL) and data/entities/curated.json. Row: [name, type P|O|G|L|N|X, alpha-3 country or "", variants?, roles?] ' +
    '(a person\'s one-word variants are names the dictionaries list alone: they give a lone surname its country, not its identity); ' +
    '`countries`: the names of the entries that are countries. See README.md.',
  entries: rows,
  agents,
  countries: countryNames,
};
const path = join(root, 'data/entities/gazetteer.json');
writeFileSync(path, JSON.stringify(out) + '\n');
const byType = rows.reduce((m, r) => ((m[r[1]] = (m[r[1]] ?? 0) + 1), m), {});
console.log(`wrote ${path}: ${rows.length} entries ${JSON.stringify(byType)}, ${Object.keys(agents).length} agent nouns, ${common.size} common words`);
