/**
 * The event stage: who did what to whom, when and where, coded per sentence with the
 * verb-pattern rules of data/events/patterns.json (PLOVER type and mode, CAMEO code).
 * Sentences and tokens come from the shared reading (`AnalysisInput.read`); entities and
 * times from the stages before. Every event records which rule decided it
 * (`findEventsExplained`); the analysis format carries only the event.
 */
import type { Entity, Event, TimeExpression } from '../../model/index.js';
import type { AnalysisInput } from '../index.js';
import type { Sentence, Token } from '../nlp.js';
import { firstGroup, groupAfterWord, ids, mentionsOf, placeAfter, placeOfSubject, twoNamedBefore, type Mention } from './actors.js';
import { matchRules, type RuleMatch } from './match.js';
import { eventRules, type EventRules } from './rules.js';

export { eventRules } from './rules.js';

export interface ExplainedEvent {
  event: Event;
  /** Id of the rule in data/events/patterns.json that decided the event. */
  rule: string;
  trigger: string;
  /** What changed the rule's reading: negation, intent, passive voice, an enclosing statement. */
  cues: string[];
}

const NEGATIONS = new Set(['not', "n't", 'never', 'no', 'without']);
const MODALS = new Set(['wants', 'want', 'wanted', 'hopes', 'hope', 'hoped', 'wishes', 'wish', 'aims', 'will', 'would', "'ll", 'shall', 'could', 'may', 'might', 'plans', 'plan', 'planned', 'intends', 'intend', 'intended', 'going', 'expected', 'set']);
const BE = new Set(['was', 'were', 'been', 'is', 'are', 'be', 'being', 'got']);
/** Adverbs allowed between an auxiliary and the trigger ("was reportedly attacked"). */
const ADVERBS = new Set(['also', 'reportedly', 'allegedly', 'apparently', 'again', 'already', 'later', 'then', 'just', 'now', 'still', 'once', 'first', 'all', 'both', 'to', 'have', 'has', 'had', 'been', 'be']);
/** Words that start a new clause: the subject of an event is after the last of them. */
const CLAUSE_WORDS = new Set([';', ':', 'but', 'while', 'whereas', 'after', 'because', 'although', 'though', 'when', 'before', 'since', 'until', 'who', 'which', 'where']);
/**
 * "expressed readiness to work for peace during a phone call with X": the call is not part of what was said;
 * "reimposed blockades in the West Bank following the shooting of two Israelis": the cause is not who was acted on.
 */
const REGION_ENDS = new Set([';', ':', 'but', 'while', 'whereas', 'although', 'though', 'during', 'following', 'because', 'amid', 'despite']);
const SPEECH = new Set(['said', 'says', 'say', 'told', 'announced', 'reported', 'added', 'stated', 'according', 'quoted', 'confirmed', 'claimed', 'insisted']);
/**
 * Words that open a subordinate clause or a phrase inside another one: a trigger after them
 * (before the next comma) is background to the sentence's event ("lifted the curfew in
 * Montenegro, where 28 people were killed"), not the event the sentence reports.
 */
const SUBORDINATORS = new Set(['after', 'before', 'following', 'when', 'whenever', 'where', 'which', 'who', 'whom', 'whose', 'that', 'because', 'as', 'amid', 'despite', 'since', 'if', 'unless', 'while', 'whereas', 'although', 'though']);
/**
 * Verbs whose "that" clause is what was said: "announced on Monday that he will withdraw" tells
 * the statement's content, which the sentence reports, unlike a relative "the plan that".
 */
const STATING = new Set([...SPEECH, 'announces', 'announce', 'declared', 'reiterated', 'warned', 'alleged', 'indicated', 'revealed', 'argued', 'acknowledged', 'admitted', 'stressed', 'promised', 'pledged', 'vowed', 'affirmed', 'reminded', 'reminder']);
/** How far back from "that" a stating verb may be ("said on Tuesday that"). */
const STATING_REACH = 4;

/** Whether the "that" at `at` opens what a stating verb just before it says. */
function isStatedContent(words: string[], at: number): boolean {
  for (let i = at - 1; i >= Math.max(0, at - STATING_REACH); i--) {
    if (STATING.has(words[i])) return true;
    if (/^[,;:.]$/.test(words[i])) return false;
  }
  return false;
}

/** Index of the stating verb whose content holds the trigger ("said US forces must"), or -1. */
function statingVerbBefore(words: string[], at: number): number {
  for (let i = at - 1; i > 0; i--) {
    if (words[i] === ';' || words[i] === ':') return -1;
    if (STATING.has(words[i])) return i;
  }
  return -1;
}

