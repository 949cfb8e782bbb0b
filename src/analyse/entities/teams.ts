/**
 * Organisations named after places: sports clubs ("Leeds", "Werder Bremen", "Dallas Cowboys") and
 * bodies such as "Cairo University". The gazetteer reads their names as places; this refiner, run
 * on the recognised mentions before they are grouped, retypes them from what surrounds them:
 *  1. a place joined to a club word before it ("Werder Bremen", "CSKA Moscow") or to a team or
 *     organisation word after it ("Dallas Cowboys", "Cairo University") is one organisation;
 *  2. in a results line ("Leeds 2 Chelsea 1", "Werder Bremen 17 6 4 7 29 28 22", "Boston at Chicago")
 *     each name is a team: an organisation, unless it is a country (a national team) or a person;
 *  3. a place after "club" or a result verb ("beat", "drew with", "lost to"), or before a result
 *     verb or a player noun ("Leeds striker"), is a club;
 *  4. a place name retyped by 2 or 3 is an organisation in the rest of the document too, except where
 *     it is a place by its position: the venue of a fixture written "Boston at Chicago" (the North
 *     American way: the game is played at Chicago) and the place of a dateline.
 * Countries are never retyped: a country's team is the country, as the news writes it.
 */
import { gazetteer, isCountry, lookup, type GazetteerEntry } from './gazetteer.js';
import { directions, honorifics, locHeads, neverAlone, orgHeads, placeModifiers, placeNouns, teamNicknames, titleModifiers, titleNouns } from './lexicon.js';
import { nameKey } from './names.js';
import { DATELINE_DATE, opensAt, proseLine, writtenMidSentence, type Mention } from './recognise.js';

/** Words that turn the place after them into a club: "English club Leeds", "beat Leeds", "lost to Leeds". */
const CLUB_BEFORE = /\b(?:club|side|beat|beats|beating|defeated|defeating|thrashed|edged|drew\s+with|draw\s+with|draws\s+with|drawn\s+with|home\s+to|on\s+aggregate\s+to|win\s+by|match\s+between|lost\s+to|losing\s+to|loses\s+to|victory\s+over|win\s+over|defeat\s+by|defeat\s+to|signed\s+for|signing\s+for|signed\s+from)\s+(?:the\s+)?$/i;
/** Words that turn the place before them into a club: "Leeds beat", "Leeds drew 1-1", "Leeds striker". */
const CLUB_AFTER = /^\s+(?:beat|beats|defeated|thrashed|edged|(?:drew|draw|lost|won|lose|win)\s+(?:\d|with\b|to\b|at\s+home\b|away\b)|striker|midfielder|defender|goalkeeper|forward|winger|coach|manager|captain|fans|supporters)\b/i;

/** A place that may name a club: a city, region or state, not a country. */
function isPlace(m: Mention): boolean {
  return (m.type === 'GPE' || m.type === 'LOC') && !isCountry(m.entry);
}

/** The organisation entry of a name, if the gazetteer has one under that very type. */
function orgEntry(text: string): GazetteerEntry | null {
  const entry = lookup(text, 'ORG');
  return entry?.type === 'ORG' ? entry : null;
}

/** One organisation from `from` to `to`, in the country of the place it is named after. */
function organisation(text: string, start: number, end: number, sentence: number, words: readonly string[], places: readonly Mention[]): Mention {
  const name = text.slice(start, end);
  const placeCountry = places.find((m) => isPlace(m) && m.entry?.country)?.entry?.country ?? null;
  return { start, end, text: name, type: 'ORG', entry: orgEntry(name), role: null, words: [...words], sentence, placeCountry };
}

/** A place retyped as the club or body named after it, keeping the place's country. */
function retype(m: Mention): Mention {
  return { ...m, type: 'ORG', entry: orgEntry(m.text), placeCountry: m.entry?.country ?? null };
}

/** Evidence that a name is a person's: a gazetteer person, a known first name, or an initial ("M. Waugh"). */
function personal(m: Mention): boolean {
  if (m.type !== 'PERSON') return false;
  if (m.entry?.type === 'PERSON' || m.role) return true;
  // A lone word of a results line ("Clyde 15 6 4 5", "Livingston 2 Berwick 1") is a team even when it is also a first
  // name or a surname: a player there is written with a first name or an initial.
  if (m.words.length < 2) return false;
  const first = m.words[0] ?? '';
  return gazetteer().firstNames.has(first.toLowerCase()) || /^\p{Lu}\.$/u.test(first);
}

