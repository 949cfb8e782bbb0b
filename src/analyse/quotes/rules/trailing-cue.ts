/**
 * The cue after its content: `"...," he said.`, `The war will end, the minister said on
 * Friday.`, `"...," said Caddell.` And the content broken by the cue:
 * `"We are confident," he said, "that it will work."`, `But to prevent problems, he said,
 * local officials should be vigilant.`
 */
import { isQuoted, speakerAfter, speakerBefore, type Attribution, type Cue, type Region } from '../frame.js';
import { wordsBetween, type AttributionRule, type UnitContext } from './rule.js';

/** Most words an adjunct after the cue may have ("in a statement on Friday"). */
const MAX_ADJUNCT_WORDS = 9;
const PARTICIPLE = /ing$/i;
/** How an adjunct after the cue may start; anything else is the content of a leading cue ("he said the talks failed"). */
const ADJUNCT_START = /^(in|on|at|during|after|before|to|when|while|via|with|from|about|last|this|earlier|later|yesterday|today|tonight|recently|late|early|monday|tuesday|wednesday|thursday|friday|saturday|sunday|reporters|journalists|him|her|them|us|me|it|then|again|too|of|as|by|told|through|under|over|afterward|afterwards|instead)$/i;

/** Where the frame (speaker + cue + adjunct) ends: the token after it, and whether content resumes there. */
function frameEnd(context: UnitContext, after: number): { next: number; resumes: boolean } | null {
  const tokens = context.unit.tokens;
  let k = after;
  const head = tokens[k]?.text ?? '';
  if (head && /[\p{L}\p{N}]/u.test(head) && !ADJUNCT_START.test(head) && !/^[A-Z]/.test(head)) return null;
  while (k < tokens.length && tokens[k].text !== ',' && !isQuoted(context.unit, tokens[k]) && !/^["“”„«»]$/.test(tokens[k].text)) {
    const lower = tokens[k].text.toLowerCase();
    if (lower === 'that') return null;
    k++;
  }
  if (wordsBetween(context, after, k) > MAX_ADJUNCT_WORDS) return null;
  if (k >= tokens.length) return { next: k, resumes: false };
  // A participle cue continues the same speaker's attribution; the participle rule reads it.
  const following = tokens[k + 1];
  if (following && PARTICIPLE.test(following.text) && tokens[k].text === ',') return { next: k, resumes: false };
  const rest = wordsBetween(context, k, tokens.length);
  const quotedRest = tokens.slice(k).some((t) => isQuoted(context.unit, t));
  return { next: k, resumes: rest >= 3 || quotedRest };
}

/** The comma or closing mark that ends the content before a frame starting at token `first`. */
function contentEndsBefore(context: UnitContext, first: number): number | null {
  const tokens = context.unit.tokens;
  const previous = tokens[first - 1];
  if (!previous) return null;
  if (previous.text === ',' || /^[”"»]$/.test(previous.text)) return previous.start;
  return null;
}

function read(context: UnitContext, cue: Cue): Attribution | null {
  const { unit } = context;
  const tokens = unit.tokens;
  let speaker: Region | null = speakerBefore(unit, cue.first);
  let frameFirst: number;
  let after: number;
  if (speaker) {
    frameFirst = tokens.findIndex((t) => t.start >= speaker!.start);
    after = cue.last;
  } else {
    // Inverted: `"...," said Caddell`.
    speaker = speakerAfter(unit, cue.last);
    if (!speaker) return null;
    frameFirst = cue.first;
    after = tokens.findIndex((t) => t.start >= speaker!.end);
    if (after < 0) after = tokens.length;
  }
  const contentEnd = contentEndsBefore(context, frameFirst);
  if (contentEnd === null) return null;
  if (wordsBetween(context, 0, frameFirst) < 2 && !tokens.slice(0, frameFirst).some((t) => isQuoted(unit, t))) return null;
  const end = frameEnd(context, after);
  if (!end) return null;
  const content: Region[] = [{ start: unit.start, end: contentEnd }];
  if (end.resumes) content.push({ start: tokens[end.next].end, end: unit.end });
  return { rule: 'trailing-cue', content, speaker, cue: { start: cue.start, end: cue.end } };
}

export const trailingCue: AttributionRule = {
  name: 'trailing-cue',
  apply(context: UnitContext): Attribution[] {
    for (const cue of context.cues) {
      const found = read(context, cue);
      if (found) return [found];
    }
    return [];
  },
};
