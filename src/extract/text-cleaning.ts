/**
 * Plain text scraped from a web page with its chrome -> the article's paragraphs and headline.
 *
 * Passes, in order (each removal records the rule that made it, see text-rules.ts):
 *   1. drop chrome lines (line rules; a teaser label takes its headline along)
 *   2. drop the second copy of a photo caption
 *   3. join broken lines ("from the Gaza Strip\n, while ...") and hard-wrapped blocks
 *   4. take a headline line at the top as the title
 *   5. drop a repeated lead paragraph (the copy with the dateline is kept)
 *   6. fall back to the original paragraphs if cleaning left (nearly) nothing
 */
import { splitDateline } from './dateline.js';
import { collapse, nonSpaceLength, wordCount } from './spaces.js';
import {
  BULLET,
  FALLBACK_MIN_SHARE,
  HEADLINE_MAX_CHARS,
  HEADLINE_MAX_WORDS,
  LEAD_REPEAT_WINDOW,
  LINE_RULES,
  REPEAT_MIN_WORDS,
  TITLE_CASE_MIN_SHARE,
  TITLE_CASE_SMALL_WORDS,
  type LineRule,
} from './text-rules.js';

export interface Removal {
  /** Name of the rule that dropped the text. */
  rule: string;
  text: string;
}

export interface CleanedText {
  /** Paragraphs separated by a blank line, whitespace inside each collapsed. */
  text: string;
  /** The headline line found at the top, or null. */
  title: string | null;
  /** What was dropped and by which rule, pass by pass. */
  removed: Removal[];
  /** True when cleaning removed (nearly) everything and the original paragraphs were kept. */
  fellBack: boolean;
}

interface Line {
  text: string;
  /** A blank line (or the start of the text) came just before it in the input. */
  blankBefore: boolean;
}

const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/gu;
const LEADING_BULLET = new RegExp(`^${BULLET}\\s*`, 'u');
/** Ends a sentence: a full stop, question or exclamation mark, maybe inside a closing quote. */
const SENTENCE_END = /[.!?…]["'”’»)\]]*$/u;
/** Ends a sentence or a clause: what a headline does not end with. */
const CLAUSE_END = /[.,;:…]["'”’»)\]]*$/u;
const STARTS_WITH_PUNCTUATION_CONTINUATION = /^[,;:)\]}]/u;
const STARTS_LOWERCASE = /^\p{Ll}/u;
/** Hard-wrapped text: lines of nearly equal width, none longer than this. */
const WRAP_MAX_WIDTH = 100;
const WRAP_MIN_SHARE_OF_WIDTH = 0.7;
const WRAP_MIN_LINES = 3;
/** Longer lines are paragraphs, never captions. */
const CAPTION_MAX_WORDS = 60;

export function cleanText(body: string): CleanedText {
  const lines = splitLines(body);
  const removed: Removal[] = [];
  const { kept, captions } = dropChromeLines(lines, removed);
  const uncaptioned = dropRepeatedCaptions(kept, captions, removed);
  const joined = joinWrappedBlocks(joinBrokenLines(uncaptioned.map(stripBullet)));
  const { title, rest } = takeHeadline(joined, removed);
  const paragraphs = dropRepeatedParagraphs(rest.map((l) => collapse(l.text)).filter(Boolean), removed);
  const text = paragraphs.join('\n\n');

  const original = lines.map((l) => collapse(l.text)).filter(Boolean);
  if (wouldLoseNearlyEverything(text, original)) {
    return { text: original.join('\n\n'), title: null, removed: [], fellBack: true };
  }
  return { text, title, removed, fellBack: false };
}

/**
 * The chrome-line pass alone, for text that is already paragraphs (the HTML extractor's
 * output): drops whole paragraphs that are share bars, date lines, captions, teasers...
 * Nothing is joined, and no headline is taken.
 */
export function dropChromeParagraphs(text: string): { text: string; removed: Removal[] } {
  const paragraphs = text.split(/\n\s*\n/u).map((p) => collapse(p)).filter(Boolean);
  const lines = paragraphs.map((p) => ({ text: p, blankBefore: true }));
  const removed: Removal[] = [];
  const { kept, captions } = dropChromeLines(lines, removed);
  const cleaned = dropRepeatedCaptions(kept, captions, removed).map((l) => l.text).join('\n\n');
  if (wouldLoseNearlyEverything(cleaned, paragraphs)) return { text: paragraphs.join('\n\n'), removed: [] };
  return { text: cleaned, removed };
}

// --- 0. lines ----------------------------------------------------------------

function splitLines(body: string): Line[] {
  const raw = body.replace(INVISIBLE, '').split(/\r\n?|\n/u);
  const lines: Line[] = [];
  let blank = true;
  for (const text of raw) {
    if (!text.trim()) {
      blank = true;
      continue;
    }
    lines.push({ text: text.trim(), blankBefore: blank });
    blank = false;
  }
  return lines;
}