/** A trigger shortly after a preposition is a noun inside an adverbial ("killed in an air strike"). */
const PREPOSITIONS = new Set(['in', 'of', 'over', 'under', 'through', 'for', 'against', 'during', 'about', 'on', 'to', 'by', 'with', 'from', 'into', 'at', 'after', 'before', 'following', 'amid', 'despite', 'since']);
/** Verbs that end a prepositional phrase before the trigger: "a group of deputies held talks" holds them. */
const PHRASE_ENDING_VERBS = new Set(['held', 'hold', 'holds', 'holding', 'staged', 'stage', 'stages', 'launched', 'launch', 'launches', 'began', 'begin', 'begins', 'opened', 'open', 'opens', 'conducted', 'remained', 'remain', 'remains', 'continued', 'continue', 'continues', 'resumed', 'resume', 'started', 'start', 'organized', 'organised', 'made', 'make', 'have', 'has', 'had']);
/** Words after which an -ed word is an adjective in the phrase ("in the occupied zone"), not a verb. */
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'these', 'those', '-', 'newly', 'recently']);
/** How far back a preposition still governs the trigger's noun ("over two Israeli air raids"). */
const PREPOSITION_REACH = 3;
/** Verbs that report what someone else did: "Israel said a mortar was fired at it" accuses, it does not fire. */
const REPORTING = new Set(['said', 'says', 'claimed', 'claims', 'alleged', 'alleges', 'charged', 'charges', 'reported', 'insisted', 'maintained']);
/** The speaker's own deed, told by the speaker: "Japan said it had halted aid". */
const SELF = new Set(['it', 'they', 'we', 'he', 'she', 'i']);
const COOPERATIVE = new Set(['CONSULT', 'AID', 'COOPERATE', 'CONCEDE', 'RETREAT', 'SUPPORT']);
const CONFLICT = new Set(['ASSAULT', 'COERCE', 'SANCTION', 'MOBILIZE', 'PROTEST']);
/** A stated intent to do a material act: CAMEO "express intent to..." / "threaten with...". */
const INTENT_CODES: Record<string, string> = { CONSULT: '036', AID: '033', COOPERATE: '031', RETREAT: '035', CONCEDE: '035', ASSAULT: '138', MOBILIZE: '138', COERCE: '137', SANCTION: '131' };
/** Preparing an attack shows force (CAMEO 150): "The army prepared to resume shelling". */
const PREPARATION_CODE = '150';

interface SentenceView {
  sentence: Sentence;
  tokens: Token[];
  words: string[];
  /** Token index where an attribution tail (", officials said Thursday") starts; words.length when none. */
  tail: number;
}

/** At most this many tokens follow the speech verb of an attribution tail ("according to the Canadian Press ."). */
const ATTRIBUTION_REACH = 10;

function viewOf(sentence: Sentence, all: Token[]): SentenceView {
  const tokens = all.slice(sentence.firstToken, sentence.endToken);
  const words = tokens.map((t) => t.text.toLowerCase().replace(/[’‘]/g, "'"));
  let tail = words.length;
  for (let i = words.length - 1; i > 0; i--) {
    if (words[i] !== ',') continue;
    // ", officials said Thursday" ends the sentence; ", announced Thursday that it has called off a strike" does not.
    const said = words.findIndex((w, k) => k > i && SPEECH.has(w));
    if (said > 0 && words.length - said <= ATTRIBUTION_REACH) tail = i;
    break;
  }
  return { sentence, tokens, words, tail };
}

function before(words: string[], at: number, set: ReadonlySet<string>, reach: number): string | null {
  for (let i = at - 1; i >= Math.max(0, at - reach); i--) {
    if (set.has(words[i])) return words[i];
    if (/^[,;:.]$/.test(words[i])) return null;
  }
  return null;
}

/** Whether words[at] is a past participle after a form of "be": "was attacked", "were reportedly released". */
function participleAfterBe(words: string[], at: number, from = 0): boolean {
  const head = words[at];
  if (!/(ed|en|wn|ht|lt|ne)$/.test(head) && !['hit', 'shot', 'held', 'beat', 'put', 'set', 'cut', 'struck', 'met'].includes(head)) return false;
  for (let i = at - 1; i >= from; i--) {
    if (BE.has(words[i])) return true;
    if (!ADVERBS.has(words[i])) return false;
  }
  return false;
}

function isPassive(words: string[], m: RuleMatch): boolean {
  // "is prepared to", "was willing to": a state of readiness, not something done to the subject.
  if (m.rule.governs === 'intent') return false;
  // "is opposed to", "was committed to": an adjective with its complement.
  if (m.end - m.start > 1 && words[m.end - 1] === 'to') return false;
  // A pattern may hold the auxiliary or its noun: "were released", "evidence against X was presented".
  return participleAfterBe(words, m.start) || (m.end - 1 > m.start && participleAfterBe(words, m.end - 1, m.start));
}

