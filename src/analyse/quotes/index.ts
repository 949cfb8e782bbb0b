/**
 * Quotes: direct quotations and reported speech, each with its source as written and,
 * when entities are known, the entity it stands for. A unit (a sentence, or sentences
 * joined by a quotation) is read by the rules in order; the first that finds a frame
 * wins, and cues coordinated with it ("..., but she said ..."), relative pronouns before a
 * cue's subject ("what the campaign hopes") and a quotation right after a cue inside the
 * content (`Abbas expressed "readiness ...," his office said`) add attributions of their own.
 * Quotations with no cue take the speaker of the attribution just before them in
 * the same paragraph, or of the "he said:" that introduced them; else they are kept
 * only when long enough to be a quotation rather than a scare quote, with speaker null.
 */
import type { Entity, Quote } from '../../model/index.js';
import type { AnalysisInput } from '../index.js';
import type { ReadText, Token } from '../nlp.js';
import { CATENATIVE, cuesOf, speakerBefore, subjectOf, toContent, trimRegion, type Attribution, type Region } from './frame.js';
import { accordingTo, sourceAdjunct } from './rules/according-to.js';
import { leadingCue, leadingCues } from './rules/leading-cue.js';
import { openingParticiple, participleAttributions } from './rules/participle.js';
import { PARTICIPLE_CLAUSE, participleQuotation } from './rules/participle-quotation.js';
import type { AttributionRule, UnitContext } from './rules/rule.js';
import { trailingCue } from './rules/trailing-cue.js';
import { dashSignoff } from './rules/dash-signoff.js';
import { headlineColon } from './rules/headline-colon.js';
import { headlineVerb } from './rules/headline-verb.js';
import { passiveBy } from './rules/passive-by.js';
import { agentlessPassive } from './rules/agentless-passive.js';
import { facedCriticism } from './rules/faced-criticism.js';
import { pollShare } from './rules/poll-share.js';
import { possessiveNoun } from './rules/possessive-noun.js';
import { raising } from './rules/raising.js';
import { NESTED_QUOTATION, nestedQuotations } from './rules/nested-quotation.js';
import { relativeObjects } from './rules/relative-object.js';
import { relativeClauses, standsAlone, subjectVerb } from './rules/subject-verb.js';
import { predicateThat, thatClause } from './rules/that-clause.js';
import { mentionIndex, resolveSpeaker } from './speaker.js';
import { isCueModifier } from './speech-verbs.js';
import type { Unit } from './units.js';
import { buildUnits } from './units.js';

export { buildUnits } from './units.js';
export { findQuoteSpans } from './marks.js';

/**
 * The order: the shapes marked by punctuation or a fixed phrase first (a dash signature, a
 * headline colon, "according to", an opening "In X's view," or "By his own account,"), then the cue lexicon read backwards and forwards
 * (trailing before leading, so `"...," he said, "..."` is one frame), then the shapes
 * without a lexicon cue, which only add where nothing else was found: "that" clauses, the
 * shares of a poll ("46 percent would choose ..."), passives with "by", possessive stance nouns,
 * raising verbs, hearsay adverbs and passives of saying with no source, the subject of a clause
 * with its verb, criticism faced with no critic named, a title-case headline's verb, and last a
 * quotation after a participle cue (", tweeting, \"...\"") whose clause has no cue of its own.
 */
const RULES: readonly AttributionRule[] = [dashSignoff, headlineColon, accordingTo, sourceAdjunct, trailingCue, predicateThat, leadingCue, thatClause, pollShare, passiveBy, possessiveNoun, raising, agentlessPassive, subjectVerb, facedCriticism, headlineVerb, participleQuotation];

/** The rule name of quotations with no cue of their own, kept for their carried speaker or their length. */
const CARRIED = 'carried';
/** The rule name of participle cues after a clause (", citing ..."): see `participleAttributions`. */
const PARTICIPLE_RULE = 'participle';
/**
 * The rule name of a quotation with no cue after a sentence with none either, in the same paragraph, that takes that
 * sentence's subject: `Sanders singled out young voters. "They are sick and tired of racism."` Kept only when the subject
 * is a person (see `findQuotes`): a quotation after "The storm hit the coast." is nobody's.
 */
