/**
 * The analyse stage: sentences, entities, time, events, quotes and claims of one
 * clean article. Each analyser is its own module and plugs in here, in this order,
 * because later analysers read what earlier ones found (events need entities and times).
 *
 * Not built yet: entities (issue 4), time (issue 5), events (issue 6), quotes and
 * claims (issue 7). Until they land, their arrays are empty, as the analysis format
 * requires (every key present).
 */
import type { AnalysedDocument, ExtractedArticle } from '../model/index.js';
import { findTimes } from './time/index.js';

export type Analysis = Pick<AnalysedDocument, 'entities' | 'times' | 'events' | 'quotes' | 'claims'>;

export function analyse(article: ExtractedArticle): Analysis {
  return { entities: [], times: findTimes(article.text, article.published), events: [], quotes: [], claims: [] };
}
