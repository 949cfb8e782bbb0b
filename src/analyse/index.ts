/**
 * The analyse stage: entities, time, events, quotes and claims of one clean article.
 * The text is read once (sentences, tokens) and shared. Analysers run in this order
 * because later ones read what earlier ones found: quotes and claims need entities
 * (speakers, places) and times (as-of dates); events need all of them.
 */
import type { AnalysedDocument, ExtractedArticle } from '../model/index.js';
import { findEntities } from './entities/index.js';
import { readText, type ReadText } from './nlp.js';
import { findClaims } from './claims/index.js';
import { findQuotes } from './quotes/index.js';
import { estimateEventDate, findTimes } from './time/index.js';
import { findEvents } from './events/index.js';
import { readingWarnings, withinLimit } from './limits.js';

export type Analysis = Pick<AnalysedDocument, 'entities' | 'times' | 'events' | 'quotes' | 'claims' | 'eventDate'>;

/** What every analyser that works on sentences gets: the article and its text, read once with `readText`. */
export interface AnalysisInput {
  article: ExtractedArticle;
  read: ReadText;
}

/**
 * Entities, times, events, quotes and claims of one article. `warnings` receives a line for
 * each limit the article ran into, for the document's warnings.
 */
export function analyse(whole: ExtractedArticle, warnings: string[] = []): Analysis {
  const article = withinLimit(whole, warnings);
  const input: AnalysisInput = { article, read: readText(article.text) };
  warnings.push(...readingWarnings(input.read));
  const entities = findEntities(input);
  const times = findTimes(article.text, article.published);
  const estimate = estimateEventDate(article.text, article.published, times);
  const eventDate = estimate
    ? {
        date: estimate.date,
        rule: estimate.rule,
        evidence: estimate.evidence
          ? { start: estimate.evidence.start, end: estimate.evidence.end, text: estimate.evidence.text }
          : null,
      }
    : null;
  const quotes = findQuotes(input, entities);
  const claims = findClaims(input, entities, times);
  const events = findEvents(input, entities, times, eventDate?.date ?? null);
  return { entities, times, events, quotes, claims, eventDate };
}
