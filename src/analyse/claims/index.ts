/**
 * Claims: the figures a reader follows over time (killed, wounded, abducted, displaced,
 * arrested, missing, aid delivered), each with its hedge, who it counts, where, who
 * says so and the date it stands for. A figure becomes a claim only when a kind word is
 * bound to it; every other number in the text is left alone.
 */
import type { Claim, Entity, TimeExpression } from '../../model/index.js';
import type { AnalysisInput } from '../index.js';
import type { Sentence, Token } from '../nlp.js';
import { findAttributions, type AttributedRegion } from '../quotes/index.js';
import { bindKind, kindAt, PEOPLE_NOUN } from './kinds.js';
import { NOT_PEOPLE } from './lexicon.js';
import { readFigure } from './numbers.js';
import { qualifierBefore } from './qualifier.js';
import { asOfDate } from './as-of.js';
import { canonicalAttribution } from './attribution.js';

export { readFigure } from './numbers.js';

/** Words that end the phrase naming who a figure counts. */
const WHO_STOP = /^(were|was|have|has|had|are|is|been|be|so|since|during|as|and|according|including|who|whom|that|while|after|before|on|at|across|throughout|this|last|over|amid|by|with|because|when|until|to|for|or|but|the|a|an|[,;:.()"“”!?—–-])$/i;
const SHARE = /^(\d+(?:\.\d+)?)\s*(?:%|percent|per cent)\s+of\s+(?:them|whom|those|the victims|the dead)\s+(?:are|were|being)?\s*([^,.;]+)/i;

function tokensOf(sentence: Sentence, tokens: readonly Token[]): Token[] {
  return tokens.slice(sentence.firstToken, sentence.endToken);
}

/** The people a figure counts, as written after it: "Palestinians", "people in Israel", "aid workers"; null for a bare kind noun. */
function whoAfter(tokens: readonly Token[], from: number, text: string): string | null {
  let end = from;
  for (let k = from; k < tokens.length && k - from < 6; k++) {
    const word = tokens[k].text;
    if (kindAt(tokens, k) || WHO_STOP.test(word) || /^\d/.test(word)) break;
    // "people in Israel", "Palestinians in the West Bank": a named place after "in" belongs to who.
    if (/^in$/i.test(word)) {
      let j = k + 1;
      if (/^the$/i.test(tokens[j]?.text ?? '')) j++;
      if (!/^[A-Z]/.test(tokens[j]?.text ?? '')) break;
      while (j < tokens.length && /^[A-Z]/.test(tokens[j].text)) j++;
      end = j;
      break;
    }
    // After the first word only people nouns and names go on ("aid workers", "government troops").
    if (k > from && !/^[A-Z]/.test(word) && !PEOPLE_NOUN.test(word) && !(word === 'of' && PEOPLE_NOUN.test(tokens[k + 1]?.text ?? ''))) break;
    end = k + 1;
  }
  if (end === from) return null;
  const first = tokens[from].text.toLowerCase();
  if (NOT_PEOPLE.has(first) || MODALS.has(first)) return null;
  return text.slice(tokens[from].start, tokens[end - 1].end);
}

const MODALS = new Set(['could', 'may', 'might', 'will', 'would', 'should', 'must', 'remain', 'remained', 'went', 'go', 'inside', 'outside', 'from', 'worldwide']);

/** Figures that are not counts: years, money, percentages, parts of dates and times. */
function isNotACount(tokens: readonly Token[], first: number, last: number, inTime: (offset: number) => boolean): boolean {
  const previous = tokens[first - 1]?.text ?? '';
  const next = tokens[last]?.text.toLowerCase() ?? '';
  if (/^[$€£¥#№]$/.test(previous) || NOT_PEOPLE.has(next) || next === '-') return true;
  if (inTime(tokens[first].start)) return true;
  return false;
}

function placeIn(entities: readonly Entity[], sentence: Sentence, text: string, from: number): string | null {
  let best: { id: string; at: number; score: number } | null = null;
  for (const entity of entities) {
    if (entity.type !== 'GPE' && entity.type !== 'LOC') continue;
    for (const m of entity.mentions) {
      if (m.start < sentence.start || m.end > sentence.end) continue;
      const after = m.start >= from;
      const preposition = /\b(?:in|across|throughout|from)\s+(?:the\s+)?$/i.test(text.slice(Math.max(sentence.start, m.start - 16), m.start));
      const score = (preposition ? 2 : 0) + (after ? 1 : 0);
      if (!best || score > best.score || (score === best.score && Math.abs(m.start - from) < Math.abs(best.at - from))) best = { id: entity.id, at: m.start, score };
    }
  }
  return best && best.score >= 2 ? best.id : null;
}

export function findClaims(input: AnalysisInput, entities: Entity[], times: TimeExpression[]): Claim[] {
  const { read, article } = input;
  const text = read.text;
  const attributions = findAttributions(read);
  const inTime = (offset: number): boolean => times.some((t) => offset >= t.start && offset < t.end && t.type !== 'DURATION');
  const claims: Claim[] = [];
  for (const sentence of read.sentences) {
    const tokens = tokensOf(sentence, read.tokens);
    const inSentence: Claim[] = [];
    const offsets: number[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const figure = readFigure(tokens, i);
      if (!figure) continue;
      i = figure.last - 1;
      if (isNotACount(tokens, figure.first, figure.last, inTime)) continue;
      const { qualifier, first: qualifierFirst } = qualifierBefore(tokens, figure.first);
      const kind = bindKind(tokens, figure.first, figure.last, qualifierFirst);
      if (!kind) continue;
      const offset = tokens[figure.first].start;
      let who = kind.first === figure.last ? null : whoAfter(tokens, figure.last, text);
      if (who && /^others?$/i.test(who)) who = inSentence[inSentence.length - 1]?.who ?? null;
      const attribution = attributionFor(attributions, offset, text);
      offsets.push(offset);
      inSentence.push({
        kind: kind.kind,
        value: figure.value,
        qualifier,
        who,
        where: placeIn(entities, sentence, text, offset),
        attribution,
        asOf: asOfDate(sentence, text, times, article.published),
        evidence: { start: sentence.start, end: sentence.end, text: sentence.text },
      });
    }
    attachShares(sentence, inSentence, offsets);
    claims.push(...inSentence);
  }
  return claims;
}

function attributionFor(attributions: readonly AttributedRegion[], offset: number, text: string): string | null {
  const region = attributions.find((a) => a.speaker && offset >= a.start && offset < a.end);
  return region?.speaker ? canonicalAttribution(text.slice(region.speaker.start, region.speaker.end)) : null;
}

/** "70 percent of them women and children" goes with the figure before it; `offsets` are the claims' figures. */
function attachShares(sentence: Sentence, claims: Claim[], offsets: readonly number[]): void {
  if (!claims.length) return;
  const re = /(\d+(?:\.\d+)?)\s*(?:%|percent|per cent)\s+of\s+/gi;
  for (let m = re.exec(sentence.text); m; m = re.exec(sentence.text)) {
    const share = SHARE.exec(sentence.text.slice(m.index));
    if (!share) continue;
    const at = sentence.start + m.index;
    let owner: Claim | undefined;
    offsets.forEach((offset, n) => {
      if (offset < at) owner = claims[n];
    });
    if (owner && !owner.share) owner.share = { percent: Number(share[1]), of: share[2].trim() };
  }
}
