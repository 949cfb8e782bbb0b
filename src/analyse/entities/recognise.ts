/**
 * Mentions of names in one text: capitalised runs of words (with particles and
 * connectors), matched against the gazetteer first, then typed by cues: titles,
 * organisation and place heads, prepositions of place, verbs of saying, known first
 * names and surnames. A mention whose type no cue decides is left `null` for the
 * document-level pass to settle (it may be the surname of a person named earlier).
 */
import type { ReadText, Sentence } from '../nlp.js';
import { gazetteer, knownType, lookup, type EntityType, type GazetteerEntry } from './gazetteer.js';
import { nameKey } from './names.js';
import {
  PERSON_ENDINGS,
  PLACE_ENDINGS,
  companyAfter,
  companyBefore,
  connectors,
  honorifics,
  legalForms,
  locHeads,
  neverAlone,
  orgHeads,
  orgOpeners,
  particles,
  placeCues,
  speechVerbs,
  titleModifiers,
  titleNouns,
} from './lexicon.js';

export interface Word {
  text: string;
  start: number;
  end: number;
  lower: string;
}

export interface Mention {
  start: number;
  end: number;
  text: string;
  type: EntityType | null;
  entry: GazetteerEntry | null;
  /** Title right before the name ("Russian President"), or an apposition after it. */
  role: string | null;
  words: string[];
  /** Index of the sentence the mention is in. */
  sentence: number;
  /** Country of the place a name was made from ("Werder Bremen" from Bremen) or lies in ("VAIL, Colorado"), when no entry gives one. */
  placeCountry?: string | null;
}

const LETTER = /\p{L}/u;
const UPPER_START = /^\p{Lu}/u;
const ALL_CAPS = /^[\p{Lu}\d.&'-]+$/u;
const ARABIC_ARTICLE = /^(?:al|el|ad|an|ar|as|ash|at|az)-\p{Lu}/u;

/** Tokens of one sentence as words: "al", "-", "Qaeda" with no space between become "al-Qaeda". */
export function wordsOf(read: ReadText, sentence: Sentence): Word[] {
  const words: Word[] = [];
  const { tokens, text } = read;
  for (let i = sentence.firstToken; i < sentence.endToken; i++) {
    let start = tokens[i].start;
    let end = tokens[i].end;
    // Join a hyphenated name only when the part after the hyphen is itself capitalised or the part before is a particle.
    while (
      i + 2 < sentence.endToken &&
      tokens[i + 1].text === '-' &&
      tokens[i + 1].start === end &&
      tokens[i + 2].start === tokens[i + 1].end &&
      LETTER.test(tokens[i + 2].text) &&
      (UPPER_START.test(tokens[i + 2].text) || particles.has(text.slice(start, end).toLowerCase()))
    ) {
      end = tokens[i + 2].end;
      i += 2;
    }
    const value = text.slice(start, end);
    words.push({ text: value, start, end, lower: value.toLowerCase() });
  }
  return words;
}

function isCapital(word: Word): boolean {
  return UPPER_START.test(word.text) || ARABIC_ARTICLE.test(word.text);
}

/** Inflections undone to find an everyday word's base: [ending, what replaces it] ("rallied" -> "rally", "hoping" -> "hope"). */
const INFLECTIONS: ReadonlyArray<readonly [string, string]> = [
  ['s', ''], ['es', ''], ['ies', 'y'], ['ed', ''], ['d', ''], ['ied', 'y'], ['ing', ''], ['ing', 'e'], ['ly', ''], ['ily', 'y'],
];

/** An everyday English word, also in a plural or past form ("Delegates", "REJECTS", "STALLED"). */
export function everyday(lower: string): boolean {
  const { common } = gazetteer();
  if (common.has(lower)) return true;
  for (const [ending, base] of INFLECTIONS) {
    if (lower.length > ending.length + 2 && lower.endsWith(ending) && common.has(lower.slice(0, -ending.length) + base)) return true;
  }
  return false;
}

/**
 * A participle opening a clause ("Congratulating Trump on ...", "Speaking in Cairo, ..."): a sentence's
 * first word ending in -ing that no list knows as a name. Names ending in -ing ("Beijing", "Xi Jinping")
 * are in the gazetteer or are not sentence-initial participles followed by their object.
 */
function participle(word: Word): boolean {
  const g = gazetteer();
  return /^\p{Lu}\p{Ll}{3,}ing$/u.test(word.text) && !knownType(word.text) && !g.firstNames.has(word.lower) && !g.surnames.has(word.lower);
}

/** Most of the letters of the line are capitals: a headline or a dateline. */
function isCapsLine(words: readonly Word[]): boolean {
  let caps = 0;
  let lettered = 0;
  for (const w of words) {
    if (!LETTER.test(w.text)) continue;
    lettered += 1;
    if (w.text.length > 1 && ALL_CAPS.test(w.text)) caps += 1;
  }
  return lettered >= 2 && caps / lettered >= 0.6;
}

interface SentenceContext {
  words: Word[];
  caps: boolean;
  index: number;
  text: string;
}

/** A word that may be part of a name here; in an all-caps line only words that are not everyday words. */
function nameLike(ctx: SentenceContext, i: number): boolean {
  const w = ctx.words[i];
  if (!LETTER.test(w.text) || !isCapital(w)) return false;
  if (ctx.caps && ALL_CAPS.test(w.text)) {
    const g = gazetteer();
    return !everyday(w.lower) && !neverAlone.has(w.lower);
  }
  return true;
}

/** The first word of a sentence (after quotes or a dash) is capitalised by grammar, not because it is a name. */
function opensSentence(ctx: SentenceContext, i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    if (/^[\p{L}\p{N}]/u.test(ctx.words[j].text)) return ctx.words[j].text === '\n';
  }
  return true;
}

