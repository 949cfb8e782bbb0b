#!/usr/bin/env node
// Entity benchmark.
//  1. NER on the shared sets (CoNLL-2003 test: exact span+type micro F1; MEANTIME: overlap F1):
//     the real CLI over {id, text, published} built from the gold, scored by the shared scorer
//     (benchmarks/score/ner.mjs), whose per-type table and last line are printed.
//  2. Speed of findEntities alone (readText done beforehand) on this one thread, beside the
//     whole analysis (readText + every analyser) of the same documents; RSS after loading.
//  1b. The GUM development set (`--sets gum`): GUM's CC BY genres (../shared/benchmarks/ner/train), sentences
//     of one document joined by newlines into that document, scored as above for news, interview, bio (the
//     development figure: rules may be tuned on these, never on the test sets) and for all six genres.
//  3. Canonicalisation pairs: spelling variants of one person from the Phoenix actor
//     dictionaries (positives) and different persons sharing a surname there, plus hand-made
//     hard negatives; a pair is predicted "same" when both names get one entity id.
//
// Usage: npm run build && node bench/entities.mjs [--sets conll2003,meantime,gum] [--verbose]
// Shared data: $DATELINE_SHARED, default ../shared beside the project. Absent -> message, exit 0.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { analyseThroughCli, bestOfThree, failer, parseSetArgs, readGold, score } from './gold-run.mjs';
import { projectRoot, sharedDir } from './shared.mjs';

const SETS = { conll2003: 'conll2003/test.jsonl', meantime: 'meantime/test.jsonl', gum: 'train/gum/train.jsonl.gz' };
/** GUM subsets scored; `dev` is the development figure (the three genres closest to news). */
const GUM_SUBSETS = { dev: ['news', 'interview', 'bio'], news: ['news'], interview: ['interview'], bio: ['bio'], all: null };
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


/**
 * GUM's sentences (`GUM_<genre>_<doc>-<n>`, in document order) as documents: the sentences of one document joined by
 * a newline, as the test sets are, with the offsets moved along.
 */
function gumDocuments(path) {
  const docs = [];
  let current = null;
  const lines = gunzipSync(readFileSync(path)).toString('utf8').split('\n');
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    let s;
    try {
      s = JSON.parse(line);
    } catch (error) {
      fail(`${path}: line ${i + 1} is not JSON (${error.message})`);
    }
    const id = String(s.id).replace(/-\d+$/, '');
    if (current?.id !== id) {
      current = { id, genre: id.split('_')[1], published: null, text: '', entities: [] };
      docs.push(current);
    } else current.text += '\n';
    const at = current.text.length;
    current.text += s.text;
    for (const e of s.entities) current.entities.push({ ...e, start: e.start + at, end: e.end + at });
  });
  return docs;
}

/**
 * Each GUM subset scored from one pass of the entity stage over every GUM document, in this process and on the
 * gold text itself: the CLI would take a document's first line (a heading) for its title and drop it from the text,
 * and the scorer would then place the mentions by searching their text, misplacing repeated names.
 */
function gumScores(shared, path, findEntities, readText) {
  const docs = gumDocuments(path);
  // Each document's output line beside its genre, so a subset is a filter.
  const records = docs.map((d) => {
    const entities = findEntities({ article: article(d.text), read: readText(d.text) });
    return { genre: d.genre, line: JSON.stringify({ source: { id: d.id }, text: d.text, entities }) };
  });
  mkdirSync(join(projectRoot, 'bench/out'), { recursive: true });
  console.log('-- gum: DEVELOPMENT set (GUM CC BY genres, not a test set: rules may be tuned on it); dev = news + interview + bio');
  for (const [name, genres] of Object.entries(GUM_SUBSETS)) {
    const keep = (genre) => !genres || genres.includes(genre);
    const goldPath = join(projectRoot, `bench/out/entities-gold-gum-${name}.jsonl`);
    const outPath = join(projectRoot, `bench/out/entities-gum-${name}.jsonl`);
    writeFileSync(goldPath, docs.filter((d) => keep(d.genre)).map((d) => JSON.stringify(d)).join('\n') + '\n');
    writeFileSync(outPath, records.filter((r) => keep(r.genre)).map((r) => r.line).join('\n') + '\n');
    console.log(`-- gum ${name}${genres ? ` (${genres.join(', ')})` : ' (six genres)'}\n${score(join(shared, 'benchmarks/score/ner.mjs'), goldPath, outPath, fail)}`);
  }
}

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
    // A development set: scored, but kept out of the speed figure so that it stays comparable between rounds.
    if (name === 'gum') {
      gumScores(shared, goldPath, findEntities, readText);
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
