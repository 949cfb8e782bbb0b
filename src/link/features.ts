/**
 * What a document contributes to same-event similarity: content words, capitalised words,
 * canonical entities and numbers, as a short list of term ids with raw weights.
 * Inverse document frequencies are applied later, at comparison time, from counts
 * learned as documents arrive, so an early document is not stuck with the weights of
 * a corpus of one.
 */
import { remembered } from '../model/remembered.js';
import { grown } from './grown.js';
import type { AnalysedDocument, Event } from '../model/index.js';

/** Function words and reporting verbs: frequent in every news report, telling nothing about which event. */
const STOPWORDS = new Set(
  (
    'a about above after again against all also although am among an and another any are around as at back be because been before being ' +
    'below between both but by can could did do does doing done down during each either else even ever every few for from further get ' +
    'got had has have having he her here hers herself him himself his how however i if in into is it its itself just last later least ' +
    'less like made make many may me might more most much must my myself near new next no nor not now of off often on once one only ' +
    'or other others our ours ourselves out over own per said same say says saying she should since so some still such than that the ' +
    'their theirs them themselves then there these they this those though through thus to told too two under until up upon us very via ' +
    'was we were what when where whether which while who whom whose why will with within without would year years yet you your yours ' +
    'according added reported reports report told tells week weeks day days today yesterday tomorrow time times monday tuesday wednesday ' +
    'thursday friday saturday sunday january february march april may june july august september october november december mr mrs ms ' +
    'people news story stories read full via photo image video copyright reserved rights click share comments'
  ).split(' '),
);

/** How much a canonical entity says about which event, by type: people and organisations most, nationalities least. */
const ENTITY_TYPE_WEIGHT: Record<string, number> = { PERSON: 2, ORG: 1.5, GPE: 1, LOC: 1.2, NORP: 0.5, OTHER: 1 };
/**
 * Capitalised words as written ("Lohan", "Palmer", "Mat Maid") carry the names of an event
 * better than the recognised entities alone (ECB+ development topics: pair AUC within a topic
 * 0.947 against 0.868), so they are name terms too, and the canonical entities, which mostly
 * repeat them, count half. Event codes are not terms: two events of one kind share them.
 */
const ENTITY_SHARE = 0.5;
/** The headline and the lead name the event's protagonists; later paragraphs drift into background. */
const TITLE_WEIGHT = 3;
const LEAD_CHARS = 300;
const LEAD_WEIGHT = 2;
/** A protagonist: a person named in the lead and again later; the two most weighted count. */
const PROTAGONISTS = 2;
const PROTAGONIST_MENTIONS = 2;
/** Share of the similarity carried by words; the rest by names (capitalised words, entities, numbers). */
export const WORD_SHARE = 0.5;
/** Terms kept per document and kind: bounds the memory a document holds after it is linked. */
export const MAX_WORDS = 80;
export const MAX_NAMES = 60;

/** A document's terms (interned ids), their raw weights and which kind (word or name) each is. */
export interface DocumentTerms {
  ids: Uint32Array;
  weights: Float32Array;
  /** 1 for names (capitalised words, entities, numbers), 0 for words. */
  kinds: Uint8Array;
  /** The people the lead is about (term ids, at most PROTAGONISTS): two stories each about someone the other never names are two events (clusters.ts). */
  protagonists: Uint32Array;
  /** Each protagonist's surname as a capitalised word (`c:Gray`), in the same order; the protagonist itself when it has none. */
  surnames: Uint32Array;
  /** The events the lead reports with two or more people as parties (the Abbas-Trump call is not the Putin-Abbas call). */
  leadEvents: LeadEvent[];
  /** Places named in the lead, and every place named (term ids, sorted): see `placesCross`. */
  leadPlaces: Uint32Array;
  places: Uint32Array;
}

