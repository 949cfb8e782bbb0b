/**
 * Mentions of one document grouped into entities: the same gazetteer entry, the same
 * name up to transliteration, a surname or first name of a person named in full in the
 * document, an acronym of a name there ("United Nations Security Council (UNSC)").
 * Ids come from the canonical name; a surname that is never given in full in its
 * document gets an id scoped to that document, so that two people called "Abbas" in
 * two documents never share one.
 */
import type { Entity } from '../../model/index.js';
import { gazetteer, type EntityType, type GazetteerEntry } from './gazetteer.js';
import { orgHeads, titleNouns } from './lexicon.js';
import { acronymOf, nameKey, shortHash, skeletonKey, slug } from './names.js';
import { remembered } from '../../model/remembered.js';
import { appositionType, chosenEntry, everyday, opensEventName, type Mention } from './recognise.js';

interface Cluster {
  mentions: Mention[];
  entry: GazetteerEntry | null;
  /** Keys that send another mention here: entry, name key, skeleton of a multi-word name. */
  keys: Set<string>;
}

const TYPE_ORDER: readonly EntityType[] = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'OTHER'];

/** ", the prime minister of the Palestinian National Authority," after a person: a role. */
export function addAppositions(text: string, mentions: readonly Mention[]): void {
  const { agents } = gazetteer();
  for (const m of mentions) {
    // "Kathryn Vale , director of the gallery ,": a name no list knows, typed by default, is a person by its office.
    const guessed = m.type === null || (m.type === 'ORG' && !m.entry && m.words.length === 2 && !orgHeads.has(m.words[1].toLowerCase()));
    if ((m.type !== 'PERSON' && !guessed) || m.role) continue;
    // " , director of" too: tokenised text sets the comma apart.
    const after = /^ ?,\s+(?:the\s+|a\s+|an\s+)?([^,.;:()"“”\n]{3,90}?)\s*(?=[,.;)"”]|$)/u.exec(text.slice(m.end, m.end + 120));
    if (!after) continue;
    const words = after[1].toLowerCase().split(/\s+/);
    if (m.type !== 'PERSON') {
      if (titleNouns.has(words[0]) && words[1] === 'of') {
        m.type = 'PERSON';
        m.role = after[1];
      }
      continue;
    }
    const titled = words.some((w, i) => titleNouns.has(w) || agents.has(w) || agents.has(`${w} ${words[i + 1] ?? ''}`));
    if (titled && words.length <= 12 && !/^(?:who|which|that|said|says|and|but)\b/.test(words[0])) m.role = after[1];
  }
}

