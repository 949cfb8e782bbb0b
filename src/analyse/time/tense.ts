/**
 * The tense of the clause around an expression, which decides whether a date
 * with no year ("January 20", "on Friday") lies before or after publication.
 * A cheap reading: the marker nearest the expression inside its sentence wins.
 */

export type Tense = 'past' | 'future' | 'present';

/** Markers strong enough to move a date after publication; weak ones ("next", "until") are not. */
const FUTURE_MARKERS = [
  'will', "'ll", 'shall', 'going to', 'expected to', 'expects to', 'scheduled to', 'scheduled for',
  'plans to', 'plan to', 'planned for', 'set to', 'aims to', 'intends to', 'is to', 'are to', 'would',
  'upcoming', "won't", 'is due', 'are due', 'due to be', 'to be held', 'will be',
];

/** Past verbs and words; reporting verbs ("said", "told") are left out: they date the report, not the event. */
const PAST_MARKERS = [
  'was', 'were', 'had', 'did', 'ago', 'last', 'earlier', 'began', 'came',
  'went', 'met', 'made', 'took', 'gave', 'won', 'lost', 'fell', 'rose', 'left', 'held', 'sent',
  'saw', 'became', 'struck', 'hit', 'killed', 'wrote', 'spoke', 'chose', 'ran', 'led',
  'paid', 'sold', 'bought', 'brought', 'thought', 'found', 'kept', 'broke', 'shot', 'fought',
  "wasn't", "weren't", "didn't", "hadn't",
];

const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\']/g, '\\$&');
const MARKER = new RegExp(
  `\\b(?:(${FUTURE_MARKERS.map(escape).join('|')})|(${PAST_MARKERS.map(escape).join('|')})|([a-z]{3,}ed))\\b`,
  'gi',
);
/** Words ending in -ed that are not past verbs. */
const NOT_PAST = new Set(['need', 'speed', 'indeed', 'proceed', 'succeed', 'exceed', 'seed', 'feed', 'breed', 'bed', 'red', 'shed', 'hundred', 'unprecedented', 'scheduled', 'planned']);

/** An auxiliary that makes the participle after it passive or a complement. */
const PASSIVE_BEFORE = /\b(?:be|been|being|is|are|am|get|gets|to)\s+(?:\w+ly\s+)?$/i;

/** Abbreviations whose full stop does not end a sentence ("Oct. 7", "Mr. Smith", "U.S. forces"). */
const ABBREVIATION_BEFORE = /\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun|Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Prof|Inc|Corp|Co|Ltd|No|Jr|Sr|U\.S|U\.N|U\.K|a\.m|p\.m)$/;

function endsSentence(text: string, at: number): boolean {
  const c = text[at];
  if (c === '!' || c === '?' || c === '\n') return true;
  if (c !== '.') return false;
  // "3.5 percent", "U.S.-led": a full stop inside a token.
  if (at + 1 < text.length && !/\s/.test(text[at + 1])) return false;
  return !ABBREVIATION_BEFORE.test(text.slice(Math.max(0, at - 6), at));
}

/** Sentence containing [start, end): from the last boundary before to the next after. */
function sentenceAround(text: string, start: number, end: number): { from: number; to: number } {
  let from = start;
  while (from > 0 && !endsSentence(text, from - 1)) from -= 1;
  let to = end;
  while (to < text.length && !endsSentence(text, to)) to += 1;
  return { from, to };
}

/** The tense nearest the span [start, end) within its sentence, or null when nothing marks it. */
export function tenseAround(text: string, start: number, end: number): Tense | null {
  const { from, to } = sentenceAround(text, start, end);
  const sentence = text.slice(from, to);
  let best: { distance: number; tense: Tense } | null = null;
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(sentence); m; m = MARKER.exec(sentence)) {
    const at = from + m.index;
    const atEnd = at + m[0].length;
    if (at < end && atEnd > start) continue;
    if (m[3] && NOT_PAST.has(m[3].toLowerCase())) continue;
    // A participle after "be" is passive, not past: "will be paid Dec. 14", "will be officially inaugurated".
    if (!m[1] && PASSIVE_BEFORE.test(sentence.slice(Math.max(0, m.index - 24), m.index))) continue;
    const tense: Tense = m[1] ? 'future' : 'past';
    // Markers before the expression govern it more often than those after it ("said Friday" aside).
    const distance = atEnd <= start ? start - atEnd : (at - end) * 1.5;
    if (!best || distance < best.distance) best = { distance, tense };
  }
  return best?.tense ?? null;
}
