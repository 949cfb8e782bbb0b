/**
 * "According to the Kremlin, the leaders spoke" and "The leaders spoke, according to
 * the Kremlin": the source follows "according to", the content is the other side of the comma.
 */
import { isQuoted, type Attribution } from '../frame.js';
import { SOURCE_ADJUNCT_NOUNS } from '../data/stance-verbs.js';
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
        // "According to the network, basically.": one word is a reply, not a report.
        if (tokens.slice(source.next + 1).filter((t) => /[\p{L}\p{N}]/u.test(t.text)).length < 2) continue;
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

const ADJUNCT_NOUNS: ReadonlySet<string> = new Set(SOURCE_ADJUNCT_NOUNS.map((n) => n.noun));
const POSSESSIVE_PRONOUN = /^(his|her|their|its|our|my)$/i;
/** Most tokens of the source in "In the view of X," or before "'s". */
const MAX_OWNER_TOKENS = 8;

/**
 * "In the mayor's view, ...", "By his own account, ...", "In the words of one councillor, ...": a view or an account owned
 * by a source, opening the unit; the rest of the unit after its comma is the content, the owner the source.
 */
export const sourceAdjunct: AttributionRule = {
  name: 'source-adjunct',
  apply(context: UnitContext): Attribution[] {
    const { unit } = context;
    const tokens = unit.tokens;
    let p = 0;
    while (p < tokens.length && /^(but|and|yet|still|so)$/i.test(tokens[p].text)) p++;
    if (!/^(in|by)$/i.test(tokens[p]?.text ?? '') || isQuoted(unit, tokens[p])) return [];
    let owner: { first: number; last: number } | null = null;
    let comma = -1;
    if (/^the$/i.test(tokens[p + 1]?.text ?? '') && ADJUNCT_NOUNS.has(tokens[p + 2]?.text ?? '') && tokens[p + 3]?.text === 'of') {
      // "In the words of one councillor,": the owner runs from "of" to the comma.
      comma = tokens.findIndex((t, k) => k > p + 4 && k - p <= MAX_OWNER_TOKENS + 4 && t.text === ',');
      if (comma > 0) owner = { first: p + 4, last: comma - 1 };
    } else {
      // "In the mayor's view,", "By his own account,": the owner before "'s", or the possessive pronoun.
      let k = p + 1;
      if (POSSESSIVE_PRONOUN.test(tokens[k]?.text ?? '')) owner = { first: k, last: k };
      else {
        while (k < tokens.length && k - p <= MAX_OWNER_TOKENS && !/^[’']s$/.test(tokens[k].text) && /[\p{L}\p{N}.]/u.test(tokens[k].text)) k++;
        if (k > p + 1 && /^[’']s$/.test(tokens[k]?.text ?? '')) owner = { first: p + 1, last: k - 1 };
      }
      k++;
      if (/^own$/i.test(tokens[k]?.text ?? '')) k++;
      if (!owner || !ADJUNCT_NOUNS.has(tokens[k]?.text ?? '') || tokens[k + 1]?.text !== ',') return [];
      comma = k + 1;
    }
    if (!owner || comma < 0 || comma + 1 >= tokens.length || tokens.slice(p, comma).some((t) => isQuoted(unit, t))) return [];
    const speaker = { start: tokens[owner.first].start, end: tokens[owner.last].end };
    return [{ rule: this.name, content: [{ start: tokens[comma].end, end: unit.end }], speaker, cue: { start: tokens[p].start, end: tokens[comma - 1].end } }];
  },
};