/** "The army prepared to resume shelling": getting ready to act, unlike "was prepared to" (willing). */
function isPreparation(words: string[], m: RuleMatch): boolean {
  const head = words[m.start];
  if (head === 'preparing' || head === 'prepares') return true;
  return head === 'prepared' && !participleAfterBe(words, m.start);
}

/** "With the signing of a memorandum, the government and the rebels agreed": the subject follows the fronted phrase. */
function frontedPhraseEnd(words: string[], at: number): number {
  if (!PREPOSITIONS.has(words[0]) && words[0] !== 'with') return 0;
  const comma = words.indexOf(',');
  return comma > 0 && comma < at ? comma + 1 : 0;
}

function clauseStart(words: string[], at: number): number {
  for (let i = at - 1; i >= 0; i--) if (CLAUSE_WORDS.has(words[i])) return i + 1;
  return 0;
}

function regionEnd(view: SentenceView, from: number): number {
  for (let i = from; i < view.tail; i++) {
    if (REGION_ENDS.has(view.words[i])) return i;
    if (view.words[i] === ',' && ['and', 'but', 'while'].includes(view.words[i + 1] ?? '')) return i;
  }
  return view.tail;
}

/** Start offset of token `i` of the view; the sentence end past the last token. */
function offset(view: SentenceView, i: number): number {
  return i < view.tokens.length ? view.tokens[i].start : view.sentence.end;
}

function dayValue(time: TimeExpression): string | null {
  return time.grain === 'day' && time.value && /^\d{4}-\d{2}-\d{2}/.test(time.value) ? time.value.slice(0, 10) : null;
}

function dateFor(view: SentenceView, times: TimeExpression[], triggerAt: number, lead: boolean, eventDate: string | null): string | null {
  let best: { value: string; distance: number } | null = null;
  for (const t of times) {
    if (t.start < view.sentence.start || t.end > view.sentence.end) continue;
    const value = dayValue(t);
    if (!value) continue;
    const distance = Math.abs(t.start - triggerAt);
    if (!best || distance < best.distance) best = { value, distance };
  }
  if (best) return best.value;
  return lead ? eventDate : null;
}

function locationFor(text: string, view: SentenceView, mentions: Mention[], taken: Set<string>): string | null {
  const { start, end } = view.sentence;
  for (const m of mentions) {
    if (m.start < start || m.end > end || taken.has(m.entity.id)) continue;
    if (m.entity.type !== 'GPE' && m.entity.type !== 'LOC') continue;
    if (/\b(?:in|at|near)\s+(?:the\s+)?$/i.test(text.slice(Math.max(start, m.start - 12), m.start))) return m.entity.id;
  }
  return null;
}

interface Coded {
  type: string;
  cameo: string;
  mode: string | null;
  negated: boolean;
  cues: string[];
}

/** How far back a modal governs the trigger: "would impose a naval blockade" puts four words between. */
const MODAL_REACH = 4;

/** Negation and modality change what a match means: "will visit" is an intent, "will not accept" a refusal. */
function codeOf(words: string[], m: RuleMatch, inNegatedComplement: string | null): Coded {
  const { rule } = m;
  const cues: string[] = [];
  const negation = before(words, m.start, NEGATIONS, 3);
  const modal = before(words, m.start, MODALS, MODAL_REACH);
  let negated = negation !== null;
  if (negation) cues.push(`negated by "${negation}"`);
  if (inNegatedComplement) {
    negated = true;
    cues.push(`complement of ${inNegatedComplement}`);
  }
  const cooperative = COOPERATIVE.has(rule.type) || rule.type === 'AGREE';
  if (modal && negation && cooperative) {
    cues.push(`refusal: "${modal} ${negation}"`);
    return { type: 'REJECT', cameo: '120', mode: null, negated: false, cues };
  }
  if (modal && !negated && COOPERATIVE.has(rule.type)) {
    cues.push(`intent: "${modal}"`);
    return { type: 'AGREE', cameo: INTENT_CODES[rule.type] ?? '030', mode: null, negated, cues };
  }
  if (modal && !negated && CONFLICT.has(rule.type)) {
    cues.push(`intent: "${modal}"`);
    return { type: 'THREATEN', cameo: INTENT_CODES[rule.type] ?? '130', mode: null, negated, cues };
  }
  return { type: rule.type, cameo: rule.cameo, mode: rule.mode, negated, cues };
}

/** Verbal acts for which a stated readiness is the act itself: "willing to forgive" forgives. */
const VERBAL_SUPPORT = new Set(['SUPPORT']);

/**
 * "is prepared to impose martial law" threatens (CAMEO 13x); "willing to forgive" supports; else an
 * intent to cooperate. Getting ready ("prepared to resume shelling") shows force before an attack
 * and is the act itself when the act is peaceful ("prepared to attend the summit").
 */
