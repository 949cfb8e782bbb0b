/**
 * What the linker reads of a document, computed wherever the document is. With worker threads
 * (`dateline analyze --stories`) each worker sends this beside the document's JSON record, so
 * the thread that links neither parses the record again nor holds its object graph: about a
 * quarter of the link stage's work (terms, MinHash, the fact summary) runs in parallel, and the
 * linking thread allocates a fraction of what it did (BENCHMARKS.md, whole pipeline).
 */
import type { AnalysedDocument } from '../model/index.js';
import { summarise } from './comparison.js';
import { dateClues, type DateClues } from './date-inference.js';
import { dayNumber } from './days.js';
import { rawTerms, type RawTerms } from './features.js';
import { loadHasher, signature } from './minhash.js';

export interface LinkInput {
  /** MinHash signature of the text; null when the text is too short to have one. */
  signature: Uint32Array | null;
  terms: RawTerms;
  /** The event's (else the publication's) day number. */
  day: number | null;
  year: number | null;
  /** The report's fact summary as JSON, as the linker's spool keeps it. */
  summary: string;
  clues: DateClues | null;
}

/** Must be awaited once per thread before `linkInput`: the hasher is WebAssembly. */
export const prepareLinkInput: () => Promise<void> = loadHasher;

export function linkInput(doc: AnalysedDocument): LinkInput {
  return {
    signature: signature(doc.text),
    terms: rawTerms(doc),
    day: dayNumber(doc.eventDate?.date ?? doc.published),
    year: mainYear(doc),
    summary: JSON.stringify(summarise(doc)),
    clues: dateClues(doc),
  };
}

/** The year a document names most often (in dates, as a year-like number, or its event date); ties go to the later year, as history is cited, not reported. */
export function mainYear(doc: AnalysedDocument): number | null {
  const counts = new Map<number, number>();
  const bump = (y: number, n: number) => counts.set(y, (counts.get(y) ?? 0) + n);
  for (const t of doc.times) if (t.value && /^\d{4}/.test(t.value)) bump(Number(t.value.slice(0, 4)), 1);
  for (const m of doc.text.matchAll(/\b(19[5-9]\d|20\d\d)\b/g)) bump(Number(m[1]), 1);
  const date = doc.eventDate?.date ?? doc.published;
  if (date) bump(Number(date.slice(0, 4)), 2);
  let best: number | null = null;
  for (const [y, n] of counts) if (best === null || n > counts.get(best)! || (n === counts.get(best)! && y > best)) best = y;
  return best;
}
