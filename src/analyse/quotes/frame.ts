/**
 * What the attribution rules share: the cues of a unit, the speaker phrase read
 * backwards or forwards from a cue, and the step from a content region to quotes
 * (direct when the region is nothing but quotation spans, else reported or mixed).
 */
import type { Token } from '../nlp.js';
import { ADJUNCT_OPENERS, CLAUSE_OPENERS, CUE_ONLY_BEFORE, NOT_CUE_BEFORE, PHRASE_CUES, QUANTIFIERS, cueLemma, isContractedAuxiliary, isCueModifier } from './speech-verbs.js';
import { SOURCE_NOUNS } from './data/stance-verbs.js';
import { MASK, type Unit } from './units.js';

export interface Region {
  start: number;
  end: number;
}

/** One attribution as a rule reads it: where the content is, who the source is, and the cue. */
export interface Attribution {
  rule: string;
  /** Raw content regions; `toContent` turns each into direct or reported quotes. */
  content: Region[];
  speaker: Region | null;
  cue: Region;
}

export interface Cue {
  lemma: string;
  /** Index of the cue's first and one-past-last token in `unit.tokens`. */
  first: number;
  last: number;
  start: number;
  end: number;
}

/** Phrase cues by their first word, in PHRASE_CUES order: every token outside quotation marks is looked up. */
const PHRASES_BY_FIRST = new Map<string, string[][]>();
for (const phrase of PHRASE_CUES) {
  const words = phrase.split(' ');
  const list = PHRASES_BY_FIRST.get(words[0]);
  if (list) list.push(words);
  else PHRASES_BY_FIRST.set(words[0], [words]);
}
/** Cues a title-case headline capitalises: "Graham Says Trump Could Address Clean Energy". */
const HEADLINE_CUES: ReadonlySet<string> = new Set(['says', 'said', 'tells', 'told', 'warns', 'urges', 'calls', 'slams', 'blasts', 'backs', 'endorses', 'vows', 'claims', 'denies', 'insists', 'admits', 'predicts', 'rips', 'accuses']);

export const isQuoted = (unit: Unit, token: Token): boolean => unit.masked[token.start - unit.start] === MASK;

/** The cues of a unit outside quotation marks, in order; "according to" is the rule of its own. */
export function cuesOf(unit: Unit): Cue[] {
  const out: Cue[] = [];
  const tokens = unit.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (isQuoted(unit, tokens[i])) continue;
    const word = tokens[i].text.toLowerCase();
    let phrase: string[] | undefined;
    let last = i;
    for (const p of PHRASES_BY_FIRST.get(word) ?? []) {
      const end = matchPhrase(tokens, i, p);
      if (end > 0) {
        phrase = p;
        last = end;
        break;
      }
    }
    if (phrase) {
      if (NOT_CUE_BEFORE[phrase.join(' ')]?.includes(tokens[last]?.text.toLowerCase() ?? '')) {
        i = last - 1;
        continue;
      }
      out.push({ lemma: phrase.join(' '), first: i, last, start: tokens[i].start, end: tokens[last - 1].end });
      i = last - 1;
      continue;
    }
    const lemma = cueLemma(word);
    // A capital inside a sentence is a name ("United States"), not a cue; in a headline "Graham Says" it is the cue.
    const headlineCue = unit.paragraph === 0 && HEADLINE_CUES.has(word);
    if (lemma && !headlineCue && i > 0 && /^[A-Z]/.test(tokens[i].text) && !/^[.!?:"“”]$/.test(tokens[i - 1].text)) continue;
    // "did not unveil plans", "some calls", "raises questions": after a verb, a determiner or an adjective the -s form is a plural noun.
    if (lemma && /s$/.test(word) && i > 0 && (NOUN_BEFORE.test(tokens[i - 1].text.toLowerCase()) || /^[a-z]+ed$/.test(tokens[i - 1].text))) continue;
    if (lemma && NOT_CUE_BEFORE[lemma]?.includes(tokens[i + 1]?.text.toLowerCase() ?? '')) continue;
    if (lemma && CUE_ONLY_BEFORE[word] && !CUE_ONLY_BEFORE[word].includes(tokens[i + 1]?.text.toLowerCase() ?? '')) continue;
    if (lemma) out.push({ lemma, first: i, last: i + 1, start: tokens[i].start, end: tokens[i].end });
  }
  return out;
}

/**
 * One past the phrase cue `words` read from token `i`, or -1. One manner adverb may stand inside the phrase ("spoke
 * emotionally of", "talked openly about", "lashed out angrily at"): it says how the view was put, not what it was.
 */
function matchPhrase(tokens: readonly Token[], i: number, words: readonly string[]): number {
  let k = i;
  let skipped = false;
  for (let w = 0; w < words.length; w++, k++) {
    if (w > 0 && !skipped && /^[a-z]{2,}ly$/.test(tokens[k]?.text ?? '') && isCueModifier(tokens[k].text) && tokens[k + 1]?.text.toLowerCase() === words[w]) {
      skipped = true;
      k++;
    }
    if (tokens[k]?.text.toLowerCase() !== words[w]) return -1;
  }
  return k;
}

/** Words before a cue's -s form that make it a plural noun ("plans", "calls", "questions"): past verbs, determiners, adjectives. */
const NOUN_BEFORE = /^(some|many|most|few|several|these|those|the|a|an|his|her|their|its|our|my|your|more|worst|new|no|any|all|such|two|three|made|make|makes|making|unveil|raise|raises|take|took|taking|answer|face|faces|facing|additional|initial|further|repeated|public|private|early|late|latest|recent|first|last|own|other|frequent|numerous|similar|earlier)$/;
const PUNCT = /^[,;:.!?()\u2015\u2014\u2013-]+$/;
const QUOTE_MARK = /^["“”„«»']+$/;
const NAMEISH = /^[A-Z0-9]/;
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'one', 'another', 'some', 'several', 'two', 'three', 'many', 'most', 'other', 'both', 'this', 'that', 'these', 'those', 'each', 'officials', 'sources', 'experts', 'analysts', 'critics', 'aides', 'advisers', 'people', 'police', 'authorities', 'democrats', 'republicans', 'voters', 'residents', 'witnesses', 'officers', 'investigators', 'prosecutors', 'supporters', 'observers']);
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you', 'who', 'which']);
const MAX_SPEAKER_TOKENS = 14;

