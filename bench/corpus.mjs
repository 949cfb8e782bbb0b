/**
 * A news corpus of any size, generated from our own writing: the paragraphs of the bundled
 * samples (samples/, test/fixtures/cli) recombined into articles of 200 to 3,000 words, each
 * with its own lead (a place, a date, a named official, a figure, a quote), wrapped in a web
 * page with navigation, related links and a footer. A known share of the articles are near
 * copies of an earlier one (new headline, last paragraph trimmed or one added), as wire copy
 * republished by another outlet is. Deterministic: the same seed gives the same corpus.
 *
 * Used by bench/pipeline.mjs; `node bench/corpus.mjs --docs N` writes it as JSON Lines.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Paragraphs (over 12 words) of the plain-text and JSON Lines samples and CLI fixtures. */
export function sampleParagraphs() {
  const paragraphs = [];
  const add = (text) => {
    for (const p of text.split(/\n\s*\n/)) {
      const clean = p.replace(/\s+/g, ' ').trim();
      if (clean.split(' ').length > 12) paragraphs.push(clean);
    }
  };
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.txt')) add(readFileSync(path, 'utf8').replace(/^\s*date \S+\s*/, ''));
      else if (name.endsWith('.jsonl')) {
        for (const line of readFileSync(path, 'utf8').split('\n')) {
          if (!line.trim()) continue;
          const record = JSON.parse(line);
          if (typeof record.text === 'string') add(record.text);
        }
      }
    }
  };
  walk(join(root, 'samples'));
  walk(join(root, 'test/fixtures/cli'));
  if (paragraphs.length < 20) throw new Error('bench/corpus: too few sample paragraphs under samples/ and test/fixtures/cli');
  return paragraphs;
}