/** "Werder" before "Bremen": an unknown name that is no person, title, nationality or everyday word. */
function clubPrefix(m: Mention): boolean {
  if (m.entry || m.role || m.words.length > 2 || (m.type !== null && m.type !== 'ORG' && m.type !== 'PERSON')) return false;
  const g = gazetteer();
  const first = m.words[0].toLowerCase();
  return !g.firstNames.has(first) && !g.common.has(first) && !m.words.some((w) => g.common.has(w.toLowerCase()));
}

/**
 * "Statistics Canada", "Air France", "Dynamo Moscow": an everyday word written capitalised mid-sentence, in running
 * text, right before a known place is the first word of one name with it, a body's or a club's. Not a title, a compass
 * word, a place's own head or noun ("Lake Victoria", "Port Louis"), a first name ("Bill Jordan": a person) or a word
 * that opens its sentence or line (capitalised by grammar: "Yesterday France said").
 */
function everydayPrefix(text: string, m: Mention, next: Mention): boolean {
  // A word a cue made a person's ("Bill Jordan said") is a first name the list lacks.
  if (m.entry || m.role || m.words.length !== 1 || m.type === 'NORP' || m.type === 'LOC' || m.type === 'PERSON') return false;
  const g = gazetteer();
  const lower = m.words[0].toLowerCase();
  if (!/^\p{Lu}\p{Ll}+$/u.test(m.words[0]) || !g.common.has(lower) || g.firstNames.has(lower)) return false;
  if (titleNouns.has(lower) || titleModifiers.has(lower) || honorifics.has(lower) || directions.has(lower) || locHeads.has(lower) || placeNouns.has(lower) || neverAlone.has(lower)) return false;
  if (placeModifiers.has(lower)) return false;
  return (!opensAt(text, m.start) || writtenMidSentence(text, `${m.text} ${next.text}`)) && proseLine(text, m.start);
}

