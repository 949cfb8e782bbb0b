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
import { firstGroup, groupAfterWord, ids, mentionsOf, twoNamedBefore, type Mention } from './actors.js';
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
const MODALS = new Set(['will', 'would', "'ll", 'shall', 'could', 'may', 'might', 'plans', 'plan', 'planned', 'intends', 'intend', 'intended', 'going', 'expected', 'set']);
const BE = new Set(['was', 'were', 'been', 'is', 'are', 'be', 'being', 'got']);
/** Adverbs allowed between an auxiliary and the trigger ("was reportedly attacked"). */
const ADVERBS = new Set(['also', 'reportedly', 'allegedly', 'apparently', 'again', 'already', 'later', 'then', 'just', 'now', 'still', 'once', 'first', 'all', 'both', 'to', 'have', 'has', 'had', 'been', 'be']);
/** Words that start a new clause: the subject of an event is after the last of them. */
const CLAUSE_WORDS = new Set([';', ':', 'but', 'while', 'whereas', 'after', 'because', 'although', 'though', 'when', 'before', 'since', 'until', 'who', 'which', 'where']);
/** "expressed readiness to work for peace during a phone call with X": the call is not part of what was said. */
const REGION_ENDS = new Set([';', ':', 'but', 'while', 'whereas', 'although', 'though', 'during']);
const SPEECH = new Set(['said', 'says', 'say', 'told', 'announced', 'reported', 'added', 'stated', 'according', 'quoted', 'confirmed', 'claimed', 'insisted']);
const COOPERATIVE = new Set(['CONSULT', 'AID', 'COOPERATE', 'CONCEDE', 'RETREAT', 'SUPPORT']);
const CONFLICT = new Set(['ASSAULT', 'COERCE', 'SANCTION', 'MOBILIZE', 'PROTEST']);
/** A stated intent to do a material act: CAMEO "express intent to..." / "threaten with...". */
const INTENT_CODES: Record<string, string> = { CONSULT: '036', AID: '033', ASSAULT: '138', MOBILIZE: '138', COERCE: '137', SANCTION: '131' };

interface SentenceView {
  sentence: Sentence;
  tokens: Token[];
  words: string[];
  /** Token index where an attribution tail (", officials said Thursday") starts; words.length when none. */
  tail: number;
}

