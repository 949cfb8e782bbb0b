/**
 * From a speaker as written to an entity id. Entities name the speaker directly
 * ("the Kremlin said"), through a pronoun ("she said": the last named person before, skipping
 * back to one named often or to the speaker of the quote before),
 * through a possessive ("his office said": the person just named), "they" (the organisation
 * just named, when no person comes between), or through a title
 * alone ("the Russian leader": the person with that role). Anything else stays null.
 */
import type { Entity } from '../../model/index.js';
import type { Region } from './frame.js';
import { ADJUNCT_OPENERS } from './speech-verbs.js';

/** Nationality adjective -> ISO 3166 alpha-3, for titles such as "the Russian leader". */
const NATIONALITIES: Readonly<Record<string, string>> = {
  russian: 'RUS', palestinian: 'PSE', israeli: 'ISR', american: 'USA', us: 'USA', 'u.s.': 'USA', british: 'GBR', french: 'FRA',
  german: 'DEU', chinese: 'CHN', ukrainian: 'UKR', iranian: 'IRN', turkish: 'TUR', egyptian: 'EGY', qatari: 'QAT', saudi: 'SAU',
  syrian: 'SYR', lebanese: 'LBN', jordanian: 'JOR', indian: 'IND', japanese: 'JPN', italian: 'ITA', spanish: 'ESP', canadian: 'CAN',
};

/** Title nouns and the roles they stand for; "leader" is any head of state or government. */
const TITLES: Readonly<Record<string, readonly string[]>> = {
  leader: ['president', 'prime minister', 'leader', 'chancellor', 'king', 'emir', 'premier'],
  president: ['president'],
  'prime minister': ['prime minister', 'premier'],
  premier: ['premier', 'prime minister'],
  'foreign minister': ['foreign minister'],
  minister: ['minister'],
  spokesperson: ['spokesperson', 'spokeswoman', 'spokesman'],
  spokeswoman: ['spokesperson', 'spokeswoman'],
  spokesman: ['spokesperson', 'spokesman'],
  chancellor: ['chancellor'],
  king: ['king'],
  // Offices of local and national politics named alone once the holder has been named ("Mayor Ana Ruiz ... the mayor said").
  mayor: ['mayor'],
  governor: ['governor', 'gov.'],
  senator: ['senator', 'sen.'],
  chairman: ['chairman', 'chair'],
  chairwoman: ['chairwoman', 'chair'],
  secretary: ['secretary'],
  speaker: ['speaker'],
};

const PERSONAL = /^(he|she|him|her)$/i;
/** "they" and, for a body, "it" ("the paper said it backed ..."): the organisation or group just named. */
const GROUP = /^(they|them|it)$/i;
const RELATIVE = /^who$/i;
/** How far back the organisation a "they" stands for may be named. */
const GROUP_WINDOW = 400;
const POSSESSIVE = /^(his|her)\s+(office|spokesman|spokeswoman|spokesperson|aides?|campaign|press secretary|team|lawyers?|attorneys?|representatives?)$/i;
const TYPE_RANK: Readonly<Record<Entity['type'], number>> = { PERSON: 0, ORG: 1, GPE: 2, NORP: 3, LOC: 4, OTHER: 5 };

interface Mention {
  entity: Entity;
  start: number;
  end: number;
}

/** Every mention of every entity, in text order: built once per document. */
export function mentionIndex(entities: readonly Entity[]): Mention[] {
  return entities.flatMap((entity) => entity.mentions.map((m) => ({ entity, start: m.start, end: m.end }))).sort((a, b) => a.start - b.start);
}

/** How far back a salient person may be to win over a less salient, nearer one. */
const SALIENCE_WINDOW = 1200;
const salient = (e: Entity): boolean => e.roles.length > 0 || e.mentions.length > 1;

/**
 * The person a pronoun stands for: the subject of the speaker's own sentence (its first
 * person outside quotation marks and after an opening phrase: "Abbas expressed ..., his office
 * said"), else the last
 * person named before, preferring one named more than once or with a title nearby.
 */
function personFor(text: string, mentions: readonly Mention[], offset: number, sentenceStart: number, quoted: (at: number) => boolean, lastSpeaker: string | null): Entity | null {
  const before = mentions.filter((m) => m.end <= offset && m.entity.type === 'PERSON' && !quoted(m.start));
  const subjectFrom = subjectStart(text, sentenceStart, offset, quoted);
  const own = before.find((m) => m.start >= subjectFrom) ?? before.find((m) => m.start >= sentenceStart);
  if (own) return own.entity;
  for (let i = before.length - 1; i >= 0; i--) {
    if (offset - before[i].start > SALIENCE_WINDOW) break;
    // The person who spoke the quotation before is in focus too: `"...," said Okafor, a baker. / "...," he added.`
    if (salient(before[i].entity) || before[i].entity.id === lastSpeaker) return before[i].entity;
  }
  return before[before.length - 1]?.entity ?? null;
}

/**
 * A participle opening the sentence ("Congratulating Trump on ..., Abbas", "Asked about the deal, Ruiz"). Only here, not in
 * ADJUNCT_OPENERS: a capitalised "-ing" word is as often a name (Beijing, Boeing, Wyoming) that is itself the subject, which
 * costs a rule a whole attribution, while here a wrong skip only moves where the pronoun's antecedent is looked for first.
 */
