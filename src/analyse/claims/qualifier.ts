/** The hedge before a figure: "more than", "at least", "some", "nearly", "up to". */
import type { Token } from '../nlp.js';
import { QUALIFIERS, type Qualifier } from './lexicon.js';

const PHRASES: readonly { qualifier: Qualifier; words: readonly string[] }[] = (Object.entries(QUALIFIERS) as [Qualifier, readonly string[]][])
  .flatMap(([qualifier, list]) => list.map((p) => ({ qualifier, words: p.split(' ') })))
  .sort((a, b) => b.words.length - a.words.length);

/** The qualifier ending just before token `figure`, and where it starts; "a total of" is skipped over. */
export function qualifierBefore(tokens: readonly Token[], figure: number): { qualifier: Qualifier | null; first: number } {
  let end = figure;
  if (['a', 'total', 'of'].every((w, k) => tokens[end - 3 + k]?.text.toLowerCase() === w)) end -= 3;
  for (const p of PHRASES) {
    const first = end - p.words.length;
    if (first >= 0 && p.words.every((w, k) => tokens[first + k].text.toLowerCase() === w)) return { qualifier: p.qualifier, first };
  }
  return { qualifier: null, first: end };
}
