/**
 * The cue before its content: `Zakharova said that Russia is making efforts`,
 * `He told reporters the talks failed`, `The Kremlin said in a statement: "..."`.
 * A unit that ends at the cue's colon hands its speaker to the quotations that follow
 * (see `colonLead` in the index).
 */
import { isQuoted, speakerBefore, type Attribution, type Cue } from '../frame.js';
import { HEARER_VERBS, PASSIVE_AUXILIARIES, QUOTE_ONLY_VERBS, cueLemma, isContractedAuxiliary, isCueModifier } from '../speech-verbs.js';
import type { Unit } from '../units.js';
import { onlyTimeSpan, wordsBetween, type AttributionRule, type UnitContext } from './rule.js';

/** How far after the cue "that" may come and still open the content ("said on Friday that"). */
const THAT_WINDOW = 9;
const OBJECT_PRONOUN = /^(me|him|her|us|them|you|reporters|journalists|supporters|voters|listeners|viewers|the|a|an|his|her|their)$/i;
/** A participle cue that opens a second attribution of the same speaker: ", adding that", ", accusing her of". */
const PARTICIPLE = { test: (word: string): boolean => /ing$/i.test(word) && cueLemma(word) !== null };
/** Adverbs that may stand between the comma and such a participle: ", even suggesting", ", perhaps recognizing". */
const PARTICIPLE_ADVERB = /^(even|perhaps|also|then|again|later|[a-z]+ly)$/;
/** Words after a cue that open an adjunct ("said on Friday that", "said last week that"), so a "that" after them may still open the content. */
const ADJUNCT_WORD = /^(that|in|on|at|during|after|before|to|with|from|about|over|last|this|earlier|later|yesterday|today|tonight|recently|again|also|then|now|repeatedly|publicly|privately|previously|once|first|further|too|instead|as|for|of|by|through|since|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
/** Words after a cue that show a verb of its own before any "that": an infinitive, a modal, an auxiliary. */
const VERB_BEFORE_THAT = /^(to|may|might|would|will|could|can|should|must|is|are|was|were|has|have|had)$/i;
/** Prepositions that open an adjunct after a cue, not its content, when nothing longer follows. */
const ADJUNCT_PREPOSITION = /^(on|from|with|before|after|by|in|at|during|into|since|until|over|under|through|without|within|across|around|near|toward|towards)$/i;
const MAX_ADJUNCT_WORDS = 8;
/** Cues whose "so" stands for a whole clause: "He doesn't think so.", "She said so.", "We hope so." */
const SO_VERBS: ReadonlySet<string> = new Set(['say', 'think', 'believe', 'hope', 'expect', 'suggest', 'fear', 'tell']);
/** A one-word content that is an object on its own: a name or an object pronoun. */
const ONE_WORD_OBJECT = /^([A-Z][\p{L}.’'-]*|him|her|them|it)$/u;

/** The index of the participle cue a comma at token `comma` opens (", adding", ", even suggesting"), or -1. */
export function participleAfter(unit: Unit, comma: number): number {
  const tokens = unit.tokens;
  if (tokens[comma]?.text !== ',' || isQuoted(unit, tokens[comma])) return -1;
  if (PARTICIPLE.test(tokens[comma + 1]?.text ?? '')) return comma + 1;
  if (PARTICIPLE_ADVERB.test(tokens[comma + 1]?.text ?? '') && PARTICIPLE.test(tokens[comma + 2]?.text ?? '')) return comma + 2;
  return -1;
}

/** Token index where the content starts after a cue, or null when nothing follows. */
function contentStart(context: UnitContext, cue: Cue): number {
  const tokens = context.unit.tokens;
  // "rejected claims that ...": a word that opens no adjunct starts the object, which holds the "that".
  const next = tokens[cue.last]?.text ?? '';
  if (!HEARER_VERBS.has(cue.lemma) && /^[a-z]+$/.test(next) && !ADJUNCT_WORD.test(next) && !/ly$/.test(next)) return cue.last;
  for (let k = cue.last; k < tokens.length && k - cue.last <= THAT_WINDOW; k++) {
    const t = tokens[k];
    if (isQuoted(context.unit, t) || /^[,;:"“”„«»]$/.test(t.text)) break;
    // "refuses to release his returns may be that ...": a verb of its own comes first, so a later "that" opens another clause.
    if (VERB_BEFORE_THAT.test(t.text)) break;
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
    if (participleAfter(context.unit, k) > 0) return tokens[k].start;
  }
  return context.unit.end;
}

/** "has been endorsed by", "were echoed by": the subject is what was said or done, not its source. */
function isPassive(context: UnitContext, cue: Cue): boolean {
  const tokens = context.unit.tokens;
  if (/ing$/i.test(tokens[cue.first].text)) return false;
  for (let k = cue.first - 1; k >= 0; k--) {
    const word = tokens[k].text.toLowerCase();
    // "He’s said that ...", "she’s argued ...": after a personal pronoun "’s" is "has", unless "to" follows ("he’s expected to").
    if (isContractedAuxiliary(tokens, k) && /^(he|she|who)$/i.test(tokens[k - 1].text) && !/^to$/i.test(tokens[cue.last]?.text ?? '')) return false;
    if (PASSIVE_AUXILIARIES.has(word)) return true;
    // "has been harshly criticized": a manner adverb may stand between the auxiliary and the participle.
    if (!isCueModifier(word)) break;
  }
  return false;
}

/** The attribution a cue opens, read forwards: its speaker before it, its content after it; null when either is missing. */
export function readCue(context: UnitContext, cue: Cue): Attribution | null {
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
  // "appeared on a reality show", "learned from the experience", "said before he died": a short adjunct is no content.
  // A phrase cue ends in its own preposition ("weighed in on whether"); "against" is a stance's object ("railed against").
  if (!quoted && !cue.lemma.includes(' ') && words <= MAX_ADJUNCT_WORDS && ADJUNCT_PREPOSITION.test(tokens[first].text)) return null;
  // One word is content only when it names someone or something: "The union endorses Clinton.", "Cruz thanked him."
  // "Ruiz has argued for months.": how long the view has been held is no content.
  if (!quoted && onlyTimeSpan(context, first)) return null;
  const oneName = words === 1 && (ONE_WORD_OBJECT.test(tokens[first].text) || (/^so$/i.test(tokens[first].text) && SO_VERBS.has(cue.lemma)));
  if (words < 2 && !quoted && !oneName) return null;
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