// --- 1. chrome lines ---------------------------------------------------------

function dropChromeLines(lines: Line[], removed: Removal[]): { kept: Line[]; captions: Set<string> } {
  const kept: Line[] = [];
  const captions = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const rule = matchingRule(line.text);
    if (!rule) {
      kept.push(line);
      continue;
    }
    removed.push({ rule: rule.name, text: line.text });
    if (rule.caption) captions.add(captionKey(withoutCredit(line.text)));
    if (rule.dropsNextHeadline && i + 1 < lines.length && looksLikeTeaserHeadline(lines[i + 1].text)) {
      i += 1;
      removed.push({ rule: 'teaser-headline', text: lines[i].text });
    }
  }
  return { kept, captions };
}

export function matchingRule(line: string): LineRule | null {
  const words = wordCount(line);
  for (const rule of LINE_RULES) {
    if (rule.maxWords !== undefined && words > rule.maxWords) continue;
    const hit = typeof rule.test === 'function' ? rule.test(line) : rule.test.test(line);
    if (hit) return rule;
  }
  return null;
}

function looksLikeTeaserHeadline(line: string): boolean {
  const words = wordCount(line);
  return words >= 2 && words <= HEADLINE_MAX_WORDS && !CLAUSE_END.test(line) && !STARTS_LOWERCASE.test(line);
}

// --- 2. repeated captions ----------------------------------------------------

/** The caption text without its credit: "Smoke over Gaza. | Photo: X" -> "Smoke over Gaza." */
function withoutCredit(line: string): string {
  // Each cut needs its character ("|", ")", "©"): most lines have none, and a search is cheaper than a failed match.
  let text = line.replace(LEADING_BULLET, '');
  if (text.includes('|')) text = text.replace(/\s*\|[^|]*$/u, '');
  if (text.includes(')')) text = text.replace(/\s*\([^()]*\)\s*$/u, '');
  if (text.includes('©')) text = text.replace(/\s*©.*$/u, '');
  return text;
}

function captionKey(text: string): string {
  return collapse(text).toLowerCase();
}

/**
 * A caption often appears twice: once as a bulleted line and again with its credit. The
 * credited copy went with the caption rules; this drops the other copy. Two short lines with
 * the same text, one of them bulleted, are a caption pair even without a credit.
 */
function dropRepeatedCaptions(lines: Line[], captions: Set<string>, removed: Removal[]): Line[] {
  const keys = lines.map((line) => (wordCount(line.text) <= CAPTION_MAX_WORDS ? captionKey(withoutCredit(line.text)) : ''));
  const seen = new Map<string, { count: number; bulleted: boolean }>();
  keys.forEach((key, index) => {
    if (!key) return;
    const entry = seen.get(key) ?? { count: 0, bulleted: false };
    entry.count += 1;
    entry.bulleted ||= LEADING_BULLET.test(lines[index].text);
    seen.set(key, entry);
  });
  return lines.filter((line, index) => {
    const key = keys[index];
    const entry = key ? seen.get(key) : undefined;
    const pairedCaption = entry !== undefined && entry.count > 1 && entry.bulleted;
    if (key && (captions.has(key) || pairedCaption)) {
      removed.push({ rule: 'repeated-caption', text: line.text });
      return false;
    }
    return true;
  });
}

// --- 3. broken lines ----------------------------------------------------------

function stripBullet(line: Line): Line {
  return { ...line, text: line.text.replace(LEADING_BULLET, '') };
}

/**
 * A line that starts with "," or ";" (or in lower case after an unfinished sentence) is the
 * rest of the line before it, cut by the scraper.
 */
function joinBrokenLines(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (const line of lines) {
    const previous = out[out.length - 1];
    if (previous && STARTS_WITH_PUNCTUATION_CONTINUATION.test(line.text)) {
      out[out.length - 1] = { ...previous, text: previous.text + line.text };
    } else if (previous && STARTS_LOWERCASE.test(line.text) && !SENTENCE_END.test(previous.text)) {
      out[out.length - 1] = { ...previous, text: `${previous.text} ${line.text}` };
    } else {
      out.push(line);
    }
  }
  return out;
}

/**
 * Text hard-wrapped at a fixed width (lines of nearly equal length within a block between
 * blank lines) is one paragraph per block. A shorter first line (a headline) stays apart.
 */
function joinWrappedBlocks(lines: Line[]): Line[] {
  const out: Line[] = [];
  let block: Line[] = [];
  const flush = (): void => {
    out.push(...joinBlockIfWrapped(block));
    block = [];
  };
  for (const line of lines) {
    if (line.blankBefore && block.length) flush();
    block.push(line);
  }
  flush();
  return out;
}

function joinBlockIfWrapped(block: Line[]): Line[] {
  if (isWrapped(block)) return [mergeLines(block)];
  if (block.length > WRAP_MIN_LINES && isWrapped(block.slice(1))) return [block[0], mergeLines(block.slice(1))];
  return block;
}