/** Crude English suffix stripping: enough that "arrests", "arrested" and "arrest" meet. */
export function stem(word: string): string {
  let w = word.replace(/['’]s$/, '');
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 5 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  // "stopped" -> "stopp" -> "stop", so the two forms share a stem.
  if (w.length > 4 && /([b-df-hj-np-tv-z])\1$/.test(w) && !/(ll|ss|ff|zz)$/.test(w)) w = w.slice(0, -1);
  return w;
}

/**
 * Counts kept per term and the number of documents seen: the incremental IDF. Terms that no
 * document has used for a window's worth of documents, and that no comparable document holds,
 * can be forgotten (`forget`): news never stops coining names and figures (about a dozen new
 * terms a generated page), so a vocabulary that only grew held 486,000 terms after 40,000
 * pages and kept the linking thread's heap growing long after its window was full.
 */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private df = new Uint32Array(1024);
  /**
   * Each term's IDF as last computed, and the document count it was computed at plus one (0:
   * never): the linker weighs the same terms of hundreds of documents between two counts.
   */
  private idfs = new Float64Array(1024);
  private idfAt = new Uint32Array(1024);
  /** The document count when each term was last interned or counted. */
  private lastSeen = new Uint32Array(1024);
  /** How many comparable documents hold each term among their kept terms (`hold`, `release`). */
  private holders = new Uint32Array(1024);
  /** Ids of forgotten terms, given to new ones, so the tables stay as large as the live vocabulary. */
  private readonly free: number[] = [];
  private next = 0;
  private counted = 0;

  /** Smoothing: as if this many documents without the term had been seen, so early IDFs are flat, not noise. */
  private static readonly PRIOR_DOCUMENTS = 50;

  get documents(): number {
    return this.counted;
  }

  intern(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.free.pop() ?? this.next++;
      this.ids.set(term, id);
      if (id >= this.df.length) {
        this.df = grown(this.df, new Uint32Array(this.df.length * 2));
        this.idfs = grown(this.idfs, new Float64Array(this.df.length));
        this.idfAt = grown(this.idfAt, new Uint32Array(this.df.length));
        this.lastSeen = grown(this.lastSeen, new Uint32Array(this.df.length));
        this.holders = grown(this.holders, new Uint32Array(this.df.length));
      }
    }
    this.lastSeen[id] = this.counted;
    return id;
  }

  /** Counts one document's distinct terms. */
  count(ids: Iterable<number>): void {
    this.counted += 1;
    for (const id of ids) {
      this.df[id] += 1;
      this.lastSeen[id] = this.counted;
    }
  }

  idf(id: number): number {
    // A term's count changes only with the document count, so the stamp is enough to know the value is current.
    if (this.idfAt[id] === this.counted + 1) return this.idfs[id];
    const idf = Math.log((this.counted + Vocabulary.PRIOR_DOCUMENTS) / (this.df[id] + 1));
    this.idfs[id] = idf;
    this.idfAt[id] = this.counted + 1;
    return idf;
  }

  /** A comparable document keeps these terms: they are not to be forgotten while it does. */
  hold(ids: Uint32Array): void {
    for (const id of ids) this.holders[id] += 1;
  }

  release(ids: Uint32Array): void {
    for (const id of ids) this.holders[id] -= 1;
  }

  /**
   * Forgets every term neither interned nor counted since the document count `since` and held
   * by no comparable document; returns how many. A forgotten term seen again starts a new count,
   * as a word new to the corpus would: only terms absent from a whole window are forgotten, so
   * only rare terms' weights move.
   */
  forget(since: number): number {
    let forgotten = 0;
    for (const [term, id] of this.ids) {
      if (this.lastSeen[id] >= since || this.holders[id] > 0) continue;
      this.ids.delete(term);
      this.df[id] = 0;
      this.idfAt[id] = 0;
      this.free.push(id);
      forgotten += 1;
    }
    return forgotten;
  }

  /** Terms known now. */
  get terms(): number {
    return this.ids.size;
  }

  /** One past the largest term id in use: the length an array indexed by term id needs. */
  get size(): number {
    return this.next;
  }
}

