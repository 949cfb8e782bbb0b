/**
 * The cue after its content: `"...," he said.`, `The war will end, the minister said on
 * Friday.`, `"...," said Caddell.` And the content broken by the cue:
 * `"We are confident," he said, "that it will work."`, `But to prevent problems, he said,
 * local officials should be vigilant.`
 * Unquoted content that opens with a "said" frame of its own goes to that frame:
 * `Bamberg also said the videos show ..., the footage showed.`
 */
import { isQuoted, speakerAfter, speakerBefore, type Attribution, type Cue, type Region } from '../frame.js';
import { HEARER_VERBS, INVERTIBLE_VERBS, LEADING_ONLY_VERBS, cueLemma } from '../speech-verbs.js';
import { readCue } from './leading-cue.js';
import { wordsBetween, type AttributionRule, type UnitContext } from './rule.js';

/** Most words an adjunct after the cue may have ("in a statement on Friday"). */
const MAX_ADJUNCT_WORDS = 9;
const PARTICIPLE = /ing$/i;
/**
 * How an adjunct after the cue may start; anything else is the content of a leading cue ("he said the talks failed").
 * "for" opens a span of time after a closing frame ("The pier is unsafe, Ruiz has argued for months."): the content is
 * the clause before the comma, not "for months".
 */
const ADJUNCT_START = /^(in|on|at|during|after|before|to|when|while|via|with|from|about|for|last|this|earlier|later|yesterday|today|tonight|recently|late|early|monday|tuesday|wednesday|thursday|friday|saturday|sunday|reporters|journalists|him|her|them|us|me|it|then|again|too|of|as|by|told|through|under|over|afterward|afterwards|instead)$/i;

/** Words that open a relative clause after a frame, not resumed content. */
const RELATIVE_START = /^(who|which|whose|where|when)$/i;
/** Openers of a short leading phrase that is no content of its own: "In one tweet Friday, Trump said: ..." */
const ADVERBIAL_START = /^(in|on|at|during|after|before|with|as|for|from|by|under|over|since|until|when|while|meanwhile|however|still|yet|instead|later|earlier|separately|also|again|asked|speaking|writing|addressing|according)$/i;

