/**
 * Quotes: direct quotations and reported speech, each with its source as written and,
 * when entities are known, the entity it stands for. A unit (a sentence, or sentences
 * joined by a quotation) is read by the rules in order; the first that finds a frame
 * wins. Quotations with no cue take the speaker of the attribution just before them in
 * the same paragraph, or of the "he said:" that introduced them; else they are kept
 * only when long enough to be a quotation rather than a scare quote, with speaker null.
 */
import type { Entity, Quote } from '../../model/index.js';
import type { AnalysisInput } from '../index.js';
import { cuesOf, speakerBefore, toContent, type Attribution, type Region } from './frame.js';
import { accordingTo } from './rules/according-to.js';
import { leadingCue } from './rules/leading-cue.js';
import { participleAttributions } from './rules/participle.js';
import type { AttributionRule, UnitContext } from './rules/rule.js';
import { trailingCue } from './rules/trailing-cue.js';
import { mentionIndex, resolveSpeaker } from './speaker.js';
import type { Unit } from './units.js';
import { buildUnits } from './units.js';

export { buildUnits } from './units.js';
export { findQuoteSpans } from './marks.js';

const RULES: readonly AttributionRule[] = [accordingTo, trailingCue, leadingCue];

/** Fewest words a quotation with no cue needs to be reported as a quote, not a scare quote. */
const MIN_UNATTRIBUTED_WORDS = 6;

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

export function findQuotes(input: AnalysisInput, entities: Entity[]): Quote[] {
  const text = input.read.text;
  const { units } = buildUnits(input.read);
  const mentions = mentionIndex(entities);
  const quotes: Quote[] = [];
  const emit = (region: Region, direct: boolean, speaker: Region | null): void => {
    if (region.end <= region.start) return;
    quotes.push({
      text: text.slice(region.start, region.end),
      direct,
      speaker: speaker ? resolveSpeaker(text, speaker, mentions) : null,
      speakerText: speaker ? text.slice(speaker.start, speaker.end) : null,
      start: region.start,
      end: region.end,
    });
  };
  /** The speaker that quotations without a cue inherit, and the paragraph it holds for. */
  let carried: { speaker: Region | null; paragraph: number; viaColon: boolean } | null = null;
  for (const unit of units) {
    if (carried && carried.paragraph !== unit.paragraph) {
      const continues = unit.quotes[0]?.continued || (carried.viaColon && unit.pureQuote);
      if (continues) carried.paragraph = unit.paragraph;
      else carried = null;
    }
    if (unit.pureQuote) {
      for (const q of unit.quotes) {
        const speaker = carried?.speaker ?? null;
        if (!speaker && wordCount(text.slice(q.start, q.end)) < MIN_UNATTRIBUTED_WORDS) continue;
        for (const part of toContent(unit, text, { start: q.start, end: q.end })) emit(part.region, part.direct, speaker);
      }
      continue;
    }
    const lead = colonLead(unit, text);
    if (lead) {
      carried = { speaker: lead, paragraph: unit.paragraph, viaColon: true };
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
      found.push(...participleAttributions(context, main.speaker).filter((p) => !inMain(p.cue)));
      let direct = false;
      for (const attribution of found) {
        for (const region of attribution.content) {
          for (const part of toContent(unit, text, region)) {
            emit(part.region, part.direct, attribution.speaker);
            direct ||= part.direct;
          }
        }
      }
      carried = direct ? { speaker: main.speaker, paragraph: unit.paragraph, viaColon: false } : null;
      continue;
    }
    // Quotations with no cue in their unit: a continuation of the carried speaker, or a quote of its own.
    for (const q of unit.quotes) {
      const speaker = carried?.speaker ?? null;
      if (wordCount(text.slice(q.start, q.end)) < MIN_UNATTRIBUTED_WORDS) continue;
      for (const part of toContent(unit, text, { start: q.start, end: q.end })) emit(part.region, part.direct, speaker);
    }
  }
  return quotes;
}
