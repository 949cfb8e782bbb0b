/**
 * The side-by-side comparison of a story's reports: facts every report includes, facts
 * only one report includes, the different figures reports give for the same kind of
 * claim about the same place, and the loaded words each report chose. Works from a
 * compact summary taken when the document is linked, so no text is kept.
 */
import type { AnalysedDocument, Claim, ComparisonItem, Story } from '../model/index.js';
import { eventParties } from './features.js';
import { loadedTermsIn } from './loaded-terms.js';

/** Caps on what a report keeps for the comparison: its most mentioned entities, first claims, quotes and events. */
const MAX_ENTITIES = 40;
const MAX_CLAIMS = 20;
const MAX_SPEAKERS = 20;
const MAX_EVENTS = 20;

type Fact = Exclude<ComparisonItem, { kind: 'figures' }>;

export interface ReportSummary {
  id: string;
  title: string | null;
  published: string | null;
  eventDate: string | null;
  /** Distinct by `factKey`. */
  facts: Fact[];
  loadedTerms: string[];
}

/** What makes two reports' facts the same fact: the entity, the figure, the speaker, the event and its actors. */
export function factKey(fact: Fact): string {
  switch (fact.kind) {
    case 'entity':
      return `entity:${fact.id}`;
    case 'claim':
      return `claim:${fact.claim}:${fact.value}`;
    case 'quote':
      return `quote:${fact.speaker}`;
    case 'event':
      return `event:${fact.type}:${fact.actors.join('+')}`;
  }
}

function normalisePlace(where: string | null): string | null {
  return where ? where.toLowerCase().replace(/^the\s+/, '').trim() : null;
}

function claimFact(c: Claim): Extract<Fact, { kind: 'claim' }> {
  return { kind: 'claim', claim: c.kind, value: c.value, qualifier: c.qualifier, where: c.where, attribution: c.attribution };
}

/** What the comparison needs of a document, capped. */
export function summarise(doc: AnalysedDocument): ReportSummary {
  const facts: Fact[] = [];
  const keys = new Set<string>();
  const add = (fact: Fact) => {
    const key = factKey(fact);
    if (keys.has(key)) return;
    keys.add(key);
    facts.push(fact);
  };
  const entities = [...doc.entities].sort((a, b) => b.mentions.length - a.mentions.length).slice(0, MAX_ENTITIES);
  for (const e of entities) add({ kind: 'entity', id: e.id, name: e.name, type: e.type });
  for (const c of doc.claims.slice(0, MAX_CLAIMS)) add(claimFact(c));
  const speakers = new Map<string, number>();
  for (const q of doc.quotes) {
    const speaker = q.speaker ?? q.speakerText;
    if (speaker && (speakers.has(speaker) || speakers.size < MAX_SPEAKERS)) speakers.set(speaker, (speakers.get(speaker) ?? 0) + 1);
  }
  for (const [speaker, count] of speakers) add({ kind: 'quote', speaker, count });
  for (const e of doc.events.filter((ev) => !ev.negated).slice(0, MAX_EVENTS)) {
    add({ kind: 'event', type: e.type, actors: eventParties(e) });
  }
  return {
    id: doc.id,
    title: doc.title,
    published: doc.published,
    eventDate: doc.eventDate?.date ?? null,
    facts,
    loadedTerms: loadedTermsIn(`${doc.title ?? ''}\n${doc.text}`),
  };
}

/**
 * Groups of claims of one kind about one place across reports. A claim that names no
 * place joins the only named place of its kind when there is just one.
 */
function figureGroups(reports: ReportSummary[]): Extract<ComparisonItem, { kind: 'figures' }>[] {
  const groups = new Map<string, { claim: Claim['kind']; where: string | null; reports: Extract<ComparisonItem, { kind: 'figures' }>['reports'] }>();
  const placesByKind = new Map<string, Set<string>>();
  for (const r of reports)
    for (const fact of r.facts)
      if (fact.kind === 'claim' && fact.where) {
        const set = placesByKind.get(fact.claim) ?? new Set();
        set.add(normalisePlace(fact.where)!);
        placesByKind.set(fact.claim, set);
      }
  for (const r of reports) {
    for (const fact of r.facts) {
      if (fact.kind !== 'claim') continue;
      const places = placesByKind.get(fact.claim);
      const place = normalisePlace(fact.where) ?? (places?.size === 1 ? [...places][0] : null);
      const key = `${fact.claim}|${place ?? ''}`;
      const group = groups.get(key) ?? { claim: fact.claim, where: fact.where, reports: [] };
      group.where ??= fact.where;
      group.reports.push({ document: r.id, value: fact.value, qualifier: fact.qualifier, attribution: fact.attribution });
      groups.set(key, group);
    }
  }
  // Only where two reports disagree: the same figure everywhere is a shared claim, not a dispute.
  return [...groups.values()]
    .filter((g) => new Set(g.reports.map((x) => x.document)).size > 1)
    .filter((g) => {
      const valuesBy = new Map<string, string>();
      for (const x of g.reports) valuesBy.set(x.document, `${valuesBy.get(x.document) ?? ''},${x.value}`);
      return new Set(valuesBy.values()).size > 1;
    })
    .map((g) => ({ kind: 'figures' as const, ...g }));
}

/** The comparison of a story's reports (two or more). */
export function compareReports(reports: ReportSummary[]): Story['comparison'] {
  const reportsWith = new Map<string, number>();
  for (const r of reports) for (const fact of r.facts) reportsWith.set(factKey(fact), (reportsWith.get(factKey(fact)) ?? 0) + 1);
  const shared: ComparisonItem[] = reports[0].facts.filter((fact) => reportsWith.get(factKey(fact)) === reports.length);
  shared.push(...figureGroups(reports));
  const onlyIn: Record<string, ComparisonItem[]> = {};
  const loadedTerms: Record<string, string[]> = {};
  for (const r of reports) {
    onlyIn[r.id] = r.facts.filter((fact) => reportsWith.get(factKey(fact)) === 1);
    loadedTerms[r.id] = r.loadedTerms;
  }
  return { shared, onlyIn, loadedTerms };
}