function intentOf(coded: Coded, governed: RuleMatch, preparing: boolean): void {
  const kind = governed.rule.type;
  if (preparing && CONFLICT.has(kind)) Object.assign(coded, { type: 'MOBILIZE', cameo: PREPARATION_CODE, mode: null });
  else if (preparing) Object.assign(coded, { type: kind, cameo: governed.rule.cameo, mode: governed.rule.mode });
  else if (CONFLICT.has(kind)) Object.assign(coded, { type: 'THREATEN', cameo: INTENT_CODES[kind] ?? '130', mode: null });
  else if (VERBAL_SUPPORT.has(kind)) Object.assign(coded, { type: kind, cameo: governed.rule.cameo, mode: governed.rule.mode });
  else if (INTENT_CODES[kind]) Object.assign(coded, { cameo: INTENT_CODES[kind] });
  else return;
  coded.cues.push(`readiness to "${governed.rule.id}": ${coded.type} ${coded.cameo}`);
}

type Named = { start: number; end: number; entity?: Entity };

/**
 * Whether the preposition's phrase is complete with the date or name right after it ("on Thursday
 * accepted", "in Tokyo met"): then the trigger is the verb. A name after a determiner or an
 * adverb is inside the noun phrase ("during a G8 summit", "under the recently imposed law").
 */
function nameCompletesPhrase(view: SentenceView, at: number, names: readonly Named[]): boolean {
  const t = view.tokens[at];
  if (!t || !/^[A-Z0-9]/.test(t.text)) return false;
  return names.some((n) => n.start < t.end && t.start < n.end && n.entity?.type !== 'NORP');
}

/** Words from token `from` (exclusive) to `to` (inclusive); a hyphenated compound is one word ("European-based"). */
function wordDistance(words: string[], from: number, to: number): number {
  let n = 0;
  for (let i = from + 1; i <= to; i++) if (words[i] !== '-' && words[i - 1] !== '-') n++;
  return n;
}

/**
 * "victims killed by the crash", "the civilians imprisoned for acting ... were released": a
 * participle after a noun that describes it, when an agent follows or the clause's own verb
 * ("were") comes later.
 */
function isReducedRelative(words: string[], m: RuleMatch): boolean {
  const before = words[m.start - 1] ?? '';
  if (!verbAfterNoun(words, m.start) || BE.has(before) || ADVERBS.has(before)) return false;
  if (words[m.start + 1] === 'by') return true;
  for (let i = m.end; i < words.length; i++) {
    const w = words[i];
    // "suspended food supplies over fears they were helping": a pronoun's "were" is another clause's verb.
    if (BE.has(w) && w !== 'be' && w !== 'been' && w !== 'being') return !SELF.has(words[i - 1]);
    if (/^[,;:.]$/.test(w) || w === 'and' || w === 'but' || w === 'until' || SUBORDINATORS.has(w)) return false;
  }
  return false;
}

/** "hundreds of people blocked streets": a past-tense trigger after a noun is the clause's verb, not a noun in the phrase. */
function verbAfterNoun(words: string[], at: number): boolean {
  const w = words[at];
  const before = words[at - 1] ?? '';
  return /[a-z]ed$/.test(w) && !DETERMINERS.has(before) && !PREPOSITIONS.has(before) && /^[a-z]+$/.test(before);
}

/** Why a match is not the event the sentence reports, or null when it may be. */
function backgroundReason(view: SentenceView, m: RuleMatch, rules: EventRules, names: readonly Named[]): string | null {
  const { words } = view;
  const after = words[m.end] ?? '';
  if (rules.modifierHeads.has(after)) return `modifies "${after}"`;
  // "state-backed hackers", "the Israeli-occupied West Bank": the second half of a compound adjective.
  if (words[m.start - 1] === '-' && m.start > 1) return `part of a compound ("${words[m.start - 2]}-${words[m.start]}")`;
  if (isReducedRelative(words, m)) return `describes "${words[m.start - 1]}"`;
  for (let i = m.start - 1; i >= 0; i--) {
    const w = words[i];
    if (w === ',' || w === ';' || w === ':' || w === '--' || w === '—') break;
    if (w === 'that' && isStatedContent(words, i)) continue;
    if (SUBORDINATORS.has(w)) return `subordinate clause ("${w}")`;
    if (PHRASE_ENDING_VERBS.has(w) || (i === m.start - 1 && verbAfterNoun(words, m.start))) break;
    if (wordDistance(words, i, m.start) <= PREPOSITION_REACH && PREPOSITIONS.has(w) && !nameCompletesPhrase(view, i + 1, names)) return `inside a phrase ("${w}")`;
  }
  return null;
}

