#!/usr/bin/env node
// Entity benchmark.
//  1. NER on the shared sets (CoNLL-2003 test: exact span+type micro F1; MEANTIME: overlap F1):
//     the real CLI over {id, text, published} built from the gold, scored by the shared scorer
//     (benchmarks/score/ner.mjs), whose per-type table and last line are printed.
//  2. Speed of findEntities alone (readText done beforehand) on this one thread, beside the
//     whole analysis (readText + every analyser) of the same documents; RSS after loading.
//  3. Canonicalisation pairs: spelling variants of one person from the Phoenix actor
//     dictionaries (positives) and different persons sharing a surname there, plus hand-made
//     hard negatives; a pair is predicted "same" when both names get one entity id.
//
// Usage: npm run build && node bench/entities.mjs [--sets conll2003,meantime] [--verbose]
// Shared data: $DATELINE_SHARED, default ../shared beside the project. Absent -> message, exit 0.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyseThroughCli, bestOfThree, failer, parseSetArgs, readGold, score } from './gold-run.mjs';
import { projectRoot, sharedDir } from './shared.mjs';

const SETS = { conll2003: 'conll2003/test.jsonl', meantime: 'meantime/test.jsonl' };
// Same surname, different people (hand-made, names invented or public figures known to be distinct).
const HARD_NEGATIVES = [
  ['Mahmoud Abbas', 'Abbas Araghchi'],
  ['Mahmoud Abbas', 'Mohamed Abbas'],
  ['Mahmoud Abbas', 'Youssouf Saleh Abbas'],
  ['Sergey Lavrov', 'Sergey Naryshkin'],
  ['Vladimir Putin', 'Vladimir Zelensky'],
  ['Maria Zakharova', 'Svetlana Zakharova'],
  ['Mohammad Shtayyeh', 'Mohammad Mustafa'],
  ['Donald Trump', 'Melania Trump'],
  ['Kamala Harris', 'Kamal Harris'],
  ['Benjamin Netanyahu', 'Yair Netanyahu'],
  ['Ali Khamenei', 'Ali Larijani'],
  ['Hassan Nasrallah', 'Hassan Rouhani'],
];

const TITLED = /^(?:President|Prime|Minister|Foreign|General|Gen\.?|King|Queen|Chancellor|Premier|Secretary|Ambassador|Governor|Former|Sheikh|Sultan|Ayatollah|Baroness|Lord|Sir|Dr\.?|Mr\.?|Russian|Soviet|German|Vice|Deputy)\b|\b(?:President|Minister|Leader|Chancellor)\b|"/;

const fail = failer('entities');


const article = (text) => ({ text, title: null, published: null, dateline: null, outlet: null, language: 'en' });

/** Person variants from the Phoenix dictionaries: [canonical, variant] pairs, and surname-sharing different people. */
function phoenixPairs(shared) {
  const file = join(shared, 'benchmarks/events/petrarch/dictionaries/Phoenix.Countries.actors.txt');
  if (!existsSync(file)) return { positives: [], negatives: [] };
  const name = (raw) => raw.replace(/#.*/, '').replace(/\[.*/, '').split(/[_\s]+/).filter(Boolean)
    .map((w) => w.toLowerCase().replace(/(^|-)([a-z])/g, (_m, s, c) => s + c.toUpperCase())).join(' ');
  const people = [];
  let current = null;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (/^[A-Z]/.test(line) && /CountryInfo/.test(line)) {
      current = { name: name(line), variants: [] };
      people.push(current);
    } else if (line.startsWith('+') && current) {
      const v = name(line.slice(1));
      // A variant with a title ("Chancellor Kohl") names the person through the title, not through a spelling.
      if (v.split(' ').length >= 2 && !TITLED.test(v)) current.variants.push(v);
    } else if (/^[A-Z]/.test(line)) current = null;
  }
  const positives = people.flatMap((p) => p.variants.map((v) => [p.name, v]));
  const bySurname = new Map();
  for (const p of people) {
    const surname = p.name.split(' ').at(-1);
    if (p.name.split(' ').length < 2) continue;
    if (!bySurname.has(surname)) bySurname.set(surname, []);
    bySurname.get(surname).push(p.name);
  }
  const negatives = [];
  for (const names of bySurname.values()) {
    const distinct = [...new Set(names)];
    for (let i = 1; i < distinct.length && negatives.length < 2000; i++) negatives.push([distinct[0], distinct[i]]);
  }
  return { positives, negatives };
}