/** Lower-case particles inside a name ("Maria de Souza", "Ludwig van Beethoven"). */
const NAME_PARTICLE = /^(de|da|del|della|di|do|dos|du|la|le|van|von|der|den|bin|ibn|al|el)$/;
/** Most tokens of a name set off after a role ("Jan Novak", "Maria de la Cruz"). */
const MAX_NAME_TOKENS = 4;
/** Most tokens of the first of two noun phrases joined by "and" in a speaker ("Senator Ana Ruiz and ..."). */
const MAX_CONJUNCT_TOKENS = 5;

/**
 * Where the noun phrase before the "and" at token `and` starts, when it runs back to the unit's start, a comma, a dash or a
 * quotation mark and is a name or a determiner with nouns ("Ruiz and", "the mayor and"); else -1, as "He arrived late and"
 * is a clause, not a speaker.
 */
function conjoinedStart(unit: Unit, and: number): number {
  const tokens = unit.tokens;
  let j = and - 1;
  while (j >= 0 && and - j <= MAX_CONJUNCT_TOKENS) {
    const t = tokens[j].text;
    if (PUNCT.test(t) || QUOTE_MARK.test(t) || (j === 0 && /^(but|and|so|yet)$/i.test(t))) break;
    if (isQuoted(unit, tokens[j])) return -1;
    const lower = t.toLowerCase();
    const afterDeterminer = j > 0 && (DETERMINERS.has(tokens[j - 1].text.toLowerCase()) || /^(’s|'s)$/.test(tokens[j - 1].text));
    const nounish = (NAMEISH.test(t) && !ADJUNCT_OPENERS.has(lower) && !COORDINATORS.has(lower) && !cueLemma(lower)) || DETERMINERS.has(lower) || /^(’s|'s|of)$/.test(t) || (/^[a-z]+$/.test(t) && afterDeterminer && !cueLemma(lower));
    if (!nounish) return -1;
    j--;
  }
  const start = j + 1;
  if (start >= and || (j >= 0 && !(PUNCT.test(tokens[j].text) || QUOTE_MARK.test(tokens[j].text) || j === 0))) return -1;
  return /^of$/i.test(tokens[start].text) ? -1 : start;
}

/** Nouns for a recording of someone speaking: "footage of X saying", "a clip of X telling". */
const RECORDING_NOUN = /^(footage|video|videos|clip|clips|recording|recordings|audio|tape|tapes|film|images|photos|pictures)$/i;

/** The speaker phrase that ends just before token `before` (a cue), or null when none can be read. */
export function speakerBefore(unit: Unit, before: number): Region | null {
  const tokens = unit.tokens;
  let i = before - 1;
  // "He’s claiming", "she’d also argued": an auxiliary contracted onto a pronoun is skipped like a written one.
  while (i >= 0 && (isCueModifier(tokens[i].text) || isContractedAuxiliary(tokens, i))) i--;
  // "continues to insist", "seemed to suggest": the verb before "to" is part of the cue, its subject the speaker.
  if (i >= 1 && tokens[i].text.toLowerCase() === 'to' && CATENATIVE.test(tokens[i - 1].text)) {
    i -= 2;
    while (i >= 0 && isCueModifier(tokens[i].text)) i--;
  }
  // "avoids criticizing", "refrained from blaming", "is steering clear of criticizing": a verb whose "-ing" complement is the cue.
  if (/^[a-z]+ing$/i.test(tokens[before]?.text ?? '') && i >= 1) {
    let k = i;
    if (GERUND_TAKER.test(tokens[k].text)) k--;
    else if (k >= 2 && /^(of|from)$/i.test(tokens[k].text) && /^refrain(s|ed|ing)?$/i.test(tokens[k - 1].text)) k -= 2;
    else if (k >= 3 && /^of$/i.test(tokens[k].text) && /^(short|clear)$/i.test(tokens[k - 1].text) && /^(st(?:op|ops|opped|opping)|steer(?:s|ed|ing)?|stay(?:s|ed|ing)?)$/i.test(tokens[k - 2].text)) k -= 3;
    if (k !== i) {
      i = k;
      while (i >= 0 && isCueModifier(tokens[i].text)) i--;
    }
  }
  i = beforeTimeAdjunct(tokens, i);
  if (i < 0 || isQuoted(unit, tokens[i])) return null;
  // "Ryan, R-Wis., despite admitting that": a participle cue after a preposition opening an aside is the subject's before it.
  if (ASIDE_BEFORE_PARTICIPLE.test(tokens[i].text) && /ing$/i.test(tokens[before]?.text ?? '') && tokens[i - 1]?.text === ',') {
    return speakerBefore(unit, i) ?? speakerBefore(unit, i - 1);
  }
  let end = i;
  /** The last token of a name appositive after a role ("the chief executive, Jan Novak,"), or -1. */
  let appositiveName = -1;
  // "Shtayeh, the prime minister, said" and "Kall -- co-editor of a book -- said": the appositive is skipped, the name before it kept.
  if (APPOSITIVE_MARK.test(tokens[i].text)) {
    const mark = tokens[i].text;
    let j = i - 1;
    // Asides run long: "Kall -- co-editor of a book, ... -- said", "Kamin, an outside adviser to the campaign on ... and a professor at ..., said".
    const reach = MAX_SPEAKER_TOKENS * 2;
    while (j >= 0 && tokens[j].text !== mark && !isQuoted(unit, tokens[j]) && i - j <= reach) j--;
    if (j < 0 || tokens[j].text !== mark) return null;
    // Only a noun phrase or a relative clause is an appositive; "condemned X, insisted" is a list of verbs.
    const opener = tokens[j + 1]?.text ?? '';
    // "insist, most recently in an interview, that he really wants": "that" and a pronoun open a clause, not an appositive.
    const clause = /^that$/i.test(opener) && SUBJECT_PRONOUN.test(tokens[j + 2]?.text ?? '');
    const nounish = !clause && (NAMEISH.test(opener) || DETERMINERS.has(opener.toLowerCase()) || /^(who|which|whose|now|then|also|too|however|meanwhile|instead|former|chief|himself|herself|[a-z]+ing)$/i.test(opener) || roleAfterName(tokens, j) || ASIDE_PREPOSITION.test(opener) || participleAside(tokens, j));
    if (mark === ',' && !nounish) return null;
    // "the company's chief executive, Jan Novak, said": a name set off after a role is who the role is; it stays in the speaker.
    const named = mark === ',' && j - 1 >= 0 && /^[a-z]+$/.test(tokens[j - 1].text) && i - j - 1 >= 2 && i - j - 1 <= MAX_NAME_TOKENS && tokens.slice(j + 1, i).every((t) => /^\p{Lu}[\p{L}.’'-]*$/u.test(t.text) || NAME_PARTICLE.test(t.text));
    if (named) appositiveName = i - 1;
    end = j - 1;
    i = j - 1;
    // "Ruiz, 45, a nurse from Dayton, said": an age set off before the appositive is skipped too.
    if (mark === ',' && end >= 2 && /^\d{1,3}$/.test(tokens[end].text) && tokens[end - 1].text === ',') {
      end -= 2;
      i = end;
    }
    if (end < 0) return null;
  }
  if (COORDINATORS.has(tokens[end].text.toLowerCase())) return subordinateSubject(unit, end) ?? subjectOf(unit, end);
  // "families of victims, many of whom say ...": the quantified relative pronoun is the source as written.
  if (/^(whom|which)$/i.test(tokens[end].text) && tokens[end - 1]?.text.toLowerCase() === 'of' && QUANTIFIERS.has(tokens[end - 2]?.text.toLowerCase() ?? '')) {
    return { start: tokens[end - 2].start, end: tokens[end].end };
  }
  // "Officials there said", "Doctors here say": a place adverb after a plural noun belongs to the speaker.
  const placed = /^(there|here)$/i.test(tokens[end].text) && end > 0 && /^\p{L}+s$/u.test(tokens[end - 1].text) && !NOT_SPEAKER_END.has(tokens[end - 1].text.toLowerCase());
  if (NOT_SPEAKER_END.has(tokens[end].text.toLowerCase()) && !placed) return null;
  let first = end + 1;
  for (let k = end; k >= 0 && end - k < MAX_SPEAKER_TOKENS; k--) {
    const t = tokens[k];
    const lower = t.text.toLowerCase();
    if (t.text === ')') {
      // A parenthesis inside a speaker: "Gov. Pat McCrory (R)".
      let j = k - 1;
      while (j >= 0 && tokens[j].text !== '(' && k - j < 8) j--;
      if (j < 0 || tokens[j].text !== '(') break;
      k = j;
      first = k;
      continue;
    }
    // "campaign-finance reports": a hyphen inside a word is no boundary.
    if (t.text === '-' && k > 0 && k < end && tokens[k - 1].end === t.start && t.end === tokens[k + 1].start) {
      first = k;
      continue;
    }
    // The plural possessive "the prisoners' society" is one phrase.
    const plural = t.text === "'" && k < end && /s$/i.test(tokens[k - 1]?.text ?? '') && tokens[k - 1]?.end === t.start;
    if (!plural && (isQuoted(unit, t) || PUNCT.test(t.text) || QUOTE_MARK.test(t.text))) break;
    if (CLAUSE_OPENERS.has(lower)) {
      // `"...," Ruiz and Okafor said`, "the mayor and the governor said": two noun phrases joined by "and" are one speaker.
      if (lower === 'and' && k < end) {
        const from = conjoinedStart(unit, k);
        if (from >= 0) first = from;
      }
      break;
    }
    if (cueLemma(lower) && k !== end) break;
    first = k;
    if (k === 0) break;
    if (end - k + 1 >= MAX_SPEAKER_TOKENS) return null;
  }
  if (first > end) return null;
  // "should be a five-alarm call": "be" and an article open a predicate noun, so the cue word is that noun, not a verb
  // ("can be heard yelling" keeps its speaker).
  for (let k = first; k < end; k++) if (/^be$/i.test(tokens[k].text) && /^(a|an|the)$/i.test(tokens[k + 1].text)) return null;
  // A leading preposition belongs to an adjunct ("In a statement the ministry said"): drop up to the determiner.
  let adjunct = false;
  while (first < end && /^(in|on|at|during|after|before|for|from|with|by|to|of)$/i.test(tokens[first].text)) {
    let j = first + 1;
    while (j < end && !DETERMINERS.has(tokens[j].text.toLowerCase()) && !NAMEISH.test(tokens[j].text)) j++;
    first = j;
    adjunct = true;
  }
  // "On Friday the ministry said", "In a statement to the press the ministry said": the subject opens at the last article
  // after the preposition's object, not at the object.
  if (adjunct) {
    for (let k = end - 1; k > first; k--) {
      if (/^(the|a|an)$/i.test(tokens[k].text)) {
        first = k;
        break;
      }
    }
  }
  const lowerFirst = tokens[first].text.toLowerCase();
  // "McConnell, who in 2010 said ...": the relative pronoun is the source as written.
  if (lowerFirst === 'who') return { start: tokens[first].start, end: tokens[first].end };
  // "the European Union, which contended that ...": a relative after a comma or dash, right before its cue, is the source as written.
  // The comma may sit inside a closing quotation mark before it: `a "target area," which is defined as ...`.
  const commaBefore = first > 0 && (/^(,|--|\u2014|\u2013)$/.test(tokens[first - 1].text) || (QUOTE_MARK.test(tokens[first - 1].text) && tokens[first - 2]?.text === ','));
  if (lowerFirst === 'which') return first === end && commaBefore ? { start: tokens[first].start, end: tokens[first].end } : null;
  // "the two guides I wrote", "residents who said": a pronoun right before the cue is the subject; the words before it belong to another clause.
  if (end > first && /^(who|i|we|he|she|they)$/i.test(tokens[end].text)) return { start: tokens[end].start, end: tokens[end].end };
  // "Trump's claims", "police's earlier claims": after a possessive the cue word is a noun.
  if (/^(’s|'s|’|')$/.test(tokens[end].text)) return null;
  // "contradicting Tulsa police": the object of a participle, not a subject; "Having said that": an opening participle.
  if (/^[a-z]+ing$/.test(tokens[first].text) || /^(having|being)$/i.test(tokens[first].text)) return null;
  // "The spot ends with footage of Trump saying", "a video of the mayor telling": what is recorded is no speaker; the
  // gerund's subject after "of" is.
  if (/ing$/i.test(tokens[before]?.text ?? '')) {
    for (let k = end - 1; k > first; k--) {
      if (tokens[k].text.toLowerCase() === 'of' && RECORDING_NOUN.test(tokens[k - 1].text)) {
        first = k + 1;
        break;
      }
    }
  }
  // "late-night calls", "personal attacks": one lower-case word is a speaker only when it names people or stands for them.
  const phrase = { start: tokens[first].start, end: tokens[appositiveName > end ? appositiveName : end].end };
  const written = unit.masked.slice(phrase.start - unit.start, phrase.end - unit.start);
  if (/^[a-z][\p{L}’'-]*$/u.test(written) && !namesPeople(written.toLowerCase())) return null;
  return phrase;
}

/** What follows a past participle that opens a passive aside: an agent, a place or a time ("released Tuesday", "published by"). */
const AFTER_ASIDE_PARTICIPLE = /^(by|in|on|at|last|this|earlier|late|early|yesterday|today|after|before|during|from|under|since|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/i;

/**
 * "The report, released Tuesday, found that ...", "The study, published by the institute in May, shows ...": a past
 * participle after the comma opens a passive aside about the subject before it. Told from a list of verbs ("Ruiz praised
 * the plan, welcomed the vote, insisted ...") by what follows the participle: an agent, a place or a time, not an object.
 */
/** A past participle: regular, or one of the irregular ones that open asides about a group ("Democrats, led by Cummings, said"). */
const IRREGULAR_ASIDE_PARTICIPLE = /^([a-z]{3,}ed|led|run|held|known|written|chosen|shown|given|taken|made|sent|brought|hit)$/;
function participleAside(tokens: readonly Token[], comma: number): boolean {
  return IRREGULAR_ASIDE_PARTICIPLE.test(tokens[comma + 1]?.text ?? '') && AFTER_ASIDE_PARTICIPLE.test(tokens[comma + 2]?.text ?? '');
}

/**
 * "Revesz, director of the institute, said", "Formicola, political science professor at Seton
 * Hall, said": a role with no determiner, told by "of", "at" or "for" soon after it, in an
 * appositive right after a name.
 */
function roleAfterName(tokens: readonly Token[], comma: number): boolean {
  // "Meeks (D-N.Y.), chairman of ...": a party and state in parentheses close the name.
  if (!NAMEISH.test(tokens[comma - 1]?.text ?? '') && tokens[comma - 1]?.text !== ')') return false;
  for (let k = comma + 1; k <= comma + 4 && k < tokens.length; k++) {
    const word = tokens[k].text;
    if (/^(of|at|for)$/.test(word)) return k > comma + 1;
    if (!/^[a-z][a-z-]*$/.test(word)) return false;
  }
  return false;
}

/** Verbs whose "to" and infinitive carry the cue: "continues to insist", "seemed to suggest", "tried to argue". */
export const CATENATIVE = /^(seems?|seemed|continues?|continued|tr(?:y|ies|ied)|begins?|began|starts?|started|needs?|needed|used|came|comes|fails?|failed|went|goes|proceeded|hastened)$/i;
/** Verbs whose "-ing" complement carries the cue, the subject theirs: "avoids criticizing", "kept insisting", "began questioning". */
const GERUND_TAKER = /^(avoid|avoids|avoided|avoiding|resist|resists|resisted|resisting|keep|keeps|kept|begin|begins|began|start|starts|started|continue|continues|continued|stop|stops|stopped|risk|risks|risked)$/i;
/** Prepositions that open an aside holding a participle cue: "Ryan, despite admitting that ...". */
const ASIDE_BEFORE_PARTICIPLE = /^(despite|after|before|while|when|since|besides)$/i;
/** Words that stand for people or a body on their own, in lower case: "police", "everyone", and the quantifiers ("some", "half"). */
const PEOPLE_WORDS: ReadonlySet<string> = new Set([...QUANTIFIERS, 'police', 'people', 'staff', 'sources', 'others', 'everyone', 'everybody', 'someone', 'somebody', 'nobody']);
const PEOPLE_SUFFIX = /(ers|ors|ists|ians|ants|ents|als|ics|ives|ees)$/;

function namesPeople(word: string): boolean {
  return PRONOUNS.has(word) || SOURCE_NOUNS.has(word) || PEOPLE_WORDS.has(word) || PEOPLE_SUFFIX.test(word);
}

const WEEKDAY = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
const PART_OF_DAY = /^(morning|afternoon|evening|night)$/i;
const DAY_WORD = /^(yesterday|today|tonight)$/i;
const LAST_PERIOD = /^(week|month|year|weekend)$/i;

/**
 * The token before a time adjunct ending at `i` ("Abbas on Friday expressed", "the minister
 * yesterday said", "Ruiz last week told"), or `i` when there is none: the adjunct is no part of the speaker.
 */
function beforeTimeAdjunct(tokens: readonly Token[], i: number): number {
  let k = i;
  if (k >= 1 && PART_OF_DAY.test(tokens[k].text) && (WEEKDAY.test(tokens[k - 1].text) || DAY_WORD.test(tokens[k - 1].text))) k--;
  if (k >= 1 && WEEKDAY.test(tokens[k].text)) return tokens[k - 1].text.toLowerCase() === 'on' ? k - 2 : k - 1;
  if (k >= 1 && DAY_WORD.test(tokens[k].text)) return k - 1;
  if (k >= 2 && LAST_PERIOD.test(tokens[k].text) && /^(last|this)$/i.test(tokens[k - 1].text)) return k - 2;
  return i;
}

/** How an adverbial aside between a speaker and the cue opens: "Clinton, at a later press gaggle, said". */
const ASIDE_PREPOSITION = /^(in|at|on|during|after|before|with|from|via|through|under|for)$/;
const COORDINATORS = new Set(['and', 'but']);
const APPOSITIVE_MARK = /^(,|--|\u2015|\u2014|\u2013)$/;
/** Words a speaker phrase never ends with: "It goes without saying", "urged them to say". */
const NOT_SPEAKER_END = new Set([
  'without', 'worth', 'despite', 'to', 'of', 'for', 'in', 'on', 'at', 'by', 'with', 'from', 'about', 'into', 'than', 'the', 'a', 'an', 'not', 'be', 'being', 'is', 'are', 'was', 'were', 'what', 'how', 'why', 'whom', 'whose', 'if', 'whether', 'that', 'this', 'there', 'here', 'so', 'or', 'nor', 'my', 'your', 'its', 'our', 'their', 'his', 'her',
]);

/** Words that open a subordinate clause with a subject of its own: "after she attacked ... and blamed". */
const SUBORDINATORS = /^(after|because|when|while|though|although|as|since|before|if|until|once|whereas)$/i;
const SUBJECT_PRONOUN = /^(he|she|they|we|i)$/i;

/**
 * The subject of a subordinate clause the cue after "and" continues: `Christie called her a
 * disgrace after she attacked the police and blamed ...`: "she", not the unit's head.
 */
function subordinateSubject(unit: Unit, and: number): Region | null {
  const tokens = unit.tokens;
  for (let k = and - 1; k > 0; k--) {
    const t = tokens[k];
    if (isQuoted(unit, t)) continue;
    // A comma closes the clause: "After she won, Clinton thanked voters and said" is the head's.
    if (/^[,;:]$/.test(t.text)) return null;
    if (SUBJECT_PRONOUN.test(t.text) && SUBORDINATORS.test(tokens[k - 1].text)) return { start: t.start, end: t.end };
    // "demonstrators, who have taken to the streets and called for ...": the relative pronoun is the subject.
    if (/^who$/i.test(t.text) && tokens[k - 1].text === ',') return { start: t.start, end: t.end };
  }
  return null;
}

/** Nouns that end a title before a name: "nominee", "campaign manager", "running mate". */
const TITLE_NOUNS = /^(nominee|candidate|manager|adviser|advisor|mate|strategist|pollster|attorney|lawyer|chief|executive|senator|governor|president|secretary|spokesman|spokeswoman|chairman|chairwoman|director|leader|minister|mayor|judge)$/;
/** Most lower-case words of a title between capitalised words: "Democratic presidential nominee Hillary Clinton". */
const MAX_TITLE_WORDS = 3;

/** Whether the lower-case word at `k` is part of a title that a name follows: "presidential nominee" in "Democratic presidential nominee Hillary Clinton". */
function titleBeforeName(tokens: readonly Token[], k: number, before: number): boolean {
  if (k === 0 || (!/^[A-Z]/.test(tokens[k - 1].text) && !/^[a-z]+$/.test(tokens[k - 1].text))) return false;
  for (let j = k; j < before && j - k < MAX_TITLE_WORDS + 1; j++) {
    if (/^[A-Z]/.test(tokens[j].text)) return j > k && TITLE_NOUNS.test(tokens[j - 1].text);
    if (!/^[a-z]+$/.test(tokens[j].text) || DETERMINERS.has(tokens[j].text) || isCueModifier(tokens[j].text) || cueLemma(tokens[j].text)) return false;
  }
  return false;
}

/**
 * The subject at the head of the unit, for a cue after "and": `Trump bemoaned the unrest
 * and said that ...`. Read forwards from the unit's start up to the first verb-like word.
 */
export function subjectOf(unit: Unit, before: number): Region | null {
  const tokens = unit.tokens;
  let first = 0;
  while (first < before && (/^(but|and|so|yet)$/i.test(tokens[first].text) || PUNCT.test(tokens[first].text))) first++;
  // "In his speech, Graham urged ... and criticized ...", "Recently, however, it issued ... and called for", "Once in my
  // twenties, when ..., I laughed and said": the subject follows the last comma of the opening adjuncts.
  if (ADJUNCT_OPENERS.has(tokens[first]?.text.toLowerCase() ?? '')) {
    let comma = -1;
    for (let k = first + 1; k < before; k++) {
      const head = tokens[k + 1];
      // "On Sunday, Sanders (Vt.), who lost the primaries, said": a relative pronoun opens an aside, not the subject.
      const relative = /^(who|which)$/i.test(head?.text ?? '');
      // "On \"Face the Nation,\" Sanders said": a title's comma inside its closing mark closes the adjunct too.
      const closing = QUOTE_MARK.test(tokens[k].text) && tokens[k - 1]?.text === ',';
      if (((tokens[k].text === ',' && !isQuoted(unit, tokens[k])) || closing) && head && !relative && (NAMEISH.test(head.text) || DETERMINERS.has(head.text.toLowerCase()) || PRONOUNS.has(head.text.toLowerCase()))) comma = k;
    }
    if (comma > 0) first = comma + 1;
  }
  while (first < before && (/^(but|and|so|yet|still|meanwhile|however|also|while|although|though|as|when|if|because|since|after|before|whereas)$/i.test(tokens[first].text) || PUNCT.test(tokens[first].text))) first++;
  let end = first - 1;
  for (let k = first; k < before && k - first < MAX_SPEAKER_TOKENS; k++) {
    const t = tokens[k].text;
    if (t === ',') {
      // An appositive ("Trump, her opponent, said"): keep the name before it.
      break;
    }
    const lower = t.toLowerCase();
    const nounish = /^[A-Z0-9]/.test(t) || DETERMINERS.has(lower) || PRONOUNS.has(lower) || /^(of|'s|’s|-)$/.test(lower) || (k > first && /^[a-z]+$/.test(t) && (DETERMINERS.has(tokens[k - 1].text.toLowerCase()) || /^(’s|'s)$/.test(tokens[k - 1].text))) || titleBeforeName(tokens, k, before);
    if (!nounish) break;
    end = k;
  }
  if (end < first || isQuoted(unit, tokens[first])) return null;
  // "In his 2002 book, ''Make ...,'' McKinley suggested ... and asking": an adjunct no comma closed is no subject.
  if (/^(in|on|at|during|after|before|with|for|from|by|under|over|since|until)$/i.test(tokens[first].text)) return null;
  return { start: tokens[first].start, end: tokens[end].end };
}

const STOP_AFTER = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'to', 'when', 'while', 'that', 'who', 'which', 'as', 'and', 'but', 'adding', 'saying', 'noting', 'told', 'last', 'this', 'earlier', 'later', 'yesterday', 'today', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'via', 'with', 'from', 'about', 'recently', 'speaking', 'referring', 'according']);

/** Words that make a phrase after a cue a clause: "said the vote would pass". */
const FINITE = new Set(['would', 'will', 'could', 'should', 'can', 'may', 'might', 'must', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'does', 'did']);

/** The speaker phrase just after a cue ("said Caddell, speaking of ..."), or null. */
export function speakerAfter(unit: Unit, after: number): Region | null {
  const tokens = unit.tokens;
  const first = after;
  if (first >= tokens.length || isQuoted(unit, tokens[first])) return null;
  const head = tokens[first].text;
  if (!NAMEISH.test(head) && !DETERMINERS.has(head.toLowerCase()) && !PRONOUNS.has(head.toLowerCase())) return null;
  let end = first;
  for (let k = first + 1; k < tokens.length && k - first < MAX_SPEAKER_TOKENS; k++) {
    const t = tokens[k];
    if (isQuoted(unit, t) || PUNCT.test(t.text) || QUOTE_MARK.test(t.text)) break;
    if (STOP_AFTER.has(t.text.toLowerCase())) break;
    // "said the vote would pass": a finite verb makes the phrase a clause, not a speaker.
    if (FINITE.has(t.text.toLowerCase())) return null;
    end = k;
  }
  return { start: tokens[first].start, end: tokens[end].end };
}

/** What ends a noun's complement or a clause's content: a comma, a semicolon or a dash. */
export const CLAUSE_BREAK = /^(,|;|--|\u2014|\u2013)$/;

/** Index of the first token from `from` on whose text matches `pattern` outside quotation marks; the unit's length if none. */
export function nextUnquoted(unit: Unit, from: number, pattern: RegExp): number {
  const tokens = unit.tokens;
  for (let k = Math.max(from, 0); k < tokens.length; k++) if (pattern.test(tokens[k].text) && !isQuoted(unit, tokens[k])) return k;
  return tokens.length;
}

/** Token index of the first token starting at or after `offset`. */
export function tokenAt(unit: Unit, offset: number): number {
  const i = unit.tokens.findIndex((t) => t.start >= offset);
  return i < 0 ? unit.tokens.length : i;
}

/** The region shrunk to its words: no edge spaces, quotation marks or trailing , ; : . */
export function trimRegion(text: string, region: Region): Region {
  let { start, end } = region;
  while (start < end && /[\s,;:\u2014\u2013]/.test(text[start])) start++;
  while (end > start && /[\s,;:.\u2014\u2013]/.test(text[end - 1])) end--;
  return { start, end };
}

/**
 * Splits a content region into the quote regions a reader cites: the quotation spans when
 * only quotations and punctuation are in it (direct), else the whole region (reported, or
 * mixed when a quotation sits inside it).
 */
export function toContent(unit: Unit, text: string, region: Region): { region: Region; direct: boolean }[] {
  const inside = unit.quotes.filter((q) => q.start < region.end && q.end > region.start);
  if (inside.length) {
    let rest = '';
    let at = region.start;
    for (const q of inside) {
      if (q.open > at) rest += text.slice(at, q.open);
      at = Math.max(at, q.after);
    }
    rest += text.slice(Math.min(at, region.end), region.end);
    if (!/[\p{L}\p{N}]/u.test(rest.replace(/\bthat\b/gi, ''))) {
      return inside.map((q) => ({ region: trimRegion(text, { start: Math.max(q.start, region.start), end: Math.min(q.end, region.end) }), direct: true }));
    }
  }
  const trimmed = trimRegion(text, region);
  return trimmed.end > trimmed.start ? [{ region: trimmed, direct: false }] : [];
}
