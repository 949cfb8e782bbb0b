/**
 * The cue before its content: `Zakharova said that Russia is making efforts`,
 * `He told reporters the talks failed`, `The Kremlin said in a statement: "..."`.
 * A unit that ends at the cue's colon hands its speaker to the quotations that follow
 * (see `colonLead` in the index).
 */
import { isQuoted, speakerBefore, type Attribution, type Cue } from '../frame.js';
import { HEARER_VERBS, QUOTE_ONLY_VERBS } from '../speech-verbs.js';
import { wordsBetween, type AttributionRule, type UnitContext } from './rule.js';

/** How far after the cue "that" may come and still open the content ("said on Friday that"). */
const THAT_WINDOW = 9;
const OBJECT_PRONOUN = /^(me|him|her|us|them|you|reporters|journalists|supporters|voters|listeners|viewers|the|a|an|his|her|their)$/i;
const PARTICIPLE = /^(adding|saying|noting|arguing|insisting|stressing|warning|explaining|claiming|suggesting|calling|urging|promising|pledging|vowing|declaring|asserting|acknowledging|recalling|emphasizing|emphasising|citing|telling)$/i;

/** Token index where the content starts after a cue, or null when nothing follows. */
function contentStart(context: UnitContext, cue: Cue): number {
  const tokens = context.unit.tokens;
  for (let k = cue.last; k < tokens.length && k - cue.last <= THAT_WINDOW; k++) {
    const t = tokens[k];
    if (isQuoted(context.unit, t) || /^[,;:"“”„«»]$/.test(t.text)) break;
    if (t.text.toLowerCase() === 'that') return k;
  }
  if (HEARER_VERBS.has(cue.lemma)) {
    // "told reporters the talks failed": skip the hearer, a pronoun or a short name.
    let k = cue.last;
    if (OBJECT_PRONOUN.test(tokens[k]?.text ?? '')) {
      const determiner = /^(the|a|an|his|her|their)$/i.test(tokens[k].text);
      k++;
      if (determiner) while (k < tokens.length && k - cue.last < 5 && /^[A-Za-z]/.test(tokens[k].text) && !/^(to|that|about|the)$/i.test(tokens[k].text)) k++;
    } else {
      while (k < tokens.length && /^[A-Z]/.test(tokens[k].text) && k - cue.last < 5) k++;
    }
    return k;
  }
  return cue.last;
}

/** Where the content ends: the unit's end, or before a trailing participle cue (", adding that"). */
function contentEnd(context: UnitContext, from: number): number {
  const tokens = context.unit.tokens;
  for (let k = from; k + 1 < tokens.length; k++) {
    if (tokens[k].text === ',' && PARTICIPLE.test(tokens[k + 1].text) && !isQuoted(context.unit, tokens[k])) return tokens[k].start;
  }
  return context.unit.end;
}

export const leadingCue: AttributionRule = {
  name: 'leading-cue',
  apply(context: UnitContext): Attribution[] {
    const { unit } = context;
    const tokens = unit.tokens;
    for (const cue of context.cues) {
      // ", adding that ..." belongs to the attribution before it: the participle step reads it.
      if (PARTICIPLE.test(tokens[cue.first].text) && tokens[cue.first - 1]?.text === ',') continue;
      const speaker = speakerBefore(unit, cue.first);
      if (!speaker) continue;
      const first = contentStart(context, cue);
      if (first >= tokens.length) continue;
      const quoted = tokens.slice(first).some((t) => isQuoted(unit, t));
      const opener = tokens[first]?.text.toLowerCase();
      if (QUOTE_ONLY_VERBS.has(cue.lemma) && !quoted && tokens[cue.last]?.text !== ':' && opener !== 'that') continue;
      const end = contentEnd(context, first);
      const words = wordsBetween(context, first, tokens.length);
      if (words < 2 && !quoted) continue;
      const start = tokens[first].text === ',' || tokens[first].text === ':' ? tokens[first].end : tokens[first].start;
      return [{ rule: this.name, content: [{ start, end }], speaker, cue: { start: cue.start, end: cue.end } }];
    }
    return [];
  },
};

export { PARTICIPLE };