function isWrapped(block: Line[]): boolean {
  if (block.length < WRAP_MIN_LINES) return false;
  const widths = block.map((l) => l.text.length);
  const max = Math.max(...widths);
  if (max > WRAP_MAX_WIDTH) return false;
  const body = block.slice(0, -1);
  if (!body.every((l) => l.text.length >= max * WRAP_MIN_SHARE_OF_WIDTH)) return false;
  // Wrapped lines mostly stop mid-sentence; a list of short sentences does not.
  const unfinished = body.filter((l) => !SENTENCE_END.test(l.text)).length;
  return unfinished * 2 >= body.length;
}

function mergeLines(block: Line[]): Line {
  const text = block.map((l) => l.text).join(' ').replace(/(\p{L})- (\p{Ll})/gu, '$1-$2');
  return { text, blankBefore: block[0].blankBefore };
}

// --- 4. headline ---------------------------------------------------------------

/**
 * The first line is the headline when it reads like one: short, not a finished sentence, and
 * Title Case or followed by a longer, finished sentence. (A blank line after it says little:
 * many scrapers put one after every paragraph.)
 */
function takeHeadline(lines: Line[], removed: Removal[]): { title: string | null; rest: Line[] } {
  const [first, next] = lines;
  if (!first || !next) return { title: null, rest: lines };
  const text = collapse(first.text);
  const words = wordCount(text);
  const shaped =
    words >= 2 &&
    words <= HEADLINE_MAX_WORDS &&
    text.length <= HEADLINE_MAX_CHARS &&
    !CLAUSE_END.test(text) &&
    !STARTS_LOWERCASE.test(text) &&
    splitDateline(text) === null;
  if (!shaped) return { title: null, rest: lines };
  // A question or exclamation in sentence case is how many articles open; only Title Case marks it a headline.
  const nextIsProse = SENTENCE_END.test(next.text) && wordCount(next.text) > words && !/[?!]$/u.test(text);
  if (!(isTitleCase(text) || nextIsProse)) return { title: null, rest: lines };
  removed.push({ rule: 'headline', text });
  return { title: text, rest: lines.slice(1) };
}

export function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const content = words.filter((w) => !TITLE_CASE_SMALL_WORDS.has(w.toLowerCase().replace(/[^\p{L}]/gu, '')));
  if (content.length < 2) return false;
  const capitalised = content.filter((w) => /^[^\p{L}\p{N}]*[\p{Lu}\p{N}]/u.test(w)).length;
  return capitalised / content.length >= TITLE_CASE_MIN_SHARE;
}

// --- 5. repeated paragraphs ----------------------------------------------------------

/**
 * Scraped pages often repeat the lead: once as a standfirst, then with the dateline. Keep one
 * copy: the one with the dateline (its dateline is read later), else the first. Only the
 * opening paragraphs are compared.
 */
function dropRepeatedParagraphs(paragraphs: string[], removed: Removal[]): string[] {
  const keys = paragraphs.map((p, index) => (index < LEAD_REPEAT_WINDOW ? repeatKey(p) : ''));
  const hasDateline = keys.map((key, index) => key !== '' && splitDateline(paragraphs[index]) !== null);
  // A repeat shares its first words with the original: only paragraphs in one bucket are compared.
  const buckets = new Map<string, number[]>();
  const drop = new Set<number>();
  keys.forEach((key, later) => {
    if (!key) return;
    const opening = key.split(' ', REPEAT_MIN_WORDS).join(' ');
    const bucket = buckets.get(opening) ?? [];
    for (const earlier of bucket) {
      if (drop.has(earlier)) continue;
      if (key === keys[earlier] || keys[earlier].startsWith(`${key} `)) {
        // The later one repeats (part of) the earlier one.
        drop.add(hasDateline[later] && !hasDateline[earlier] ? earlier : later);
        break;
      }
      if (key.startsWith(`${keys[earlier]} `)) drop.add(earlier); // the earlier one was a standfirst
    }
    bucket.push(later);
    buckets.set(opening, bucket);
  });
  return paragraphs.filter((p, index) => {
    if (!drop.has(index)) return true;
    removed.push({ rule: 'repeated-paragraph', text: p });
    return false;
  });
}

function repeatKey(paragraph: string): string {
  const body = splitDateline(paragraph)?.rest ?? paragraph;
  const key = body.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return wordCount(key) >= REPEAT_MIN_WORDS ? key : '';
}

// --- 6. fallback ----------------------------------------------------------------------

function wouldLoseNearlyEverything(text: string, original: string[]): boolean {
  const before = original.reduce((sum, line) => sum + nonSpaceLength(line), 0);
  if (before === 0) return false;
  const after = nonSpaceLength(text);
  return after === 0 || after < before * FALLBACK_MIN_SHARE;
}
