/**
 * Mentions of names in one text: capitalised runs of words (with particles and
 * connectors), matched against the gazetteer first, then typed by cues: titles,
 * organisation and place heads, prepositions of place, verbs of saying, known first
 * names and surnames. A mention whose type no cue decides is left `null` for the
 * document-level pass to settle (it may be the surname of a person named earlier).
 */
import type { ReadText, Sentence } from '../nlp.js';
import { gazetteer, isCountry, knownType, lookup, type EntityType, type GazetteerEntry } from './gazetteer.js';
import { nameKey } from './names.js';
import {
  PERSON_ENDINGS,
  PLACE_ENDINGS,
  NONPLACE_ENDINGS,
  companyAfter,
  companyBefore,
  connectors,
  determinedWorkNouns,
  determiners,
  directions,
  eventHeads,
  eventOpeners,
  feasts,
  programmeHeads,
  possessiveInName,
  everydayAbbreviations,
  generational,
  honorifics,
  legalForms,
  locHeads,
  mastheads,
  motionWords,
  neverAlone,
  numberWords,
  orgAppositionNouns,
  offices,
  orgHeads,
  orgOpeners,
  particles,
  personNouns,
  personVerbs,
  placeCues,
  placeNouns,
  placeOpeners,
  pressNouns,
  prizeNouns,
  rankedOrgNouns,
  scriptures,
  speechVerbs,
  titleModifiers,
  titleNouns,
  uniqueThings,
  workNouns,
} from './lexicon.js';

/** An adjective by its ending ("romantic", "critical", "famous", "latest", "own", "new") or a year, before a work's noun. */
const WORK_ADJECTIVE = /^(?:\p{Ll}+(?:ic|al|ous|ive|ful|less|able|ible|ary|ish|est|ern)|own|new|\d{4})$/u;

/** A hashtag: "#" and a word with a lower-case letter in it (not "#1", nor a code in a table such as "#A4"). */
const HASHTAG = /^#[\p{L}\p{N}_]*\p{Ll}[\p{L}\p{N}_]*$/u;

