/**
 * A source opening its clause with a verb of stance or act the lexicon does not list:
 * `Trump openly admires the Russian president`, `Senator Ruiz grilled the bank's chief on
 * Tuesday`, `She is proposing a tax`, `Ruiz has been critical of the contract`, `The city sent
 * a letter`. Attribution corpora count these with the object as content. The source is a
 * name, a personal pronoun, a common noun for people or a body ("the city", "many experts"),
 * or "who" after a comma; `findQuotes` keeps a name only when the entity recogniser made it a
 * person, organisation or group. The verb must be finite, or the -ing form, bare form or
 * predicate adjective its auxiliary allows, and take an object; verbs of being, having, motion
 * and the like never fire. The rule runs last, so it only adds where no other rule found an
 * attribution.
 */
import { isQuoted, nextUnquoted, type Attribution } from '../frame.js';
import { ATTITUDE_VERBS, NOT_ATTRIBUTING_VERBS, SOURCE_NOUNS } from '../data/stance-verbs.js';
import { ADJUNCT_OPENERS, CUE_AUXILIARIES, QUANTIFIERS, isContractedAuxiliary, isCueModifier } from '../speech-verbs.js';
import { onlyTimeSpan, type AttributionRule, type UnitContext } from './rule.js';

/** Words that may open the unit before its subject. */
const OPENERS = /^(but|and|yet|so|still|meanwhile|instead|now|then|also|however|indeed)$/i;
const MAX_ADJUNCT_TOKENS = 8;
const PERSONAL = /^(he|she|they)$/i;
/** First- and second-person subjects: only a verb of knowing or believing makes their clause an attribution ("I know the risks"). */
const FIRST_SECOND = /^(i|we|you)$/i;
/** One-word subjects the rule stands on without a named person or organisation: the personal and relative pronouns. */
const STANDALONE_SUBJECT = /^(he|she|they|who|i|we|you)$/i;
const ATTITUDE: ReadonlySet<string> = new Set(ATTITUDE_VERBS.map((v) => v.form));
/** Subjects that take a bare present verb: "they", a plural noun for people ("Many economists"), a plural group name ("Democrats"). */
function isPluralSubject(head: string, last: string): boolean {
  if (head === last && /^(they|i|we|you)$/i.test(head)) return true;
  if (/^(police|people|women|men)$/i.test(last)) return true;
  return /^[\p{L}-]{3,}[^su]s$/u.test(last) && !/^[A-Z][a-z]*(ss|us|is)$/.test(last);
}
/** Capitalised words that open a sentence without naming anyone. */
const NOT_NAMES = /^(the|a|an|this|that|these|those|it|its|there|here|in|on|at|as|if|when|while|after|before|for|from|with|by|some|many|most|all|no|one|both|each|every|another|other|such|what|who|why|how|i|we|you|our|my|his|her|their|last|next|first|more|much|few|several|any|whether|though|although|because|since|unless|until|once|among)$/i;
/** Most words of a name subject: "Sen. Elizabeth Warren", "Latvian journalist Dainis Ivans" is too long. */
const MAX_NAME_TOKENS = 5;
/** Words after the verb that open an adjunct or another clause, not an object: "arrived in", "spoke and". */
const NOT_OBJECT = /^(in|at|from|into|onto|after|before|by|during|over|under|through|up|out|off|down|back|away|around|across|as|than|and|but|or|nor|since|until|while|when|where|because|if|though|although|so|then|there|here|again|too|yesterday|today|tonight|last|next|early|late|later|earlier|ago|not|never|be|been|being|is|was|were|are)$/i;
/** Regular finite verb forms: past "-ed", present third person "-s"; "-ss", "-us", "-is" are no verbs. */
const FINITE = /^[a-z]{3,}(ed|[^su]s)$/;
/**
 * Past forms without "-ed" that name an act of stance or speech as readily as a regular verb: "The senator hit the
 * bank over its fees", "She knew the risks", "The court upheld the ban". Verbs of motion, office and owning (went, won,
 * held, led, paid, kept) stay out: NOT_ATTRIBUTING_VERBS lists those it must refuse. "Made" stays out too: "made the
 * comments Friday", "made $19 million" are mostly the act's circumstances, not a view.
 */
