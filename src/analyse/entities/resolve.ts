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
import { titleNouns } from './lexicon.js';
import { acronymOf, nameKey, shortHash, skeletonKey, slug } from './names.js';
import { chosenEntry, type Mention } from './recognise.js';

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
    if (m.type !== 'PERSON' || m.role) continue;
    const after = /^,\s+(?:the\s+|a\s+|an\s+)?([^,.;:()"“”\n]{3,90}?)\s*(?=[,.;)"”]|$)/u.exec(text.slice(m.end, m.end + 120));
    if (!after) continue;
    const words = after[1].toLowerCase().split(/\s+/);
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

const surnameIndexes = new WeakMap<object, Map<string, { key: string; country: string | null }[]>>();

/** Gazetteer people by the last word of each of their names, counted once per gazetteer. */
function peopleBySurname(): Map<string, { key: string; country: string | null }[]> {
  const g = gazetteer();
  let index = surnameIndexes.get(g);
  if (!index) {
    index = new Map();
    for (const [key, list] of g.byKey) {
      const parts = key.split(' ');
      if (parts.length < 2) continue;
      for (const e of list) {
        if (e.type !== 'PERSON') continue;
        const last = parts[parts.length - 1];
        const people = index.get(last) ?? [];
        people.push({ key, country: e.country });
        index.set(last, people);
      }
    }
    surnameIndexes.set(g, index);
  }
  return index;
}

/** "Putin", "President Mugabe", "Dos Santos": the country every gazetteer person of that surname shares, or null. */
function surnameCountry(surname: string): string | null {
  const key = nameKey(surname);
  const last = key.split(' ').pop() ?? '';
  const countries = new Set((peopleBySurname().get(last) ?? []).filter((p) => p.key.endsWith(` ${key}`)).map((p) => p.country));
  return countries.size === 1 ? [...countries][0] : null;
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
  if (type === 'ORG') return modifierCountry(text, cluster, previous);
  return null;
}

export function resolve(text: string, mentions: readonly Mention[]): Entity[] {
  const clusters: Cluster[] = [];
  const byKey = new Map<string, Cluster>();
  const acronymLinks = parenthesised(text, mentions);
  const clusterOf = new Map<Mention, Cluster>();

  const join = (m: Mention, cluster: Cluster | undefined): Cluster => {
    const c = cluster ?? { mentions: [], entry: m.entry, keys: new Set<string>() };
    if (!cluster) clusters.push(c);
    c.mentions.push(m);
    c.entry ??= m.entry;
    clusterOf.set(m, c);
    const keys = [nameKey(m.text)];
    if (m.entry) keys.push(`entry:${m.entry.type}:${m.entry.name}`);
    if (m.words.length > 1) keys.push(`skeleton:${skeletonKey(m.text)}`);
    for (const k of keys) {
      c.keys.add(k);
      if (!byKey.has(k)) byKey.set(k, c);
    }
    return c;
  };
  const existing = (m: Mention): Cluster | undefined =>
    (m.entry && byKey.get(`entry:${m.entry.type}:${m.entry.name}`)) ||
    byKey.get(nameKey(m.text)) ||
    (m.words.length > 1 ? byKey.get(`skeleton:${skeletonKey(m.text)}`) : undefined);

  // Full names and known names first, so that a surname met before its full name still finds it.
  const full = mentions.filter((m) => m.entry || m.words.length > 1);
  const short = mentions.filter((m) => !(m.entry || m.words.length > 1));
  for (const m of full) join(m, existing(m));

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
    if (m.type === null || m.type === 'PERSON') {
      const skeleton = skeletonKey(m.text);
      const people = clusters.filter(
        (c) => typeOf(c) === 'PERSON' && c.mentions.some((x) => x.words.length > 1 && (skeletonKey(x.words[x.words.length - 1]) === skeleton || skeletonKey(x.words[0]) === skeleton)),
      );
      if (people.length === 1) {
        join(m, people[0]);
        continue;
      }
    }
    if (/^[\p{Lu}.]{2,8}$/u.test(m.text)) {
      const letters = nameKey(m.text).replace(/ /g, '');
      const expanded = clusters.filter((c) => c.mentions.some((x) => x.words.length > 1 && acronymOf(x.words) === letters));
      if (expanded.length === 1) {
        join(m, expanded[0]);
        continue;
      }
    }
    join(m, undefined);
  }

  const ordered = [...mentions].sort((a, b) => a.start - b.start);
  const previous = new Map<Mention, Mention>(ordered.slice(1).map((m, i) => [m, ordered[i]]));
  const docScope = shortHash(text);
  const entities: Entity[] = [];
  for (const c of clusters) {
    const type = typeOf(c);
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
