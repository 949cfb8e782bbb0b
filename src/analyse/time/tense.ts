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
const PASSIVE_BEFORE = /\b(?:be|been|being|is|are|am|get|gets|to)\s+$/i;

/** Sentence containing [start, end): from the last boundary before to the next after. */
function sentenceAround(text: string, start: number, end: number): { from: number; to: number } {
  let from = start;
  while (from > 0 && !/[.!?\n]/.test(text[from - 1]) ) from -= 1;
  // "Oct. 7" and "U.S." end in a full stop without ending the sentence; look past short tokens.
  while (from > 1 && text[from - 1] === '.' && /\b[A-Za-z.]{1,4}\.$/.test(text.slice(Math.max(0, from - 6), from))) {
    from -= 1;
    while (from > 0 && !/[.!?\n]/.test(text[from - 1])) from -= 1;
  }
  let to = end;
  while (to < text.length && !/[!?\n]/.test(text[to]) && !(text[to] === '.' && /\s/.test(text[to + 1] ?? ' ') && !/\b[A-Z][a-z]{0,3}$/.test(text.slice(Math.max(0, to - 5), to)))) to += 1;
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
    // A participle after "be" is passive, not past: "will be paid Dec. 14", "is expected".
    if (!m[1] && PASSIVE_BEFORE.test(sentence.slice(Math.max(0, m.index - 12), m.index))) continue;
    const tense: Tense = m[1] ? 'future' : 'past';
    // Markers before the expression govern it more often than those after it ("said Friday" aside).
    const distance = atEnd <= start ? start - atEnd : (at - end) * 1.5;
    if (!best || distance < best.distance) best = { distance, tense };
  }
  return best?.tense ?? null;
}