const IRREGULAR_PAST = new Set([
  'sent', 'took', 'gave', 'saw', 'sought', 'brought', 'drew', 'struck', 'threw', 'chose', 'swore',
  'found', 'knew', 'felt', 'wrote', 'put', 'set', 'meant', 'fought', 'upheld', 'withheld', 'overrode', 'forbade', 'understood', 'foresaw', 'hit', 'bit', 'shook', 'forgave', 'withdrew',
]);
const MIN_CONTENT_WORDS = 2;
const MAX_ASIDE_TOKENS = 8;
/** Words that open a relative clause or an appositive, not an aside: "Trump, who ...", "Trump, the nominee, ...". */
const ASIDE_BREAK = /^(who|which|whose|the|a|an|his|her|their|its|and|but)$/i;
/** What follows a predicate adjective of stance: "critical of", "concerned about", "afraid that", "bearish on". */
const ADJECTIVE_COMPLEMENT = /^(of|about|that|on)$/;
/** What an auxiliary before the verb lets it be: "is proposing" (-ing), "didn't apologize" / "will back" (the bare verb). */
const AUXILIARY_KIND: Readonly<Record<string, 'progressive' | 'bare' | 'perfect'>> = {
  is: 'progressive', are: 'progressive', was: 'progressive', were: 'progressive', "'s": 'progressive', '’s': 'progressive', been: 'progressive',
  has: 'perfect', have: 'perfect', had: 'perfect', "'ve": 'perfect', '’ve': 'perfect', "'re": 'progressive', '’re': 'progressive', "'m": 'progressive', '’m': 'progressive',
  "'ll": 'bare', '’ll': 'bare', "'d": 'bare', '’d': 'bare',
  did: 'bare', does: 'bare', do: 'bare', will: 'bare', would: 'bare', can: 'bare', could: 'bare', may: 'bare', might: 'bare', ca: 'bare', wo: 'bare', cannot: 'bare',
};
/** Bare verbs after a modal that are no act of the subject: "will be", "could have", "would go". */
const NOT_BARE = /^(be|have|get|go|come|need|seem|appear|become|remain|stay|look|take|keep|let|help)$/;

/** Whether `word` is the verb of the clause after the auxiliary read before it (null: none). */
function isVerbAfter(auxiliary: string | null, word: string): boolean {
  if (FINITE.test(word) || IRREGULAR_PAST.has(word)) return true;
  if (auxiliary === 'progressive') return /^[a-z]{2,}ing$/.test(word) && !/^(going|being|having|getting|trying|looking)$/.test(word);
  if (auxiliary === 'bare') return /^[a-z]{3,}$/.test(word) && !NOT_BARE.test(word);
  return false;
}

/** A verb of being, motion, office and the like in any form: "visiting" and "visit" as "visits" is listed. */
function notAttributing(word: string): boolean {
  if (NOT_ATTRIBUTING_VERBS.has(word)) return true;
  const stem = word.replace(/ing$/, '');
  const stems = stem === word ? [word] : [stem, stem + 'e', stem.replace(/(.)\1$/, '$1')];
  return stems.some((s) => NOT_ATTRIBUTING_VERBS.has(s + 's') || NOT_ATTRIBUTING_VERBS.has(s + 'es') || NOT_ATTRIBUTING_VERBS.has(s + 'ed'));
}
/** Role nouns after "The" and a capitalised word that make a source: "The Republican nominee", "The FBI director". */
const ROLES = new Set(['nominee', 'candidate', 'director', 'senator', 'governor', 'president', 'campaign', 'committee', 'administration', 'chairman', 'chairwoman', 'leader', 'spokesman', 'spokeswoman', 'secretary', 'minister', 'mayor', 'lawmaker', 'lawmakers', 'official', 'officials', 'party', 'group', 'report', 'poll', 'survey', 'ad', 'department', 'agency', 'court', 'justice', 'judge']);

/** Index after the opening connectives and a short adjunct ended by a comma; -1 when the adjunct has no comma. */
function subjectStart(context: UnitContext): number {
  const tokens = context.unit.tokens;
  let i = 0;
  // "However, over the past week, the council ...", "In 2013, however, the court ...": openers and adjuncts may follow one another.
  for (let round = 0; round < 3; round++) {
    while (i < tokens.length && OPENERS.test(tokens[i].text)) i++;
    if (tokens[i]?.text === ',') i++;
    // A short opening adjunct ended by a comma: "On Thursday,", "In a Bloomberg interview,".
    if (!ADJUNCT_OPENERS.has(tokens[i]?.text.toLowerCase() ?? '')) break;
    const comma = tokens.findIndex((t, k) => k > i && k - i <= MAX_ADJUNCT_TOKENS && t.text === ',');
    if (comma < 0) return -1;
    i = comma + 1;
  }
  return i;
}

/** Words that open a common-noun subject: "The city", "Many experts", "Two senators". */
const NOMINAL_OPENER: ReadonlySet<string> = new Set(['the', 'a', 'an', 'other', ...QUANTIFIERS]);
const MAX_MODIFIERS = 3;

/** One past a common-noun subject ending in a noun for people or a body ("The two campaigns"); -1 when there is none. */
function nominalEnd(context: UnitContext, first: number): number {
  const tokens = context.unit.tokens;
  if (!NOMINAL_OPENER.has(tokens[first].text.toLowerCase())) return -1;
  for (let k = first + 1; k < tokens.length && k - first <= MAX_MODIFIERS + 1; k++) {
    const word = tokens[k].text;
    if (isQuoted(context.unit, tokens[k]) || !/^[\p{L}][\p{L}-]*$/u.test(word)) return -1;
    if (SOURCE_NOUNS.has(word.toLowerCase())) return k + 1;
  }
  return -1;
}