const shared = sharedDir('entities');
if (shared) {
  const { sets } = parseSetArgs(process.argv.slice(2), SETS, fail);
  const compiled = join(projectRoot, 'dist/analyse/entities/index.js');
  if (!existsSync(compiled)) fail(`${compiled} not found: run \`npm run build\` first`);
  const { findEntities } = await import(pathToFileURL(compiled).href);
  const { readText } = await import(pathToFileURL(join(projectRoot, 'dist/analyse/nlp.js')).href);
  const { analyse } = await import(pathToFileURL(join(projectRoot, 'dist/analyse/index.js')).href);

  const everyDoc = [];
  for (const name of sets) {
    const goldPath = join(shared, 'benchmarks/ner', SETS[name]);
    if (!existsSync(goldPath)) {
      console.log(`entities ${name}: skipped: ${goldPath} not found`);
      continue;
    }
    const gold = readGold(goldPath, fail);
    everyDoc.push(...gold);
    const output = analyseThroughCli('entities', name, gold, fail);
    const result = score(join(shared, 'benchmarks/score/ner.mjs'), goldPath, output, fail);
    console.log(`-- ${name}\n${result}`);
  }

  if (everyDoc.length) {
    const rssBefore = process.memoryUsage().rss;
    const reads = everyDoc.map((d) => readText(d.text));
    findEntities({ article: article(everyDoc[0].text), read: reads[0] });
    const rssAfter = process.memoryUsage().rss;
    const tokens = reads.reduce((n, r) => n + r.tokens.length, 0);
    const entitySeconds = bestOfThree(() => {
      for (let i = 0; i < reads.length; i++) findEntities({ article: article(everyDoc[i].text), read: reads[i] });
    });
    const analyseSeconds = bestOfThree(() => {
      for (const d of everyDoc) analyse(article(d.text));
    });
    console.log(
      `entities speed: findEntities alone, one core: ${reads.length} documents, ${tokens} tokens in ${entitySeconds.toFixed(3)} s = ` +
        `${Math.round(tokens / entitySeconds)} tokens/s; whole analysis (readText + all analysers): ` +
        `${Math.round(tokens / analyseSeconds)} tokens/s`,
    );
    console.log(`entities memory: RSS ${Math.round(rssAfter / 1e6)} MB after loading model, texts and gazetteer (+${Math.round((rssAfter - rssBefore) / 1e6)} MB for the reads and the gazetteer)`);
  }

  // Canonicalisation: one id for two spellings of one person, two ids for two people.
  const idOf = (name) => {
    const text = `${name} spoke to reporters on Monday.`;
    const people = findEntities({ article: article(text), read: readText(text) }).filter((e) => e.type === 'PERSON');
    return people[0]?.id ?? null;
  };
  const { positives, negatives } = phoenixPairs(shared);
  const hand = [
    ['Mahmoud Abbas', 'Mahmud Abbas'], ['Sergey Lavrov', 'Sergei Lavrov'], ['Mohamed Shtayeh', 'Mohammad Shtayyeh'],
    ['Vassily Nebenzia', 'Vasily Nebenzya'], ['Mohammed Mustafa', 'Muhammad Mustafa'], ['Yevgeny Prigozhin', 'Yevgeniy Prigozhin'],
  ];
  const pairs = [...positives.map((p) => [...p, true]), ...hand.map((p) => [...p, true]), ...negatives.map((p) => [...p, false]), ...HARD_NEGATIVES.map((p) => [...p, false])];
  let tp = 0, fp = 0, fn = 0;
  const errors = [];
  for (const [a, b, same] of pairs) {
    const ia = idOf(a);
    const ib = idOf(b);
    const predicted = ia !== null && ia === ib;
    if (predicted && same) tp++;
    else if (predicted && !same) { fp++; errors.push(`false merge: ${a} / ${b} -> ${ia}`); }
    else if (!predicted && same) { fn++; errors.push(`missed: ${a} (${ia}) / ${b} (${ib})`); }
  }
  if (process.argv.includes('--verbose')) for (const e of errors.slice(0, 40)) console.log(`  ${e}`);
  const p = tp / Math.max(1, tp + fp);
  const r = tp / Math.max(1, tp + fn);
  console.log(
    `entities canonical pairs: ${pairs.length} pairs (${positives.length + hand.length} same, ${negatives.length + HARD_NEGATIVES.length} different): ` +
      `precision ${p.toFixed(3)} recall ${r.toFixed(3)}`,
  );
}
