/**
 * "According to the Kremlin, the leaders spoke" and "The leaders spoke, according to
 * the Kremlin": the source follows "according to", the content is the other side of the comma.
 */
import { isQuoted, type Attribution } from '../frame.js';
import type { AttributionRule, UnitContext } from './rule.js';

// Long enough for "According to a 52-count complaint filed by the commission and a second complaint by the state,".
const MAX_SOURCE_TOKENS = 28;

function sourceAfter(context: UnitContext, first: number): { end: number; next: number } {
  const tokens = context.unit.tokens;
  let k = first;
  while (k < tokens.length && k - first < MAX_SOURCE_TOKENS && !/^[,;.!?]$/.test(tokens[k].text) && !isQuoted(context.unit, tokens[k])) k++;
  return { end: k, next: k };
}

export const accordingTo: AttributionRule = {
  name: 'according-to',
  apply(context: UnitContext): Attribution[] {
    const { unit } = context;
    const tokens = unit.tokens;
    const out: Attribution[] = [];
    for (let i = 0; i + 2 < tokens.length; i++) {
      if (tokens[i].text.toLowerCase() !== 'according' || tokens[i + 1].text.toLowerCase() !== 'to' || isQuoted(unit, tokens[i])) continue;
      const source = sourceAfter(context, i + 2);
      if (source.end <= i + 2) continue;
      const speaker = { start: tokens[i + 2].start, end: tokens[source.end - 1].end };
      const cue = { start: tokens[i].start, end: tokens[i + 1].end };
      const before = tokens.slice(0, i).filter((t) => /[\p{L}\p{N}]/u.test(t.text)).length;
      if (before <= 1) {
        // Leading: the content runs from the comma after the source to the unit's end.
        if (tokens[source.next]?.text !== ',') continue;
        out.push({ rule: this.name, content: [{ start: tokens[source.next].end, end: unit.end }], speaker, cue });
      } else {
        const comma = tokens[i - 1]?.text === ',' ? tokens[i - 1].start : tokens[i].start;
        out.push({ rule: this.name, content: [{ start: unit.start, end: comma }], speaker, cue });
      }
      break;
    }
    return out;
  },
};