/** Whether a subject as written stands without a named entity: a pronoun of people, or a common noun for people or a body. */
export function standsAlone(subject: string): boolean {
  const words = subject.trim().split(/\s+/);
  if (words.length === 1) return STANDALONE_SUBJECT.test(words[0]);
  return NOMINAL_OPENER.has(words[0].toLowerCase()) && SOURCE_NOUNS.has(words[words.length - 1].toLowerCase());
}

/** One past the subject's last token: a pronoun, a common noun for people, or a run of capitalised words; -1 when there is none. */
function subjectEnd(context: UnitContext, first: number): number {
  const tokens = context.unit.tokens;
  const head = tokens[first];
  if (!head || isQuoted(context.unit, head)) return -1;
  if (PERSONAL.test(head.text) || FIRST_SECOND.test(head.text)) return first + 1;
  const nominal = nominalEnd(context, first);
  if (nominal > 0) return nominal;
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

/** The clause a subject from token `first` to `end` (exclusive) opens, read as an attribution; null when its verb attributes nothing. */
function clauseFrom(context: UnitContext, first: number, end: number): Attribution | null {
  const { unit } = context;
  const tokens = unit.tokens;
  let v = end;
  // "Trump, in particular, has criticized", "Some Democrats, however, question": a short aside between subject and verb.
  if (tokens[v]?.text === ',') {
    const close = tokens.findIndex((t, k) => k > v && k - v <= MAX_ASIDE_TOKENS && t.text === ',');
    if (close < 0 || ASIDE_BREAK.test(tokens[v + 1]?.text ?? '')) return null;
    v = close + 1;
  }
  let auxiliary: string | null = null;
  for (; v < tokens.length && (isCueModifier(tokens[v].text) || isContractedAuxiliary(tokens, v)); v++) auxiliary = AUXILIARY_KIND[tokens[v].text.toLowerCase()] ?? auxiliary;
  const verb = tokens[v];
  if (!verb || isQuoted(unit, verb)) return null;
  const word = verb.text;
  // "has been critical of", "are afraid that": a predicate adjective with its complement.
  const adjective = auxiliary === 'progressive' && /^[a-z]{3,}$/.test(word) && ADJECTIVE_COMPLEMENT.test(tokens[v + 1]?.text ?? '');
  // "Many economists suspect", "I cannot fathom": a bare verb of knowing or believing after a plural or first-person subject, or a modal.
  const attitude = ATTITUDE.has(word) && (auxiliary === 'bare' || (auxiliary === null && isPluralSubject(tokens[first].text, tokens[end - 1].text)));
  if (end === first + 1 && FIRST_SECOND.test(tokens[first].text) && !attitude) return null;
  if (adjective) v++;
  else if (!attitude && (!isVerbAfter(auxiliary, word) || notAttributing(word))) return null;
  const object = tokens[v + 1];
  // "Health worries have dogged her": a plural noun read as the verb is followed by the real one.
  if (!object || NOT_OBJECT.test(object.text) || CUE_AUXILIARIES.has(object.text.toLowerCase()) || !/^[\p{L}\p{N}“"‘$]/u.test(object.text)) return null;
  const stop = nextUnquoted(unit, v + 2, /^;$/);
  const words = tokens.slice(v + 1, stop).filter((t) => /[\p{L}\p{N}]/u.test(t.text)).length;
  if (words < MIN_CONTENT_WORDS || onlyTimeSpan(context, v + 1)) return null;
  const speaker = { start: tokens[first].start, end: tokens[end - 1].end };
  const content = { start: object.start, end: stop < tokens.length ? tokens[stop].start : unit.end };
  return { rule: 'subject-verb', content: [content], speaker, cue: { start: verb.start, end: verb.end } };
}

/**
 * ", who sponsored the bill": the relative pronoun after a comma is the subject as written.
 * Also read beside another rule's attribution ("..., said Kamin, who stressed that ...").
 */
export function relativeClauses(context: UnitContext): Attribution[] {
  const tokens = context.unit.tokens;
  const out: Attribution[] = [];
  for (let k = 1; k + 2 < tokens.length; k++) {
    if (tokens[k].text.toLowerCase() !== 'who' || tokens[k - 1].text !== ',' || isQuoted(context.unit, tokens[k])) continue;
    const found = clauseFrom(context, k, k + 1);
    if (found) out.push(found);
  }
  return out;
}

export const subjectVerb: AttributionRule = {
  name: 'subject-verb',
  apply(context: UnitContext): Attribution[] {
    const first = subjectStart(context);
    const end = first < 0 ? -1 : subjectEnd(context, first);
    const found = (end < 0 ? null : clauseFrom(context, first, end)) ?? relativeClauses(context)[0];
    return found ? [found] : [];
  },
};
