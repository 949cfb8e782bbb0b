/**
 * A headline that gives its source before a colon: `Pollster: Turnout Will Break Records`.
 * Only the first paragraph (the headline) is read this way: in body text a short phrase
 * before a colon is a label ("Update:", "Photo:") far more often than a source.
 */
import type { Attribution } from '../frame.js';
import type { AttributionRule, UnitContext } from './rule.js';

/** One to four capitalised words, not all capitals (a dateline such as "LONDON:" is no source). */
const SOURCE = /^((?:[A-Z][a-z][\w.’'-]*)(?:\s+[A-Z][\w.’'-]*){0,3}):\s+\S/;
/**
 * "Obama on Climate Change: The Trends Are Terrifying", "Ruiz on the Ferry Deal: 'We Were Misled'": a source and the topic
 * it speaks on, a common headline form; the topic (one to six words) is no part of the source.
 */
const SOURCE_ON_TOPIC = /^((?:[A-Z][a-z][\w.’'-]*)(?:\s+[A-Z][\w.’'-]*){0,3})\s+(?:on|about)\s+[^:\s]+(?:\s+[^:\s]+){0,5}:\s+\S/;
/** Labels that open headlines and are not sources. */
const LABELS = /^(the latest|update|updated|watch|video|photos?|live|breaking|exclusive|opinion|analysis|editorial|review|correction|clarification|editor’s note|editor's note|factbox|explainer|timeline)$/i;

export const headlineColon: AttributionRule = {
  name: 'headline-colon',
  apply(context: UnitContext): Attribution[] {
    const { unit, text } = context;
    if (unit.paragraph !== 0 || unit.quotes.length) return [];
    const line = text.slice(unit.start, unit.end);
    const match = SOURCE.exec(line) ?? SOURCE_ON_TOPIC.exec(line);
    if (!match || LABELS.test(match[1])) return [];
    const colon = unit.start + line.indexOf(':');
    return [{ rule: this.name, content: [{ start: colon + 1, end: unit.end }], speaker: { start: unit.start, end: unit.start + match[1].length }, cue: { start: colon, end: colon + 1 } }];
  },
};