const FIRST = ['Anna', 'Tomas', 'Leila', 'Kwame', 'Ines', 'Piotr', 'Mei', 'Omar', 'Sofia', 'Rahul', 'Eitan', 'Nadia', 'Jonas', 'Amara', 'Luis', 'Yuki'];
const LAST = ['Berg', 'Reyes', 'Haddad', 'Mensah', 'Duarte', 'Nowak', 'Lin', 'Farouk', 'Costa', 'Iyer', 'Levi', 'Karimi', 'Lund', 'Okafor', 'Ortega', 'Sato'];
const ROLES = ['Interior Minister', 'Mayor', 'Health Minister', 'police spokesperson', 'Foreign Minister', 'regional governor', 'fire chief', 'union leader'];
const PLACES = ['Lisbon', 'Nairobi', 'Manila', 'Oslo', 'Lima', 'Accra', 'Tbilisi', 'Hanoi', 'Quito', 'Tunis', 'Gdansk', 'Porto', 'Kigali', 'Osaka', 'Cork', 'Valparaiso'];
const ORGS = ['the Red Cross', 'the United Nations', 'the Ministry of Health', 'the port authority', 'the national weather service', 'the European Union', 'the World Bank'];
const KINDS = ['killed', 'injured', 'displaced', 'evacuated', 'arrested', 'missing'];
const QUALIFIERS = ['', 'at least ', 'more than ', 'about ', 'nearly '];
const OUTLETS = ['harbour-gazette', 'daily-ledger', 'meridian-news', 'coastline-daily', 'ashbury-courier', 'alpine-post', 'river-times', 'north-star'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** mulberry32: a small, fast, seedable PRNG. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const words = (s) => s.split(/\s+/).filter(Boolean).length;

/** Article lengths: mostly 300-900 words, a long tail up to 3,000, never under 200. */
function targetWords(rand) {
  const u = rand();
  return Math.round(u < 0.8 ? 200 + rand() * 700 : 900 + rand() * 2100);
}

function page({ outlet, title, published, paragraphs, index }) {
  const related = [1, 2, 3].map((k) => `<li><a href="/story/${index + k}">More from ${escapeHtml(outlet)}: story ${index + k}</a></li>`).join('');
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)} | ${escapeHtml(outlet)}</title>` +
    `<meta property="og:title" content="${escapeHtml(title)}"><meta property="og:site_name" content="${escapeHtml(outlet)}">` +
    `<meta property="article:published_time" content="${published}T08:00:00Z"></head><body>` +
    `<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a> <a href="/sport">Sport</a></nav></header>` +
    `<main><article><h1>${escapeHtml(title)}</h1><p class="byline">By Staff Reporter</p>` +
    paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('') +
    `</article><aside><h2>Related</h2><ul>${related}</ul></aside></main>` +
    `<footer><p>&copy; ${escapeHtml(outlet)}. All rights reserved.</p><a href="/privacy">Privacy</a></footer></body></html>`
  );
}

const NAMES = [...FIRST, ...LAST, ...PLACES, 'Arlen', 'Brisk', 'Calder', 'Doran', 'Eskil', 'Farrow', 'Galen', 'Harwick', 'Islay', 'Jorvik', 'Kestrel', 'Lowell'];

/**
 * A pool paragraph made this article's own: its names and figures replaced, its sentences
 * perhaps in another order. Without it, articles drawn from one small pool of paragraphs
 * would share whole paragraphs, as no two real reports of different events do.
 */
function vary(paragraph, rand, pick) {
  const sentences = paragraph.split(/(?<=[.!?]["”]?)\s+(?=[A-Z"“])/);
  if (sentences.length > 1 && rand() < 0.5) sentences.push(sentences.shift());
  return sentences
    .map((sentence) =>
      sentence
        .split(' ')
        .map((w, k) => {
          if (k > 0 && /^[A-Z][a-z]{2,}$/.test(w)) return pick(NAMES);
          if (/^\d[\d,]*$/.test(w)) return String(2 + Math.floor(rand() * 900));
          return w;
        })
        .join(' '),
    )
    .join(' ');
}

/** How a republished copy differs from its original, besides its headline. */
export const EDITS = ['trimmed', 'extended', 'reordered', 'reworded', 'headline-only'];

/** The body of a near copy: last paragraph cut, one added, two swapped, a few words changed, or as it was. */
function editBody(edit, body, rand, anyParagraph) {
  switch (edit) {
    case 'trimmed':
      return body.length > 2 ? body.slice(0, -1) : body;
    case 'extended':
      return [...body, anyParagraph()];
    case 'reordered': {
      if (body.length < 4) return body;
      const copy = [...body];
      const a = 2 + Math.floor(rand() * (copy.length - 2));
      const b = 2 + Math.floor(rand() * (copy.length - 2));
      [copy[a], copy[b]] = [copy[b], copy[a]];
      return copy;
    }
    case 'reworded':
      // About one word in forty changed, as a subeditor's touch.
      return body.map((p) => p.split(' ').map((w) => (rand() < 0.025 ? 'also' : w)).join(' '));
    default:
      return body;
  }
}

/**
 * Yields `{ id, url, html, text, words, copyOf, edit }` records. `nearDuplicateRate` of them (after the
 * first hundred) are near copies of one of the last 1,000 originals. Memory stays flat:
 * only the recent originals' paragraph lists are kept.
 */
export function* generateCorpus({ docs, seed = 20261123, nearDuplicateRate = 0.1, paragraphs = sampleParagraphs() }) {
  const rand = random(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const recent = [];
  for (let i = 0; i < docs; i++) {
    const outlet = pick(OUTLETS);
    const day = 1 + Math.floor(rand() * 28);
    const month = Math.floor(rand() * 12);
    const published = `2024-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    if (i >= 100 && recent.length > 0 && rand() < nearDuplicateRate) {
      const original = recent[Math.floor(rand() * recent.length)];
      const edit = EDITS[Math.floor(rand() * EDITS.length)];
      const body = editBody(edit, original.body, rand, () => pick(paragraphs));
      const title = `${original.title}: what we know`;
      yield { id: `gen-${i}`, url: `https://${outlet}.example/${published}/gen-${i}`, html: page({ outlet, title, published, paragraphs: body, index: i }), text: body.join('\n\n'), words: body.reduce((n, p) => n + words(p), 0), copyOf: original.id, edit };
      continue;
    }
    const person = `${pick(FIRST)} ${pick(LAST)}`;
    const role = pick(ROLES);
    const place = pick(PLACES);
    const figure = 2 + Math.floor(rand() * 5000);
    const kind = pick(KINDS);
    const weekday = WEEKDAYS[(day + month) % 7];
    const lead = [
      `${place.toUpperCase()}, ${MONTHS[month]} ${day} - ${QUALIFIERS[Math.floor(rand() * QUALIFIERS.length)]}${figure} people were ${kind} after storms hit the region on ${weekday}, ${role} ${person} said, according to ${pick(ORGS)}.`,
      `"We are doing everything we can to reach the families who need help," ${person} told reporters in ${place}. "The next days will be difficult."`,
    ];
    const body = [...lead];
    const target = targetWords(rand);
    let count = lead.reduce((n, p) => n + words(p), 0);
    while (count < target) {
      const p = vary(pick(paragraphs), rand, pick);
      body.push(p);
      count += words(p);
    }
    const title = `${figure} ${kind} in ${place} as ${person} appeals for calm`;
    const id = `gen-${i}`;
    recent.push({ id, title, body });
    if (recent.length > 1000) recent.shift();
    yield { id, url: `https://${outlet}.example/${published}/${id}`, html: page({ outlet, title, published, paragraphs: body, index: i }), text: body.join('\n\n'), words: count, copyOf: null, edit: null };
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const i = process.argv.indexOf('--docs');
  const docs = i > 0 ? Number(process.argv[i + 1]) : 1000;
  for (const record of generateCorpus({ docs })) {
    const line = JSON.stringify({ id: record.id, url: record.url, html: record.html }) + '\n';
    if (!process.stdout.write(line)) await new Promise((resolve) => process.stdout.once('drain', resolve));
  }
}