const WORD = /[\p{L}][\p{L}\p{N}'’-]*|\d[\d,.]*\d|\d/gu;

/** What a word (not a number) adds: a name term when capitalised, a word term when a content word. */
interface WordTerms {
  name: string | null;
  word: string | null;
}

// The same words come back in every report: what each adds is remembered, one lookup a word,
// and a remembered term string is hashed once however many maps it is looked up in.
const termsOf = remembered((raw: string): WordTerms => {
  const token = raw.toLowerCase();
  const stop = STOPWORDS.has(token);
  return {
    name: token.length >= 2 && !stop && upperInitial(raw) ? `c:${raw}` : null,
    word: token.length < 3 || stop ? null : `w:${stem(token)}`,
  };
});

function upperInitial(word: string): boolean {
  const first = word.charCodeAt(0);
  if (first < 128) return first >= 65 && first <= 90;
  return /^\p{Lu}/u.test(word);
}

/** A document's terms as strings with their raw weights, before interning and IDF: a pure function of the document. */
export interface RawTerms {
  words: Map<string, number>;
  names: Map<string, number>;
  protagonists: string[];
  /** Each protagonist's surname term, in the same order (see `surnameKey`). */
  surnames: string[];
  leadEvents: LeadEvent[];
  leadPlaces: string[];
  places: string[];
}

/** Raw term weights of a document, before IDF. */
export function rawTerms(doc: AnalysedDocument): RawTerms {
  const words = new Map<string, number>();
  const names = new Map<string, number>();
  const people: { key: string; surname: string; weight: number }[] = [];
  const leadPlaces = new Set<string>();
  const places = new Set<string>();
  const title = doc.title ?? '';
  for (const [text, base] of [[title, TITLE_WEIGHT], [doc.text, 1]] as const) {
    for (const match of text.matchAll(WORD)) {
      const weight = base === 1 && match.index < LEAD_CHARS ? LEAD_WEIGHT : base;
      const first = match[0].charCodeAt(0);
      if (first >= 48 && first <= 57) {
        const number = match[0].replace(/[,.](?=\d{3}\b)/g, '').replace(/[.,]$/, '');
        // Single digits are too common to tell events apart; years and counts are not.
        if (number.length >= 2) names.set(`n:${number}`, (names.get(`n:${number}`) ?? 0) + weight * 0.5);
        continue;
      }
      const { name, word } = termsOf(match[0]);
      if (name) names.set(name, (names.get(name) ?? 0) + weight);
      if (word) words.set(word, (words.get(word) ?? 0) + weight);
    }
  }
  for (const entity of doc.entities) {
    const inLead = entity.mentions.filter((m) => m.start < LEAD_CHARS).length;
    const weight = (ENTITY_TYPE_WEIGHT[entity.type] ?? 1) * (1 + Math.log(Math.max(1, entity.mentions.length + (LEAD_WEIGHT - 1) * inLead)));
    names.set(`e:${entity.id}`, (names.get(`e:${entity.id}`) ?? 0) + weight * ENTITY_SHARE);
    if (PLACE_TYPES.has(entity.type)) {
      places.add(`e:${entity.id}`);
      if (inLead > 0) leadPlaces.add(`e:${entity.id}`);
    }
    if (entity.type === 'PERSON' && inLead > 0 && entity.mentions.length >= PROTAGONIST_MENTIONS) {
      const key = protagonistKey(entity.id, entity.name);
      people.push({ key, surname: surnameKey(entity.name) ?? key, weight });
    }
  }
  people.sort((a, b) => b.weight - a.weight || (a.key < b.key ? -1 : 1));
  const protagonists: string[] = [];
  const surnames: string[] = [];
  for (const p of people) {
    if (protagonists.length === PROTAGONISTS) break;
    if (protagonists.includes(p.key)) continue;
    protagonists.push(p.key);
    surnames.push(p.surname);
  }
  // Sublinear term frequency: a word repeated ten times is not ten times the evidence.
  for (const map of [words, names]) for (const [k, v] of map) map.set(k, 1 + Math.log(v));
  return { words, names, protagonists, surnames, leadEvents: leadEventsOf(doc), leadPlaces: [...leadPlaces], places: [...places] };
}

/**
 * A protagonist's term: the canonical entity, or, for a lone surname the entity stage kept to
 * its document (`person:grai@<text hash>`, entities/resolve.ts: a lone "Gray" where other
 * reports have "Kimani Gray"), the capitalised word
 * itself, which every report naming him holds. Otherwise the report finds its own story's
 * protagonist "never named" and is held away from it (clusters.ts, conflictFactor). Full
 * names stay canonical entities: read as surnames, "Jim O'Brien" in a story about his
 * successor's firing counts as named there, and the two firings merge.
 */
function protagonistKey(id: string, name: string): string {
  if (!id.includes('@')) return `e:${id}`;
  return surnameKey(name) ?? `e:${id}`;
}

/**
 * The capitalised last word of a person's name (`c:Gray` for "Kimani Gray"), null when it is
 * not a name term. A report that calls the protagonist by surname alone ("Gray's mother said")
 * names him (clusters.ts, strangeProtagonist), though it does not hold his canonical entity.
 */
function surnameKey(name: string): string | null {
  const words = name.match(WORD);
  const last = words?.[words.length - 1];
  return (last && termsOf(last).name) || null;
}

/** Entity types that name where an event happened. */
const PLACE_TYPES: ReadonlySet<string> = new Set(['GPE', 'LOC']);

/**
 * Two reports set their events in different places: each names a place in its lead and
 * neither names, anywhere, a place the other's lead names (a barn fire in one village and a
 * mill fire in the next town on the same night; two quakes in two countries). A report naming
 * the town and another the region meet on the region when either names it. Only a weakening
 * (clusters.ts, PLACE_CONFLICT_FACTOR), not a veto: a lead also names where a person comes
 * from or where an outlet reports from.
 */
export function placesCross(a: DocumentTerms, b: DocumentTerms): boolean {
  if (a.leadPlaces.length === 0 || b.leadPlaces.length === 0) return false;
  for (const p of a.leadPlaces) if (contains(b.places, p)) return false;
  for (const p of b.leadPlaces) if (contains(a.places, p)) return false;
  return true;
}

/** An event of the lead and the people who took part in it, sorted. */
export interface LeadEvent {
  type: string;
  people: string[];
}

/** Who took part, whichever side, each once and sorted: talks and clashes name every party as both source and target. */
export function eventParties(event: Event): string[] {
  return [...new Set([...event.source, ...event.target])].sort();
}

function leadEventsOf(doc: AnalysedDocument): LeadEvent[] {
  const out = new Map<string, LeadEvent>();
  for (const event of doc.events) {
    if (event.negated || event.evidence.start >= LEAD_CHARS) continue;
    const people = eventParties(event).filter((id) => id.startsWith('person:'));
    if (people.length >= 2) out.set(`${event.type} ${people.join('+')}`, { type: event.type, people });
  }
  return [...out.values()];
}

/** Interns and counts a document's terms, keeping the strongest of each kind by current TF-IDF. */
export function documentTerms(doc: AnalysedDocument, vocabulary: Vocabulary): DocumentTerms {
  return internTerms(rawTerms(doc), vocabulary);
}

/** `documentTerms` for terms already read from the document (by the thread that had it). */
export function internTerms({ words, names, protagonists, surnames, leadEvents, leadPlaces, places }: RawTerms, vocabulary: Vocabulary): DocumentTerms {
  // Parallel typed arrays and one order of positions instead of an object per term: the linking
  // thread runs this for every document, over all its terms (hundreds), and its garbage was a
  // fifth of what that thread allocated.
  const total = words.size + names.size;
  const ids = new Uint32Array(total);
  const weights = new Float64Array(total);
  const scores = new Float64Array(total);
  const kept: number[] = [];
  let at = 0;
  for (const [map, limit] of [
    [words, MAX_WORDS],
    [names, MAX_NAMES],
  ] as const) {
    const from = at;
    map.forEach((weight, term) => {
      ids[at] = vocabulary.intern(term);
      weights[at] = weight;
      at += 1;
    });
    // Each term's TF-IDF once, not in every comparison of the sort (interning leaves the counts alone).
    const order: number[] = [];
    for (let i = from; i < at; i++) {
      scores[i] = weights[i] * vocabulary.idf(ids[i]);
      order.push(i);
    }
    // Comparisons give small integers: a difference of doubles would be a boxed number per comparison.
    order.sort((a, b) => (scores[b] > scores[a] ? 1 : scores[b] < scores[a] ? -1 : ids[a] - ids[b]));
    for (let k = 0; k < order.length && k < limit; k++) kept.push(order[k]);
  }
  vocabulary.count(ids);
  kept.sort((a, b) => ids[a] - ids[b]);
  const keptIds = new Uint32Array(kept.length);
  const keptWeights = new Float32Array(kept.length);
  const kinds = new Uint8Array(kept.length);
  for (let k = 0; k < kept.length; k++) {
    keptIds[k] = ids[kept[k]];
    keptWeights[k] = weights[kept[k]];
    kinds[k] = kept[k] < words.size ? 0 : 1;
  }
  return {
    ids: keptIds,
    weights: keptWeights,
    kinds,
    protagonists: Uint32Array.from(protagonists.map((key) => vocabulary.intern(key))),
    surnames: Uint32Array.from(surnames.map((key) => vocabulary.intern(key))),
    leadEvents,
    leadPlaces: Uint32Array.from(leadPlaces.map((key) => vocabulary.intern(key))).sort(),
    places: Uint32Array.from(places.map((key) => vocabulary.intern(key))).sort(),
  };
}

/** TF-IDF vector under the current counts, each kind normalised and scaled by its share of the similarity; written into `into` (of the terms' length) when given. */
export function weighted(terms: DocumentTerms, vocabulary: Vocabulary, into?: Float64Array): Float64Array {
  // Recomputed for every compared document each time the IDF moves: plain locals, one accumulator per kind.
  const { ids, weights, kinds } = terms;
  const out = into ?? new Float64Array(ids.length);
  let words = 0;
  let names = 0;
  for (let i = 0; i < out.length; i++) {
    const x = weights[i] * vocabulary.idf(ids[i]);
    out[i] = x;
    if (kinds[i] === 0) words += x * x;
    else names += x * x;
  }
  const wordScale = Math.sqrt(WORD_SHARE) / Math.sqrt(words || 1);
  const nameScale = Math.sqrt(1 - WORD_SHARE) / Math.sqrt(names || 1);
  for (let i = 0; i < out.length; i++) out[i] *= kinds[i] === 0 ? wordScale : nameScale;
  return out;
}

function contains(ids: Uint32Array, id: number): boolean {
  let lo = 0;
  let hi = ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ids[mid] === id) return true;
    if (ids[mid] < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Whether the document's kept terms include the term. */
export function namesAny(terms: DocumentTerms, id: number): boolean {
  return contains(terms.ids, id);
}

/**
 * One document's weighted vector spread over an array indexed by term id (zero elsewhere), so
 * that its dot product with each of many others is one pass over the other's terms instead of
 * a merge of two sorted lists: the linker compares a document with hundreds of others in a row.
 * The sum adds the same products in the same order (ascending term id) as `dot`, plus zeros.
 */
export class SpreadVector {
  private values = new Float64Array(1024);
  private loaded: Uint32Array | null = null;

  /** Spreads `terms`; every id of the documents it is then compared with must be below `size`. */
  load(terms: DocumentTerms, weights: Float64Array, size: number): void {
    if (this.loaded) this.clear();
    if (this.values.length < size) this.values = new Float64Array(Math.max(size, this.values.length * 2));
    const ids = terms.ids;
    for (let i = 0; i < ids.length; i++) this.values[ids[i]] = weights[i];
    this.loaded = ids;
  }

  dot(b: DocumentTerms, wb: Float64Array): number {
    const values = this.values;
    const ids = b.ids;
    let sum = 0;
    for (let j = 0; j < ids.length; j++) sum += values[ids[j]] * wb[j];
    return sum;
  }

  /** Zeroes what `load` wrote, so the array is ready for the next document. */
  clear(): void {
    if (!this.loaded) return;
    for (const id of this.loaded) this.values[id] = 0;
    this.loaded = null;
  }
}

/** Dot product of two weighted vectors over their sorted term ids. */
export function dot(a: DocumentTerms, wa: Float64Array, b: DocumentTerms, wb: Float64Array): number {
  // The linker's innermost loop (thousands of pairs a document): ids read once into locals.
  const ai = a.ids;
  const bi = b.ids;
  const na = ai.length;
  const nb = bi.length;
  let sum = 0;
  let i = 0;
  let j = 0;
  while (i < na && j < nb) {
    const x = ai[i];
    const y = bi[j];
    if (x === y) sum += wa[i++] * wb[j++];
    else if (x < y) i++;
    else j++;
  }
  return sum;
}

/**
 * Two leads report an event of the same kind between different people, each naming
 * someone the other's leaves out: two calls, two meetings, two arrests.
 */
export function leadEventsCross(a: DocumentTerms, b: DocumentTerms): boolean {
  for (const x of a.leadEvents) {
    for (const y of b.leadEvents) {
      if (x.type !== y.type) continue;
      if (x.people.some((p) => !y.people.includes(p)) && y.people.some((p) => !x.people.includes(p))) return true;
    }
  }
  return false;
}