function textOf(ctx: SentenceContext, from: number, to: number, read: ReadText): string {
  return read.text.slice(ctx.words[from].start, ctx.words[to - 1].end);
}

const inName = (w: Word): boolean => isCapital(w) || particles.has(w.lower) || connectors.has(w.lower) || w.lower === 'in' || w.text === '-';

/** Longest gazetteer name starting at word i: [end word index, entry] or null. */
function gazetteerAt(ctx: SentenceContext, i: number, read: ReadText, covered: boolean[]): [number, GazetteerEntry | null, EntityType] | null {
  const g = gazetteer();
  const { words } = ctx;
  if (!isCapital(words[i]) && !(ctx.caps && ALL_CAPS.test(words[i].text))) return null;
  // "The United States": the article is not part of the name.
  if (words[i].lower === 'the') return null;
  const limit = Math.min(words.length, i + g.maxWords);
  // A name ends before the first word already covered, and within the run of words a name may hold.
  let uncovered = i;
  while (uncovered < limit && !covered[uncovered]) uncovered++;
  // Inside a known name small words may stand in lower case ("Ministry of Health in Gaza").
  let run = i;
  while (run < limit && inName(words[run])) run++;
  for (let end = Math.min(uncovered, run); end > i; end--) {
    const last = words[end - 1];
    if (!isCapital(last) || !LETTER.test(last.text)) continue;
    const text = textOf(ctx, i, end, read);
    const type = knownType(text);
    if (!type) continue;
    if (end - i === 1) {
      const w = words[i];
      if (neverAlone.has(w.lower)) continue;
      // "Turkey"/"Chad"/"Jordan" open sentences too: a sentence-initial everyday word needs more evidence.
      if (g.common.has(w.lower) && (opensSentence(ctx, i) || (ctx.caps && ALL_CAPS.test(w.text)))) continue;
    }
    return [end, chosenEntry(text, type), type];
  }
  return null;
}

