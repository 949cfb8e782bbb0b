/** One text through the stages the event stage reads (tokens, entities, times), for event tests. */
import { expect } from 'vitest';
import { findEntities } from '../../src/analyse/entities/index.js';
import { findEventsExplained } from '../../src/analyse/events/index.js';
import { readText } from '../../src/analyse/nlp.js';
import { findTimes } from '../../src/analyse/time/index.js';

export function eventsOf(text: string, published: string) {
  const article = { text, title: null, published, dateline: null, outlet: null, language: 'en' };
  const input = { article, read: readText(text) };
  const entities = findEntities(input);
  const explained = findEventsExplained(input, entities, findTimes(text, published), null);
  const country = (ids: string[]) => ids.map((id) => entities.find((e) => e.id === id)?.country ?? null);
  return { explained, events: explained.map((e) => e.event), country };
}

/** The sentence's first event was decided by `rule` and coded `type` and `cameo` (the rules met are listed when not). */
export function expectFirstEvent(sentence: string, published: string, rule: string, type: string, cameo: string): void {
  const { explained } = eventsOf(sentence, published);
  expect(explained[0]?.rule, JSON.stringify(explained.map((e) => e.rule))).toBe(rule);
  expect(explained[0].event.type).toBe(type);
  expect(explained[0].event.cameo).toBe(cameo);
}
