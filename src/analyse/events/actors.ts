/**
 * Who did it and to whom: entity mentions grouped into noun phrases ("Russian President
 * Vladimir Putin" is one group of two entities), then picked by where they sit around
 * the trigger: the clause subject before it, the object or a prepositional phrase after it.
 */
import type { Entity } from '../../model/index.js';

export interface Mention {
  entity: Entity;
  start: number;
  end: number;
}

/** Words that put a name in an adverbial, not in the subject or object ("in Tokyo"). */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'from', 'during', 'into', 'across', 'over', 'since', 'outside', 'inside', 'throughout', 'around', 'within', 'via']);
/**
 * What may stand between two names of one phrase: titles, "and", commas, possessives. Titles are
 * often lower case ("Libyan leader Muammar Gaddafi", "Niger's ambassador Brah Mohamane").
 */
const JOINER = /^(?:\s|,|and\b|&|the\b|'s\b|’s\b|-|[A-Z][\w.’'-]*|(?:leader|president|vice|prime|minister|foreign|defen[cs]e|interior|junior|deputy|secretary|general|chief|king|queen|envoy|ambassador|counterpart|premier|chancellor|spokes(?:man|woman|person)|former|opposition|army|military|commander)\b)*$/;
/** "Al Qaeda-linked militants": the name before such a word modifies the actor, it is not the actor. */
const MODIFYING = /^-(?:linked|backed|allied|affiliated|inspired|funded|sponsored|supported|aligned|based|born|made|built)\b/i;
/** Words between a preposition and the name it introduces that show the name is in another clause ("by congress to help Iran"). */
const CLAUSE_BREAK = /(?:^|\s)(?:to|that|who|which)\s|[,;:]/i;
const TWO_OF_THEM = /\bthe (?:two|both) (leaders|presidents|prime ministers|ministers|men|sides|countries|governments|nations|parties)\b/i;

export function mentionsOf(entities: Entity[]): Mention[] {
  const all: Mention[] = [];
  for (const entity of entities) for (const m of entity.mentions) all.push({ entity, start: m.start, end: m.end });
  return all.sort((a, b) => a.start - b.start || b.end - a.end);
}

function wordBefore(text: string, at: number): string {
  const m = /([A-Za-z']+)\W*$/.exec(text.slice(Math.max(0, at - 30), at));
  return m ? m[1].toLowerCase() : '';
}

/** The phrase that starts at mentions[first]: it and the names joined to it. */
function groupFrom(text: string, mentions: Mention[], first: number, limit: number): Mention[] {
  const group = [mentions[first]];
  for (let i = first + 1; i < mentions.length && mentions[i].end <= limit; i++) {
    const gap = text.slice(group[group.length - 1].end, mentions[i].start);
    if (!JOINER.test(gap)) break;
    group.push(mentions[i]);
  }
  return group;
}

export function ids(group: Mention[]): string[] {
  return [...new Set(group.map((m) => m.entity.id))];
}

/** The first phrase in [from, to) whose first name is not in an adverbial of place or time. */
export function firstGroup(text: string, mentions: Mention[], from: number, to: number, skipPlaces = true, groupTo = to): Mention[] {
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.start < from || m.end > to) continue;
    if (i > 0 && mentions[i - 1].start >= from && mentions[i - 1].end === m.end) continue;
    if (skipPlaces && PLACE_PREPOSITIONS.has(wordBefore(text, m.start))) {
      // "in Senegal, Niger and Mali": the whole list is the adverbial.
      i += groupFrom(text, mentions, i, groupTo).length - 1;
      continue;
    }
    if (MODIFYING.test(text.slice(m.end, m.end + 14))) continue;
    return groupFrom(text, mentions, i, groupTo);
  }
  return [];
}

/** The phrase after the first of `words` in [from, to), when that word is near the trigger. */
export function groupAfterWord(text: string, mentions: Mention[], words: string[], from: number, to: number): Mention[] {
  const span = text.slice(from, to);
  for (const word of words) {
    const m = new RegExp(`\\b${word}\\b`, 'i').exec(span);
    if (!m || m.index > 80) continue;
    const after = from + m.index + m[0].length;
    const group = firstGroup(text, mentions, after, to, false);
    if (group.length && group[0].start - (from + m.index) < 60 && !CLAUSE_BREAK.test(text.slice(after, group[0].start))) return group;
  }
  return [];
}

/** "the two leaders" -> the last two people (or places) named before the sentence. */
export function twoNamedBefore(text: string, mentions: Mention[], clause: string, before: number): Mention[] {
  const m = TWO_OF_THEM.exec(clause);
  if (!m) return [];
  const wantPlaces = /countries|governments|nations|sides|parties/i.test(m[1]);
  const seen = new Map<string, Mention>();
  for (let i = mentions.length - 1; i >= 0 && seen.size < 2; i--) {
    const x = mentions[i];
    if (x.end > before) continue;
    const fits = wantPlaces ? x.entity.type === 'GPE' || x.entity.type === 'NORP' : x.entity.type === 'PERSON';
    if (fits && !seen.has(x.entity.id)) seen.set(x.entity.id, x);
  }
  return seen.size === 2 ? [...seen.values()] : [];
}

/** The first country, city or region named in [from, to), wherever it sits, with those listed after it. */
export function placeAfter(text: string, mentions: Mention[], from: number, to: number): Mention[] {
  const isPlace = (m: Mention) => (m.entity.type === 'GPE' || m.entity.type === 'LOC') && m.entity.country !== null;
  const first = mentions.findIndex((m) => m.start >= from && m.end <= to && isPlace(m));
  // "to Iran, Libya, North Korea and Sudan": the places listed with it.
  return first < 0 ? [] : groupFrom(text, mentions, first, to).filter(isPlace);
}

/** A noun before the place: "Demonstrators in Baghdad", "opposition groups in Zimbabwe", not "In Geneva, ...". */
const PLACE_MODIFIER = /^[^,;:]*[A-Za-z]\s+(?:in|of|from|throughout|across)\s+(?:the\s+)?$/;

/**
 * The place an unnamed subject is from ("Demonstrators in Baghdad blocked a road"): it stands
 * for the actor's country when no one is named, as event coders code unnamed actors by place.
 */
export function placeOfSubject(text: string, mentions: Mention[], from: number, to: number): Mention[] {
  const place = mentions.find((m) => m.start >= from && m.end <= to && (m.entity.type === 'GPE' || m.entity.type === 'LOC') && m.entity.country !== null);
  return place && PLACE_MODIFIER.test(text.slice(from, place.start)) ? [place] : [];
}