/** Every word a title word or a nationality, ending in a title noun: a title with no name in it. */
function titleOnly(words: readonly Word[], from: number, to: number): boolean {
  if (!titleNouns.has(words[to - 1].lower)) return false;
  for (let i = from; i < to; i++) {
    const lower = words[i].lower;
    if (!titleNouns.has(lower) && !titleModifiers.has(lower) && knownType(words[i].text) !== 'NORP' && knownType(words[i].text) !== 'GPE') return false;
  }
  return true;
}

/** Leading title words of a run: the index just past the last title noun, or 0. */
function titleEnd(words: readonly Word[], from: number, to: number): number {
  let end = 0;
  for (let i = from; i < to - 1; i++) {
    const lower = words[i].lower;
    if (titleNouns.has(lower)) end = i + 1;
    else if (!titleModifiers.has(lower) && knownType(words[i].text) !== 'NORP' && knownType(words[i].text) !== 'GPE') break;
  }
  return end;
}

/** "shares of Newmont", "a stake in Barrick", "Ahold shares", "Ahold 's stock": a company. */
function companyContext(words: readonly Word[], from: number, to: number): boolean {
  const next = words[to]?.lower ?? '';
  const at = next === "'s" || next === '’s' ? to + 1 : to;
  const after = words[at]?.lower ?? '';
  // "Woods shares the lead": a verb, not the company's shares.
  if (companyAfter.has(after) && !/^(?:the|a|an|his|her|their|its|first|second|third|top)$/.test(words[at + 1]?.lower ?? '')) return true;
  const prev = words[from - 1]?.lower ?? '';
  return (prev === 'of' || prev === 'in') && companyBefore.has(words[from - 2]?.lower ?? '');
}

function typeByCues(ctx: SentenceContext, from: number, to: number, titled: boolean): EntityType | null {
  const g = gazetteer();
  const { words } = ctx;
  const first = words[from].lower;
  const last = words[to - 1].lower;
  const n = to - from;
  const prev = from > 0 ? words[from - 1].lower : '';
  const next = to < words.length ? words[to].lower : '';
  if (titled) return 'PERSON';
  if (n > 1 && orgHeads.has(last)) return 'ORG';
  if (n > 1 && orgOpeners.has(first) && words.slice(from, to).some((w) => w.lower === 'of')) return 'ORG';
  if (n > 1 && locHeads.has(last)) return 'LOC';
  if (companyContext(words, from, to)) return 'ORG';
  if (/^(?:[A-Z]\.){2,}$|^[A-Z]{2,6}s?$/.test(words[from].text) && n === 1 && !ctx.caps) return 'ORG';
  if (n >= 2) {
    if (g.firstNames.has(first) || g.surnames.has(last) || PERSON_ENDINGS.test(last)) return 'PERSON';
    if (words.slice(from + 1, to).some((w) => g.common.has(w.lower))) return 'ORG';
    return 'PERSON';
  }
  if (g.surnames.has(first) || g.firstNames.has(first)) return 'PERSON';
  if (speechVerbs.has(next)) return 'PERSON';
  if (placeCues.has(prev)) return 'GPE';
  if (PERSON_ENDINGS.test(first)) return 'PERSON';
  if (PLACE_ENDINGS.test(first)) return 'GPE';
  return null;
}