const CONFLICT_DEEDS = new Set(['ASSAULT', 'COERCE']);
/** Verbs by which a doer takes a deed as its own: "The group claimed that it had attacked the convoy" (CAMEO 015). */
const CLAIMING = new Set(['claimed', 'claims', 'claim', 'claiming']);

/** Whether the doer itself claims the deed at `m`: "claimed (that) they had attacked". */
function claimedByDoer(words: string[], m: RuleMatch): string | null {
  for (let k = m.start - 1; k > 0; k--) {
    if (words[k] === ';' || words[k] === ',') return null;
    if (!CLAIMING.has(words[k])) continue;
    const next = words[k + 1] === 'that' ? words[k + 2] : words[k + 1];
    return SELF.has(next ?? '') ? words[k] : null;
  }
  return null;
}

/**
 * A speaker named before a reporting verb that governs the trigger ("The US claimed that ISIL
 * had attacked Iraq"), unless the speaker tells its own deed ("it had", or the same actor).
 */
function reportedBy(text: string, view: SentenceView, mentions: Mention[], m: RuleMatch): { speaker: string[]; doers: string[]; verb: string } | null {
  const { words } = view;
  for (let k = m.start - 1; k > 0; k--) {
    if (words[k] === ';') return null;
    if (!REPORTING.has(words[k])) continue;
    const speaker = ids(firstGroup(text, mentions, offset(view, clauseStart(words, k)), offset(view, k)));
    if (!speaker.length) return null;
    const next = words[k + 1] === 'that' ? words[k + 2] : words[k + 1];
    const doers = ids(firstGroup(text, mentions, offset(view, k + 1), offset(view, m.start)));
    if (SELF.has(next ?? '') || doers.some((d) => speaker.includes(d))) return null;
    return { speaker, doers, verb: words[k] };
  }
  return null;
}

/** The match that is the event a sentence reports, with why the others were passed over. */
interface MainMatch {
  match: RuleMatch;
  cues: string[];
  inComplement: string | null;
  /** A more specific trigger of the same event in the background, which gives its code and mode. */
  detail: RuleMatch | null;
  /** The first trigger inside the match's complement ("refused to meet" -> meet), once the sentence is read. */
  governed: () => RuleMatch | null;
  /** Meetings and calls the event happened at ("during a phone call with X"): asserted too. */
  occasions: MainMatch[];
  /** Token before which no one is its subject: the protest a crackdown met is by those it met, not by the police. */
  subjectAfter?: number;
}

/** Text from token `from` up to token `to`. */
function between(view: SentenceView, from: number, to: number): string {
  return from < to ? view.words.slice(from, to).join(' ') : '';
}

/** Words that end with a coordinator, then the next verb: "... of Gaza and", "... the town , then", "strikes ,". */
const COORDINATED = /(?:^|\s)(?:and|,|,\s*and|then|,\s*then)(?:\s+(?:later|also|then))?$/i;

/** "during a phone call with", "at a meeting with": the occasion of the event, which did take place. */
const OCCASION = /^inside a phrase \("(?:during|at|in)"\)$/;

/** CAMEO codes of violent repression (175 and its parts): the protest repressed took place. */
const REPRESSION = new Set(['175']);

/** Nouns that make the event after "of" a time frame for something else: "at the start of a regional trip". */
const TIME_FRAMES = new Set(['start', 'beginning', 'end', 'eve', 'middle', 'course', 'wake', 'run-up', 'aftermath', 'anniversary', 'pause', 'lull', 'halt']);

/**
 * Whether a sentence whose every trigger is background still tells the first one. It does
 * ("Israeli troops remained on alert", "During a phone call, Putin and Abbas discussed"),
 * unless the trigger is only the time frame of something else ("a pause in the bombing",
 * "at the start of a regional trip"), which tells no event at all.
 */
function toldInPhrase(view: SentenceView, fallback: MainMatch): boolean {
  const reason = fallback.cues[0] ?? '';
  if (!reason.startsWith('inside a phrase')) return true;
  const at = fallback.match.start;
  for (let i = at - 1; i >= Math.max(0, at - PREPOSITION_REACH - 1); i--) if (TIME_FRAMES.has(view.words[i])) return false;
  return true;
}

