/**
 * The cue before its content: `Zakharova said that Russia is making efforts`,
 * `He told reporters the talks failed`, `The Kremlin said in a statement: "..."`.
 * A unit that ends at the cue's colon hands its speaker to the quotations that follow
 * (see `colonLead` in the index).
 */
import { isQuoted, speakerBefore, type Attribution, type Cue } from '../frame.js';
import { CUE_AUXILIARIES, HEARER_VERBS, PASSIVE_AUXILIARIES, QUOTE_ONLY_VERBS, cueLemma } from '../speech-verbs.js';
import { wordsBetween, type AttributionRule, type UnitContext } from './rule.js';

/** How far after the cue "that" may come and still open the content ("said on Friday that"). */
const THAT_WINDOW = 9;
const OBJECT_PRONOUN = /^(me|him|her|us|them|you|reporters|journalists|supporters|voters|listeners|viewers|the|a|an|his|her|their)$/i;
/** A participle cue that opens a second attribution of the same speaker: ", adding that", ", accusing her of". */
const PARTICIPLE = { test: (word: string): boolean => /ing$/i.test(word) && cueLemma(word) !== null };

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

/** "has been endorsed by", "were echoed by": the subject is what was said or done, not its source. */
function isPassive(context: UnitContext, cue: Cue): boolean {
  const tokens = context.unit.tokens;
  if (/ing$/i.test(tokens[cue.first].text)) return false;
  for (let k = cue.first - 1; k >= 0; k--) {
    const word = tokens[k].text.toLowerCase();
    if (PASSIVE_AUXILIARIES.has(word)) return true;
    if (!CUE_AUXILIARIES.has(word)) break;
  }
  return false;
}

/** The attribution a cue opens, read forwards: its speaker before it, its content after it; null when either is missing. */
function readCue(context: UnitContext, cue: Cue): Attribution | null {
  const { unit } = context;
  const tokens = unit.tokens;
  // ", adding that ..." belongs to the attribution before it: the participle step reads it.
  if (PARTICIPLE.test(tokens[cue.first].text) && tokens[cue.first - 1]?.text === ',') return null;
  if (isPassive(context, cue)) return null;
  const speaker = speakerBefore(unit, cue.first);
  if (!speaker) return null;
  const first = contentStart(context, cue);
  if (first >= tokens.length) return null;
  const quoted = tokens.slice(first).some((t) => isQuoted(unit, t));
  const opener = tokens[first]?.text.toLowerCase();
  if (QUOTE_ONLY_VERBS.has(cue.lemma) && !quoted && tokens[cue.last]?.text !== ':' && opener !== 'that') return null;
  const end = contentEnd(context, first);
  const words = wordsBetween(context, first, tokens.length);
  if (words < 2 && !quoted) return null;
  const start = tokens[first].text === ',' || tokens[first].text === ':' ? tokens[first].end : tokens[first].start;
  return { rule: 'leading-cue', content: [{ start, end }], speaker, cue: { start: cue.start, end: cue.end } };
}

export const leadingCue: AttributionRule = {
  name: 'leading-cue',
  apply(context: UnitContext): Attribution[] {
    for (const cue of context.cues) {
      const found = readCue(context, cue);
      if (found) return [found];
    }
    return [];
  },
};

/**
 * Every cue of the unit after offset `after` read as a leading cue: the nested and coordinated attributions
 * after the first ("Merrill says Machado promised to help and said she would stay").
 */
export function leadingCues(context: UnitContext, after: number): Attribution[] {
  const out: Attribution[] = [];
  for (const cue of context.cues) {
    if (cue.start <= after) continue;
    const found = readCue(context, cue);
    if (found) out.push(found);
  }
  return out;
}

export { PARTICIPLE };