/** Every name mention of the text, in order. */
export function recognise(read: ReadText): Mention[] {
  const g = gazetteer();
  const mentions: Mention[] = [];
  read.sentences.forEach((sentence, index) => {
    const words = wordsOf(read, sentence);
    const ctx: SentenceContext = { words, caps: isCapsLine(words), index, text: sentence.text };
    const covered = new Array<boolean>(words.length).fill(false);
    const push = (from: number, to: number, type: EntityType | null, entry: GazetteerEntry | null, role: string | null) => {
      for (let k = from; k < to; k++) covered[k] = true;
      mentions.push({
        start: words[from].start,
        end: words[to - 1].end,
        text: textOf(ctx, from, to, read),
        type,
        entry,
        role,
        words: words.slice(from, to).map((w) => w.text),
        sentence: index,
      });
    };

    // 1. Known names, longest first.
    for (let i = 0; i < words.length; i++) {
      const hit = gazetteerAt(ctx, i, read, covered);
      if (!hit) continue;
      let end = hit[0];
      // "Newmont Mining" known, "Newmont Mining Corp" written: the legal form belongs to the name.
      if (hit[2] === 'ORG') while (end < words.length && legalForms.has(words[end].lower) && isCapital(words[end])) end += 1;
      push(i, end, hit[2], hit[1], null);
      i = end - 1;
    }

    // 2. Runs of capitalised words the gazetteer does not know.
    for (let i = 0; i < words.length; i++) {
      if (covered[i] || !nameLike(ctx, i)) continue;
      let end = i + 1;
      for (;;) {
        if (end < words.length && !covered[end] && nameLike(ctx, end)) {
          end += 1;
          continue;
        }
        // A particle or connector joins only when a capitalised word follows ("Bank of England", "Osama bin Laden").
        let k = end;
        while (k < words.length && !covered[k] && (particles.has(words[k].lower) || connectors.has(words[k].lower)) && k - end < 2) k += 1;
        if (k > end && k < words.length && !covered[k] && nameLike(ctx, k) && !(words[end].lower === 'and' && !orgOpeners.has(words[i].lower))) {
          end = k + 1;
          continue;
        }
        break;
      }
      let from = i;
      // Grammar capitalises a sentence's first word; drop it when it is an everyday word.
      while (from < end && (neverAlone.has(words[from].lower) || (from === i && opensSentence(ctx, from) && (participle(words[from]) || (everyday(words[from].lower) && !g.firstNames.has(words[from].lower) && !titleModifiers.has(words[from].lower) && !titleNouns.has(words[from].lower)))))) from += 1;
      let to = end;
      while (to > from && (neverAlone.has(words[to - 1].lower) || connectors.has(words[to - 1].lower) || particles.has(words[to - 1].lower))) to -= 1;
      i = end - 1;
      if (to <= from) continue;
      const pair = to - from === 1 ? nationalityPair(words[from]) : null;
      if (pair) {
        // "Palestinian-Israeli conflict": a pair of nationalities, not one name; with an unknown part, nothing.
        for (const part of pair) mentions.push({ ...part, sentence: index });
        continue;
      }
      const t = titleEnd(words, from, to);
      if (titleOnly(words, from, to)) {
        // "Russian President" before a known name: the title is a role, its nationality a mention.
        for (let k = from; k < to; k++) {
          const kt = knownType(words[k].text);
          if (kt === 'NORP' || kt === 'GPE') push(k, k + 1, kt, chosenEntry(words[k].text, kt), null);
        }
        continue;
      }
      let role: string | null = null;
      if (t > from) {
        const titleWords = words.slice(from, t).filter((w) => !honorifics.has(w.lower));
        // "Kyrgyz Prime Minister": a nationality the gazetteer matched first still belongs to the title.
        if (titleWords.length && from > 0 && covered[from - 1] && nationalityWord(words[from - 1])) titleWords.unshift(words[from - 1]);
        role = titleWords.length ? read.text.slice(titleWords[0].start, titleWords[titleWords.length - 1].end) : null;
        // A nationality or country inside a title is a mention of its own ("[Russian] President Vladimir Putin").
        for (let k = from; k < t; k++) {
          const kt = knownType(words[k].text);
          if (kt === 'NORP' || kt === 'GPE') push(k, k + 1, kt, chosenEntry(words[k].text, kt), null);
        }
        from = t;
      } else if (to - from === 1 && titleNouns.has(words[from].lower)) continue;
      // Mid-sentence only after "the" ("the West", "the Government"): elsewhere a capitalised
      // everyday word is usually a name ("Bush", "Apple", "Rice"), and dropping it cost story
      // linking on ECB+ (development half 0.930 -> 0.917).
      if (to - from === 1 && g.common.has(words[from].lower) && (t === from || words[from - 1]?.lower === 'the')) {
        // A capitalised everyday word alone ("Government", "Internet") is rarely a name.
        const typed = typeByCues(ctx, from, to, false);
        if (typed !== 'GPE') continue;
      }
      const type = typeByCues(ctx, from, to, t > 0 && t === from);
      // In an all-caps line case tells nothing: a lone unknown word there needs a cue.
      if (ctx.caps && to - from === 1 && type === null) continue;
      // A spelling the gazetteer has under another transliteration ("Francois Mitterand", "Abdelaziz Bouteflicka").
      const entry = type === 'PERSON' && to - from > 1 ? lookup(textOf(ctx, from, to, read), 'PERSON') : null;
      push(from, to, type, entry, role);
    }
  });
  mentions.sort((a, b) => a.start - b.start);
  attachTitles(read, mentions);
  attachRealms(read.text, mentions);
  return mentions;
}