function mainMatch(view: SentenceView, rules: EventRules, named: readonly Named[]): MainMatch | null {
  const regions: { from: number; to: number; rule: RuleMatch; governed?: RuleMatch }[] = [];
  let fallback: MainMatch | null = null;
  let main: MainMatch | null = null;
  const occasions: MainMatch[] = [];
  const coordinated: MainMatch[] = [];
  const protests: MainMatch[] = [];
  let lastTold = 0;
  for (const m of matchRules(view.words, rules)) {
    if (m.start >= view.tail) continue;
    // A trigger inside a name or a date is not a trigger: "Asia-Pacific Economic Cooperation", "last March".
    const first = view.tokens[m.start];
    // A gap may end on a name's word that is only the object: "attend the Beijing Olympics".
    const last = m.rule.steps.some((step) => step.kind === 'gap') ? first : view.tokens[m.end - 1];
    if (named.some((n) => (n.start < first.end && first.start < n.end) || (n.start < last.end && last.start < n.end))) continue;
    const enclosing = regions.find((r) => m.start >= r.from && m.start < r.to);
    if (m.rule.complement) regions.push({ from: m.end, to: regionEnd(view, m.end), rule: m });
    // What a statement, a refusal or a denial governs ("refused to meet") is part of that event.
    if (enclosing) {
      enclosing.governed ??= m;
      continue;
    }
    const background = backgroundReason(view, m, rules, named);
    // Half of a compound adjective ("Israeli-occupied") names no event, not even as a last resort.
    if (background?.startsWith('part of a compound')) continue;
    const governed = () => regions.find((r) => r.rule === m)?.governed ?? null;
    if (background && m.rule.type === 'PROTEST' && !background.startsWith('modifies')) protests.push({ match: m, cues: [`the protest it met: ${background}`], inComplement: null, detail: null, governed, occasions: [] });
    if (background && OCCASION.test(background) && m.rule.type === 'CONSULT') occasions.push({ match: m, cues: [`the occasion: ${background}`], inComplement: null, detail: null, governed, occasions: [] });
    if (main) {
      // "Rebels seized the town and killed three soldiers": a predicate coordinated with the main one is asserted too.
      if (!background && m.rule.type !== main.match.rule.type && COORDINATED.test(between(view, lastTold, m.start))) {
        coordinated.push({ match: m, cues: ['coordinated with the main event'], inComplement: null, detail: null, governed, occasions: [] });
        lastTold = m.end;
      }
      continue;
    }
    if (!background) {
      lastTold = m.end;
      const cues = fallback ? [`passed over "${fallback.match.rule.id}": ${fallback.cues[0]}`] : [];
      // "During a telephone conversation, Putin and Abbas discussed...": the phrase tells how.
      const detail = fallback && fallback.match.rule.type === m.rule.type && fallback.match.rule.priority > m.rule.priority ? fallback.match : null;
      main = { match: m, cues, inComplement: null, detail, governed, occasions };
      continue;
    }
    fallback ??= { match: m, cues: [background], inComplement: null, detail: null, governed, occasions: [] };
  }
  // "Police fired tear gas to disperse demonstrators protesting the results": repression tells the protest it met.
  const met = main && REPRESSION.has(main.match.rule.cameo) ? protests.map((p) => ({ ...p, subjectAfter: main!.match.end })) : [];
  if (main) main.occasions = [...occasions.filter((o) => o.match.rule.type !== main!.match.rule.type), ...coordinated, ...met];
  if (!main && fallback && !toldInPhrase(view, fallback)) return null;
  return main ?? fallback;
}

/**
 * The event a sentence reports, or none. A sentence tells one event; triggers in its
 * background (subordinate clauses, adverbials, details after the event) describe others the
 * article may report elsewhere. When every trigger is in the background, the first is taken,
 * unless it is only a time frame ("a pause in the bombing"): then the sentence tells no event.
 */
function eventsOfSentence(
  input: AnalysisInput,
  rules: EventRules,
  view: SentenceView,
  mentions: Mention[],
  named: readonly Named[],
  times: TimeExpression[],
  lead: boolean,
  eventDate: string | null,
): ExplainedEvent[] {
  const main = mainMatch(view, rules, named);
  if (!main) return [];
  const events = [main, ...main.occasions].map((told) => codeMatch(input, rules, view, mentions, times, lead, eventDate, told));
  // "The group claimed that it had attacked the convoy": the claim of responsibility is what the
  // sentence asserts, so it comes first; the deed its doer tells follows.
  const claim = CONFLICT_DEEDS.has(events[0].event.type) ? claimedByDoer(view.words, main.match) : null;
  if (claim) {
    const deed = events[0];
    const cues = [`claimed by its doer ("${claim}"): responsibility for "${deed.rule}"`];
    events.unshift({ ...deed, rule: 'agree-claim-responsibility', cues, event: { ...deed.event, type: 'AGREE', cameo: '015', mode: null } });
  }
  // "refused to meet": the refusal, and the meeting as an event that did not happen.
  const refused = main.match.rule.complement === 'negate' ? main.governed() : null;
  if (refused) {
    const cues = [`did not happen: governed by "${main.match.rule.id}"`];
    const unmet = codeMatch(input, rules, view, mentions, times, lead, eventDate, { match: refused, cues, inComplement: null, detail: null, governed: () => null, occasions: [] });
    events.push({ ...unmet, event: { ...unmet.event, negated: true } });
  }
  return events;
}

