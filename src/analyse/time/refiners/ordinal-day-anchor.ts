/**
 * Gives "its 77th day" a value when the text says when the count began: a day-grain
 * date right after "began", "started", "erupted", "broke out", "launched" or "since".
 * Without one the value stays null: a guess would be worse than nothing.
 */
import { addDays, formatDay, parseIsoDay } from '../calendar.js';
import type { Candidate, Refiner } from '../rule.js';
import { readOrdinal } from '../words.js';

const START_VERB = /\b(?:began|begun|started|erupted|broke\s+out|launched|started|commenced|since|starting)\s+(?:on\s+|in\s+)?$/i;
const ORDINAL_IN_SPAN = /(\d+(?:st|nd|rd|th)|[a-z]+)\s+(?:straight\s+|consecutive\s+)?day$/i;

export const anchorOrdinalDays: Refiner = {
  name: 'anchor-ordinal-days',
  refine(candidates, { text }) {
    const starts = candidates.filter(
      (c) => c.grain === 'day' && c.value && parseIsoDay(c.value) && START_VERB.test(text.slice(Math.max(0, c.start - 30), c.start)),
    );
    if (!starts.length) return candidates;
    return candidates.map((c): Candidate => {
      if (c.rule !== 'ordinal-day') return c;
      const n = readOrdinal(ORDINAL_IN_SPAN.exec(text.slice(c.start, c.end))?.[1] ?? '');
      const start = parseIsoDay(starts[0].value);
      if (!n || !start) return c;
      return { ...c, value: formatDay(addDays(start, n - 1)) };
    });
  },
};