/**
 * A lone word that opens its line or sentence, that no list knows and no cue types ("Standings",
 * "Halftime", "Sorghum" heading a table row), is capitalised by its place, not because it is a name:
 * kept only when the document writes it capitalised again.
 */
/**
 * "VAIL, Colorado 2024-01-06", "TEMPE, Ariz. -": a name opening a line and followed by a comma and a known
 * place is the place of a dateline, even when no list knows it.
 */
export function datelinePlaces(text: string, mentions: Mention[]): void {
  // An all-caps word alone was typed as an acronym by its case only, and two unknown words as a person by
  // default: a dateline is written in capitals and its place may be unknown.
  const guessed = (m: Mention) =>
    !m.entry &&
    !m.role &&
    (m.type === null ||
      (m.type === 'ORG' && m.words.length === 1 && ALL_CAPS.test(m.text)) ||
      (m.type === 'PERSON' && !gazetteer().firstNames.has(m.words[0].toLowerCase())));
  const places = new Map<string, string | null>();
  for (let i = 0; i + 1 < mentions.length; i++) {
    const m = mentions[i];
    const next = mentions[i + 1];
    if (!guessed(m) || m.words.length > 3) continue;
    if (next.type !== 'GPE' || !next.entry || !/^\s*,\s*$/.test(text.slice(m.end, next.start))) continue;
    const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
    if (/^[\s("'“]*$/.test(text.slice(lineStart, m.start))) places.set(nameKey(m.text), next.entry.country);
  }
  // The place named in the dateline is the same place further down ("Keldon Springs").
  for (const m of mentions) {
    if (!places.has(nameKey(m.text)) || !guessed(m)) continue;
    m.type = 'GPE';
    m.placeCountry = places.get(nameKey(m.text));
  }
}

export function withoutUnsupportedOpeners(text: string, mentions: Mention[]): Mention[] {
  return mentions.filter((m) => {
    if (m.type !== null || m.entry || m.words.length !== 1 || m.role) return true;
    const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
    const before = text.slice(Math.max(lineStart, m.start - 40), m.start);
    if (!/^[\s\d.,:;!?*"'“”‘’()=-]*$/.test(before) && !/[.!?]["'”’]?\s+$/.test(before)) return true;
    let count = 0;
    for (let at = text.indexOf(m.text); at !== -1 && count < 2; at = text.indexOf(m.text, at + 1)) {
      const edge = (i: number) => i < 0 || i >= text.length || !/[\p{L}\p{N}]/u.test(text[i]);
      if (edge(at - 1) && edge(at + m.text.length)) count += 1;
    }
    return count >= 2;
  });
}

/** "King Hassan of Morocco", "Emir Tamim of Qatar": the country after a titled person is part of the title. */
function attachRealms(text: string, mentions: readonly Mention[]): void {
  for (let i = 0; i + 1 < mentions.length; i++) {
    const m = mentions[i];
    const next = mentions[i + 1];
    if (m.type === 'PERSON' && m.role && next.type === 'GPE' && /^\s+of\s+(?:the\s+)?$/.test(text.slice(m.end, next.start))) m.role = `${m.role} of ${next.text}`;
  }
}

/** A nationality or country word ("Russian", "U.S."): the kinds a title may carry. */
function nationalityWord(word: Word): boolean {
  const type = knownType(word.text);
  return type === 'NORP' || type === 'GPE';
}

/**
 * A hyphenated word with a nationality in it: its parts when each is a nationality or country
 * ("Palestinian-Israeli", "U.S.-Soviet"), none when another part is unknown ("Serbo-Croatian");
 * null for any other word ("Hewlett-Packard"), which is read as a name.
 */
function nationalityPair(word: Word): Omit<Mention, 'sentence'>[] | null {
  const texts = word.text.split('-');
  if (texts.length < 2 || !texts.some((text) => knownType(text) === 'NORP')) return null;
  const parts: Omit<Mention, 'sentence'>[] = [];
  let at = word.start;
  for (const text of texts) {
    const type = knownType(text);
    if (type !== 'NORP' && type !== 'GPE') return [];
    parts.push({ start: at, end: at + text.length, text, type, entry: chosenEntry(text, type), role: null, words: [text] });
    at += text.length + 1;
  }
  return parts;
}

/**
 * The entry a name denotes; when entries of one name and type differ only by country ("French": France and
 * the French Southern Territories), the country with the most entries in the gazetteer, the one the news means.
 */
export function chosenEntry(text: string, type: EntityType): GazetteerEntry | null {
  const found = lookup(text, type);
  if (found) return found;
  const same = (gazetteer().byKey.get(nameKey(text)) ?? []).filter((e) => e.type === type);
  if (same.length < 2 || same.some((e) => e.name !== same[0].name || !e.country)) return null;
  const weight = countryWeights();
  return same.reduce((best, e) => ((weight.get(e.country ?? '') ?? 0) > (weight.get(best.country ?? '') ?? 0) ? e : best));
}

const weights = new WeakMap<object, Map<string, number>>();

/** Entries per country in the gazetteer, counted once per gazetteer. */
function countryWeights(): Map<string, number> {
  const g = gazetteer();
  let counts = weights.get(g);
  if (!counts) {
    counts = new Map();
    const seen = new Set<GazetteerEntry>();
    for (const list of g.byKey.values()) {
      for (const e of list) {
        if (seen.has(e) || !e.country) continue;
        seen.add(e);
        counts.set(e.country, (counts.get(e.country) ?? 0) + 1);
      }
    }
    weights.set(g, counts);
  }
  return counts;
}

/** A title right before a known person ("Russian President" + gazetteer "Vladimir Putin") is that person's role. */
function attachTitles(read: ReadText, mentions: Mention[]): void {
  for (const m of mentions) {
    if (m.type !== 'PERSON' || m.role) continue;
    const before = read.text.slice(Math.max(0, m.start - 80), m.start);
    const match = /((?:[\p{Lu}][\p{L}.'-]*\s+){1,5})$/u.exec(before);
    if (!match) continue;
    const words = match[1].trim().split(/\s+/);
    let k = words.length;
    while (k > 0) {
      const lower = words[k - 1].toLowerCase();
      if (titleNouns.has(lower) || titleModifiers.has(lower) || knownType(words[k - 1]) === 'NORP' || knownType(words[k - 1]) === 'GPE') k -= 1;
      else break;
    }
    const title = words.slice(k).filter((w) => !honorifics.has(w.toLowerCase()));
    if (title.some((w) => titleNouns.has(w.toLowerCase()))) m.role = title.join(' ');
  }
}