export interface Word {
  text: string;
  start: number;
  end: number;
  lower: string;
  /** A line break stands between this word and the one before it: a name never runs across lines (tables, headings). */
  newline: boolean;
  /** The word is glued to a figure before it ("1,250M", "26th"): a unit or suffix, not a name. */
  afterFigure: boolean;
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
/**
 * A lower-case prefix of place or time and a hyphen before a capitalised name: "trans-Atlantic", "post-Communist",
 * "mid-Mississippi". Not a stance or a negation ("pro-Russian", "anti-Western", "non-Muslims"): the event stage reads
 * the people so described as the actors, and the name inside is not theirs (PETRARCH2 actor accuracy 0.817 -> 0.806).
 */
const PREFIXED_NAME = /^(?:trans|post|pre|mid|pan|neo|cross|inter|intra|sub)-\p{Lu}\p{L}*$/u;
const ARABIC_ARTICLE = /^(?:al|el|ad|an|ar|as|ash|at|az)-\p{Lu}/u;
/** "d'Alembert", "d'Estaing": a French or Italian elided particle glued to a capitalised name. */
const ELIDED_PARTICLE = /^d['’]\p{Lu}\p{Ll}/u;
/**
 * A brand written with a lower-case prefix: "iPhone", "eBay", "wikiHow"; not "mRNA", "iOS", "kWh" (fewer than two
 * lower-case letters after the capital). Units so written ("per mmBtu") are dropped where they are read.
 */
const CAMEL_NAME = /^\p{Ll}{1,5}\p{Lu}\p{Ll}{2,}/u;
const LETTER_START = /^\p{L}/u;
/** A possessive ending written apart: trimmed from a name's start when the word before it was trimmed ("Women 's World Cup" opening a sentence). */
const POSSESSIVE = /^['’]s$/;
const SYLLABLE = /^\p{Lu}\p{Ll}{0,3}$/u;
const LOWER_SYLLABLE = /^\p{Ll}{1,5}$/u;
const QUOTE = /^["“”]$/;
const YEAR = /^(?:1[5-9]|20)\d\d$/;
/** A version or edition number after a product's or event's name. */
const VERSION = /^\d{1,2}$/;
/** What makes the number after a name a count, a score or a time: a unit, a dash, a colon, a decimal point. */
const NOT_VERSION_AFTER = /^(?:%|percent|per|pct|million|billion|-|–|:|\.\d+|[a-z]+s)$/;
const LETTER_END = /\p{L}$/u;
const NON_ASCII_LETTER_START = /^(?!\p{ASCII})\p{L}/u;
const NON_ASCII_LETTER_END = /(?!\p{ASCII})\p{L}$/u;

/** Tokens of one sentence as words: "al", "-", "Qaeda" with no space between become "al-Qaeda". */
export function wordsOf(read: ReadText, sentence: Sentence): Word[] {
  const words: Word[] = [];
  const { tokens, text } = read;
  for (let i = sentence.firstToken; i < sentence.endToken; i++) {
    let start = tokens[i].start;
    let end = tokens[i].end;
    for (;;) {
      const glued = i + 1 < sentence.endToken && tokens[i + 1].start === end;
      // The tokenizer splits a word at letters its model lacks ("Erdo|ğ|an", "Dvo|ř|ák", "Ł|ód|ź"): pieces glued
      // together at such a letter are one word. Only there: "do|n't" stays two tokens.
      if (glued && (text.charCodeAt(end - 1) > 127 || text.charCodeAt(end) > 127) && splitAtLetter(text, start, end, tokens[i + 1].text)) {
        end = tokens[i + 1].end;
        i += 1;
        continue;
      }
      // Join a hyphenated name only when the part after the hyphen is itself capitalised or the part before is a particle.
      if (
        glued &&
        i + 2 < sentence.endToken &&
        tokens[i + 1].text === '-' &&
        tokens[i + 2].start === tokens[i + 1].end &&
        LETTER.test(tokens[i + 2].text) &&
        (UPPER_START.test(tokens[i + 2].text) || particles.has(text.slice(start, end).toLowerCase()))
      ) {
        end = tokens[i + 2].end;
        i += 2;
        continue;
      }
      // A Chinese or Korean given name is written with a hyphen and a lower-case second syllable ("Hui Chi-fung",
      // "Kim Jong-un"): a short capitalised syllable, a hyphen and a short syllable that is no English word are one word.
      // "Russian-born", "Soviet-led", "Euro-zone" stay apart: their second part is an everyday word.
      if (
        glued &&
        i + 2 < sentence.endToken &&
        tokens[i + 1].text === '-' &&
        tokens[i + 2].start === tokens[i + 1].end &&
        SYLLABLE.test(text.slice(start, end)) &&
        LOWER_SYLLABLE.test(tokens[i + 2].text) &&
        (tokens[i + 2].text.length < 3 || !everyday(tokens[i + 2].text)) &&
        !(i + 3 < sentence.endToken && tokens[i + 3].start === tokens[i + 2].end && /^[\p{L}-]/u.test(tokens[i + 3].text))
      ) {
        end = tokens[i + 2].end;
        i += 2;
        continue;
      }
      break;
    }
    const value = text.slice(start, end);
    let newline = false;
    if (words.length) for (let k = words[words.length - 1].end; k < start && !newline; k++) newline = text.charCodeAt(k) === 10;
    const before = start > 0 ? text.charCodeAt(start - 1) : 0;
    const afterFigure = before >= 48 && before <= 57;
    words.push({ text: value, start, end, lower: value.toLowerCase(), newline, afterFigure });
  }
  return words;
}

/**
 * The word with the letters and dots glued to it, lower-cased: the sentence splitter cuts "Ph.D." after "Ph." and the
 * tokenizer leaves "Ph" and "D." as words of their own, each looking like a name.
 */
function wholeWord(text: string, w: Word): string {
  let start = w.start;
  let end = w.end;
  while (start > 0 && /[\p{L}.]/u.test(text[start - 1])) start -= 1;
  while (end < text.length && /[\p{L}.]/u.test(text[end])) end += 1;
  return text.slice(start, end).toLowerCase();
}

/** "People 's Liberation Army" opening a sentence: the plural's possessive inside the name keeps it. */
function possessed(words: readonly Word[], at: number, end: number): boolean {
  return at + 2 < end && possessiveInName.has(words[at].lower) && POSSESSIVE.test(words[at + 1].text);
}

/** A letter outside ASCII on either side of the join between a word and the token glued to it. */
function splitAtLetter(text: string, start: number, end: number, next: string): boolean {
  const word = text.slice(start, end);
  return NON_ASCII_LETTER_END.test(word) ? LETTER_START.test(next) : NON_ASCII_LETTER_START.test(next) && LETTER_END.test(word);
}

function isCapital(word: Word): boolean {
  // Most words are in lower case throughout: the two patterns with a capital inside are tried only on the others.
  return UPPER_START.test(word.text) || (word.text !== word.lower && (ARABIC_ARTICLE.test(word.text) || CAMEL_NAME.test(word.text) || ELIDED_PARTICLE.test(word.text)));
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
  evidence: CaseEvidence;
  /** `nameLike` of each word, worked out once: 0 not yet, 1 no, 2 yes (runs are read more than once). */
  nameLike: Uint8Array;
}

/**
 * How the document writes a word where case is free, mid-sentence: a headline's "PLAYOFF" or a table's
 * "Traders" that the text writes "playoff", "traders" is an everyday word there; a "WORLD" the text writes
 * "World" may be part of a name. Looked up only for the few words that need it (capitals of headlines,
 * sentence openers), each once per document.
 */
class CaseEvidence {
  private readonly lowerSeen = new Map<string, boolean>();
  private readonly midSentenceSeen = new Map<string, boolean>();
  constructor(private readonly text: string) {}

  /** The word stands in lower case somewhere in the text. */
  lower(lower: string): boolean {
    let seen = this.lowerSeen.get(lower);
    if (seen === undefined) {
      seen = this.find(lower, () => true);
      this.lowerSeen.set(lower, seen);
    }
    return seen;
  }

  /** The word stands capitalised, not all in capitals, after another word of its sentence. */
  capitalised(lower: string): boolean {
    const form = lower.charAt(0).toUpperCase() + lower.slice(1);
    return form !== lower && this.midSentence(form);
  }

  /** The words stand so, capitalised, after another word of their sentence ("the Space Shuttle" beside "Space Shuttle X opened ..."). */
  midSentence(form: string): boolean {
    let seen = this.midSentenceSeen.get(form);
    if (seen === undefined) {
      seen = writtenMidSentence(this.text, form);
      this.midSentenceSeen.set(form, seen);
    }
    return seen;
  }

  private find(form: string, accept: (at: number) => boolean): boolean {
    return findWord(this.text, form, accept);
  }
}

/** Whether `form` stands in the text as whole words somewhere `accept` agrees to. */
function findWord(text: string, form: string, accept: (at: number) => boolean): boolean {
  for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + 1)) {
    if (!wordCharAt(text, at - 1) && !wordCharAt(text, at + form.length) && accept(at)) return true;
  }
  return false;
}

/** The words stand so in the text after another word of their sentence ("said Environment Canada"), not only opening one. */
export function writtenMidSentence(text: string, form: string): boolean {
  return findWord(text, form, (at) => !opensAt(text, at));
}

function wordCharAt(text: string, at: number): boolean {
  return at >= 0 && at < text.length && LETTER.test(text[at]);
}

/** Nothing but punctuation between the line's or sentence's start and `at`. */
export function opensAt(text: string, at: number): boolean {
  for (let k = at - 1; k >= 0; k--) {
    const c = text[k];
    if (c === '\n' || c === '.' || c === '!' || c === '?' || c === ':') return true;
    if (/[\p{L}\p{N}]/u.test(c)) return false;
  }
  return true;
}

/** The document writes the word in lower case and never capitalised mid-sentence. */
function writtenLower(ctx: SentenceContext, w: Word): boolean {
  return ctx.evidence.lower(w.lower) && !ctx.evidence.capitalised(w.lower);
}

/** A word that may be part of a name here; in an all-caps line only words that are not everyday words. */
function nameLike(ctx: SentenceContext, i: number): boolean {
  let known = ctx.nameLike[i];
  if (known === 0) {
    known = nameLikeWord(ctx, ctx.words[i]) && !unitAt(ctx.words, i) ? 2 : 1;
    ctx.nameLike[i] = known;
  }
  return known === 2;
}

function nameLikeWord(ctx: SentenceContext, w: Word): boolean {
  if (!LETTER.test(w.text) || !isCapital(w) || w.afterFigure) return false;
  if (ctx.caps && ALL_CAPS.test(w.text)) {
    if (neverAlone.has(w.lower) || writtenLower(ctx, w)) return false;
    return !everyday(w.lower) || ctx.evidence.capitalised(w.lower);
  }
  return true;
}

/** "$ 1.52 per mmBtu": a brand-like word after "per" or a figure is a unit. */
function unitAt(words: readonly Word[], i: number): boolean {
  const w = words[i];
  return !UPPER_START.test(w.text) && CAMEL_NAME.test(w.text) && (w.afterFigure || words[i - 1]?.lower === 'per' || /^[\d.,]+$/.test(words[i - 1]?.text ?? ''));
}

/** "Bill Brett said": a first name that is an everyday word too, opening a run before a word that is no everyday word. */
function beforeSurname(ctx: SentenceContext, i: number, end: number): boolean {
  const next = ctx.words[i + 1];
  return i + 1 < end && gazetteer().everydayFirstNames.has(ctx.words[i].lower) && isCapital(next) && !everyday(next.lower) && !knownType(next.text);
}

/** "Space Shuttle Endeavour" opening a sentence: the document writes its first two words together mid-sentence too. */
function writtenWhole(ctx: SentenceContext, from: number, end: number, read: ReadText): boolean {
  // "Environment Canada spokesman ...": the run is one word when a known place after it was read first; the pair is
  // asked about all the same.
  const next = ctx.words[from + 1];
  const pair = end - from >= 2 || (next !== undefined && isCapital(next) && !next.newline && (knownType(next.text) === 'GPE' || knownType(next.text) === 'LOC'));
  return pair && !ctx.caps && ctx.evidence.midSentence(textOf(ctx, from, from + 2, read));
}

/**
 * "Norton I , Emperor", "Pope Damasus I ,": a capital "I" closing a run after a name, before punctuation, is a ruler's
 * numeral, not the pronoun ("John and I ,", "as I ." stand after a small word or none).
 */
function regnalOne(ctx: SentenceContext, from: number, to: number): boolean {
  const { words } = ctx;
  if (words[to - 1].text !== 'I' || to - from < 2) return false;
  const before = words[to - 2];
  if (!isCapital(before) || neverAlone.has(before.lower) || connectors.has(before.lower) || particles.has(before.lower)) return false;
  const next = words[to]?.text;
  return next === undefined || words[to].newline || /^[,.;:)]$/.test(next);
}

/**
 * "ONE News", "the Three Gorges Dam": a number word capitalised mid-sentence before the other capitalised words of a
 * run is the first word of their name, not a count of them.
 */
function numberedName(ctx: SentenceContext, from: number, end: number): boolean {
  return end - from > 1 && numberWords.has(ctx.words[from].lower) && !opensSentence(ctx, from);
}

/**
 * A word a name never starts with: one that names nothing alone ("Mr", "The"), unless a number word opens the name
 * ("ONE News"), or a possessive ending written apart ("'s").
 */
function leadsNothing(ctx: SentenceContext, at: number, end: number): boolean {
  const word = ctx.words[at];
  return (neverAlone.has(word.lower) && !numberedName(ctx, at, end)) || POSSESSIVE.test(word.text);
}

/**
 * A run's first word opens its sentence and is capitalised only for that: a participle ("Speaking"), or an everyday
 * word or one the text writes in lower case elsewhere, unless it is a first name, a title, the plural inside a
 * possessive name ("People 's Army"), the opener of a storm, battle or operation, a given name before a surname, or
 * the text writes the run capitalised mid-sentence too.
 */
function capitalisedByGrammar(ctx: SentenceContext, from: number, end: number, read: ReadText): boolean {
  const words = ctx.words;
  const lower = words[from].lower;
  if (!opensSentence(ctx, from)) return false;
  if (participle(words[from])) return true;
  if (!everyday(lower) && !writtenLower(ctx, words[from])) return false;
  const opensEvent = end - from > 1 && opensEventName(lower, words[from + 1]?.lower);
  return (
    !gazetteer().firstNames.has(lower) &&
    !titleModifiers.has(lower) &&
    !titleNouns.has(lower) &&
    !possessed(words, from, end) &&
    !opensEvent &&
    !beforeSurname(ctx, from, end) &&
    !writtenWhole(ctx, from, end, read)
  );
}

/** Whether a name's first word, or its first two (lower case), open a storm's, battle's or operation's name: "Cyclone", "Battle of". */
export function opensEventName(first: string, second: string | undefined): boolean {
  return eventOpeners.has(first) || (second !== undefined && eventOpeners.has(`${first} ${second}`));
}

/** The first word of a sentence (after quotes or a dash) is capitalised by grammar, not because it is a name. */
function opensSentence(ctx: SentenceContext, i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    // A line's first word opens it as a sentence's does (headings, table rows).
    if (ctx.words[j + 1].newline) return true;
    // A quotation after a colon or comma opens a sentence of its own (`replied: " Probably`), not one after a word
    // ('known as "Deep Throat"').
    if (/^["“‘]$/.test(ctx.words[j].text) && j + 1 === i && (j === 0 || /^[:,]$/.test(ctx.words[j - 1].text))) return true;
    if (/^[\p{L}\p{N}]/u.test(ctx.words[j].text)) return false;
  }
  return true;
}

function textOf(ctx: SentenceContext, from: number, to: number, read: ReadText): string {
  return read.text.slice(ctx.words[from].start, ctx.words[to - 1].end);
}

const inName = (w: Word): boolean => isCapital(w) || particles.has(w.lower) || connectors.has(w.lower) || w.lower === 'in' || w.text === '-';

/** Longest gazetteer name starting at word i: [end word index, entry] or null. */
function gazetteerAt(ctx: SentenceContext, i: number, read: ReadText, covered: readonly boolean[]): [number, GazetteerEntry | null, EntityType] | null {
  const g = gazetteer();
  const { words } = ctx;
  if (!LETTER.test(words[i].text) || (!isCapital(words[i]) && !(ctx.caps && ALL_CAPS.test(words[i].text)))) return null;
  // "The United States": the article is not part of the name.
  if (words[i].lower === 'the') return null;
  const limit = Math.min(words.length, i + g.maxWords);
  // A name ends before the first word already covered, and within the run of words a name may hold.
  let uncovered = i;
  while (uncovered < limit && !covered[uncovered]) uncovered++;
  // Inside a known name small words may stand in lower case ("Ministry of Health in Gaza").
  let run = i;
  while (run < limit && inName(words[run]) && (run === i || !words[run].newline)) run++;
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
  // "Secretary of State", "Minister of Defence": a title noun with its portfolio after "of".
  const of = words.findIndex((w, k) => k > from && k < to - 1 && w.lower === 'of');
  if (of > from && titleNouns.has(words[of - 1].lower) && words.slice(of + 1, to).every((w) => titleModifiers.has(w.lower) || orgHeads.has(w.lower))) to = of;
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
  // "during the Hajj", "after Ramadan": a feast or a pilgrimage, an event, whatever the place cue before it says.
  if (feasts.has(first) && (n === 1 || n === 2)) return 'OTHER';
  // "the Internet": a thing of the world named by a capitalised everyday noun; "Internet Explorer", "Web Summit": a
  // product or event named after it (a body has its head word: "Internet Society").
  if (uniqueThings.has(first) && words[from].text !== words[from].text.toUpperCase() && (n === 1 || !orgHeads.has(last))) return 'OTHER';
  // "Mr. Kamau": the honorific never stands in a name (it is trimmed from the run as a word that names nothing
  // alone), but the name after it is a person's; untyped, its dot would pass for a sentence's end.
  if (honorifics.has(prev)) return 'PERSON';
  // "the film Night Harbour", "the ship Aldebaran": a work's or a craft's title.
  // "the romantic comedy X", "his latest book X", "her own project X", "her 2009 single X": an adjective or a year may
  // stand between the article or possessive and the noun; told by its ending, so that "the same game Chelsea won",
  // "the second game X" stay as they are.
  const determined = determiners.has(words[from - 2]?.lower ?? '') || (WORK_ADJECTIVE.test(words[from - 2]?.text ?? '') && determiners.has(words[from - 3]?.lower ?? ''));
  if (workNouns.has(prev) || (determinedWorkNouns.has(prev) && determined)) return 'OTHER';
  // "the legal drama The Good Wife", "the film A Little Inside": a capitalised article after a work's noun opens its title.
  if (/^(?:The|A|An)$/.test(words[from - 1]?.text ?? '') && (workNouns.has(words[from - 2]?.lower ?? '') || determinedWorkNouns.has(words[from - 2]?.lower ?? ''))) return 'OTHER';
  // A title: a name no list knows standing alone in quotation marks ('the song " Harbour Lights "'), or dated by one
  // year in parentheses ("Harbour Lights ( 2010 )"; a person's dates are a span, "( 1700 – 1782 )").
  if (QUOTE.test(prev) && QUOTE.test(next) && !opensSentence(ctx, from)) return 'OTHER';
  if (next === '(' && YEAR.test(words[to + 1]?.text ?? '') && words[to + 2]?.text === ')') return 'OTHER';
  // "the Paralympics": an event head that is no everyday word names the event alone too.
  if (eventHeads.has(last) && (n > 1 || !g.common.has(last))) return 'OTHER';
  // "Cyclone Phailin", "the Battle of Chudnov", "Operation Sea Lion": a storm, a battle or an operation, OTHER.
  if (n > 1 && opensEventName(first, n > 2 ? words[from + 1].lower : undefined)) return 'OTHER';
  // "the Bible", "the Gospel of Luke", "the Hebrew Bible": a scripture, a work; not "Bible Society" (an organisation's head).
  if (scriptures.has(last) || (n > 1 && scriptures.has(first) && words[from + 1].lower === 'of')) return 'OTHER';
  if (n > 1 && orgHeads.has(last)) return 'ORG';
  if (n > 1 && orgOpeners.has(first) && words.slice(from, to).some((w) => w.lower === 'of')) return 'ORG';
  if (n > 1 && locHeads.has(last)) return 'LOC';
  // "iPhone", "wikiHow": such brands name products and services far more often than the companies behind them.
  if (CAMEL_NAME.test(words[from].text)) return 'OTHER';
  // "the blue-chip Zelta index": a market index is named after its exchange or publisher, and is not it.
  if ((next === 'index' || next === 'indices' || next === 'indexes') && !g.common.has(last) && !opensSentence(ctx, from)) return 'OTHER';
  if (companyContext(words, from, to)) return 'ORG';
  // "IE6", "A380", "PS4": letters with a version or model number name a product far more often than a body.
  if (n === 1 && /^[A-Z]{1,5}\d{1,4}[A-Z]?$/.test(words[from].text) && !ctx.caps) return 'OTHER';
  if (/^(?:[A-Z]\.){2,}$|^[A-Z]{2,6}s?$/.test(words[from].text) && n === 1 && !ctx.caps) return 'ORG';
  if (n >= 2) {
    if (pressNouns.has(prev) || pressNouns.has(next)) return 'ORG';
    // "West Indies", "East Fife": a compass word opens a place's name, not a person's.
    if (n === 2 && directions.has(first)) return 'LOC';
    if (g.firstNames.has(first) || g.surnames.has(last) || PERSON_ENDINGS.test(last)) return 'PERSON';
    if (words.slice(from + 1, to).some((w) => g.common.has(w.lower))) return 'ORG';
    // Two unknown words default to a person in running text; in an all-caps headline they are as often its
    // subject matter ("ALPINE SKIING-WOMEN", "MIDWEST DIVISION"), and nothing tells which.
    // After "the" they name a thing or a group ("the Sea Org", "the Silver Clouds"): "the Tom Cruise video" has a first name.
    return ctx.caps || prev === 'the' ? null : 'PERSON';
  }
  // "Wikipedia", "Islamophobia" end in "-ia" as places do, and are none: neither the ending nor a place cue ("from
  // Wikipedia") makes them one.
  const noPlace = NONPLACE_ENDINGS.test(first);
  const placeCue = !noPlace && placeCues.has(prev) && (prev !== 'to' || motionWords.has(words[from - 2]?.lower ?? ''));
  // "printed at Aberdeen , Scotland": a surname of the gazetteer's people is as often a place's name, and the place
  // cue before it decides.
  if (placeCue && g.surnames.has(first) && !g.firstNames.has(first)) return 'GPE';
  if (g.surnames.has(first) || g.firstNames.has(first)) return 'PERSON';
  if (speechVerbs.has(next)) return 'PERSON';
  // "Halloran died", "Halloran was born": only a person lives such a life.
  if (personVerbs.has(next) || personVerbs.has(`${next} ${words[to + 1]?.lower ?? ''}`)) return 'PERSON';
  // '" ... , " said Varga .': the speaker of an inverted attribution, not the subject of a clause ("said Bre-X had").
  if ((prev === 'said' || prev === 'says') && /^[,"”'’]$/.test(words[from - 2]?.text ?? '') && (to === words.length || /^[.,;]$/.test(next))) return 'PERSON';
  if (pressNouns.has(prev) || pressNouns.has(next)) return 'ORG';
  // "the Nobel award", "a Pulitzer laureate": a prize.
  if (prizeNouns.has(next)) return 'OTHER';
  // "defender Dimas", "his wife, Peggy"; "Langmore, 57,": a person by the noun before or the age after.
  if (personNouns.has(prev) || (prev === ',' && personNouns.has(words[from - 2]?.lower ?? ''))) return 'PERSON';
  if (next === ',' && /^\d{2}$/.test(words[to + 1]?.text ?? '') && words[to + 2]?.text === ',') return 'PERSON';
  // A scorer in a results line: "Bochum 2 ( Stickroth 30th , Wosz 89th )".
  if ((prev === '(' || prev === ',') && /^\d{1,3}(?:st|nd|rd|th)?$/.test(words[to]?.text ?? '') && ctx.text.includes('(')) return 'PERSON';
  if (placeCue) return 'GPE';
  // "the town of Kazanluk", "the Kazanluk area".
  if ((prev === 'of' && placeNouns.has(words[from - 2]?.lower ?? '')) || placeNouns.has(next)) return 'GPE';
  if (PERSON_ENDINGS.test(first)) return 'PERSON';
  if (PLACE_ENDINGS.test(first) && !noPlace) return 'GPE';
  return null;
}

/**
 * The known place or organisation right before word `from`, one space away in its sentence ("Prague" of "Prague
 * Conservatory"): its index in `mentions`, or -1. Not a nationality ("German Bunds"), a person, or a word that is
 * also a first name ("Christian").
 */
function knownNameBefore(mentions: readonly Mention[], words: readonly Word[], from: number, sentence: number, text: string): number {
  if (from === 0 || words[from].newline || text.slice(words[from - 1].end, words[from].start) !== ' ') return -1;
  let at = mentions.length - 1;
  while (at >= 0 && mentions[at].sentence === sentence && mentions[at].end !== words[from - 1].end) at -= 1;
  const known = at >= 0 && mentions[at].sentence === sentence ? mentions[at] : null;
  if (!known?.entry || known.type === 'PERSON' || known.type === 'NORP' || known.role) return -1;
  return gazetteer().firstNames.has(known.words[0].toLowerCase()) ? -1 : at;
}

/** The line at a position holds only short capitalised abbreviations, three or more: a table's column headings. */
function headingRow(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const stop = text.indexOf('\n', at);
  const line = text.slice(start, stop === -1 ? text.length : stop);
  return line.length < 80 && /^\s*(?:[A-Z]{1,4}\s+){2,}[A-Z]{1,4}\s*$/.test(line);
}

/** The line at a position has running words in lower case (four letters or more): prose, not a table's row or heading. */
export function proseLine(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const stop = text.indexOf('\n', at);
  return /(?:^|[^\p{L}])\p{Ll}{4,}/u.test(text.slice(start, stop === -1 ? text.length : stop));
}

/** The run of name words from i: capitalised words, joined by particles and connectors only when a capitalised word follows. */
function runEnd(ctx: SentenceContext, i: number, covered: readonly boolean[], joinAnd = false): number {
  const { words } = ctx;
  let end = i + 1;
  // One "and" at most: "Mines and Energy Ministry", not "... Ministry and the Monopolies and Mergers Commission".
  let and = joinAnd;
  for (;;) {
    if (end < words.length && !covered[end] && !words[end].newline && nameLike(ctx, end)) {
      end += 1;
      continue;
    }
    // "Korean People 's Army", "Children 's Hospital": the possessive of a plural noun inside a name.
    if (
      end + 1 < words.length &&
      POSSESSIVE.test(words[end].text) &&
      possessiveInName.has(words[end - 1].lower) &&
      !covered[end] && !covered[end + 1] && !words[end + 1].newline && nameLike(ctx, end + 1)
    ) {
      end += 2;
      continue;
    }
    // A particle or connector joins only when a capitalised word follows ("Bank of England", "Osama bin Laden").
    let k = end;
    while (k < words.length && !covered[k] && !words[k].newline && (particles.has(words[k].lower) || connectors.has(words[k].lower)) && k - end < 2) k += 1;
    if (k > end && k < words.length && !covered[k] && !words[k].newline && nameLike(ctx, k) && !(words[end].lower === 'and' && ((!and && !fieldsJoined(ctx, i, end, k)) || anotherBody(ctx, k)))) {
      if (words[end].lower === 'and' && !fieldsJoined(ctx, i, end, k)) and = false;
      end = k + 1;
      continue;
    }
    return end;
  }
}

/**
 * "Ministry of Trade and Industry", "Royal Academy of Painting and Sculpture", "Congress of Arts and Sciences": "and"
 * after an organisation's opener, or after a head and "of", joins the fields it covers, everyday words; a name no list
 * knows after it is another body ("the Bank of England and Barclays", "the University of Leeds and Oxford").
 */
function fieldsJoined(ctx: SentenceContext, i: number, end: number, k: number): boolean {
  const { words } = ctx;
  if (!everyday(words[k].lower)) return false;
  if (orgOpeners.has(words[i].lower)) return true;
  for (let j = i + 1; j < end; j++) if ((words[j].lower === 'of' || words[j].lower === 'for') && (orgHeads.has(words[j - 1].lower) || orgOpeners.has(words[j - 1].lower))) return true;
  return false;
}

/**
 * The capitalised words from k name a body or place of their own: "University of Leeds and [London]", "Bank of
 * Mercia and [University of Kent]"; not "Ministry of Trade and [Industry]", "Monopolies and [Mergers Commission]".
 */
function anotherBody(ctx: SentenceContext, k: number): boolean {
  const { words } = ctx;
  if (orgOpeners.has(words[k].lower) && words[k + 1]?.lower === 'of') return true;
  if (k + 1 < words.length && !words[k + 1].newline && nameLike(ctx, k + 1)) return false;
  const type = knownType(words[k].text);
  return type === 'GPE' || type === 'LOC';
}

/** The type a name's head word gives it: its last word ("Prague Newsroom", "Zimbabwe Open") or the word before "of" or "for" ("Bank of Japan", "Gulf of Mexico", "Institute for Peace Studies"). */
function headType(words: readonly Word[], from: number, to: number): { type: EntityType; head: number } | null {
  const byWord = (lower: string, opener: boolean): EntityType | null => {
    // "the Hebrew Gospel", "the Syriac Bible": a scripture after one word, its language, is one work (not the end of a
    // list: "the Gospel of Mark and the Psalms").
    if (eventHeads.has(lower) || programmeHeads.has(lower) || (!opener && to - from === 2 && scriptures.has(lower))) return 'OTHER';
    // "Mexico City", "Kansas City": a city is named so, a club ("Manchester City") is found by the club rules.
    if ((orgHeads.has(lower) && lower !== 'city') || (opener && orgOpeners.has(lower))) return 'ORG';
    if (locHeads.has(lower)) return 'LOC';
    return null;
  };
  const last = byWord(words[to - 1].lower, false) ?? (to - from > 2 && words[to - 2].lower === 'war' ? 'OTHER' : null);
  if (last) return { type: last, head: to - 1 };
  for (let k = from + 1; k < to - 1; k++) {
    if (words[k].lower !== 'of' && words[k].lower !== 'for') continue;
    const type = byWord(words[k - 1].lower, true);
    return type ? { type, head: k - 1 } : null;
  }
  return null;
}

/**
 * Step 0: a name made of other names and a head word ("Russian Weather Service", "Bank of Japan", "Melbourne
 * Cricket Ground", "Zimbabwe Open") is one mention typed by its head, before the gazetteer splits it into the
 * place or nationality it holds. A run with a title in it ("Foreign Minister ...") is left to the title rules.
 */
function composedName(ctx: SentenceContext, i: number, end: number, covered: readonly boolean[], read: ReadText): { from: number; to: number; type: EntityType } | null {
  const { words } = ctx;
  // "Mines and Energy Ministry": "and" joins words of one name when a head ends it and no known name or
  // organisation's last word stands before it ("Barrick Gold Corp and Bre-X Minerals Ltd" are two).
  // Only a short run after "and" that ends in the head: "Cricket Wireless and Federal Bureau of Investigation" are two.
  if (words[end]?.lower === 'and') {
    const longer = runEnd(ctx, i, covered, true);
    const head = longer - end <= 4 && longer > end ? headType(words, i, longer) : null;
    // A country or nationality opening the first part is the name's own ("U.S. Fish and Wildlife Service", as in
    // "Russian Weather Service"), not a name of its own before "and".
    let lead = i;
    while (lead < end && leadsNothing(ctx, lead, end)) lead += 1;
    const modifier = (w: Word, k: number) => k === lead && end - lead >= 2 && (knownType(w.text) === 'GPE' || knownType(w.text) === 'NORP');
    // A first part with a head of its own is a name of its own ("Tessin Cemetery and Morrow Station").
    if (head && head.head === longer - 1 && !headType(words, lead, end) && !words.slice(i, end).some((w, k) => (knownType(w.text) && !modifier(w, k + i)) || orgHeads.has(w.lower) || legalForms.has(w.lower))) end = longer;
  }
  // "... Cricket Ground on Friday": days, months and small words end no name.
  while (end > i + 1 && (neverAlone.has(words[end - 1].lower) || connectors.has(words[end - 1].lower) || particles.has(words[end - 1].lower))) end -= 1;
  // "World Cup Super G", "GRAND SLAM CUP QUARTER-FINAL": an event's name ends at its head word.
  for (let k = end - 2; k > i; k--) {
    if (eventHeads.has(words[k].lower)) {
      end = k + 1;
      break;
    }
  }
  // "World War Two": a war's number belongs to its name.
  if (words[end - 1].lower === 'war' && /^(?:one|two|i|ii)$/i.test(words[end]?.text ?? '') && !words[end].newline) end += 1;
  // Most runs are one word, or have no head and no compass word: nothing to compose (checked first, as it is cheap).
  // A run whose first word a sentence capitalised, with "of" or "for" after it, is asked again once that word and the
  // small words after it are trimmed: "Officials of the Bank of England said" has no head before its first "of" (so
  // the untrimmed run looked like nothing to compose), "Bank of England" has.
  const trimmable = () => opensSentence(ctx, i) && words.slice(i + 2, end - 1).some((w) => w.lower === 'of' || w.lower === 'for');
  const cue = (from: number) => headType(words, from, end) || words.slice(from, end - 1).some((w) => directions.has(w.lower) || placeOpeners.has(w.lower));
  if (end - i < 2) return null;
  const cueOfRun = cue(i);
  if (!cueOfRun && !trimmable()) return null;
  let from = i;
  // A sentence's first everyday word stays when the document writes the name's first two words so mid-sentence too
  // ("Civil Defense Authority director ..." after "Saudi Arabia 's Civil Defense Authority").
  while (from < end && (leadsNothing(ctx, from, end) || (from === i && opensSentence(ctx, from) && everyday(words[from].lower) && !possessed(words, from, end) && !headType(words, from, from + 1) && !orgOpeners.has(words[from].lower) && !directions.has(words[from].lower) && !writtenWhole(ctx, from, end, read)))) from += 1;
  if (end - from < 2) return null;
  if (!cueOfRun && (from === i || !cue(from))) return null;
  // A name the gazetteer knows whole is read by step 1, with its entry ("Ministry of Health in Gaza" too).
  if (knownType(textOf(ctx, from, end, read))) return null;
  const known = gazetteerAt(ctx, from, read, covered);
  if (known && known[0] >= end) return null;
  // "Central Asia", "Northern Ireland", "West African": a compass word before a known place or people makes one.
  if (directions.has(words[from].lower)) {
    const place = knownType(textOf(ctx, from + 1, end, read));
    if (place === 'GPE' || place === 'LOC' || place === 'NORP') return { from, to: end, type: place };
    // "West Indies": a compass word before one word no list knows, no first name, names a region.
    const rest = words[from + 1];
    if (end - from === 2 && !place && !gazetteer().firstNames.has(rest.lower) && !everyday(rest.lower) && !orgHeads.has(rest.lower)) return { from, to: end, type: 'LOC' };
  }
  const head = headType(words, from, end);
  // "Lake Victoria", "Fort Arvel", "Cape Verdell": a lake's, fort's or cape's name, one place. ("Mount" is left out:
  // with it, ECB+ story linking fell, all documents in reversed order 0.954 -> 0.946.)
  if (!head && placeOpeners.has(words[from].lower) && end - from <= 3 && words.slice(from + 1, end).every((w) => isCapital(w))) return { from, to: end, type: 'LOC' };
  if (!head) return null;
  // "US State department": a country before a place word is the country's, not a place's name.
  if (head.type === 'LOC' && head.head > from && isCountry(chosenEntry(textOf(ctx, from, head.head, read), 'GPE'))) return null;
  // "Michael Cornwell of the Glencoe Animal Hospital": a person of an organisation, not one name.
  const of = words.findIndex((w, k) => k > from + 1 && k < head.head && (w.lower === 'of' || w.lower === 'for'));
  if (of !== -1 && personBefore(ctx, from, of, read)) {
    from = of + 1;
    while (from < end && (words[from].lower === 'the' || words[from].lower === 'a')) from += 1;
    if (end - from < 2) return null;
  }
  for (let k = from; k < head.head; k++) if ((titleNouns.has(words[k].lower) || honorifics.has(words[k].lower)) && words[k].lower !== 'st.' && words[k].lower !== 'saint') return null;
  // "United Nations Development Programme": a programme named by a known organisation is its agency.
  if (programmeHeads.has(words[head.head].lower) && knownOrganisationOpens(ctx, from, head.head, read)) return { from, to: end, type: 'ORG' };
  return { from, to: end, type: head.type };
}

/** A known organisation's name opens the words from `from` up to `to`. */
function knownOrganisationOpens(ctx: SentenceContext, from: number, to: number, read: ReadText): boolean {
  for (let e = to; e > from; e--) if (knownType(textOf(ctx, from, e, read)) === 'ORG') return true;
  return false;
}

/** Two or more words before "of" that name a person: a known person, or a known first name opening them. */
function personBefore(ctx: SentenceContext, from: number, of: number, read: ReadText): boolean {
  if (of - from < 2) return false;
  const { words } = ctx;
  if (knownType(textOf(ctx, from, of, read)) === 'PERSON' || gazetteer().firstNames.has(words[from].lower)) return true;
  // Unknown words that no list knows and that are no everyday words ("Liviu Ciobotariu"), unlike "Pacific Ring".
  return words.slice(from, of).every((w) => !knownType(w.text) && !everyday(w.lower)) && typeByCues(ctx, from, of, false) === 'PERSON';
}

/** The country of the first place or nationality named inside a composed name ("Russian" in "Russian Weather Service"). */
function countryInside(ctx: SentenceContext, from: number, to: number, read: ReadText): string | null {
  for (let k = from; k < to; k++) {
    for (let e = to; e > k; e--) {
      const text = textOf(ctx, k, e, read);
      const type = knownType(text);
      if (type !== 'NORP' && type !== 'GPE') continue;
      const country = chosenEntry(text, type)?.country;
      if (country) return country;
    }
  }
  return null;
}

/** Every name mention of the text, in order. */
export function recognise(read: ReadText): Mention[] {
  const g = gazetteer();
  const mentions: Mention[] = [];
  const evidence = new CaseEvidence(read.text);
  read.sentences.forEach((sentence, index) => {
    const words = wordsOf(read, sentence);
    const ctx: SentenceContext = { words, caps: isCapsLine(words), index, text: sentence.text, evidence, nameLike: new Uint8Array(words.length) };
    // Step 0 looks up the gazetteer at the start of longer runs; step 1 reuses what it found.
    const known = new Array<ReturnType<typeof gazetteerAt> | undefined>(words.length);
    const knownAt = (i: number) => {
      const found = known[i];
      // More words covered since can only shorten a hit: a miss stays a miss, a hit over still uncovered words stands.
      if (found === undefined || (found && covered.slice(i, found[0]).some(Boolean))) return (known[i] = gazetteerAt(ctx, i, read, covered));
      return found;
    };
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

    // 0. Names made of other names and a head word.
    for (let i = 0; i < words.length; i++) {
      if (!nameLike(ctx, i)) continue;
      const end = runEnd(ctx, i, covered);
      // A longer name the gazetteer knows ("United Nations Relief and Works Agency") is read whole by step 1.
      const hit = end - i > 1 || words[end]?.lower === 'and' || words[end]?.lower === 'of' ? knownAt(i) : null;
      if (hit && hit[0] >= end) {
        i = hit[0] - 1;
        continue;
      }
      const made = composedName(ctx, i, end, covered, read);
      if (!made) {
        i = end - 1;
        continue;
      }
      const text = textOf(ctx, made.from, made.to, read);
      push(made.from, made.to, made.type, lookup(text, made.type), null);
      mentions[mentions.length - 1].placeCountry = countryInside(ctx, made.from, made.to, read);
      i = made.to - 1;
    }

    // 0b. "trans-Atlantic", "pro-Hindu", "mid-Mississippi": a prefix glued to a name makes an adjective of it.
    for (let i = 0; i < words.length; i++) {
      if (covered[i] || !words[i].text.includes('-') || !PREFIXED_NAME.test(words[i].text)) continue;
      // In the country of the name inside: "pro-Russian" is Russia's, as "Russian-born" is.
      const inside = words[i].text.slice(words[i].text.indexOf('-') + 1);
      const kind = knownType(inside);
      const entry = kind === 'NORP' || kind === 'GPE' || kind === 'LOC' ? chosenEntry(inside, kind) : null;
      push(i, i + 1, kind === 'NORP' || kind === 'GPE' ? 'NORP' : 'OTHER', null, null);
      mentions[mentions.length - 1].placeCountry = entry?.country ?? null;
    }

    // 0c. "#IStandWithAhmed", "#metoo": a hashtag names a campaign or a topic, OTHER, whatever its case.
    for (let i = 0; i < words.length; i++) if (!covered[i] && HASHTAG.test(words[i].text)) push(i, i + 1, 'OTHER', null, null);

    // 1. Known names, longest first.
    for (let i = 0; i < words.length; i++) {
      const hit = knownAt(i);
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
      const end = runEnd(ctx, i, covered);
      // "the Edmonton Sun", "the Boston Globe": a known place and a newspaper's title word after it are one newspaper
      // (before the word is trimmed as a weekday's abbreviation or dropped as an everyday word).
      let last = end;
      while (last > i + 1 && (neverAlone.has(words[last - 1].lower) || connectors.has(words[last - 1].lower))) last -= 1;
      if (last - i === 1 && !ctx.caps && mastheads.has(words[i].lower)) {
        const at = knownNameBefore(mentions, words, i, index, read.text);
        if (at !== -1 && (mentions[at].type === 'GPE' || mentions[at].type === 'LOC')) {
          const [place] = mentions.splice(at, 1);
          push(i, i + 1, 'ORG', null, null);
          const made = mentions[mentions.length - 1];
          Object.assign(made, { start: place.start, text: read.text.slice(place.start, made.end), words: [...place.words, ...made.words], placeCountry: place.entry?.country ?? null });
          continue;
        }
      }
      let from = i;
      // Grammar capitalises a sentence's first word; drop it when it is an everyday word.
      while (from < end && (leadsNothing(ctx, from, end) || (from === i && capitalisedByGrammar(ctx, from, end, read)))) from += 1;
      let to = end;
      while (to > from && !regnalOne(ctx, from, to) && (neverAlone.has(words[to - 1].lower) || connectors.has(words[to - 1].lower) || particles.has(words[to - 1].lower) || (to - from > 2 && generational.has(words[to - 1].lower)))) to -= 1;
      i = end - 1;
      if (to <= from) continue;
      // "a DNA test", "the CEO": an initialism of an everyday thing or rank.
      if (to - from === 1 && everydayAbbreviations.has(wholeWord(read.text, words[from]).replace(/\./g, '').replace(/s$/, ''))) continue;
      // "Group B", "super G": a letter alone is a label; "W L T GF GA PTS": a table's column headings.
      if (to - from === 1 && /^\p{Lu}$/u.test(words[from].text)) continue;
      if (headingRow(read.text, words[from].start)) continue;
      const pair = to - from === 1 ? nationalityPair(words[from]) : null;
      if (pair) {
        // "Palestinian-Israeli conflict": a pair of nationalities, not one name; with an unknown part, nothing.
        for (const part of pair) mentions.push({ ...part, sentence: index });
        continue;
      }
      // "Telecommunications Minister Hisao Horinouchi": a portfolio and an office before a person's name are the role.
      let midRole: string | null = null;
      const office = words.findIndex((w, k) => k > from && k < to - 1 && offices.has(w.lower));
      if (office !== -1 && titleEnd(words, from, to) === 0 && !words.slice(from, office).some((w) => knownType(w.text) === 'ORG' || knownType(w.text) === 'PERSON')) {
        midRole = read.text.slice(words[from].start, words[office].end);
        from = office + 1;
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
      // "the Home Secretary and I", "inducted as International President": everyday words before an office, with no
      // name after it, are a title, not an organisation's name.
      if (to - from >= 2 && to - from <= 3 && offices.has(words[to - 1].lower) && words.slice(from, to - 1).every((w) => (g.common.has(w.lower) || titleModifiers.has(w.lower)) && !knownType(w.text))) continue;
      let role: string | null = midRole;
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
        // "Professor of East Asian Studies", "Director of the Kelso Trust": what follows the office is its field or
        // body, no person.
        if (connectors.has(words[from].lower)) {
          while (from < to && connectors.has(words[from].lower)) from += 1;
          role = midRole;
          if (from >= to) continue;
        }
      } else if (to - from === 1 && titleNouns.has(words[from].lower)) continue;
      // Mid-sentence only after "the" ("the West", "the Government"): elsewhere a capitalised
      // everyday word is usually a name ("Bush", "Apple", "Rice"), and dropping it cost story
      // linking on ECB+ (development half 0.930 -> 0.917).
      if (to - from === 1 && g.common.has(words[from].lower) && (t === from || words[from - 1]?.lower === 'the') && !writtenWhole(ctx, from, to, read) && !uniqueThings.has(words[from].lower)) {
        // A capitalised everyday word alone ("Government", "Internet") is rarely a name.
        const typed = typeByCues(ctx, from, to, false);
        if (typed !== 'GPE') continue;
      }
      const type = typeByCues(ctx, from, to, (t > 0 && t === from) || midRole !== null);
      // "Internet Explorer 6", "Euro 96": a product's version or an event's number belongs to its name; not a count or a
      // score after it ("Cup 2 - 1", "Open 2 percent").
      if (type === 'OTHER' && to === end && VERSION.test(words[to]?.text ?? '') && !words[to].newline && !NOT_VERSION_AFTER.test(words[to + 1]?.text ?? '')) to += 1;
      // "Prague Conservatory", "Google Analytics", "Toronto Star": one name, headed by the word no cue types.
      // Not an everyday word after a country ("the US State department").
      const before = type === null && !role && !ctx.caps && !words.slice(from, to).some((w) => everyday(w.lower)) ? knownNameBefore(mentions, words, from, index, read.text) : -1;
      if (before !== -1) {
        const [known] = mentions.splice(before, 1);
        push(from, to, known.type === 'ORG' ? 'ORG' : null, null, null);
        const made = mentions[mentions.length - 1];
        Object.assign(made, { start: known.start, text: read.text.slice(known.start, made.end), words: [...known.words, ...made.words], placeCountry: known.entry?.country ?? null });
        continue;
      }
      // In an all-caps line case tells nothing: a lone unknown word there needs a cue, or the document writing it
      // capitalised mid-sentence ("CUTTITTA BACK FOR ITALY" over "... recalled Marco Cuttitta").
      if (ctx.caps && type === null && (to - from > 1 || !ctx.evidence.capitalised(words[from].lower))) continue;
      // A lone word no cue types that the document also writes in lower case is an everyday word ("Slaughter steers").
      if (to - from === 1 && type === null && !role && writtenLower(ctx, words[from])) continue;
      // "a degree in Economics", "Professor of Linguistics": an everyday word a place cue alone typed, that the document
      // writes in lower case too, is a field capitalised by house style, not a place no list knows.
      if (to - from === 1 && type === 'GPE' && !role && g.common.has(words[from].lower) && ctx.evidence.lower(words[from].lower)) continue;
      // In a table's line ("Steers - Select and Choice 2-3 ...", "Halftime 1-0") capitals head rows and columns:
      // everyday words there are labels, not names, unless a title makes them a person's.
      if (!role && !proseLine(read.text, words[from].start) && words.slice(from, to).every((w) => everyday(w.lower))) continue;
      // A spelling the gazetteer has under another transliteration ("Francois Mitterand", "Abdelaziz Bouteflicka").
      const entry = type === 'PERSON' && to - from > 1 ? lookup(textOf(ctx, from, to, read), 'PERSON') : null;
      push(from, to, type, entry, role);
    }
  });
  mentions.sort((a, b) => a.start - b.start);
  joinPersonNames(read.text, mentions);
  listedPeople(read.text, mentions);
  nationalCompounds(read.text, mentions);
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
/** A date right after a dateline's place: "1996-12-06", "Dec 6", "December 6". */
export const DATELINE_DATE = /^\s*,?\s*(?:\d{4}-\d{2}-\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b)/i;

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
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (!guessed(m) || m.words.length > 3) continue;
    const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
    // "DES MOINES 1996-12-06", "KELDON SPRINGS, Dec 6": a capitalised name opening a line before the date.
    if (/^[\s("'“]*$/.test(text.slice(lineStart, m.start)) && ALL_CAPS.test(m.text.replace(/\s/g, '')) && DATELINE_DATE.test(text.slice(m.end, m.end + 20))) {
      places.set(nameKey(m.text), null);
      continue;
    }
    const next = mentions[i + 1];
    if (!next) continue;
    if (next.type !== 'GPE' || !next.entry || !/^\s*,\s*$/.test(text.slice(m.end, next.start))) continue;
    if (/^[\s("'“]*$/.test(text.slice(lineStart, m.start))) places.set(nameKey(m.text), next.entry.country);
  }
  // "a boy from Irving , Texas ,", "headquarters in Mountain View , California .": a name no list knows right before a
  // comma and a known state or country that closes the phrase is a town there.
  for (let i = 0; i + 1 < mentions.length; i++) {
    const m = mentions[i];
    const region = mentions[i + 1];
    if (m.entry || m.role || m.words.length > 3 || (region.type !== 'GPE' && region.type !== 'LOC') || !region.entry) continue;
    if (!/^ ?, $/.test(text.slice(m.end, region.start)) || !/^(?: ?[,.;:)]|\s*$|\s*\n)/.test(text.slice(region.end, region.end + 3))) continue;
    const cue = /\b(?:in|from|near|at|of)\s+$/.test(text.slice(Math.max(0, m.start - 6), m.start));
    // An organisation only by default: no head or opener in it, no initialism ("CNRS , France" is an affiliation).
    const untyped = m.type === null || (m.type === 'ORG' && !m.words.some((w) => orgHeads.has(w.toLowerCase()) || orgOpeners.has(w.toLowerCase())) && !ALL_CAPS.test(m.words.join('')));
    // A person only by default (two words, no known first name), or a first name a place cue stands before ("from Irving").
    const guessedPerson = m.type === 'PERSON' && (m.words.length === 1 ? cue : !gazetteer().firstNames.has(m.words[0].toLowerCase()));
    if (!untyped && !guessedPerson) continue;
    m.type = 'GPE';
    m.placeCountry = region.entry.country;
  }
  // "born in Exeter , Devon .": a name no list knows and no cue types, after a place and a comma, closing the phrase,
  // is the region the place is in.
  for (let i = 1; i < mentions.length; i++) {
    const place = mentions[i - 1];
    const m = mentions[i];
    if ((place.type !== 'GPE' && place.type !== 'LOC') || m.type !== null || m.entry || m.role || m.words.length > 2) continue;
    if (!/^ ?, $/.test(text.slice(place.end, m.start)) || !/^(?: ?[.;)]|\s*$|\s*\n)/.test(text.slice(m.end, m.end + 3))) continue;
    m.type = 'GPE';
    m.placeCountry = place.entry?.country ?? place.placeCountry ?? null;
  }
  // The place named in the dateline is the same place further down ("Keldon Springs").
  for (const m of mentions) {
    if (!places.has(nameKey(m.text)) || !guessed(m)) continue;
    m.type = 'GPE';
    m.placeCountry = places.get(nameKey(m.text));
  }
}

/** After a sentence's subject: a lower-case word or "'s", perhaps after one more word of the name ("Apple Computer announced"). */
const SUBJECT_AFTER = /^(?:[ \t]+\p{Lu}[\p{L}.&-]*)?[ \t]*(?:\p{Ll}|['’]s\b)/u;

/** The rest of a table row: figures only. */
const MEASURES_ROW = /^(?:\s+[\d.,/-]+)+\s*$/;

/**
 * ", the world 's second-largest nickel producer ,", ", one of the largest banks in Estonia ,": an apposition of an
 * organisation; ", another horror film ,", ", a novel by ...": of a work.
 */
const APPOSITION = /^\s*,\s+(?:the|a|an|another|one\s+of\s+the)\s+([^,.;:()"“”\n]{0,60}?)\s*(?=[,.;)"”]|$)/u;

/** "largest", "second-biggest", "leading": the apposition ranks what it names among its peers. */
const RANKED = /\b(?:[a-z]+-)?(?:largest|biggest|leading|top)\b/i;

/** The type an apposition right after position `end` gives the name ending there: ORG, OTHER (a work) or null. */
export function appositionType(text: string, end: number): EntityType | null {
  // Most names have no comma after them: the expression is tried on the few that do.
  if (text.charCodeAt(end) !== 44 && text.charCodeAt(end + 1) !== 44) return null;
  const after = APPOSITION.exec(text.slice(end, end + 90));
  if (!after) return null;
  // The head noun is the last word before a prepositional phrase ("producer", "banks in Estonia", "film by X").
  const head = after[1].toLowerCase().split(/\s+(?:in|of|for|on|at|with|from|based|by|about)\s+/)[0].split(/\s+/).pop() ?? '';
  if (orgAppositionNouns.has(head) || (rankedOrgNouns.has(head) && RANKED.test(after[1]))) return 'ORG';
  if (workNouns.has(head) || determinedWorkNouns.has(head)) return 'OTHER';
  return null;
}

export function withoutUnsupportedOpeners(text: string, mentions: Mention[]): Mention[] {
  return mentions.filter((m) => {
    if (m.type !== null || m.entry || m.words.length !== 1 || m.role) return true;
    const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
    const before = text.slice(Math.max(lineStart, m.start - 40), m.start);
    if (!/^[\s\d.,:;!?*"'“”‘’()=-]*$/.test(before) && !/[.!?]["'”’]?\s+$/.test(before)) return true;
    // "Oats 286.5 284.6 31.9": a word heading a row of quantities with decimals is the row's label (a commodity,
    // an account); a team's row has whole numbers and a percentage without a unit (".778").
    const lineEnd = text.indexOf('\n', m.end);
    const rest = text.slice(m.end, lineEnd === -1 ? text.length : lineEnd);
    if (lineStart === m.start && MEASURES_ROW.test(rest) && /\d\.\d/.test(rest)) return false;
    // "Kestrel , one of the largest banks in Estonia ,": an apposition says what the opener names.
    if (appositionType(text, m.end)) return true;
    // Written capitalised again where grammar does not capitalise it (mid-sentence), or again as the subject of a
    // sentence ("Apple unveils ..."); a label heading table rows ("Halftime 1-1", "Extras ( lb-8 ) 24", "Scorers :")
    // repeats only before figures and punctuation.
    for (let at = text.indexOf(m.text); at !== -1; at = text.indexOf(m.text, at + 1)) {
      const edge = (i: number) => i < 0 || i >= text.length || !/[\p{L}\p{N}]/u.test(text[i]);
      if (at === m.start || !edge(at - 1) || !edge(at + m.text.length)) continue;
      if (!opensAt(text, at) || SUBJECT_AFTER.test(text.slice(at + m.text.length, at + m.text.length + 40))) return true;
    }
    return false;
  });
}

/**
 * "Russian-born", "Soviet-led", "U.S.-based": a nationality or place joined by a hyphen to a lower-case word is one
 * adjective of nationality, in the country of the name it is made from.
 */
function nationalCompounds(text: string, mentions: Mention[]): void {
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if ((m.type !== 'NORP' && m.type !== 'GPE') || !m.entry) continue;
    const tail = /^-\p{Ll}{2,}(?![\p{L}-])/u.exec(text.slice(m.end, m.end + 20));
    if (!tail) continue;
    const end = m.end + tail[0].length;
    mentions[i] = { ...m, end, text: text.slice(m.start, end), type: 'NORP', entry: null, placeCountry: m.entry.country, words: [text.slice(m.start, end)] };
  }
}

/**
 * "Hassan Abbas", "Milan Rapajic", "Bill Jordan": a one-word name the gazetteer knows (a person, or a place that is also
 * a first name) right before a person's name, or a first name or initial right before a one-word place name, is one
 * person's name, not two names.
 */
function joinPersonNames(text: string, mentions: Mention[]): void {
  const g = gazetteer();
  for (let i = mentions.length - 2; i >= 0; i--) {
    const a = mentions[i];
    const b = mentions[i + 1];
    if (a.sentence !== b.sentence || text.slice(a.end, b.start) !== ' ' || a.words.length !== 1 || (a.role && a.type !== 'PERSON')) continue;
    const firstName = g.firstNames.has(a.words[0].toLowerCase()) || /^\p{Lu}\.$/u.test(a.words[0]);
    let joined: boolean;
    if (b.type === 'PERSON') joined = !(b.words.length > 1 && b.entry) && (a.type === 'PERSON' || ((a.type === 'GPE' || a.type === 'LOC') && firstName && !b.entry));
    // "Bill Jordan", "J. Murray": a first name or an initial before a one-word place name is a person's.
    else joined = (b.type === 'GPE' || b.type === 'LOC') && b.words.length === 1 && !b.role && (a.type === 'PERSON' || a.type === null) && firstName;
    if (!joined) continue;
    const name = text.slice(a.start, b.end);
    mentions.splice(i, 2, { ...b, start: a.start, text: name, type: 'PERSON', words: [...a.words, ...b.words], entry: lookup(name, 'PERSON'), role: a.role ?? b.role });
  }
}

/** Between two items of a list: ", ", " and ", ", and ". */
const LIST_GAP = /^(?: ?,)? (?:and |or )?$/;

/**
 * "Maria Lentz , Orvald and Tesque": a lone name no list knows and no cue types, listed beside a person named in full,
 * is a person too. Carried along the list both ways.
 */
function listedPeople(text: string, mentions: Mention[]): void {
  // Not in a table's line, where clubs and players are listed together ("Alloa 2 Smith 1").
  const untyped = (m: Mention) => m.type === null && !m.entry && m.words.length === 1 && !everyday(m.text.toLowerCase()) && proseLine(text, m.start);
  // A person named in full with a known first name (two unknown words are a person only by default: "Heavyweights
  // Telvox"), untitled (a title may have taken a listed word: "Trade and Industry Secretary X"); or one the list made.
  const made = new Set<Mention>();
  const { firstNames } = gazetteer();
  const person = (m: Mention) => made.has(m) || (m.type === 'PERSON' && m.words.length > 1 && !m.role && firstNames.has(m.words[0].toLowerCase()));
  const listed = (a: Mention, b: Mention) => a.sentence === b.sentence && LIST_GAP.test(text.slice(a.end, b.start));
  for (let i = 1; i < mentions.length; i++) {
    if (untyped(mentions[i]) && person(mentions[i - 1]) && listed(mentions[i - 1], mentions[i])) made.add(mentions[i]);
  }
  for (let i = mentions.length - 2; i >= 0; i--) {
    if (untyped(mentions[i]) && person(mentions[i + 1]) && listed(mentions[i], mentions[i + 1])) made.add(mentions[i]);
  }
  for (const m of made) m.type = 'PERSON';
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