/** "Cowboys", "Rovers", "University" after "Dallas", "Bristol", "Cairo": a team name or an organisation head. */
function clubSuffix(m: Mention): boolean {
  // A known name after a place is a name of its own ("Beijing Olympics" is Beijing's games, not a club).
  if (m.entry || m.role || m.type === 'NORP' || m.type === 'GPE' || m.type === 'LOC') return false;
  const last = m.words[m.words.length - 1];
  if (orgHeads.has(last.toLowerCase()) || (teamNicknames.has(last.toLowerCase()) && m.words.every((w) => /^\p{Lu}/u.test(w)))) return true;
  return /^\p{Lu}\p{L}+[^s']s$/u.test(last) && m.words.every((w) => /^\p{Lu}/u.test(w));
}

/**
 * " II ( Ann Bell , Joe Roe ) 1:45.93", " III 1:46.02": a Roman numeral after a known country, place or nationality
 * names one of its crews (bobsleigh, relays); it ends before figures, a parenthesis or punctuation, never before a
 * word ("Canada I met").
 */
const CREW_NUMERAL = /^ (?:I{1,3}|IV|V|VI)(?=\s*(?:$|[\d(,;.:\n]))/;

/** Rule 1: adjacent place and club word become one organisation; a country and a crew numeral one team. */
function joinClubNames(text: string, mentions: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const a = mentions[i];
    const b = mentions[i + 1];
    const crew = (a.type === 'GPE' || a.type === 'LOC' || a.type === 'NORP') && a.entry ? CREW_NUMERAL.exec(text.slice(a.end, a.end + 12)) : null;
    if (crew) {
      const end = a.end + crew[0].length;
      out.push({ ...organisation(text, a.start, end, a.sentence, [...a.words, crew[0].trim()], [a]), placeCountry: a.entry?.country ?? null });
      // The numeral may have been read as a name of its own ("III").
      if (b && b.start < end) i += 1;
      continue;
    }
    if (b && a.sentence === b.sentence && text.slice(a.end, b.start) === ' ') {
      if ((isPlace(a) && a.entry && clubSuffix(b)) || (isPlace(b) && b.entry && clubPrefix(a))) {
        out.push(organisation(text, a.start, b.end, a.sentence, [...a.words, ...b.words], [a, b]));
        i += 1;
        continue;
      }
      // "Greater London", "Metropolitan Manila": one place, in the known place's country.
      if ((b.type === 'GPE' || b.type === 'LOC') && b.entry && a.words.length === 1 && !a.entry && !a.role && placeModifiers.has(a.words[0].toLowerCase()) && /^\p{Lu}/u.test(a.words[0])) {
        out.push({ ...b, start: a.start, text: text.slice(a.start, b.end), words: [...a.words, ...b.words], entry: null, placeCountry: b.entry.country ?? null });
        i += 1;
        continue;
      }
      if ((b.type === 'GPE' || b.type === 'LOC') && b.entry && everydayPrefix(text, a, b)) {
        out.push({ ...organisation(text, a.start, b.end, a.sentence, [...a.words, ...b.words], [a, b]), placeCountry: b.entry.country ?? null });
        i += 1;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

interface Slot {
  start: number;
  end: number;
  words: string[];
}

interface ResultLine {
  kind: 'standings' | 'score' | 'fixture';
  slots: Slot[];
  figures: string[];
  /** A fixture written "A at B": B is where the game is played. */
  venue: boolean;
}

const FIGURE_OR_VERSUS = /\d|\s(?:at|AT|v|vs\.?|versus)\s/;
const NUMBER = /^(?:[-+]?\d[\d.,:/=-]*|\.\d+|-+|=)$/;
const VERSUS = /^(?:at|v|v\.|vs|vs\.|versus)$/i;
const NAME_WORD = /^\p{Lu}[\p{L}\d.'&-]*$/u;

/**
 * A results line and its team slots, or null for any other line. A standings row is one name and two or
 * more figures ("Werder Bremen 17 6 4 7 29 28 22", "Barcelona (Spain) 9 4 5 13"); a score line two names
 * each with its score ("Leeds 2 Chelsea 1 (halftime 1-0)"); a fixture two names around "at" or "v".
 */
export function resultLine(line: string, offset: number): ResultLine | null {
  const slots: Slot[] = [];
  const shape: string[] = [];
  const figures: string[] = [];
  let venue = false;
  let depth = 0;
  // A score line may end as a sentence does ("Hearts 0 Raith 0 ."): the full stop is no part of it.
  const body = line.replace(/\s+\.\s*$/, '');
  for (const match of body.matchAll(/\S+/g)) {
    const token = match[0];
    const start = offset + (match.index ?? 0);
    if (depth > 0 || token.startsWith('(')) {
      // Parentheses hold a country or a half-time score: kept out of the slots, whatever they say.
      depth += (token.match(/\(/g)?.length ?? 0) - (token.match(/\)/g)?.length ?? 0);
      if (depth < 0) return null;
      continue;
    }
    if (NUMBER.test(token)) {
      shape.push('9');
      figures.push(token);
    }
    else if (VERSUS.test(token) && shape.at(-1) === 'A') {
      shape.push('v');
      venue = token.toLowerCase() === 'at';
    }
    else if (NAME_WORD.test(token) && /\p{L}/u.test(token)) {
      const slot = shape.at(-1) === 'A' ? slots[slots.length - 1] : null;
      if (slot) {
        slot.end = start + token.length;
        slot.words.push(token);
      } else {
        slots.push({ start, end: start + token.length, words: [token] });
        shape.push('A');
      }
    } else return null;
  }
  const pattern = shape.join('');
  if (/^9*A9{2,}$/.test(pattern)) return { kind: 'standings', slots, figures, venue: false };
  if (/^A9A9$/.test(pattern)) return { kind: 'score', slots, figures, venue: false };
  // A fixture may end with its kick-off time ("Lazio ( 12 ) v Roma ( 7 ) 1930").
  if (/^AvA9?$/.test(pattern)) return { kind: 'fixture', slots, figures, venue };
  return null;
}

/** Rule 2: the names of results lines as teams. Returns the mentions and the place names retyped. */
function resultLines(text: string, mentions: readonly Mention[]): { mentions: Mention[]; retyped: Set<string>; venues: Set<Mention> } {
  const retyped = new Set<string>();
  const venues = new Set<Mention>();
  const replaced = new Map<Mention, Mention | null>();
  // Only the lines with a mention are read, each once.
  for (let next = 0, last = 0; next < mentions.length; next = last) {
    const start = text.lastIndexOf('\n', mentions[next].start - 1) + 1;
    const stop = text.indexOf('\n', mentions[next].start);
    const offset = stop === -1 ? text.length : stop;
    last = next + 1;
    while (last < mentions.length && mentions[last].start < offset) last += 1;
    const line = text.slice(start, offset);
    // Only a line with figures or a "v"/"at" between names can be a results line: the rest are not parsed.
    if (!FIGURE_OR_VERSUS.test(line)) continue;
    const result = resultLine(line, start);
    if (!result) continue;
    const onLine = mentions.slice(next, last);
    // A team's record is small whole numbers (played, won, drawn, lost, goals, points; perhaps a percentage ".778");
    // prices and volumes ("Toledo 61,514 0", "Corn 2.50 2.75") make a market or weather table, not standings.
    const record = result.figures.length >= 3 && result.figures.every((f) => /^(?:\d{1,3}|\.\d{3}|-+|1\/2)$/.test(f));
    for (const [k, slot] of result.slots.entries()) {
      const inside = onLine.filter((m) => m.start >= slot.start && m.end <= slot.end);
      if (onLine.some((m) => m.start < slot.end && m.end > slot.start && !inside.includes(m))) continue;
      // "Boston at Chicago": the home side is named as the place the game is played at.
      if (k === 1 && result.kind === 'fixture' && result.venue && inside.length === 1 && isPlace(inside[0])) {
        venues.add(inside[0]);
        continue;
      }
      if (inside.some((m) => isCountry(m.entry) || personal(m))) continue;
      if (inside.some((m) => m.type === 'NORP')) continue;
      // A row of figures may list people or commodities too: without a team's record a name is a team only
      // when a place is joined to another word in it ("Werder Bremen 1,200 ...").
      if (result.kind === 'standings' && !record && (!inside.some(isPlace) || inside.every(isPlace))) continue;
      if (inside.length === 1 && inside[0].start === slot.start && inside[0].end === slot.end && isPlace(inside[0])) retyped.add(nameKey(inside[0].text));
      const sentence = inside[0]?.sentence ?? sentenceAt(mentions, slot.start);
      const made = organisation(text, slot.start, slot.end, sentence, slot.words, inside);
      if (inside.length) {
        replaced.set(inside[0], made);
        for (const m of inside.slice(1)) replaced.set(m, null);
      } else replaced.set(made, made);
    }
  }
  const out: Mention[] = [];
  for (const m of mentions) {
    if (!replaced.has(m)) out.push(m);
    else if (replaced.get(m)) out.push(replaced.get(m) as Mention);
  }
  for (const [key, made] of replaced) if (key === made) out.push(made);
  out.sort((a, b) => a.start - b.start);
  return { mentions: out, retyped, venues };
}

/** The sentence index of the mention nearest before a position (a slot the recogniser found no name in). */
function sentenceAt(mentions: readonly Mention[], at: number): number {
  let sentence = 0;
  for (const m of mentions) {
    if (m.start > at) break;
    sentence = m.sentence;
  }
  return sentence;
}

/** Rule 3: a place right after or before words of sport results is a club. */
function clubCues(text: string, mentions: Mention[], retyped: Set<string>): void {
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (!isPlace(m)) continue;
    const before = text.slice(Math.max(0, m.start - 30), m.start);
    const after = text.slice(m.end, m.end + 30);
    if (CLUB_BEFORE.test(before.split('\n').pop() ?? '') || CLUB_AFTER.test(after.split('\n')[0])) {
      mentions[i] = retype(m);
      retyped.add(nameKey(m.text));
    }
  }
}

/** "NEW YORK 1996-12-06", "ROME, Dec 6": a place opening its line before a date names where the report was filed. */
function datelinePlace(text: string, m: Mention): boolean {
  const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
  return /^[\s("'“]*$/.test(text.slice(lineStart, m.start)) && DATELINE_DATE.test(text.slice(m.end, m.end + 20));
}

/** Mentions with organisations named after places retyped, in text order. */
export function placeNamedOrganisations(text: string, mentions: readonly Mention[]): Mention[] {
  const joined = joinClubNames(text, mentions);
  const { mentions: teams, retyped, venues } = resultLines(text, joined);
  clubCues(text, teams, retyped);
  // Rule 4: "Leeds" a club once in a document is the club everywhere in it.
  if (retyped.size) {
    for (let i = 0; i < teams.length; i++) {
      const m = teams[i];
      if (isPlace(m) && retyped.has(nameKey(m.text)) && !venues.has(m) && !datelinePlace(text, m)) teams[i] = retype(m);
    }
  }
  return teams;
}
