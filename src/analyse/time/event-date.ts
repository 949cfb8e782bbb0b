/**
 * The date of the main event a document reports. News leads with it: the first
 * day-grain date in the opening sentences that does not lie after publication is
 * the event's day; failing that, the first such date anywhere close before
 * publication; failing that, the publication date itself.
 */
import type { TimeExpression } from '../../model/index.js';
import { compareDates, daysBetween, parseIsoDay } from './calendar.js';

export interface EventDateEstimate {
  date: string;
  evidence: TimeExpression | null;
  rule: string;
}

/** How far into the text the lead reaches, in characters. */
const LEAD_LENGTH = 400;
/** How far before publication a date in the body may lie and still be the event's. */
const BODY_WINDOW_DAYS = 7;

const DAY_VALUE = /^\d{4}-\d{2}-\d{2}/;

/** Best estimate of the date of the main event the document reports, with its evidence (the expression that decided it), or null. */
export function estimateEventDate(text: string, published: string | null, times: TimeExpression[]): EventDateEstimate | null {
  const anchor = parseIsoDay(published);
  const days = times
    .filter((t) => (t.type === 'DATE' || t.type === 'TIME') && t.value && DAY_VALUE.test(t.value))
    .map((t) => ({ t, day: parseIsoDay(t.value) }))
    .filter((x): x is { t: TimeExpression; day: NonNullable<ReturnType<typeof parseIsoDay>> } => x.day !== null)
    .sort((a, b) => a.t.start - b.t.start);
  const leadLimit = Math.min(LEAD_LENGTH, text.length);
  const notAfter = (x: (typeof days)[number]): boolean => !anchor || compareDates(x.day, anchor) <= 0;
  const lead = days.find((x) => x.t.start < leadLimit && notAfter(x));
  if (lead) return { date: lead.t.value!.slice(0, 10), evidence: lead.t, rule: 'lead-date' };
  if (anchor) {
    const near = days.find((x) => notAfter(x) && daysBetween(x.day, anchor) <= BODY_WINDOW_DAYS);
    if (near) return { date: near.t.value!.slice(0, 10), evidence: near.t, rule: 'body-date-near-publication' };
    return { date: published!.slice(0, 10), evidence: null, rule: 'publication-date' };
  }
  const first = days[0];
  return first ? { date: first.t.value!.slice(0, 10), evidence: first.t, rule: 'first-date' } : null;
}