const SUBJECT_CARRIED = 'carried-subject';
/** Most tokens from the subject to the quotation of a clause that introduces it with a colon. */
const MAX_COLON_CLAUSE = 10;
/** Text before a quotation that ends in a colon (and the opening mark): `Okafor was blunt: "`. */
const COLON_BEFORE = /:\s*["“„«'‘]?\s*$/;
/** The rule name of a paragraph set off without quotation marks after "The governor added:". */
const COLON_BLOCK = 'colon-block';

/** Fewest words a quotation with no cue needs to be reported as a quote, not a scare quote. */
const MIN_UNATTRIBUTED_WORDS = 6;

const STATEMENT = /^the\s+(?:statement|communiqu[eé]|readout|release|press release)$/i;

const wordCount = (s: string): number => s.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

/** The speaker of "He said:" at the end of a unit, which the quotations after it take. */
function colonLead(unit: Unit, text: string): Region | null {
  if (!/:\s*$/.test(text.slice(unit.start, unit.end)) || unit.quotes.length) return null;
  for (const cue of cuesOf(unit)) {
    const speaker = speakerBefore(unit, cue.first);
    if (speaker) return speaker;
  }
  return null;
}

/** Words that join a second clause to the first: "..., but he said", "and said", "though she noted". */
const CLAUSE_JOINERS = /^(,|;|--|\u2014|\u2013|and|but|though|although|while|whereas|yet)$/i;

/**
 * Attributions coordinated with the main one in the same unit ("Merrill says Machado will
 * help, and said she would stay"; "Fowler said ... — and he noted that ..."). Each cuts the
 * content before it at the joiner. A cue whose speaker opens the main content is nested
 * ("said he expects ..."): attribution corpora keep that as one attribution, so it is skipped.
 */
function coordinated(context: UnitContext, main: Attribution, seen: Set<number>): Attribution[] {
  const { unit, text } = context;
  const out: Attribution[] = [];
  const last = main.content[main.content.length - 1];
  if (!last) return out;
  if (!context.cues.some((cue) => cue.start > main.cue.start)) return out;
  for (const extra of leadingCues(context, main.cue.start)) {
    if (seen.has(extra.cue.start) || extra.cue.start <= main.cue.start || !extra.speaker) continue;
    // Where the second clause begins: its own subject, or its cue when the subject is shared ("and said").
    // A subject read back across "and" ("after she toured the ward and called for") is shared too.
    const shared = extra.speaker.start < last.start || CLAUSE_JOINERS.test(wordBefore(unit, extra.cue.start));
    const at = shared ? extra.cue.start : extra.speaker.start;
    if (at >= last.end) continue;
    let joiner: Token | undefined;
    for (const t of unit.tokens) if (t.end <= at && t.start >= last.start && CLAUSE_JOINERS.test(t.text)) joiner = t;
    // The joiner must be right before the clause (only adverbs between): else the cue sits inside a clause of the content.
    if (!joiner || !onlyModifiers(text.slice(joiner.end, at))) continue;
    seen.add(extra.cue.start);
    last.end = Math.min(last.end, joiner.start);
    out.push(extra);
  }
  return out;
}

/**
 * Whether the words between a joiner and a shared-subject cue only modify the cue: adverbs ("and also said") or a verb whose
 * "to" carries it ("and seemed to think", "but continued to insist"), so the cue still heads the second clause.
 */
function onlyModifiers(between: string): boolean {
  const words = between.match(/[\p{L}\p{N}’'-]+/gu) ?? [];
  for (let i = 0; i < words.length; i++) {
    if (/^(also|then|later|further|still|now)$/i.test(words[i])) continue;
    if (CATENATIVE.test(words[i]) && words[i + 1]?.toLowerCase() === 'to') {
      i++;
      continue;
    }
    return false;
  }
  return true;
}

/** The word before offset `at`, auxiliaries and manner adverbs skipped ("and also said" -> "and"). */
function wordBefore(unit: Unit, at: number): string {
  let k = unit.tokens.findIndex((t) => t.start >= at) - 1;
  while (k >= 0 && isCueModifier(unit.tokens[k].text)) k--;
  return k >= 0 ? unit.tokens[k].text : '';
}

/** Rules read from a clause's shape alone, kept only when their subject is a person, organisation or group (or stands alone). */
const ENTITY_SUBJECT_RULES: ReadonlySet<string> = new Set([subjectVerb.name, headlineVerb.name, PARTICIPLE_CLAUSE]);

/** Who may speak a quotation nested in another attribution's content. */
const NESTED_SPEAKER_TYPES: ReadonlySet<Entity['type']> = new Set(['PERSON', 'ORG']);

/** The subjects claims take from the subject-verb rule without entities: the pronouns of people. */
const PEOPLE_PRONOUN = /^(he|she|they)$/i;

/** One attributed stretch of text: the quoted or reported words and who they are attributed to. */
export interface AttributedRegion extends Region {
  direct: boolean;
  /** The source as written; null when none could be read. */
  speaker: Region | null;
  /** The rule that read it (see RULES), or how a quotation without a cue was kept. */
  rule: string;
}

export function findQuotes(input: AnalysisInput, entities: Entity[]): Quote[] {
  const text = input.read.text;
  const mentions = mentionIndex(entities);
  const { units, quotes: spans } = buildUnits(input.read);
  const quoted = (at: number): boolean => holding(spans, at) !== undefined;
  const unitStart = (at: number): number => holding(units, at)?.start ?? at;
  // "The statement said": the organisation whose statement it is, i.e. the last one quoted.
  let lastBody: string | null = null;
  let lastStatement: string | null = null;
  const bodies = new Set(entities.filter((e) => e.type === 'ORG' || e.type === 'GPE').map((e) => e.id));
  const types = new Map(entities.map((e) => [e.id, e.type]));
  const out: Quote[] = [];
  /** The person who spoke the last quote kept: a "he added" after it most likely stands for them. */
  let lastSpeaker: string | null = null;
  for (const { start, end, direct, speaker, rule } of attributionsOf(input.read)) {
    let id: string | null = speaker ? resolveSpeaker(text, speaker, mentions, { sentenceStart: unitStart(speaker.start), quoted, lastSpeaker }) : null;
    // The shape alone cannot tell "Okafor grilled the chief" from "Health worries dogged her": the recogniser's person, organisation or group must be the subject, unless it stands alone ("she", "the city").
    if (ENTITY_SUBJECT_RULES.has(rule) && speaker && !standsAlone(text.slice(speaker.start, speaker.end))) {
      const type = id ? types.get(id) : undefined;
      if (type !== 'PERSON' && type !== 'ORG' && type !== 'NORP') continue;
    }
    // A quotation nested in another's content is kept only when its subject is a person or organisation (named or a pronoun for one).
    if (rule === NESTED_QUOTATION && (!id || !NESTED_SPEAKER_TYPES.has(types.get(id) ?? 'OTHER'))) continue;
    // The subject of the sentence before speaks the quotation only when it is a person; else the quotation has no speaker.
    if (rule === SUBJECT_CARRIED && (!id || types.get(id) !== 'PERSON')) {
      out.push({ text: text.slice(start, end), direct, speaker: null, speakerText: null, start, end });
      continue;
    }
    if (speaker && !id && STATEMENT.test(text.slice(speaker.start, speaker.end))) id = lastStatement ?? lastBody;
    if (id && speaker && bodies.has(id)) {
      lastBody = id;
      const unit = holding(units, speaker.start);
      if (unit && /\bstatement\b/i.test(text.slice(unit.start, unit.end))) lastStatement = id;
    }
    if (id && types.get(id) === 'PERSON') lastSpeaker = id;
    out.push({
      text: text.slice(start, end),
      direct,
      speaker: id,
      speakerText: speaker ? text.slice(speaker.start, speaker.end) : null,
      start,
      end,
    });
  }
  return out;
}

/** The one of `spans` (disjoint, in text order) that holds offset `at`: a binary search, as a long text holds thousands. */
function holding<T extends { start: number; end: number }>(spans: readonly T[], at: number): T | undefined {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo < spans.length && spans[lo].start <= at ? spans[lo] : undefined;
}

/**
 * Every attributed region of a text, in order; claims read their attribution from these.
 * Without entities a subject-verb attribution cannot be told from a sentence about a
 * storm or a poll, so only those with a pronoun subject are kept here.
 */
export function findAttributions(read: ReadText): AttributedRegion[] {
  return attributionsOf(read).filter((a) => !ENTITY_SUBJECT_RULES.has(a.rule) || (a.speaker !== null && PEOPLE_PRONOUN.test(read.text.slice(a.speaker.start, a.speaker.end))));
}

/** Attributions are read once per text: quotes and claims both ask for them. */
const attributions = new WeakMap<ReadText, AttributedRegion[]>();

function attributionsOf(read: ReadText): AttributedRegion[] {
  let found = attributions.get(read);
  if (!found) {
    found = readAttributions(read, buildUnits(read).units);
    attributions.set(read, found);
  }
  return found;
}

/** Every attributed region of a text, subject-verb ones unchecked: `findQuotes` checks them against the entities. */
function readAttributions(read: ReadText, units: readonly Unit[]): AttributedRegion[] {
  const text = read.text;
  const quotes: AttributedRegion[] = [];
  const emit = (region: Region, direct: boolean, speaker: Region | null, rule: string): void => {
    if (region.end > region.start) quotes.push({ start: region.start, end: region.end, direct, speaker, rule });
  };
  /** The speaker that quotations without a cue inherit, and the paragraph it holds for. */
  let carried: { speaker: Region | null; paragraph: number; viaColon: boolean; subject?: boolean } | null = null;
  /** "The governor added:" ending its paragraph: the next paragraph, when no quotation, is the block quote it introduces. */
  let block: { speaker: Region; paragraph: number } | null = null;
  let skipped = -1;
  for (let u = 0; u < units.length; u++) {
    const unit = units[u];
    if (unit.paragraph === skipped) continue;
    if (block && unit.paragraph === block.paragraph + 1 && !unit.quotes.length) {
      let last = u;
      while (last + 1 < units.length && units[last + 1].paragraph === unit.paragraph) last++;
      const region = trimRegion(text, { start: unit.start, end: units[last].end });
      const speaker = block.speaker;
      block = null;
      if (region.end > region.start) {
        emit(region, false, speaker, COLON_BLOCK);
        skipped = unit.paragraph;
        continue;
      }
    }
    block = null;
    if (carried && carried.paragraph !== unit.paragraph) {
      // A quotation paragraph right after an attribution continues it, as newspapers write.
      const continues = unit.quotes[0]?.continued || (unit.pureQuote && !carried.subject && (carried.viaColon || carried.paragraph === unit.paragraph - 1));
      if (continues) carried.paragraph = unit.paragraph;
      else carried = null;
    }
    if (unit.pureQuote) {
      for (const q of unit.quotes) {
        const speaker = carried?.speaker ?? null;
        if ((!speaker || carried?.subject) && wordCount(text.slice(q.start, q.end)) < MIN_UNATTRIBUTED_WORDS) continue;
        for (const part of toContent(unit, text, { start: q.start, end: q.end })) emit(part.region, part.direct, speaker, carried?.subject ? SUBJECT_CARRIED : CARRIED);
      }
      continue;
    }
    const lead = colonLead(unit, text);
    if (lead) {
      carried = { speaker: lead, paragraph: unit.paragraph, viaColon: true };
      if (units[u + 1]?.paragraph !== unit.paragraph) block = { speaker: lead, paragraph: unit.paragraph };
      continue;
    }
    const context: UnitContext = { text, unit, cues: cuesOf(unit) };
    let found: Attribution[] = [];
    for (const rule of RULES) {
      found = rule.apply(context);
      if (found.length) break;
    }
    if (found.length) {
      const main = found[0];
      const inMain = (cue: Region): boolean => main.content.some((c) => cue.start >= c.start && cue.start < c.end);
      found.push(...participleAttributions(context, main.speaker).filter((p) => !inMain(p.cue) && p.cue.start !== main.cue.start));
      // Before the main attribution, so the quotes stay in text order.
      const opening = openingParticiple(context, main);
      if (opening) found.unshift(opening);
      found.push(...coordinated(context, main, new Set(found.map((a) => a.cue.start))));
      // A trailing participle is the act of the clause just before it: "In a statement announcing the pick, the union
      // called her a champion, citing her work": the union cites, not the statement.
      for (const p of found) {
        if (p.rule !== PARTICIPLE_RULE || p.cue.start < main.cue.start) continue;
        let before: Attribution | undefined;
        for (const f of found) if (f.rule !== PARTICIPLE_RULE && f.speaker && f.cue.start < p.cue.start && (!before || f.cue.start > before.cue.start)) before = f;
        if (before && before !== main) p.speaker = before.speaker;
      }
      // A cue read both ways ("in what critics described as a bid") is the relative clause's when it has a content
      // beyond the pronoun: that content stops at the clause. The bare pronoun ("what Trump says his plan would do") adds to it.
      for (const relative of relativeObjects(context)) {
        const same = found.findIndex((f) => f.cue.start === relative.cue.start);
        const [region] = relative.content;
        if (same >= 0 && !/^(what|which)$/i.test(text.slice(region.start, region.end))) found[same] = relative;
        else found.push(relative);
      }
      if (main.rule !== subjectVerb.name) found.push(...relativeClauses(context).filter((r) => !inMain(r.cue) && !found.some((f) => f.cue.start === r.cue.start)));
      let direct = false;
      for (const attribution of found) {
        for (const region of attribution.content) {
          for (const part of toContent(unit, text, region)) {
            emit(part.region, part.direct, attribution.speaker, attribution.rule);
            direct ||= part.direct;
          }
        }
      }
      for (const nested of nestedQuotations(context, found)) for (const region of nested.content) for (const part of toContent(unit, text, region)) emit(part.region, part.direct, nested.speaker, nested.rule);
      carried = main.speaker || direct ? { speaker: main.speaker, paragraph: unit.paragraph, viaColon: false } : null;
      continue;
    }
    const objects = relativeObjects(context);
    for (const a of objects) for (const region of a.content) emit(region, false, a.speaker, a.rule);
    if (objects.length && !unit.quotes.length) continue;
    // A sentence with no attribution and no quotation, in a paragraph that carries no speaker yet: a quotation right
    // after it in the paragraph may take its subject (checked against the entities in `findQuotes`).
    // Short quotations in it are titles or scare quotes ("On \"Face the Nation,\" Sanders ..."), not quotes of their own.
    const quotesOwn = unit.quotes.some((q) => wordCount(text.slice(q.start, q.end)) >= MIN_UNATTRIBUTED_WORDS);
    if (!objects.length && !quotesOwn && (!carried || carried.paragraph !== unit.paragraph)) {
      const subject = subjectOf(unit, unit.tokens.length);
      carried = subject ? { speaker: subject, paragraph: unit.paragraph, viaColon: false, subject: true } : null;
      continue;
    }
    // Quotations with no cue in their unit: a continuation of the carried speaker, or a quote of its own.
    for (const q of unit.quotes) {
      if (wordCount(text.slice(q.start, q.end)) < MIN_UNATTRIBUTED_WORDS) continue;
      // `Okafor was blunt: "..."`, `The mayor had one message: "..."`: a quotation a colon introduces is the clause subject's
      // (a person's: see `findQuotes`), whoever spoke before it.
      const colon = COLON_BEFORE.test(text.slice(unit.start, q.start)) ? unit.tokens.findIndex((t) => t.start >= q.start) : -1;
      // Only a short clause with no comma ("Okafor disagreed:"): in "She was upset, so I had to say:" the subject is another clause's.
      const found = colon > 0 ? subjectOf(unit, colon) : null;
      const between = found ? unit.tokens.filter((t) => t.start >= found.start && t.start < q.start) : [];
      const subject = found && between.length <= MAX_COLON_CLAUSE && !between.some((t) => t.text === ',') ? found : null;
      const speaker = subject ?? carried?.speaker ?? null;
      const rule = subject || carried?.subject ? SUBJECT_CARRIED : CARRIED;
      for (const part of toContent(unit, text, { start: q.start, end: q.end })) emit(part.region, part.direct, speaker, rule);
    }
  }
  return quotes;
}