/** Where the frame (speaker + cue + adjunct) ends: the token after it, and whether content resumes there. */
function frameEnd(context: UnitContext, after: number, quotedBefore: boolean, inverted: boolean, hearer: boolean, closesQuotation = false): { next: number; resumes: boolean } | null {
  const tokens = context.unit.tokens;
  let k = after;
  const head = tokens[k]?.text ?? '';
  // "the minister told parliament": a hearer may follow the cue. After a quotation that closes right before the frame
  // (`"...," she said several months later`) any adjunct may: the quotation is the content, not the words after the cue.
  if (head && /[\p{L}\p{N}]/u.test(head) && !ADJUNCT_START.test(head) && !/^[A-Z]/.test(head) && !hearer && !closesQuotation) return null;
  while (k < tokens.length && tokens[k].text !== ',' && !isQuoted(context.unit, tokens[k]) && !/^["“”„«»]$/.test(tokens[k].text)) {
    const lower = tokens[k].text.toLowerCase();
    // "urged Republicans to join ...": after a hearer, "to" opens the content, not an adjunct.
    if (lower === 'that' || (hearer && lower === 'to')) return null;
    k++;
  }
  if (wordsBetween(context, after, k) > MAX_ADJUNCT_WORDS && !quotedBefore) return null;
  if (k >= tokens.length) return { next: k, resumes: false };
  // A participle cue continues the same speaker's attribution; the participle rule reads it.
  const following = tokens[k + 1];
  if (following && PARTICIPLE.test(following.text) && cueLemma(following.text) && tokens[k].text === ',') return { next: k, resumes: false };
  // `Pence said on CNN's "State of the Union."`: a quotation right after the adjunct, with no comma, is a title in it.
  if (tokens[k].text !== ',' && k > after && !/^[,:]$/.test(tokens[k - 1].text)) return { next: k, resumes: false };
  const quotedRest = tokens.slice(k).some((t) => isQuoted(context.unit, t));
  if (quotedRest) return { next: k, resumes: true };
  const rest = wordsBetween(context, k, tokens.length);
  // After "said Caddell," an appositive is likely ("the pollster"); after "advisers say," the content goes on ("the president has ...").
  const appositive = inverted ? true : !following || RELATIVE_START.test(following.text);
  return { next: k, resumes: rest >= 3 && !appositive && !quotedBefore };
}

/** The comma or closing mark that ends the content before a frame starting at token `first`. */
function contentEndsBefore(context: UnitContext, first: number): number | null {
  const tokens = context.unit.tokens;
  let previous = tokens[first - 1];
  // "..., as police have said."
  if (previous?.text.toLowerCase() === 'as' && tokens[first - 2]?.text === ',') previous = tokens[first - 2];
  if (!previous) return null;
  if (previous.text === ',' || /^(?:[”"»]|'{1,2})$/.test(previous.text)) return previous.start;
  return null;
}

function read(context: UnitContext, cue: Cue): Attribution[] | null {
  const { unit } = context;
  const tokens = unit.tokens;
  if (PARTICIPLE.test(tokens[cue.first].text) || LEADING_ONLY_VERBS.has(cue.lemma)) return null;
  const found = speakerBefore(unit, cue.first);
  // "..., who said": a relative clause attributes what follows it, never the clause before.
  const before = found && /^who$/i.test(context.text.slice(found.start, found.end)) ? null : found;
  if (found && !before) return null;
  if (before) {
    const frameFirst = tokens.findIndex((t) => t.start >= before.start);
    const found = readFrame(context, cue, before, frameFirst, cue.last, false);
    if (found) return found;
  }
  // Inverted: `"...," said Caddell`.
  if (!INVERTIBLE_VERBS.has(cue.lemma)) return null;
  const after = speakerAfter(unit, cue.last);
  if (!after) return null;
  // With a subject before the cue, only a name after it is an inverted speaker ("..., but for some, X grew, said Batchelder"), not an object ("noted the rule").
  if (before && !/^[A-Z]/.test(context.text[after.start])) return null;
  let next = tokens.findIndex((t) => t.start >= after.end);
  if (next < 0) next = tokens.length;
  return readFrame(context, cue, after, cue.first, next, true);
}

function readFrame(context: UnitContext, cue: Cue, speaker: Region, frameFirst: number, after: number, inverted: boolean): Attribution[] | null {
  const { unit } = context;
  const tokens = unit.tokens;
  const contentEnd = contentEndsBefore(context, frameFirst);
  if (contentEnd === null) return null;
  const quotedBefore = tokens.slice(0, frameFirst).some((t) => isQuoted(unit, t));
  // `"...," she said`, `"...?" he asked`: a quotation closed by its comma, question or exclamation mark right before the frame.
  // The quotation must open the unit: `Bemoaning the "rigged tender," the mayor said the board should resign` quotes a phrase of
  // an opening clause, and the words after the cue are the content.
  const opensUnit = tokens.findIndex((t) => /[\p{L}\p{N}]/u.test(t.text));
  const closesQuotation = /^(?:[”"»]|'{1,2})$/.test(tokens[frameFirst - 1]?.text ?? '') && /^[,?!]$/.test(tokens[frameFirst - 2]?.text ?? '') && opensUnit >= 0 && isQuoted(unit, tokens[opensUnit]);
  const end = frameEnd(context, after, quotedBefore, inverted, HEARER_VERBS.has(cue.lemma), closesQuotation);
  if (!end) return null;
  const wordsBefore = wordsBetween(context, 0, frameFirst);
  // A parenthetical frame may follow a short opening ("The museum, Mr. Obama said, would ..."); a closing one needs a clause.
  const opener = /^(but|and|so|yet)$/i.test(tokens[0].text) ? tokens[1] : tokens[0];
  // "Yet, as Mr. Bown observed, ...": a lone connective is no content either.
  const adverbial = (wordsBefore <= 6 && ADVERBIAL_START.test(opener?.text ?? '')) || /^\W*(but|and|so|yet)\W*$/i.test(context.text.slice(unit.start, contentEnd));
  const tooShort = end.resumes ? wordsBefore < 1 : wordsBefore < 3 || adverbial;
  if (!quotedBefore && tooShort) return null;
  // "Bamberg also said the videos show ..., the footage showed.": reported speech with a frame of its own at its head is that frame's;
  // the later source only reports it again. A quotation keeps the trailing speaker (`"As we noted, ...," said Baer`), and so does
  // a quotation after the frame (`..., the mother of three replied, "It's meant ..."`).
  const resumedQuote = end.resumes && tokens.slice(end.next).some((t) => isQuoted(unit, t));
  if (!quotedBefore && (!end.resumes || resumedQuote)) {
    const inner = ownFrame(context, frameFirst, contentEnd);
    if (inner && !end.resumes) return [inner];
    if (inner) return [inner, { rule: 'trailing-cue', content: [{ start: tokens[end.next].end, end: unit.end }], speaker, cue: { start: cue.start, end: cue.end } }];
  }
  // "But in recent days, advisers say, the president has grown ...": an adverbial opening is no content; the rest after the frame is.
  const content: Region[] = end.resumes && adverbial && !quotedBefore ? [] : [{ start: unit.start, end: contentEnd }];
  if (end.resumes) content.push({ start: tokens[end.next].end, end: unit.end });
  return [{ rule: 'trailing-cue', content, speaker, cue: { start: cue.start, end: cue.end } }];
}

/** Coordinators and adverbs that may stand before a subject opening the unit ("But she also said ..."). */
const OPENER = /^(but|and|so|yet|still|instead|later|earlier|meanwhile)$/i;

/** A leading "said" whose speaker opens the unit and whose cue comes before token `before`, its content cut at `end`. */
function ownFrame(context: UnitContext, before: number, end: number): Attribution | null {
  const tokens = context.unit.tokens;
  let head = 0;
  while (head < before && (OPENER.test(tokens[head].text) || tokens[head].text === ',')) head++;
  for (const cue of context.cues) {
    if (cue.last >= before) break;
    // Only "said" marks a report of speech; "X decided to ..., sources said" and "X told police ..., the source added" stay the source's.
    if (cue.lemma !== 'say') continue;
    const found = readCue(context, cue);
    if (!found?.speaker || found.speaker.start !== tokens[head].start) continue;
    const start = found.content[0].start;
    return start < end ? { ...found, content: [{ start, end }] } : null;
  }
  return null;
}

export const trailingCue: AttributionRule = {
  name: 'trailing-cue',
  apply(context: UnitContext): Attribution[] {
    for (const cue of context.cues) {
      const found = read(context, cue);
      if (found) return found;
    }
    return [];
  },
};
