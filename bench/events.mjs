#!/usr/bin/env node
// Event-coding benchmark (PLOVER / CAMEO) on the shared gold sentences: PLOVER gold
// records (event type F1, actor countries) and PETRARCH2 validation records (CAMEO root
// accuracy, actor countries, no-event sentences). For each set it writes the input
// {id, text, published} from the gold file (PETRARCH `date` YYYYMMDD -> published),
// runs the real CLI (`dateline analyze --no-progress`) over it and prints the shared
// scorer's last line (--verbose: its whole table). Then it times findEvents alone, on
// this one thread, over the sentences already read (entities and times computed first).
// The `conflibert` set is a development measure that is not the scored gold: ConfliBERT's
// CAMEO class sentences (research data, used only to evaluate), each labelled with one of five
// classes; the root of our first event in the sentence gives our class (`classOfRoot`).
// Its train file is the development half ("development"), its test file is looked at rarely.
// The speed line times the PLOVER and PETRARCH sentences only, so it stays comparable.
//
// Usage: npm run build && node bench/events.mjs [--sets plover,petrarch,conflibert] [--development] [--verbose]
//   --development: the ConfliBERT train file only (not its test file).
// Shared data: $DATELINE_SHARED, default ../shared beside the project. Absent -> message, exit 0.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyseThroughCli, bestOfThree, failer, parseSetArgs, readGold, score } from './gold-run.mjs';
import { projectRoot, sharedDir } from './shared.mjs';

const SETS = { plover: 'plover/plover_gsr_flat.jsonl', petrarch: 'petrarch/petr2_gsr_flat.jsonl', conflibert: 'conflibert_cameo' };
const CONFLIBERT_PARTS = [
  { name: 'development', file: 'cameo_class_train.tsv' },
  { name: 'test', file: 'cameo_class_test.tsv' },
];

const fail = failer('events');

/**
 * ConfliBERT's five classes from a CAMEO root: 0 statement (01 make a statement, 02 appeal),
 * 1 verbal cooperation (03-05), 2 material cooperation (06-08), 3 verbal conflict (09-13 and 16),
 * 4 material conflict (14, 15, 17-20). This is the Phoenix/GDELT quad split with 01-02 apart, not
 * the quad_class column of cameo/cameo_codes.tsv (09 material cooperation, 14 verbal conflict,
 * 16 material conflict), which the train file contradicts: of its sentences we coded 09, 20 of 22
 * are class 3; 14, 8 of 11 class 4; 16 (sanctions, expulsions, aid suspended), 72 of 80 class 3.
 * A sentence with no event reads as class 0: it states or reports something we code no act in.
 */
const CLASS_NAMES = ['statement', 'verbal coop', 'material coop', 'verbal conflict', 'material conflict'];
function classOfRoot(root) {
  if (root === null) return 0;
  const n = Number(root);
  if (n <= 2) return 0;
  if (n <= 5) return 1;
  if (n <= 8) return 2;
  if (n <= 13 || n === 16) return 3;
  return 4;
}

/** The sentences of a ConfliBERT class file (`text<TAB>class` per line) as CLI documents. */
function readClassSet(path, prefix, fail) {
  const docs = [];
  readFileSync(path, 'utf8').split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const tab = line.lastIndexOf('\t');
    const label = Number(line.slice(tab + 1));
    if (tab < 0 || !Number.isInteger(label) || label < 0 || label > 4) fail(`${path}: line ${i + 1} is not "text<TAB>class 0-4"`);
    docs.push({ id: `${prefix}-${String(i + 1).padStart(4, '0')}`, text: line.slice(0, tab), published: null, label });
  });
  return docs;
}

