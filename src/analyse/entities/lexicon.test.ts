import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../model/index.js';
import { readText } from '../nlp.js';
import { findEntities } from './index.js';
import * as lexicon from './lexicon.js';

// The file is the stage's lexicon; these tests hold it to its own rule (every list says why and shows itself at work).
const file = JSON.parse(readFileSync(new URL('../../../data/entities/lexicon.json', import.meta.url), 'utf8')) as {
  lists: Record<string, { why: string; example: string; words?: string[]; suffixes?: string[] }>;
};

const exportName = (list: string): string => (list.endsWith('Endings') ? list.replace(/Endings$/, '_ENDINGS').toUpperCase() : list);

function entitiesOf(text: string): Entity[] {
  return findEntities({
    article: { text, title: null, published: null, dateline: null, outlet: null, language: 'en' },
    read: readText(text),
  });
}

describe('entity lexicon (data/entities/lexicon.json)', () => {
  it('holds exactly the lists the stage exports, each with its why and an example', () => {
    expect(Object.keys(file.lists).map(exportName).sort()).toEqual(Object.keys(lexicon).sort());
    for (const [name, list] of Object.entries(file.lists)) {
      expect(list.why.length, name).toBeGreaterThan(10);
      expect(list.example.length, name).toBeGreaterThan(10);
    }
  });

  it('shows each list at work: its example uses one of its words or endings', () => {
    for (const [name, list] of Object.entries(file.lists)) {
      // A possessive ending leaves the word it is glued to ("People's").
      const tokens = list.example.toLowerCase().split(/[\s,;:"“”!?()]+|\.(?=\s|$)|['’]s\b/).filter(Boolean);
      const withDots = list.example.toLowerCase().split(/[\s,;:"“”!?()]+/).filter(Boolean);
      const used = list.words
        ? list.words.some((w) => tokens.includes(w) || withDots.includes(w))
        : tokens.some((t) => list.suffixes!.some((s) => t.endsWith(s)));
      expect(used, `${name}: "${list.example}"`).toBe(true);
    }
  });

  it('compiles the ending lists to end-of-word patterns', () => {
    expect(lexicon.PERSON_ENDINGS.test('drobenko')).toBe(true);
    expect(lexicon.PERSON_ENDINGS.test('drobenkos')).toBe(false);
    expect(lexicon.PLACE_ENDINGS.test('velistan')).toBe(true);
  });

  it.each([
    ['Deputy Prime Minister Lena Varga met Foreign Ministry Spokesperson Tomas Reuel.', 'Tomas Reuel', 'PERSON'],
    ['Boats sailed down the Tarvel River to the Gulf of Orla.', 'Gulf of Orla', 'LOC'],
    ['Staff at Lindqvar, one of the largest banks in Latvia, went on strike.', 'Lindqvar', 'ORG'],
    ['Output at Vellmark, the world\'s second-largest nickel producer, fell.', 'Vellmark', 'ORG'],
    ['Talks with Drobenko and Arzumanyan ended.', 'Arzumanyan', 'PERSON'],
    ['Trade with Velistan and Norburg grew.', 'Velistan', 'GPE'],
  ])('the example "%s" types %s as %s', (text, name, type) => {
    expect(entitiesOf(text).find((e) => e.mentions.some((m) => m.text === name))?.type).toBe(type);
  });

  it('finds no entity in the examples of words that name nothing alone', () => {
    expect(entitiesOf(file.lists.neverAlone.example)).toEqual([]);
    expect(entitiesOf(file.lists.everydayAbbreviations.example)).toEqual([]);
  });
});