function viewOf(sentence: Sentence, all: Token[]): SentenceView {
  const tokens = all.slice(sentence.firstToken, sentence.endToken);
  const words = tokens.map((t) => t.text.toLowerCase().replace(/[’‘]/g, "'"));
  let tail = words.length;
  for (let i = words.length - 1; i > 0; i--) {
    if (words[i] !== ',') continue;
    if (words.slice(i + 1).some((w) => SPEECH.has(w))) tail = i;
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

function isPassive(words: string[], m: RuleMatch): boolean {
  const head = words[m.start];
  if (!/(ed|en|wn|ht|lt|ne)$/.test(head) && !['hit', 'shot', 'held', 'beat', 'put', 'set', 'cut', 'struck', 'met'].includes(head)) return false;
  for (let i = m.start - 1; i >= 0; i--) {
    if (BE.has(words[i])) return true;
    if (!ADVERBS.has(words[i])) return false;
  }
  return false;
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

/** Negation and modality change what a match means: "will visit" is an intent, "will not accept" a refusal. */
function codeOf(words: string[], m: RuleMatch, inNegatedComplement: string | null): Coded {
  const { rule } = m;
  const cues: string[] = [];
  const negation = before(words, m.start, NEGATIONS, 3);
  const modal = before(words, m.start, MODALS, 3);
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

function eventsOfSentence(
  input: AnalysisInput,
  rules: EventRules,
  view: SentenceView,
  mentions: Mention[],
  times: TimeExpression[],
  lead: boolean,
  eventDate: string | null,
): ExplainedEvent[] {
  const text = input.read.text;
  const { words } = view;
  const out: ExplainedEvent[] = [];
  const regions: { from: number; to: number; rule: RuleMatch }[] = [];
  const seenTypes = new Set<string>();
  const speaker = view.tail < words.length ? firstGroup(text, mentions, offset(view, view.tail), view.sentence.end) : [];
  for (const m of matchRules(words, rules)) {
    if (m.start >= view.tail) continue;
    const enclosing = regions.find((r) => m.start >= r.from && m.start < r.to);
    if (enclosing?.rule.rule.complement === 'block') continue;
    const coded = codeOf(words, m, enclosing ? enclosing.rule.rule.id : null);
    if (m.rule.complement) regions.push({ from: m.end, to: regionEnd(view, m.end), rule: m });
    if (seenTypes.has(coded.type)) continue;
    seenTypes.add(coded.type);

    const triggerStart = offset(view, m.start);
    const triggerEnd = view.tokens[m.end - 1].end;
    const clauseFrom = offset(view, clauseStart(words, m.start));
    const clauseTo = offset(view, regionEnd(view, m.end));
    let subject = firstGroup(text, mentions, clauseFrom, triggerStart);
    if (!subject.length) subject = firstGroup(text, mentions, view.sentence.start, triggerStart);
    if (!subject.length) subject = twoNamedBefore(text, mentions, text.slice(view.sentence.start, triggerStart), view.sentence.start);
    let source = subject;
    let target: Mention[] = [];
    const passive = isPassive(words, m);
    if (passive) {
      coded.cues.push('passive');
      source = groupAfterWord(text, mentions, ['by'], triggerEnd, clauseTo);
      target = subject;
    } else if (m.rule.target.includes('subject')) {
      source = speaker;
      target = subject;
    } else {
      target = groupAfterWord(text, mentions, m.rule.target, triggerEnd, clauseTo);
      if (!target.length) target = firstGroup(text, mentions, triggerEnd, Math.min(clauseTo, triggerEnd + 60), true, clauseTo);
    }
    if (m.rule.source === 'speaker' && !passive) source = speaker;
    // "During a phone call on Friday, Putin and Abbas discussed...": the parties follow the trigger.
    if (!source.length && m.rule.symmetric && target.length) {
      source = target;
      target = [];
    }
    let sourceIds = ids(source);
    let targetIds = ids(target).filter((id) => !sourceIds.includes(id));
    if (m.rule.symmetric && !targetIds.length && sourceIds.length > 1) targetIds = sourceIds;
    if (!passive && m.rule.source !== 'speaker' && !m.rule.target.includes('subject') && !sourceIds.length && speaker.length && !CONFLICT.has(coded.type)) {
      sourceIds = ids(speaker);
      coded.cues.push('source: the speaker');
    }
    const taken = new Set([...sourceIds, ...targetIds]);
    const event: Event = {
      type: coded.type,
      mode: coded.mode,
      cameo: coded.cameo,
      source: sourceIds,
      target: targetIds,
      date: dateFor(view, times, triggerStart, lead, eventDate),
      location: locationFor(text, view, mentions, taken),
      negated: coded.negated,
      evidence: { start: view.sentence.start, end: view.sentence.end, text: view.sentence.text },
    };
    out.push({ event, rule: m.rule.id, trigger: text.slice(triggerStart, triggerEnd), cues: coded.cues });
  }
  return out;
}

/** Events of one article with the rule that decided each and the cues that changed it. */
export function findEventsExplained(input: AnalysisInput, entities: Entity[], times: TimeExpression[], eventDate: string | null): ExplainedEvent[] {
  const { read } = input;
  if (!read.text.trim() || !read.sentences.length) return [];
  const rules = eventRules();
  const mentions = mentionsOf(entities);
  const out: ExplainedEvent[] = [];
  read.sentences.forEach((sentence, index) => {
    const view = viewOf(sentence, read.tokens);
    out.push(...eventsOfSentence(input, rules, view, mentions, times, index === 0, eventDate));
  });
  return out;
}

/** Events of one article: PLOVER type and mode, CAMEO code, actors as entity ids, date, place. */
export function findEvents(input: AnalysisInput, entities: Entity[], times: TimeExpression[], eventDate: string | null): Event[] {
  return findEventsExplained(input, entities, times, eventDate).map((e) => e.event);
}