/** Gold class against ours (the first event's CAMEO root), with how many sentences got no event. */
function scoreClasses(docs, outputPath, fail) {
  const rootById = new Map();
  for (const line of readFileSync(outputPath, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const record = JSON.parse(line);
    if (!record.source) continue;
    const first = (record.events ?? []).find((e) => typeof e.cameo === 'string' && e.cameo.length >= 2);
    rootById.set(record.source.id, first ? first.cameo.slice(0, 2) : null);
  }
  const confusion = CLASS_NAMES.map(() => CLASS_NAMES.map(() => 0));
  const empty = CLASS_NAMES.map(() => 0);
  let missing = 0;
  for (const d of docs) {
    if (!rootById.has(d.id)) missing++;
    const root = rootById.get(d.id) ?? null;
    if (root === null) empty[d.label]++;
    confusion[d.label][classOfRoot(root)]++;
  }
  if (missing === docs.length) fail(`${outputPath}: no analysed sentence`);
  return { confusion, empty, missing, n: docs.length };
}

/** Accuracy, macro-F1 over the five classes, the class-0 share and the confusion matrix. */
function formatClassReport(label, { confusion, empty, missing, n }) {
  const diagonal = confusion.reduce((s, row, k) => s + row[k], 0);
  const f1s = CLASS_NAMES.map((_, k) => {
    const predicted = confusion.reduce((s, row) => s + row[k], 0);
    const gold = confusion[k].reduce((s, v) => s + v, 0);
    const p = predicted ? confusion[k][k] / predicted : 0;
    const r = gold ? confusion[k][k] / gold : 0;
    return p + r ? (2 * p * r) / (p + r) : 0;
  });
  const macro = f1s.reduce((s, v) => s + v, 0) / f1s.length;
  const statements = confusion[0].reduce((s, v) => s + v, 0);
  const lines = [
    `${label.padEnd(22)} accuracy=${(diagonal / n).toFixed(3)} macroF1=${macro.toFixed(3)} n=${n}` +
      ` class-0 sentences with no event or a statement code: ${confusion[0][0]} of ${statements} (${empty[0]} with no event)` +
      (missing ? ` [${missing} without output]` : ''),
    `  gold \\ ours        ${CLASS_NAMES.map((c) => c.slice(0, 9).padStart(9)).join(' ')}   F1  no event`,
    ...confusion.map((row, k) => `  ${k} ${CLASS_NAMES[k].padEnd(17)} ${row.map((v) => String(v).padStart(9)).join(' ')}  ${f1s[k].toFixed(2)}  ${empty[k]}`),
  ];
  return lines.join('\n');
}

/** The CLI's `published` from a PETRARCH story date (YYYYMMDD); PLOVER records have none. */
function published(record) {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(String(record.date ?? ''));
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/** Sentences per second of findEvents alone, best of three passes after a warm-up. */
async function timeFindEvents(docs) {
  const load = (path) => {
    const file = join(projectRoot, 'dist', path);
    if (!existsSync(file)) fail(`${file} not found: run \`npm run build\` first`);
    return import(pathToFileURL(file).href);
  };
  const { readText } = await load('analyse/nlp.js');
  const { findEntities } = await load('analyse/entities/index.js');
  const { findTimes } = await load('analyse/time/index.js');
  const { findEvents } = await load('analyse/events/index.js');
  const prepared = docs.map((d) => {
    const article = { text: d.text, title: null, published: d.published, dateline: null, outlet: null, language: 'en' };
    const input = { article, read: readText(d.text) };
    return { input, entities: findEntities(input), times: findTimes(d.text, d.published) };
  });
  const sentences = prepared.reduce((n, p) => n + p.input.read.sentences.length, 0);
  const run = () => {
    let events = 0;
    for (const p of prepared) events += findEvents(p.input, p.entities, p.times, null).length;
    return events;
  };
  return { sentences, seconds: bestOfThree(run) };
}

const shared = sharedDir('events');
if (shared) {
  const argv = process.argv.slice(2);
  const developmentOnly = argv.includes('--development');
  const { sets, verbose } = parseSetArgs(argv.filter((a) => a !== '--development'), SETS, fail);
  const everyDoc = [];
  for (const name of sets) {
    if (name === 'conflibert') {
      for (const part of developmentOnly ? CONFLIBERT_PARTS.slice(0, 1) : CONFLIBERT_PARTS) {
        const path = join(shared, 'benchmarks/events', SETS.conflibert, part.file);
        if (!existsSync(path)) {
          console.log(`events conflibert ${part.name}: skipped: ${path} not found`);
          continue;
        }
        const labelled = readClassSet(path, `conflibert-${part.name}`, fail);
        const output = analyseThroughCli('events', `conflibert-${part.name}`, labelled, fail);
        console.log(formatClassReport(`conflibert ${part.name}`, scoreClasses(labelled, output, fail)));
      }
      continue;
    }
    const goldPath = join(shared, 'benchmarks/events', SETS[name]);
    if (!existsSync(goldPath)) {
      console.log(`events ${name}: skipped: ${goldPath} not found`);
      continue;
    }
    const gold = readGold(goldPath, fail).map((r) => ({ id: r.id, text: r.text, published: published(r) }));
    everyDoc.push(...gold);
    const output = analyseThroughCli('events', name, gold, fail);
    const report = score(join(shared, 'benchmarks/score/events.mjs'), goldPath, output, fail);
    if (verbose) console.log(`-- ${name}\n${report}`);
    else console.log(`${name.padEnd(8)} ${report.split('\n').slice(-5).join(`\n${' '.repeat(9)}`)}`);
  }
  if (everyDoc.length) {
    const { sentences, seconds } = await timeFindEvents(everyDoc);
    console.log(`events speed: findEvents alone, one core: ${sentences} sentences in ${seconds.toFixed(3)} s = ${Math.round(sentences / seconds)} sentences/s`);
  }
}