/** The event of one match: its code after negation and modality, its actors, date and place. */
function codeMatch(input: AnalysisInput, rules: EventRules, view: SentenceView, mentions: Mention[], times: TimeExpression[], lead: boolean, eventDate: string | null, main: MainMatch): ExplainedEvent {
  const text = input.read.text;
  const { words } = view;
  const m = main.match;
  const coded = codeOf(words, m, main.inComplement);
  coded.cues.push(...main.cues);
  if (main.detail && coded.type === m.rule.type) {
    Object.assign(coded, { cameo: main.detail.rule.cameo, mode: main.detail.rule.mode });
    coded.cues.push(`code and mode from "${main.detail.rule.id}"`);
  }
  const governed = main.governed();
  if (governed) coded.cues.push(`${m.rule.complement === 'negate' ? 'did not happen' : 'content, not an event'}: "${governed.rule.id}" (${governed.rule.type})`);
  const intent = governed && m.rule.governs === 'intent' && !coded.negated ? governed : null;
  if (intent) intentOf(coded, intent, isPreparation(words, m));
  // "Brazil and the United States are seeking to deepen a partnership": an intent to do something together.
  const symmetric = m.rule.symmetric || (intent?.rule.symmetric ?? false);
  let speaker = view.tail < words.length ? firstGroup(text, mentions, offset(view, view.tail), view.sentence.end) : [];
  const triggerStart = offset(view, m.start);
  const triggerEnd = view.tokens[m.end - 1].end;
  let clauseFrom = offset(view, Math.max(clauseStart(words, m.start), frontedPhraseEnd(words, m.start)));
  // "Russia said on Tuesday that Sudan must return the helicopter": the speaker leads, the one told follows.
  const stated = !speaker.length && (m.rule.source === 'speaker' || m.rule.target.includes('subject')) ? statingVerbBefore(words, m.start) : -1;
  if (stated > 0) {
    speaker = firstGroup(text, mentions, offset(view, clauseStart(words, stated)), offset(view, stated));
    clauseFrom = offset(view, stated + 1);
  }
  const clauseTo = offset(view, regionEnd(view, m.end));
  if (main.subjectAfter !== undefined) clauseFrom = Math.max(clauseFrom, offset(view, main.subjectAfter));
  const subjectFrom = main.subjectAfter === undefined ? view.sentence.start : clauseFrom;
  let subject = firstGroup(text, mentions, clauseFrom, triggerStart);
  if (!subject.length) subject = firstGroup(text, mentions, subjectFrom, triggerStart);
  if (!subject.length) subject = twoNamedBefore(text, mentions, text.slice(subjectFrom, triggerStart), subjectFrom);
  if (!subject.length) subject = placeOfSubject(text, mentions, clauseFrom, triggerStart);
  let source = subject;
  let target: Mention[] = [];
  const passive = isPassive(words, m);
  const [inside, prepositions] = [m.rule.target.includes('inside'), m.rule.target.filter((t) => t !== 'inside')];
  if (passive) {
    coded.cues.push('passive');
    // "by" may be part of the pattern ("pressured by"): look from the trigger's start.
    source = groupAfterWord(text, mentions, ['by'], triggerStart, clauseTo);
    target = subject.length ? subject : groupAfterWord(text, mentions, prepositions, triggerStart, clauseTo);
  } else if (m.rule.target.includes('subject')) {
    // "resigned under pressure from the party": the party acts on the subject.
    source = m.rule.source === 'object' ? firstGroup(text, mentions, triggerEnd, clauseTo, false) : speaker;
    target = subject;
  } else {
    // "summoned Niger's ambassador", "wants Putin to": the one acted on sits inside the pattern.
    if (inside) target = firstGroup(text, mentions, view.tokens[m.start].end, triggerEnd, false);
    // "will visit Mauritania and Senegal to mediate": a place right after the verb is its object, before any preposition.
    const places = target.length ? [] : placeAfter(text, mentions, triggerEnd, clauseTo);
    if (places.length && /^\s*(?:the\s+)?$/.test(text.slice(triggerEnd, places[0].start))) target = places;
    // The preposition may be part of the pattern: "fired tear gas at Kenyan students".
    if (!target.length) target = groupAfterWord(text, mentions, prepositions, view.tokens[m.start].end, clauseTo);
    if (!target.length) target = firstGroup(text, mentions, triggerEnd, Math.min(clauseTo, triggerEnd + 60), true, clauseTo);
  }
  if (m.rule.source === 'speaker' && !passive) source = speaker;
  // "During a phone call on Friday, Putin and Abbas discussed...": the parties follow the trigger.
  if (!source.length && symmetric && target.length) {
    source = target;
    target = [];
  }
  let sourceIds = ids(source);
  // "Georgian demonstrators ... the Georgian government": one nationality, two different groups.
  let targetIds = ids(target.filter((t) => !sourceIds.includes(t.entity.id) || (t.entity.type === 'NORP' && !source.some((x) => x.start === t.start))));
  // Talks, meetings, clashes: each party acts on the other, so both are source and target.
  if (symmetric && (targetIds.length || sourceIds.length > 1)) sourceIds = targetIds = [...new Set([...sourceIds, ...targetIds])];
  if (!passive && m.rule.source !== 'speaker' && !m.rule.target.includes('subject') && !sourceIds.length && speaker.length && !CONFLICT.has(coded.type)) {
    sourceIds = ids(speaker);
    coded.cues.push('source: the speaker');
  }
  if (!targetIds.length && coded.type === 'PROTEST') {
    // "began a hunger strike to demand the return of property seized by Algerian forces": what the protest is against.
    const tailAt = offset(view, view.tail);
    const opener = rules.purpose.exec(text.slice(triggerEnd, tailAt));
    const against = opener ? firstGroup(text, mentions, triggerEnd + opener.index + opener[0].length, tailAt) : [];
    if (against.length) {
      // "Algerian landowners ... seized by Algerian government forces": one nationality, two different groups.
      targetIds = ids(against.filter((t) => !sourceIds.includes(t.entity.id) || t.entity.type === 'NORP'));
      coded.cues.push(`target: what the protest is against ("${opener![0]}")`);
    }
  }
  const location = locationFor(text, view, mentions, new Set([...sourceIds, ...targetIds]));
  if (!targetIds.length) {
    // "lifted a curfew in Montenegro", "arrived in Amman", "APEC agreed to set up a centre in Tokyo": with no one acted on, the place is.
    const after = placeAfter(text, mentions, triggerEnd, clauseTo);
    const places = ids(after.length ? after : placeAfter(text, mentions, view.sentence.start, offset(view, view.tail)));
    if (places.length && !places.some((id) => sourceIds.includes(id))) {
      targetIds = places;
      coded.cues.push('target: the place');
    }
  }
  const report = reportedBy(text, view, mentions, m);
  if (report && CONFLICT_DEEDS.has(coded.type)) {
    // The sentence asserts a claim, not the attack: CAMEO 112, the speaker accuses the attacker.
    coded.cues.push(`reported by "${report.verb}": an accusation`);
    const accused = passive ? sourceIds : report.doers;
    targetIds = accused.length ? accused : targetIds.filter((id) => !report.speaker.includes(id));
    sourceIds = report.speaker;
    Object.assign(coded, { type: 'ACCUSE', cameo: '112', mode: null });
  }
  const event: Event = {
    type: coded.type,
    mode: coded.mode,
    cameo: coded.cameo,
    source: sourceIds,
    target: targetIds,
    date: dateFor(view, times, triggerStart, lead, eventDate),
    location,
    negated: coded.negated,
    evidence: { start: view.sentence.start, end: view.sentence.end, text: view.sentence.text },
  };
  return { event, rule: m.rule.id, trigger: text.slice(triggerStart, triggerEnd), cues: coded.cues };
}