const OPENING_PARTICIPLE = /^(\p{Lu}\p{Ll}+ing|Asked)$/u;
/** Whether the sentence opens with an adjunct its subject follows after a comma ("After meeting Putin, Abbas said"). */
function opensWithAdjunct(opening: string): boolean {
  const word = /^\s*([\p{L}]+)/u.exec(opening)?.[1] ?? '';
  return ADJUNCT_OPENERS.has(word.toLowerCase()) || OPENING_PARTICIPLE.test(word);
}
/** Longest opening phrase looked at, in characters. */
const MAX_OPENING = 160;

/**
 * Where the sentence's subject may start: after the comma that closes an opening participle or
 * prepositional phrase ("Congratulating Trump on his victory, Abbas expressed ...", "After
 * meeting Putin, Abbas said"), whose own names are objects, not the subject; else the sentence start.
 */
function subjectStart(text: string, sentenceStart: number, offset: number, quoted: (at: number) => boolean): number {
  if (!opensWithAdjunct(text.slice(sentenceStart, sentenceStart + 20))) return sentenceStart;
  const limit = Math.min(offset, sentenceStart + MAX_OPENING);
  for (let at = text.indexOf(',', sentenceStart); at >= 0 && at < limit; at = text.indexOf(',', at + 1)) if (!quoted(at)) return at + 1;
  return sentenceStart;
}

/**
 * The organisation or group a "they" stands for: the last one named shortly before, outside
 * quotation marks, with no person named after it (then "they" is as likely those people).
 */
function groupFor(mentions: readonly Mention[], offset: number, quoted: (at: number) => boolean): Entity | null {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i];
    if (m.end > offset || quoted(m.start)) continue;
    if (offset - m.start > GROUP_WINDOW || m.entity.type === 'PERSON') return null;
    if (m.entity.type === 'ORG' || m.entity.type === 'NORP') return m.entity;
  }
  return null;
}

/** How far before "who" its antecedent may end: "Stumpf, who", "Rep. Meeks (D-N.Y.), who". */
const ANTECEDENT_GAP = /^\s*(\([^()]{0,30}\))?\s*,\s*$/;

/** The person or organisation a relative "who" follows: the mention ending just before its comma. */
function antecedent(text: string, mentions: readonly Mention[], offset: number): Entity | null {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i];
    if (m.end > offset) continue;
    if (!ANTECEDENT_GAP.test(text.slice(m.end, offset))) return null;
    return TYPE_RANK[m.entity.type] <= TYPE_RANK.ORG || m.entity.type === 'NORP' ? m.entity : null;
  }
  return null;
}

function byTitle(mentions: readonly Mention[], phrase: string, offset: number): Entity | null {
  const words = phrase.toLowerCase().replace(/^the\s+/, '').split(/\s+/);
  const country = words.length > 1 ? NATIONALITIES[words[0]] : undefined;
  const title = (country ? words.slice(1) : words).join(' ');
  const roles = TITLES[title];
  if (!roles) return null;
  if (words.length > 1 && !country) return null;
  const fits = (e: Entity): boolean =>
    e.type === 'PERSON' && (!country || e.country === country) && e.roles.some((r) => roles.some((role) => r.toLowerCase().includes(role)));
  // The most recently mentioned holder of the title, else any holder in the document.
  for (let i = mentions.length - 1; i >= 0; i--) if (mentions[i].start < offset && fits(mentions[i].entity)) return mentions[i].entity;
  return mentions.find((m) => fits(m.entity))?.entity ?? null;
}

export interface SpeakerContext {
  /** Start of the unit the speaker is read in. */
  sentenceStart: number;
  /** Whether an offset lies inside quotation marks (names there are not speakers in focus). */
  quoted: (at: number) => boolean;
  /** The person entity who spoke the quote before, if any. */
  lastSpeaker?: string | null;
}

/** The entity id the written speaker stands for, or null when it cannot be told. */
export function resolveSpeaker(text: string, speaker: Region, mentions: readonly Mention[], context: SpeakerContext): string | null {
  if (!mentions.length) return null;
  const written = text.slice(speaker.start, speaker.end).trim();
  const covered = mentions.filter((m) => m.start < speaker.end && m.end > speaker.start);
  // "Ruiz's spokesman, Tom Hale": the name set off after the role is the speaker, not the person the role belongs to.
  const comma = text.lastIndexOf(',', speaker.end - 1);
  const appositive = comma > speaker.start ? comma : -1;
  const inAppositive = (m: Mention): number => (appositive >= 0 && m.start > appositive ? 0 : 1);
  covered.sort((a, b) => TYPE_RANK[a.entity.type] - TYPE_RANK[b.entity.type] || inAppositive(a) - inAppositive(b) || a.start - b.start);
  // A person or organisation named in the phrase is the speaker; a nationality is not ("the Russian leader").
  if (covered.length && TYPE_RANK[covered[0].entity.type] <= TYPE_RANK.ORG) return covered[0].entity.id;
  if (PERSONAL.test(written) || POSSESSIVE.test(written)) return personFor(text, mentions, speaker.start, context.sentenceStart, context.quoted, context.lastSpeaker ?? null)?.id ?? null;
  if (GROUP.test(written)) return groupFor(mentions, speaker.start, context.quoted)?.id ?? null;
  if (RELATIVE.test(written)) return antecedent(text, mentions, speaker.start)?.id ?? null;
  const titled = byTitle(mentions, written, speaker.start);
  if (titled) return titled.id;
  const whole = covered.find((m) => m.start <= speaker.start && m.end >= speaker.end);
  return whole?.entity.id ?? null;
}
