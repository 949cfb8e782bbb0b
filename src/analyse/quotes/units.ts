/**
 * Attribution units: the sentences of one paragraph, merged where a quotation runs
 * over a sentence break ("We are confident. It will work," she said) or a quotation
 * closed by "?" or "!" is followed by its frame ("Why now?" Vitter asked). Each unit
 * carries a masked copy of its text in which quoted words are blanked, so cue and
 * speaker rules never read inside a quotation, and offsets stay those of the text.
 */
import type { ReadText, Token } from '../nlp.js';
import { findQuoteSpans, paragraphsOf, type QuoteSpan } from './marks.js';
import { cueLemma } from './speech-verbs.js';

export interface Unit {
  start: number;
  end: number;
  paragraph: number;
  /** The unit's quotation spans, in order (a span running past the unit is clipped). */
  quotes: QuoteSpan[];
  /** Tokens of the unit, quoted ones included. */
  tokens: Token[];
  /** The text with every character inside quotation marks replaced by MASK. */
  masked: string;
  /** True when nothing but quotations and punctuation is outside the marks. */
  pureQuote: boolean;
}

export const MASK = '\u2591';
/** What a pure quotation unit may hold outside its marks: masked quotation, spaces and punctuation. */
const OUTSIDE_PUNCTUATION = /[\u2591\s"“”„«»'‘’.,;:!?()\u2014\u2013-]/g;

interface Range {
  start: number;
  end: number;
  paragraph: number;
}

/** Sentence pieces cut at line breaks: wink-nlp may run a sentence over one. */
function pieces(read: ReadText, paragraphs: { start: number; end: number }[]): Range[] {
  const out: Range[] = [];
  let p = 0;
  for (const sentence of read.sentences) {
    let from = sentence.start;
    while (from < sentence.end) {
      while (p < paragraphs.length && paragraphs[p].end <= from) p++;
      if (p >= paragraphs.length) break;
      const para = paragraphs[p];
      const start = Math.max(from, para.start);
      if (start >= sentence.end) break;
      const end = Math.min(sentence.end, para.end);
      if (read.text.slice(start, end).trim()) out.push({ start, end, paragraph: p });
      from = end;
    }
  }
  return out;
}

/** A quotation closed by its own question or exclamation mark: the splitter ends a sentence there. */
const CLOSED_BY_MARK = /[?!]["”’']\s*$/;
/** Most words of a frame after such a quotation: "Vitter demanded.", "Graham asked reporters on Friday." */
const MAX_FRAME_WORDS = 10;

/**
 * Whether a sentence is the frame of the quotation before it (`“...?” Vitter demanded.`): short,
 * opening with a capital (a lower-case opening is merged anyway) and holding a cue.
 */
function frameAfterQuestion(stretch: string): boolean {
  const words = stretch.match(/[\p{L}’'-]+/gu) ?? [];
  return /^\s*[A-Z]/.test(stretch) && words.length <= MAX_FRAME_WORDS && words.some((w) => cueLemma(w) !== null);
}

/** Whether a stretch of text opens a parenthesis it does not close. */
function unclosedParenthesis(stretch: string): boolean {
  return stretch.lastIndexOf('(') > stretch.lastIndexOf(')');
}

export interface Units {
  units: Unit[];
  quotes: QuoteSpan[];
}

/** Units are read once per text: the reading warnings, quotes and claims all ask for them. */
const built = new WeakMap<ReadText, Units>();

/** The units and quotation spans of a text read with `readText`; the same objects each time it is asked for the same read. */
export function buildUnits(read: ReadText): Units {
  let units = built.get(read);
  if (!units) {
    units = build(read);
    built.set(read, units);
  }
  return units;
}

function build(read: ReadText): Units {
  const text = read.text;
  const paragraphs = paragraphsOf(text);
  const quotes = findQuoteSpans(text, paragraphs);
  const ranges = pieces(read, paragraphs);
  const merged: Range[] = [];
  // Spans are disjoint and in order, as ranges are: the first span ending after a range starts is the only one that can cross into it.
  let next = 0;
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    while (next < quotes.length && quotes[next].after <= range.start) next++;
    const crossed = last && last.paragraph === range.paragraph && next < quotes.length && quotes[next].start < last.end;
    // "“...” ― Carla Sanchez": a signature after a dash belongs to the quotation before it.
    const signature = last && last.paragraph === range.paragraph && /^[\u2015\u2014]/.test(text.slice(range.start, range.end));
    // A sentence never opens in lower case or with a comma: "... Sen. Claire McCaskill (D-Mo.) | said." is one sentence the splitter cut at an abbreviation.
    const cut = last && last.paragraph === range.paragraph && /^\s*[a-z,;]/.test(text.slice(range.start, range.end));
    // Nor inside a parenthesis: "Graham (R-S.C.) told" is cut after "S." by the splitter.
    const parenthesis = last && last.paragraph === range.paragraph && unclosedParenthesis(text.slice(last.start, last.end));
    // Nor after "?”" when what follows is the quotation's frame: `“Why now?” Vitter demanded.`
    const framed = last && last.paragraph === range.paragraph && CLOSED_BY_MARK.test(text.slice(last.start, last.end)) && frameAfterQuestion(text.slice(range.start, range.end));
    if (crossed || signature || cut || parenthesis || framed) last.end = range.end;
    else merged.push({ ...range });
  }
  // Trailing marks after a sentence end belong to that sentence ("... shocked." she said) only via the merge above.
  const units: Unit[] = [];
  let t = 0;
  let q = 0;
  for (const range of merged) {
    while (t < read.tokens.length && read.tokens[t].end <= range.start) t++;
    const tokens: Token[] = [];
    for (let i = t; i < read.tokens.length && read.tokens[i].start < range.end; i++) tokens.push(read.tokens[i]);
    while (q < quotes.length && quotes[q].after <= range.start) q++;
    const inside: QuoteSpan[] = [];
    for (let i = q; i < quotes.length && quotes[i].open < range.end; i++) {
      if (quotes[i].after <= range.start) continue;
      inside.push({ ...quotes[i], start: Math.max(quotes[i].start, range.start), end: Math.min(quotes[i].end, range.end) });
    }
    let masked = '';
    let at = range.start;
    for (const span of inside) {
      // A mark at the unit's very end opens a span with nothing of it inside the unit.
      if (span.end <= span.start) continue;
      masked += text.slice(at, span.start) + MASK.repeat(span.end - span.start);
      at = span.end;
    }
    masked += text.slice(at, range.end);
    const pureQuote = inside.length > 0 && masked.replace(OUTSIDE_PUNCTUATION, '') === '';
    units.push({ ...range, quotes: inside, tokens, masked, pureQuote });
  }
  return { units, quotes };
}
