/**
 * The loaded-terms lexicon (data/stories/loaded-terms.json): words that carry a judgement,
 * each with its inflections and the neutral wording a report could have used. Compiled
 * once into one whole-word, case-insensitive pattern.
 */
import { readDataFile } from '../model/data-files.js';
import { z } from 'zod';

const Lexicon = z.object({
  about: z.string(),
  assembled: z.string(),
  terms: z.array(z.object({ term: z.string(), forms: z.array(z.string()).min(1), neutral: z.array(z.string()) })),
});

const LEXICON = 'stories/loaded-terms.json';

interface Compiled {
  pattern: RegExp;
  termOf: Map<string, string>;
  order: Map<string, number>;
}

let compiled: Compiled | null = null;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function compile(): Compiled {
  const parsed = Lexicon.safeParse(readDataFile(LEXICON, 'stories'));
  if (!parsed.success) throw new Error(`stories: data/${LEXICON} is not a loaded-terms lexicon: ${parsed.error.message}`);
  const termOf = new Map<string, string>();
  const order = new Map<string, number>();
  parsed.data.terms.forEach(({ term, forms }, i) => {
    order.set(term, i);
    for (const form of forms) termOf.set(form.toLowerCase(), term);
  });
  // Longest forms first, so "war crimes" wins over "war crime".
  const alternatives = [...termOf.keys()].sort((a, b) => b.length - a.length).map((f) => escape(f).replace(/ /g, '\\s+'));
  return { pattern: new RegExp(`(?<![\\p{L}\\p{N}-])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}-])`, 'giu'), termOf, order };
}

/** The lexicon terms (not the surface forms) a text uses, in lexicon order. */
export function loadedTermsIn(text: string): string[] {
  compiled ??= compile();
  const found = new Set<string>();
  for (const match of text.matchAll(compiled.pattern)) {
    const term = compiled.termOf.get(match[0].toLowerCase().replace(/\s+/g, ' '));
    if (term) found.add(term);
  }
  const order = compiled.order;
  return [...found].sort((a, b) => order.get(a)! - order.get(b)!);
}
