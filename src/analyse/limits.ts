/**
 * What an article may hold that the analysers cannot read well or fast: more text than
 * any news article, a stretch without a sentence break, a quotation that never closes.
 * Each becomes one line in the document's warnings, never a silent cut.
 */
import { characters, cutPoint } from '../extract/cut.js';
import type { ExtractedArticle } from '../model/index.js';
import type { ReadText } from './nlp.js';
import { buildUnits } from './quotes/units.js';

/**
 * Text past this many characters (about 30,000 words, beyond nearly any news article) is
 * not analysed: several analysers cost more than linear time in the length.
 */
export const MAX_ANALYSED_CHARS = 200_000;
/** A "sentence" longer than this many tokens is a list, a table or text without punctuation. */
export const LONG_SENTENCE_TOKENS = 1_000;

/** The article cut at MAX_ANALYSED_CHARS, at a paragraph or word break before it; offsets stay those of the whole text. */
export function withinLimit(article: ExtractedArticle, warnings: string[]): ExtractedArticle {
  const { text } = article;
  if (text.length <= MAX_ANALYSED_CHARS) return article;
  const cut = cutPoint(text, MAX_ANALYSED_CHARS);
  warnings.push(
    `text is ${characters(text.length)} characters; analysed the first ${characters(cut)} (entities, times, quotes, claims and events after character ${cut} are not reported)`,
  );
  return { ...article, text: text.slice(0, cut) };
}

/** Warnings about how the text reads: the first overlong sentence and the first quotation never closed, each with how many more there are. */
export function readingWarnings(read: ReadText): string[] {
  const warnings: string[] = [];
  const long = read.sentences.filter((s) => s.endToken - s.firstToken > LONG_SENTENCE_TOKENS);
  if (long.length) {
    const first = long[0];
    warnings.push(
      `sentence of ${characters(first.endToken - first.firstToken)} tokens at character ${first.start} (no sentence break found); read as one sentence${more(long.length - 1, 'such sentence')}`,
    );
  }
  const spans = buildUnits(read).quotes;
  // A run of paragraphs quoted one after another ends unclosed: its opening mark never closes.
  const openings: number[] = [];
  spans.forEach((span, i) => {
    if (span.close !== null || spans[i + 1]?.continued) return;
    let first = i;
    while (first > 0 && spans[first].continued) first--;
    openings.push(spans[first].open);
  });
  if (openings.length) {
    warnings.push(`quotation mark opened at character ${openings[0]} is never closed; read as a quotation to the end of its paragraph${more(openings.length - 1, 'such quotation')}`);
  }
  return warnings;
}

function more(count: number, what: string): string {
  return count > 0 ? ` (and ${count} more ${what}${count > 1 ? 's' : ''})` : '';
}

