/**
 * Criticism or doubt a subject faces, the critics unnamed: `The council has faced sharp
 * criticism for the late repairs`, `Ruiz faced questions about the contract`. Attribution
 * corpora mark what the criticism is about as the content, with no source. Tried after the
 * verb rules, so it only adds.
 */
import { CLAUSE_BREAK, isQuoted, nextUnquoted, type Attribution } from '../frame.js';
import { FACED_NOUNS } from '../data/stance-verbs.js';
import type { AttributionRule, UnitContext } from './rule.js';

const NOUNS: ReadonlySet<string> = new Set(FACED_NOUNS.map((n) => n.noun));
/** Verbs of meeting with criticism, in any form: "has faced", "is drawing", "came under". */
const FACE = /^(face|faces|faced|facing|draw|draws|drew|drawn|drawing|came|come|comes|coming|under)$/i;
/** What may stand between the verb and the noun: "sharp", "new", "a", "growing". */
const MAX_MODIFIERS = 2;
const LINK = /^(for|about|over)$/i;

export const facedCriticism: AttributionRule = {
  name: 'faced-criticism',
  apply(context: UnitContext): Attribution[] {
    const { unit } = context;
    const tokens = unit.tokens;
    for (let k = 1; k + 2 < tokens.length; k++) {
      if (!NOUNS.has(tokens[k].text.toLowerCase()) || isQuoted(unit, tokens[k])) continue;
      let v = k - 1;
      while (v > 0 && k - v <= MAX_MODIFIERS && /^[a-z-]+$/.test(tokens[v].text) && !FACE.test(tokens[v].text)) v--;
      if (!FACE.test(tokens[v].text)) continue;
      // "faced accusations of favouritism over the selection": the first "for", "about" or "over" after the noun, within a few words.
      let link = k + 1;
      while (link < tokens.length && link - k <= 4 && !LINK.test(tokens[link].text) && /^[\p{L}-]+$/u.test(tokens[link].text)) link++;
      if (link >= tokens.length - 1 || !LINK.test(tokens[link].text)) continue;
      const last = nextUnquoted(unit, link + 1, CLAUSE_BREAK);
      return [{ rule: this.name, content: [{ start: tokens[link + 1].start, end: tokens[last - 1].end }], speaker: null, cue: { start: tokens[k].start, end: tokens[k].end } }];
    }
    return [];
  },
};