/**
 * A comment (CAMEO 01x but 015, a claim of responsibility) is worth recording only with the one who made it:
 * "Germany expressed hope that talks would resume" tells Germany's position; "Considering the risks, the
 * company delayed the launch" or "Residents voiced fears" name no party a reader could follow.
 */
function hasSpeakerIfComment(e: ExplainedEvent): boolean {
  return !(e.event.cameo?.startsWith('01') && e.event.cameo !== '015' && !e.event.source.length);
}

/** Events of one article with the rule that decided each and the cues that changed it. */
export function findEventsExplained(input: AnalysisInput, entities: Entity[], times: TimeExpression[], eventDate: string | null): ExplainedEvent[] {
  const { read } = input;
  if (!read.text.trim() || !read.sentences.length) return [];
  const rules = eventRules();
  const mentions = mentionsOf(entities);
  const named = [...mentions, ...times];
  const out: ExplainedEvent[] = [];
  read.sentences.forEach((sentence, index) => {
    const view = viewOf(sentence, read.tokens);
    out.push(...eventsOfSentence(input, rules, view, mentions, named, times, index === 0, eventDate).filter(hasSpeakerIfComment));
  });
  return out;
}

/** Events of one article: PLOVER type and mode, CAMEO code, actors as entity ids, date, place. */
export function findEvents(input: AnalysisInput, entities: Entity[], times: TimeExpression[], eventDate: string | null): Event[] {
  return findEventsExplained(input, entities, times, eventDate).map((e) => e.event);
}
