#!/usr/bin/env node
// Audits data/entities/gazetteer.json against the Phoenix actor dictionaries it was derived from (issue 4), reading
// them on its own (as PETRARCH does), so that a fault of the build script's reader shows instead of repeating:
//  1. a person's country that is neither among the country codes of the records naming them nor, for records
//     without codes, the country block they sit in;
//  2. a variant of an organisation or place that is the name of a place or a person elsewhere in the file;
//  3. an everyday word of common-words.json that GUM itself writes capitalised alone mid-sentence three times as often
//     as in lower case, among the one-word names of the dictionaries and the gazetteer (--all: among all its words).
// Usage: node scripts/entities/check-gazetteer.mjs [--all]   (prints counts and up to 15 cases of each; --all: every case)
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gumWordCounts } from './gum-words.mjs';
import { isoOf, keyOf } from './phoenix-keys.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const shared = resolve(root, process.env.DATELINE_SHARED ?? '../shared');
const dictionaries = join(shared, 'benchmarks/events/petrarch/dictionaries');
if (!existsSync(dictionaries)) {
  console.error(`check-gazetteer: ${dictionaries} not found (set DATELINE_SHARED)`);
  process.exit(2);
}
const all = process.argv.includes('--all');
const phraseKey = (raw) => keyOf(raw.replace(/\(.*?\)/g, ' ').replace(/[^A-Za-z0-9.' _-]/g, ' ').replace(/^the[_ ]/i, ''));
const countries = JSON.parse(readFileSync(join(root, 'node_modules/world-countries/countries.json'), 'utf8'));
const cca3 = new Set(countries.map((c) => c.cca3));

/**
 * PETRARCH's reading (PETRreader.read_actor_dictionary): a primary phrase without codes shares the codes of the
 * primary phrases after it up to the first one that has codes; "+" lines are synonyms of the current primary.
 * Returns, per name key, the country codes of every record it names and the country block it sits in.
 */
function readDictionary(file) {
  const byKey = new Map();
  let block = null;
  let group = []; // records sharing one list of codes
  let codes = [];
  const flush = () => {
    // A record whose only code is a bare country code heads that country's block (none for a former state).
    if (file.includes('Countries') && group.length === 1 && codes.length && codes.every((c) => /^[A-Z]{3}$/.test(c) && c === codes[0])) {
      const head = group[0];
      block = cca3.has(isoOf(codes[0])) ? isoOf(codes[0]) : null;
      head.block = block;
    }
    for (const r of group) for (const k of r.keys) {
      const seen = byKey.get(k) ?? [];
      seen.push({ codes: [...codes], block: r.block, primary: r.primary });
      byKey.set(k, seen);
    }
    group = [];
    codes = [];
  };
  for (const rawLine of readFileSync(join(dictionaries, file), 'utf8').split('\n')) {
    const line = rawLine.replace(/#.*/, '').replace(/\s+$/, '');
    if (!line.trim() || line.startsWith('!')) continue;
    const lineCodes = [...line.matchAll(/\[([^\]]*)\]/g)].map((m) => m[1].trim().split(/\s+/)[0]).filter(Boolean);
    if (/^\s|^\[/.test(line)) codes.push(...lineCodes);
    else if (line.startsWith('+')) group.at(-1)?.keys.push(phraseKey(line.slice(1).replace(/\[.*/, '')));
    else {
      if (codes.length) flush();
      group.push({ primary: line.replace(/\[.*/, '').trim(), keys: [phraseKey(line.replace(/\[.*/, ''))], block });
      codes.push(...lineCodes);
    }
  }
  flush();
  return byKey;
}
const records = new Map();
for (const file of ['Phoenix.Countries.actors.txt', 'Phoenix.International.actors.txt', 'Phoenix.MilNonState.actors.txt']) {
  for (const [k, list] of readDictionary(file)) records.set(k, [...(records.get(k) ?? []), ...list.map((r) => ({ ...r, file }))]);
}

const gazetteer = JSON.parse(readFileSync(join(root, 'data/entities/gazetteer.json'), 'utf8'));
const found = { country: [], variant: [], common: [] };

// 1. People's countries.
for (const [name, type, country, variants = []] of gazetteer.entries) {
  if (type !== 'P' || !country) continue;
  const seen = [name, ...variants].filter((v) => v.includes(' ')).flatMap((v) => records.get(keyOf(v)) ?? []);
  if (!seen.length) continue; // curated or derived ("Carlos Menem")
  const coded = new Set(seen.flatMap((r) => r.codes.map(isoOf)).filter((c) => cca3.has(c)));
  const blocks = new Set(seen.map((r) => r.block).filter(Boolean));
  const expected = coded.size ? coded : blocks;
  if (!expected.size) found.country.push(`${name}: ${country}, records give no country (${seen[0].primary})`);
  else if (!expected.has(country)) found.country.push(`${name}: ${country}, records say ${[...expected].join('/')} (${seen[0].primary})`);
}

// 2. Variants of organisations and places that name a place or a person elsewhere.
const canonical = new Map();
for (const row of gazetteer.entries) {
  const k = keyOf(row[0]);
  canonical.set(k, [...(canonical.get(k) ?? []), row]);
}
for (const row of gazetteer.entries) {
  const [name, type, , variants = []] = row;
  if (type !== 'O' && type !== 'G') continue;
  for (const v of variants) {
    const other = (canonical.get(keyOf(v)) ?? []).find((r) => r !== row && (r[1] === 'G' || r[1] === 'L' || r[1] === 'P') && r[1] !== type);
    if (other) found.variant.push(`${name} (${type}): variant "${v}" is ${other[1]} ${other[0]}`);
  }
}

// 3. Everyday words GUM writes as names.
const gum = join(shared, 'benchmarks/ner/train/gum/train.jsonl.gz');
if (existsSync(gum)) {
  const { lower, lone: capital } = gumWordCounts(gum);
  const common = JSON.parse(readFileSync(join(root, 'data/entities/common-words.json'), 'utf8'));
  const handAdded = new Set(common.handAdded ?? []);
  const names = new Set([...records.keys(), ...gazetteer.entries.flatMap((r) => [r[0], ...(r[3] ?? [])].map(keyOf))].filter((k) => !k.includes(' ')));
  for (const w of common.words) {
    if (handAdded.has(w) || (!names.has(w) && !all)) continue;
    // Three to one, looser than the build's ten to one: the cases to look at ("secretary" 10 to 2 is an everyday word).
    if ((capital.get(w) ?? 0) >= 3 * Math.max(1, lower.get(w) ?? 0)) found.common.push(`${w}: ${lower.get(w) ?? 0} lower case, ${capital.get(w)} capitalised alone mid-sentence`);
  }
}

for (const [what, list] of Object.entries(found)) {
  console.log(`${what}: ${list.length}`);
  for (const line of all ? list : list.slice(0, 15)) console.log(`  ${line}`);
}