/** "United Nations Security Council (UNSC)": the acronym mention -> the mention it abbreviates. */
function parenthesised(text: string, mentions: readonly Mention[]): Map<Mention, Mention> {
  const links = new Map<Mention, Mention>();
  for (let i = 1; i < mentions.length; i++) {
    const a = mentions[i - 1];
    const b = mentions[i];
    if (/^\s*\(\s*$/.test(text.slice(a.end, b.start)) && text[b.end] === ')' && b.words.length === 1) links.set(b, a);
  }
  return links;
}

/**
 * A name no list knows that one of its mentions sets beside an organisation's noun is an organisation, and beside a
 * work's noun a work, whatever the cues of its other mentions said ("Norvik said ...": a company speaks too).
 */
function apposedType(text: string, cluster: Cluster): EntityType | null {
  if (cluster.entry) return null;
  for (const m of cluster.mentions) {
    const type = appositionType(text, m.end);
    if (type) return type;
  }
  return null;
}

/**
 * One word no list knows and no cue types, written once in the document: its type would be a guess (organisation,
 * by default). On GUM such names were organisations one time in twelve; a name a text is about recurs.
 */
function lonelyGuess(cluster: Cluster): boolean {
  if (cluster.entry || cluster.mentions.length !== 1) return false;
  const m = cluster.mentions[0];
  return m.type === null && !m.role && m.words.length === 1;
}

function typeOf(cluster: Cluster): EntityType {
  if (cluster.entry) return cluster.entry.type;
  const votes = new Map<EntityType, number>();
  for (const m of cluster.mentions) if (m.type) votes.set(m.type, (votes.get(m.type) ?? 0) + (m.words.length > 1 ? 2 : 1));
  let best: EntityType | null = null;
  for (const t of TYPE_ORDER) if ((votes.get(t) ?? 0) > (best ? (votes.get(best) ?? 0) : 0)) best = t;
  return best ?? 'ORG';
}

function displayName(cluster: Cluster): string {
  if (cluster.entry) return cluster.entry.name;
  let best = cluster.mentions[0];
  for (const m of cluster.mentions) if (m.words.length > best.words.length) best = m;
  return best.text.replace(/['’]s$/, '');
}

/** The country a title names ("Russian President", "King of Morocco"), or null. */
function roleCountry(roles: readonly string[]): string | null {
  for (const role of roles) {
    for (const word of role.split(/\s+/)) {
      const entry = chosenEntry(word.replace(/['’]s$/, ''), 'NORP') ?? chosenEntry(word.replace(/['’]s$/, ''), 'GPE');
      if (entry?.country) return entry.country;
    }
  }
  return null;
}

interface SurnameIndex {
  /** Gazetteer people by the last word of each of their names, with the name keys that end so. */
  bySurname: Map<string, { key: string; entry: GazetteerEntry }[]>;
  /** Name forms of each person in the gazetteer: the dictionaries list many spellings of the people in the news. */
  forms: Map<GazetteerEntry, number>;
}

const surnameIndexes = new WeakMap<object, SurnameIndex>();

/** Counted once per gazetteer. */
function peopleBySurname(): SurnameIndex {
  const g = gazetteer();
  let index = surnameIndexes.get(g);
  if (!index) {
    index = { bySurname: new Map(), forms: new Map() };
    for (const [key, list] of g.byKey) {
      const parts = key.split(' ');
      if (parts.length < 2) continue;
      for (const entry of list) {
        if (entry.type !== 'PERSON') continue;
        const last = parts[parts.length - 1];
        const people = index.bySurname.get(last) ?? [];
        people.push({ key, entry });
        index.bySurname.set(last, people);
        index.forms.set(entry, (index.forms.get(entry) ?? 0) + 1);
      }
    }
    surnameIndexes.set(g, index);
  }
  return index;
}

/** Share of the name forms that must point to one country for a lone surname to take it. */
const SURNAME_COUNTRY_SHARE = 0.8;

/**
 * "Putin", "President Mugabe", "Bush": the country of the gazetteer people with that surname when
 * one country has nearly all of them, each person weighed by the forms of their name the
 * dictionaries list (George Bush has a dozen, the Cayman Islands' McKeeva Bush one); else null.
 * Where the dictionaries list the surname alone for some people ("Obama" under Barack Obama, not
 * under Equatorial Guinea's Carlos Eyi Obama), those are the people it is weighed over.
 */
function surnameCountry(surname: string): string | null {
  return countryByNameKey(nameKey(surname));
}

/** The same surnames come back on every page. */
const countryByNameKey = remembered(countryOfSurname);

function countryOfSurname(key: string): string | null {
  const last = key.split(' ').pop() ?? '';
  const { bySurname, forms } = peopleBySurname();
  const listed = gazetteer().loneNames.get(key);
  const people = new Set(listed ?? (bySurname.get(last) ?? []).filter((p) => p.key.endsWith(` ${key}`)).map((p) => p.entry));
  const weights = new Map<string | null, number>();
  let total = 0;
  for (const person of people) {
    const weight = forms.get(person) ?? 1;
    weights.set(person.country, (weights.get(person.country) ?? 0) + weight);
    total += weight;
  }
  for (const [country, weight] of weights) if (weight >= SURNAME_COUNTRY_SHARE * total) return country;
  return null;
}

/** "Nigerian Union of Teachers", "Montenegro Assembly": a nationality or country written right before an organisation. */
function modifierCountry(text: string, cluster: Cluster, previous: ReadonlyMap<Mention, Mention>): string | null {
  for (const m of cluster.mentions) {
    const before = previous.get(m);
    if (before && (before.type === 'NORP' || before.type === 'GPE') && before.entry?.country && /^ $/.test(text.slice(before.end, m.start))) return before.entry.country;
  }
  return null;
}

function countryOf(text: string, cluster: Cluster, type: EntityType, roles: readonly string[], previous: ReadonlyMap<Mention, Mention>): string | null {
  const fromRole = roleCountry(roles);
  // A one-word gazetteer person ("Hassan") is a guess at who is meant; a title naming a country is not.
  if (fromRole && cluster.entry?.type === 'PERSON' && !cluster.entry.name.includes(' ')) return fromRole;
  if (cluster.entry?.country) return cluster.entry.country;
  if (fromRole) return fromRole;
  if (type === 'PERSON' && !cluster.entry) return surnameCountry(displayName(cluster));
  const fromPlace = cluster.mentions.find((m) => m.placeCountry)?.placeCountry ?? null;
  if (type === 'ORG') return modifierCountry(text, cluster, previous) ?? fromPlace;
  // A place, event or group named after a place ("Eastern Ukraine", "Beijing Olympics") is in its country.
  return fromPlace;
}

/** Whether `short` is the first words of `long` ("Santa Fe" of "Santa Fe Pacific Gold Corp"). */
function startsName(long: readonly string[], short: readonly string[]): boolean {
  return long.length > short.length && short.every((w, i) => nameKey(w) === nameKey(long[i]));
}

/** A person of the document is named in full with this name key as the last word ("Warhol" of "Andy Warhol"). */
function surnameOfPerson(clusters: readonly Cluster[], key: string, type: (c: Cluster) => EntityType = typeOf): boolean {
  return clusters.some((c) => type(c) === 'PERSON' && c.mentions.some((x) => x.words.length > 1 && nameKey(x.words[x.words.length - 1]) === key));
}

/** Right before a name: "in" or "near", prepositions of a place only. */
const PLACED = /\b(?:in|near)\s+$/i;

/**
 * "Santa Fe" after "Santa Fe Pacific Gold Corp": a name no list knows, each of whose mentions opens the
 * name of one organisation of the document, is that organisation shortened.
 */
function mergeShortenedOrganisations(text: string, clusters: Cluster[]): void {
  const organisations = clusters.filter((o) => o.mentions.some((x) => x.words.length > 1) && typeOf(o) === 'ORG');
  if (!organisations.length) return;
  for (let i = clusters.length - 1; i >= 0; i--) {
    const c = clusters[i];
    if (c.entry || c.mentions.some((m) => orgHeads.has(m.words[m.words.length - 1].toLowerCase()))) continue;
    // "born in Exeter" beside "Exeter School": a name its cues made a place, written after "in" or "near", is the
    // place the organisation is named after. "at" and "to" are no proof ("studied at Harvard", "sent to Harrow": the
    // school shortened).
    const type = typeOf(c);
    if ((type === 'GPE' || type === 'LOC') && c.mentions.some((m) => m.type === type && PLACED.test(text.slice(Math.max(0, m.start - 8), m.start)))) continue;
    const targets = organisations.filter((o) => o !== c && c.mentions.every((m) => o.mentions.some((x) => startsName(x.words, m.words))));
    if (targets.length !== 1) continue;
    // "Warhol" beside "Andy Warhol" and "Warhol Factory": the person the organisation is named after. Asked only
    // of a name about to merge: it reads every mention of the document.
    if (surnameOfPerson(clusters, nameKey(c.mentions[0].text))) continue;
    for (const m of c.mentions) m.type = 'ORG';
    targets[0].mentions.push(...c.mentions);
    clusters.splice(i, 1);
    if (organisations.includes(c)) organisations.splice(organisations.indexOf(c), 1);
  }
}

/**
 * The name key a mention is grouped by. A club named after its city ("BUFFALO" in a standings table, typed by
 * the teams refiner with the city's country) is another thing than the city ("ANAHEIM AT BUFFALO", the venue):
 * the two never share a key.
 */
function ownKey(m: Mention): string {
  return clubMark(m) + nameKey(m.text);
}

function clubMark(m: Mention): string {
  return m.type === 'ORG' && !m.entry && m.placeCountry !== undefined && m.words.length <= 3 && placeKind(m) ? 'club:' : '';
}

/** The mention's own words name a place of the gazetteer ("Buffalo", "Tampa Bay"). */
function placeKind(m: Mention): boolean {
  const list = gazetteer().byKey.get(nameKey(m.text));
  return !!list && list.some((e) => e.type === 'GPE' || e.type === 'LOC');
}

export function resolve(text: string, mentions: readonly Mention[]): Entity[] {
  const clusters: Cluster[] = [];
  const byKey = new Map<string, Cluster>();
  const acronymLinks = parenthesised(text, mentions);
  const clusterOf = new Map<Mention, Cluster>();
  // Each short mention is held against every cluster: a cluster's type is remembered until a mention joins it.
  const types = new Map<Cluster, EntityType>();
  const typeNow = (c: Cluster): EntityType => {
    let type = types.get(c);
    if (type === undefined) {
      type = typeOf(c);
      types.set(c, type);
    }
    return type;
  };

  const join = (m: Mention, cluster: Cluster | undefined): Cluster => {
    const c = cluster ?? { mentions: [], entry: m.entry, keys: new Set<string>() };
    if (!cluster) clusters.push(c);
    types.delete(c);
    c.mentions.push(m);
    c.entry ??= m.entry;
    clusterOf.set(m, c);
    const keys = [ownKey(m)];
    if (m.entry) keys.push(`entry:${m.entry.type}:${m.entry.name}`);
    if (m.words.length > 1) keys.push(`skeleton:${clubMark(m)}${skeletonKey(m.text)}`);
    for (const k of keys) {
      c.keys.add(k);
      if (!byKey.has(k)) byKey.set(k, c);
    }
    return c;
  };
  const existing = (m: Mention): Cluster | undefined =>
    (m.entry && byKey.get(`entry:${m.entry.type}:${m.entry.name}`)) ||
    byKey.get(ownKey(m)) ||
    (m.words.length > 1 ? byKey.get(`skeleton:${clubMark(m)}${skeletonKey(m.text)}`) : undefined);

  // Full names and known names first, so that a surname met before its full name still finds it.
  const full = mentions.filter((m) => m.entry || m.words.length > 1);
  const short = mentions.filter((m) => !(m.entry || m.words.length > 1));
  for (const m of full) join(m, existing(m));
  const inLongerName = new Set(mentions.filter((m) => m.words.length > 1).flatMap((m) => m.words.map((w) => nameKey(w))));
  const written = new Map<string, number>();
  for (const m of short) written.set(nameKey(m.text), (written.get(nameKey(m.text)) ?? 0) + 1);

  for (const m of short) {
    const linked = acronymLinks.get(m);
    if (linked && clusterOf.has(linked)) {
      join(m, clusterOf.get(linked));
      continue;
    }
    const same = existing(m);
    if (same) {
      join(m, same);
      continue;
    }
    if (m.type === null || m.type === 'PERSON' || m.type === 'ORG') {
      // "Barrick" after "Barrick Gold Corp": an organisation is shortened to its first word; but "Warhol" after
      // "Andy Warhol" and "the Warhol Museum" is the person the organisation is named after.
      const key = nameKey(m.text);
      const organisations = clusters.filter((c) => typeNow(c) === 'ORG' && c.mentions.some((x) => x.words.length > 1 && nameKey(x.words[0]) === key));
      if (organisations.length === 1 && !surnameOfPerson(clusters, key, typeNow)) {
        join(m, organisations[0]);
        continue;
      }
    }
    if ((m.type === null || m.type === 'PERSON') && !m.role) {
      // "Phailin" after "Cyclone Phailin": the storm, battle or operation named in full in the document.
      const key = nameKey(m.text);
      const events = clusters.filter((c) => typeNow(c) === 'OTHER' && c.mentions.some((x) => x.words.length > 1 && opensEventName(x.words[0].toLowerCase(), x.words[1].toLowerCase()) && nameKey(x.words[x.words.length - 1]) === key));
      if (events.length === 1) {
        join(m, events[0]);
        continue;
      }
    }
    if (m.type === null || m.type === 'PERSON') {
      const skeleton = skeletonKey(m.text);
      const people = clusters.filter(
        (c) => typeNow(c) === 'PERSON' && c.mentions.some((x) => x.words.length > 1 && (skeletonKey(x.words[x.words.length - 1]) === skeleton || skeletonKey(x.words[0]) === skeleton)),
      );
      if (people.length === 1) {
        join(m, people[0]);
        continue;
      }
      // "Cuttitta" after "Marco Cuttitta" and "Luca Cuttitta": which of them is meant is unknown, that it is a person is not.
      if (people.length > 1 && m.type === null) m.type = 'PERSON';
    }
    if (/^[\p{Lu}.]{2,8}$/u.test(m.text)) {
      const letters = nameKey(m.text).replace(/ /g, '');
      const expanded = clusters.filter((c) => c.mentions.some((x) => x.words.length > 1 && acronymOf(x.words) === letters));
      if (expanded.length === 1) {
        join(m, expanded[0]);
        continue;
      }
    }
    // "a Fellow of the academy", "Professors and Officers": a capitalised everyday word alone, that no cue typed, no
    // longer name of the document holds and the document does not write so again, is capitalised for emphasis or by
    // house style. A name so written recurs ("Windows", "the Mets"); such words defaulted to organisations were right
    // about one time in five on GUM.
    if (m.type === null && !m.role && everyday(m.words[0].toLowerCase()) && !inLongerName.has(nameKey(m.text)) && written.get(nameKey(m.text)) === 1) continue;
    join(m, undefined);
  }

  mergeShortenedOrganisations(text, clusters);

  const ordered = [...mentions].sort((a, b) => a.start - b.start);
  const previous = new Map<Mention, Mention>(ordered.slice(1).map((m, i) => [m, ordered[i]]));
  const docScope = shortHash(text);
  const entities: Entity[] = [];
  for (const c of clusters) {
    const apposed = apposedType(text, c);
    const type = apposed ?? typeOf(c);
    if (!apposed && lonelyGuess(c)) continue;
    const name = displayName(c);
    const roles = [...new Set(c.mentions.map((m) => m.role).filter((r): r is string => !!r))];
    const prefix = type.toLowerCase();
    let id: string;
    if (c.entry) id = `${prefix}:${slug(c.entry.name)}`;
    else if (type === 'PERSON' && !c.mentions.some((m) => m.words.length > 1)) id = `${prefix}:${slug(skeletonKey(name))}@${docScope}`;
    else id = `${prefix}:${slug(skeletonKey(name))}`;
    const aliases = [...new Set(c.mentions.map((m) => m.text.replace(/['’]s$/, '')))].filter((a) => a !== name);
    const seen = new Set<string>();
    const spans = c.mentions
      .filter((m) => (seen.has(`${m.start}:${m.end}`) ? false : (seen.add(`${m.start}:${m.end}`), true)))
      .sort((a, b) => a.start - b.start)
      .map((m) => ({ start: m.start, end: m.end, text: m.text }));
    const gazetteerRoles = roles.length ? roles : [...(c.entry?.roles ?? [])].slice(0, 1);
    entities.push({ id, name, type, aliases, roles: gazetteerRoles, country: countryOf(text, c, type, gazetteerRoles, previous), mentions: spans });
  }
  entities.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  return entities;
}
