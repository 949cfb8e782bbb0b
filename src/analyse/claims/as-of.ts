/**
 * The date a figure stands for: "so far" and "to date" mean the publication date; a date
 * in the same sentence is that date (unless it opens a period: "since October"); a
 * present perfect ("has killed", "have been displaced") speaks of publication day; else
 * the date cannot be told.
 */
import type { TimeExpression } from '../../model/index.js';
import type { Sentence } from '../nlp.js';

const SO_FAR = /\b(?:so far|to date|thus far|as of now|until now|up to now|as of today)\b/i;
const PRESENT_PERFECT = /\b(?:has|have)\s+(?:(?:now|so far|also|already|reportedly)\s+)?(?:been\s+)?(?:[a-z]+(?:ed|en|lt|wn|ng)|left|made|put|had|hit|lost|fled|held|kept|come|gone|run|seen|said|told|paid|sent|found|died)\b/i;
const OPENS_PERIOD = /\b(?:since|from|after|starting)\s+(?:the\s+)?$/i;
const ISO = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

export function asOfDate(sentence: Sentence, text: string, times: readonly TimeExpression[], published: string | null): string | null {
  if (SO_FAR.test(sentence.text)) return published;
  for (const t of times) {
    if (t.start < sentence.start || t.end > sentence.end || t.type !== 'DATE' || !t.value || !ISO.test(t.value)) continue;
    if (OPENS_PERIOD.test(text.slice(Math.max(sentence.start, t.start - 20), t.start))) continue;
    // "have been kidnapped this year": a period still running at publication means publication day.
    if (published && published.startsWith(t.value) && PRESENT_PERFECT.test(sentence.text)) return published;
    return t.value;
  }
  if (PRESENT_PERFECT.test(sentence.text)) return published;
  return null;
}
