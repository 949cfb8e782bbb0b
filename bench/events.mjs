#!/usr/bin/env node
// Event-coding benchmark (PLOVER / CAMEO) on the shared gold sentences: PLOVER gold
// records (event type F1, actor countries) and PETRARCH2 validation records (CAMEO root
// accuracy, actor countries, no-event sentences). For each set it writes the input
// {id, text, published} from the gold file (PETRARCH `date` YYYYMMDD -> published),
// runs the real CLI (`dateline analyze --no-progress`) over it and prints the shared
// scorer's last line (--verbose: its whole table). Then it times findEvents alone, on
// this one thread, over the sentences already read (entities and times computed first).
//
// Usage: npm run build && node bench/events.mjs [--sets plover,petrarch] [--verbose]
// Shared data: $DATELINE_SHARED, default ../shared beside the project. Absent -> message, exit 0.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyseThroughCli, bestOfThree, failer, parseSetArgs, readGold, score } from './gold-run.mjs';
import { projectRoot, sharedDir } from './shared.mjs';

const SETS = { plover: 'plover/plover_gsr_flat.jsonl', petrarch: 'petrarch/petr2_gsr_flat.jsonl' };

const fail = failer('events');


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
  const { sets, verbose } = parseSetArgs(process.argv.slice(2), SETS, fail);
  const everyDoc = [];
  for (const name of sets) {
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
