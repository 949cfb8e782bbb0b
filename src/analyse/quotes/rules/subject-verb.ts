/**
 * A named source opening its clause with a verb of stance or act the lexicon does not
 * list: `Trump openly admires the Russian president`, `Senator Ruiz grilled the bank's
 * chief on Tuesday`, `She sponsored the bill`. Attribution corpora count these with the
 * object as content. Only a name or a personal pronoun is read as the source (a common
 * noun such as "the storm" is rarely one; `findQuotes` keeps a name only when the entity
 * recogniser made it a person or organisation), the verb must be finite and take a direct
 * object, and verbs of being, having, motion and the like never fire. The rule runs
 * last, so it only adds where no other rule found an attribution.
 */
import { isQuoted, type Attribution } from '../frame.js';
import { NOT_ATTRIBUTING_VERBS } from '../data/stance-verbs.js';
import { CUE_AUXILIARIES, isCueModifier } from '../speech-verbs.js';
import type { AttributionRule, UnitContext } from './rule.js';

/** Words that may open the unit before its subject. */
const OPENERS = /^(but|and|yet|so|still|meanwhile|instead|now|then|also|however|indeed)$/i;
/** A short opening adjunct ended by a comma: "On Thursday,", "In a Bloomberg interview,". */
const ADJUNCT_OPENER = /^(on|in|at|during|after|before|last|this|earlier|later|since|until|by|for|over|under|with|from|as|when|while|yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
const MAX_ADJUNCT_TOKENS = 8;
const PERSONAL = /^(he|she|they)$/i;
/** Capitalised words that open a sentence without naming anyone. */
const NOT_NAMES = /^(the|a|an|this|that|these|those|it|its|there|here|in|on|at|as|if|when|while|after|before|for|from|with|by|some|many|most|all|no|one|both|each|every|another|other|such|what|who|why|how|i|we|you|our|my|his|her|their|last|next|first|more|much|few|several|any|whether|though|although|because|since|unless|until|once|among)$/i;
/** Most words of a name subject: "Sen. Elizabeth Warren", "Latvian journalist Dainis Ivans" is too long. */
const MAX_NAME_TOKENS = 5;
/** Words after the verb that open an adjunct or another clause, not an object: "arrived in", "spoke and". */
const NOT_OBJECT = /^(in|on|at|for|with|from|into|onto|after|before|by|during|over|under|through|up|out|off|down|back|away|around|across|as|than|and|but|or|nor|since|until|while|when|where|because|if|though|although|so|then|there|here|again|too|yesterday|today|tonight|last|next|early|late|later|earlier|ago|not|never|be|been|being|is|was|were|are)$/i;
/** Regular finite verb forms: past "-ed", present third person "-s"; "-ss", "-us", "-is" are no verbs. */
const FINITE = /^[a-z]{3,}(ed|[^su]s)$/;
const IRREGULAR_PAST = new Set(['sent', 'took', 'gave', 'saw', 'sought', 'brought', 'drew', 'struck', 'threw', 'chose', 'swore']);
const MIN_CONTENT_WORDS = 2;
/** Role nouns after "The" and a capitalised word that make a source: "The Republican nominee", "The FBI director". */
const ROLES = new Set(['nominee', 'candidate', 'director', 'senator', 'governor', 'president', 'campaign', 'committee', 'administration', 'chairman', 'chairwoman', 'leader', 'spokesman', 'spokeswoman', 'secretary', 'minister', 'mayor', 'lawmaker', 'lawmakers', 'official', 'officials', 'party', 'group', 'report', 'poll', 'survey', 'ad', 'department', 'agency', 'court', 'justice', 'judge']);

/** Index after the opening connectives and a short adjunct ended by a comma; -1 when the adjunct has no comma. */
function subjectStart(context: UnitContext): number {
  const tokens = context.unit.tokens;
  let i = 0;
  while (i < tokens.length && OPENERS.test(tokens[i].text)) i++;
  if (tokens[i]?.text === ',') i++;
  if (ADJUNCT_OPENER.test(tokens[i]?.text ?? '')) {
    const comma = tokens.findIndex((t, k) => k > i && k - i <= MAX_ADJUNCT_TOKENS && t.text === ',');
    if (comma < 0) return -1;
    i = comma + 1;
  }
  return i;
}

/** One past the subject's last token: a pronoun, or a run of capitalised words; -1 when there is none. */
function subjectEnd(context: UnitContext, first: number): number {
  const tokens = context.unit.tokens;
  const head = tokens[first];
  if (!head || isQuoted(context.unit, head)) return -1;
  if (PERSONAL.test(head.text)) return first + 1;
  // "The Washington Post", "The Republican nominee": "The" before a name, or before a capitalised word and a role.
  if (/^the$/i.test(head.text) && /^[A-Z][a-z]/.test(tokens[first + 1]?.text ?? '')) {
    let k = first + 1;
    while (k < tokens.length && k - first <= MAX_NAME_TOKENS && /^[A-Z]/.test(tokens[k].text)) k++;
    if (ROLES.has(tokens[k]?.text ?? '')) k++;
    return k;
  }
  if (!/^[A-Z][a-z]/.test(head.text) || NOT_NAMES.test(head.text)) return -1;
  let k = first + 1;
  while (k < tokens.length && k - first < MAX_NAME_TOKENS && /^[A-Z]/.test(tokens[k].text) && !isQuoted(context.unit, tokens[k])) k++;
  // "Graham (R-S.C.)": a party and state in parentheses belongs to the name.
  if (tokens[k]?.text === '(') {
    const close = tokens.findIndex((t, j) => j > k && j - k < 8 && t.text === ')');
    if (close > 0) k = close + 1;
  }
  return k;
}

export const subjectVerb: AttributionRule = {
  name: 'subject-verb',
  apply(context: UnitContext): Attribution[] {
    const { unit } = context;
    const tokens = unit.tokens;
    const first = subjectStart(context);
    if (first < 0) return [];
    const end = subjectEnd(context, first);
    if (end < 0) return [];
    let v = end;
    while (v < tokens.length && isCueModifier(tokens[v].text)) v++;
    const verb = tokens[v];
    if (!verb || isQuoted(unit, verb)) return [];
    const word = verb.text;
    if (!(FINITE.test(word) || IRREGULAR_PAST.has(word)) || NOT_ATTRIBUTING_VERBS.has(word)) return [];
    const object = tokens[v + 1];
    // "Health worries have dogged her": a plural noun read as the verb is followed by the real one.
    if (!object || NOT_OBJECT.test(object.text) || CUE_AUXILIARIES.has(object.text.toLowerCase()) || !/^[\p{L}\p{N}“"‘$]/u.test(object.text)) return [];
    let stop = tokens.length;
    for (let k = v + 2; k < tokens.length && stop === tokens.length; k++) if (tokens[k].text === ';' && !isQuoted(unit, tokens[k])) stop = k;
    const words = tokens.slice(v + 1, stop).filter((t) => /[\p{L}\p{N}]/u.test(t.text)).length;
    if (words < MIN_CONTENT_WORDS) return [];
    const speaker = { start: tokens[first].start, end: tokens[end - 1].end };
    const content = { start: object.start, end: stop < tokens.length ? tokens[stop].start : unit.end };
    return [{ rule: this.name, content: [content], speaker, cue: { start: verb.start, end: verb.end } }];
  },
};
