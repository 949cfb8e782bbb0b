// How GUM's genres with news-like prose write each word: in lower case, or capitalised alone mid-sentence (after a
// lower-case word or a comma, before neither a capital nor "of"), which is how a one-word name is written. Read by
// build-gazetteer.mjs (the common-word list) and check-gazetteer.mjs (names in that list).
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

const GENRES = /^GUM_(academic|court|interview|news)_/;

/** Counts by lower-cased word: `lower` as written in lower case, `lone` capitalised alone mid-sentence. */
export function gumWordCounts(gumPath) {
  const lower = new Map();
  const lone = new Map();
  for (const line of gunzipSync(readFileSync(gumPath)).toString('utf8').split('\n')) {
    if (!line.trim()) continue;
    const record = JSON.parse(line);
    if (!GENRES.test(record.id)) continue;
    const tokens = record.text.split(' ');
    tokens.forEach((word, i) => {
      if (/^[a-z][a-z'-]*$/.test(word)) lower.set(word, (lower.get(word) ?? 0) + 1);
      else if (i > 0 && /^[A-Z][a-z'-]+$/.test(word) && /^[a-z,]/.test(tokens[i - 1]) && !/^[A-Z]/.test(tokens[i + 1] ?? '') && tokens[i + 1] !== 'of') {
        lone.set(word.toLowerCase(), (lone.get(word.toLowerCase()) ?? 0) + 1);
      }
    });
  }
  return { lower, lone };
}
