/**
 * The time stage: every date and time expression of an article's clean text, with
 * TimeML type and value anchored on the publication date, and a best estimate of
 * the date of the main event the article reports.
 */
import type { TimeExpression } from '../../model/index.js';
import { findTimesExplained } from './find-times.js';

export { findTimesExplained, type ExplainedTime } from './find-times.js';
export { estimateEventDate, type EventDateEstimate } from './event-date.js';

/** Time expressions in `text`, resolved against `published` (YYYY-MM-DD or null). With no publication date, relative expressions get value null; absolute dates still resolve. */
export function findTimes(text: string, published: string | null): TimeExpression[] {
  return findTimesExplained(text, published).map(({ rule: _rule, ...time }) => time);
}
