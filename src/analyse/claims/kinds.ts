/**
 * Binding a figure to what it counts: the kind word right before it ("killed more than
 * 43,500"), after its noun ("1,200 people in Israel were killed", "240 hostages"), or a
 * few linking words before it ("the death toll could be as high as 200,000").
 */
import type { Token } from '../nlp.js';
import { KIND_WORDS, type ClaimKind } from './lexicon.js';

interface KindPhrase {
  kind: ClaimKind;
  words: readonly string[];
}

/** Longest phrases first, so "death toll" wins over "death". */
const PHRASES: readonly KindPhrase[] = (Object.entries(KIND_WORDS) as [ClaimKind, readonly string[]][])
  .flatMap(([kind, list]) => list.map((p) => ({ kind, words: p.split(' ') })))
  .sort((a, b) => b.words.length - a.words.length);

export interface KindMatch {
  kind: ClaimKind;
  first: number;
  last: number;
}

const lower = (t: Token | undefined): string => t?.text.toLowerCase() ?? '';

/** PHRASES by their first and by their last word, each list in PHRASES order: every token of every figure is looked up. */
function phrasesBy(word: (p: KindPhrase) => string): ReadonlyMap<string, readonly KindPhrase[]> {
  const index = new Map<string, KindPhrase[]>();
  for (const p of PHRASES) {
    const list = index.get(word(p));
    if (list) list.push(p);
    else index.set(word(p), [p]);
  }
  return index;
}
const BY_FIRST_WORD = phrasesBy((p) => p.words[0]);
const BY_LAST_WORD = phrasesBy((p) => p.words[p.words.length - 1]);

/** The kind phrase that starts at token `i`. */
export function kindAt(tokens: readonly Token[], i: number): KindMatch | null {
  for (const p of BY_FIRST_WORD.get(lower(tokens[i])) ?? []) {
    if (p.words.every((w, k) => lower(tokens[i + k]) === w)) return { kind: p.kind, first: i, last: i + p.words.length };
  }
  return null;
}

/** The kind phrase that ends just before token `end`. */
export function kindEndingAt(tokens: readonly Token[], end: number): KindMatch | null {
  for (const p of BY_LAST_WORD.get(lower(tokens[end - 1])) ?? []) {
    const first = end - p.words.length;
    if (first >= 0 && p.words.every((w, k) => lower(tokens[first + k]) === w)) return { kind: p.kind, first, last: end };
  }
  return null;
}

/** Words that may stand between a kind word and a figure after it: "the death toll has risen to", "killing a total of". */
const LINKS_BEFORE = new Set(['rose', 'risen', 'climbed', 'reached', 'stands', 'stood', 'at', 'to', 'has', 'have', 'had', 'is', 'was', 'could', 'be', 'now', 'hit', 'of', 'the', 'a', 'total', 'number', 'tally', 'increased', 'jumped', 'passed', 'may', 'might', 'would', 'will', 'reach', 'exceed', 'exceeded', 'are', 'were', 'put', 'puts', 'count', 'figure', 'estimated']);
/** Words between the figure's noun and a kind word after it: "people were reportedly killed". */
const LINKS_AFTER = new Set(['were', 'was', 'have', 'has', 'had', 'been', 'are', 'is', 'being', 'reportedly', 'also', 'now', 'already', 'believed', 'feared', 'thought', 'said', 'to', 'be', 'remain', 'remained', 'still', 'others', 'other', 'more', 'of', 'them', 'were', 'confirmed', 'later', 'either', 'or', 'since']);

/** Nouns for the people a figure counts. */
export const PEOPLE_NOUN = /^(people|persons|civilians|children|women|men|soldiers|troops|fighters|militants|residents|others|migrants|refugees|protesters|demonstrators|journalists|workers|staff|members|officers|policemen|police|patients|students|pupils|villagers|citizens|nationals|foreigners|hostages|prisoners|detainees|individuals|families|households|inhabitants|settlers|passengers|miners|doctors|medics|personnel|combatants|adults|babies|infants|minors|teenagers|youths|elderly|worshippers|fishermen|sailors|climbers|firefighters|suspects|activists|fans|crew|cattle|delegates|pilgrims|employees|volunteers|officials|nurses|guards|teachers|farmers|voters|athletes)$/i;
/** What may stand between the figure and a kind word after it: people nouns, names, "of", "the". */
const PEOPLE = new RegExp(`${PEOPLE_NOUN.source}|^(aid|humanitarian|government|opposition|police|security|of|the|in|from|and|their|his|her|its|[A-Z].*)$`, 'i');

export function bindKind(tokens: readonly Token[], figureFirst: number, figureLast: number, qualifierFirst: number): KindMatch | null {
  const before = kindEndingAt(tokens, qualifierFirst);
  if (before) return before;
  // After: the counted noun, linking verbs, then the kind word; a noun that is itself a kind ("martyrs") counts.
  for (let k = figureLast; k < tokens.length && k - figureLast < 10; k++) {
    const here = kindAt(tokens, k);
    if (here) return here;
    const word = tokens[k].text;
    if (/^[,;:.()]$/.test(word) || /^\d/.test(word)) break;
    if (!PEOPLE.test(word) && !LINKS_AFTER.has(word.toLowerCase())) break;
  }
  for (let k = qualifierFirst - 1; k >= 0 && qualifierFirst - k <= 6; k--) {
    const here = kindEndingAt(tokens, k + 1);
    if (here) return here;
    if (!LINKS_BEFORE.has(tokens[k].text.toLowerCase())) break;
  }
  return null;
}
