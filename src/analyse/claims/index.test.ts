import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Entity, ExtractedArticle } from '../../model/index.js';
import { readText } from '../nlp.js';
import { findTimes } from '../time/index.js';
import { findClaims } from './index.js';

interface Expected {
  kind: string;
  value: number;
  qualifier: string | null;
  who: string | null;
  attribution: string | null;
  asOf: string | null;
}
interface Row {
  text: string;
  published: string;
  expected: Expected[];
}

const fixture = new URL('../../../test/fixtures/claims/sentences.jsonl', import.meta.url);
const rows: Row[] = readFileSync(fixture, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as Row);

function claimsOf(text: string, published: string | null, entities: Entity[] = []) {
  const article: ExtractedArticle = { text, title: null, published, dateline: null, outlet: null, language: 'en' };
  return findClaims({ article, read: readText(text) }, entities, findTimes(text, published));
}

// Every fourth sentence of the benchmark set, so each kind and number form is covered here too.
const subset = rows.filter((_row, i) => i % 4 === 0);

describe('findClaims on the written sentences', () => {
  it.each(subset.map((row) => [row.text, row] as const))('%s', (_text, row) => {
    const got = claimsOf(row.text, row.published).map(({ kind, value, qualifier, who, attribution, asOf }) => ({ kind, value, qualifier, who, attribution, asOf }));
    expect(got).toEqual(row.expected);
  });
});

describe('findClaims', () => {
  it('keeps a share with the figure it belongs to', () => {
    const [killed, wounded] = claimsOf(
      'The strikes killed over 20,000 people and wounded 53,320 Palestinians, 70% of whom are women and children.',
      '2023-12-23',
    );
    expect(killed.share).toBeUndefined();
    expect(wounded.share).toEqual({ percent: 70, of: 'women and children' });
  });

  it('gives the evidence sentence span', () => {
    const text = 'The war began in October. Over 20,000 people have been killed so far, officials said.';
    const [claim] = claimsOf(text, '2023-12-23');
    expect(claim.evidence.text).toBe(text.slice(claim.evidence.start, claim.evidence.end));
    expect(claim.evidence.text.startsWith('Over 20,000')).toBe(true);
    expect(claim.asOf).toBe('2023-12-23');
  });

  it('places the figure with the place named after "in" when entities are known, else where is null', () => {
    const text = 'Over 20,000 people have been killed in the Gaza Strip, local authorities said.';
    const at = text.indexOf('Gaza Strip');
    const gaza: Entity = { id: 'gpe:gaza-strip', name: 'Gaza Strip', type: 'GPE', aliases: [], roles: [], country: 'PSE', mentions: [{ start: at, end: at + 10, text: 'Gaza Strip' }] };
    expect(claimsOf(text, null, [gaza])[0].where).toBe('gpe:gaza-strip');
    expect(claimsOf(text, null, [])[0].where).toBeNull();
  });

  it('emits nothing for numbers that count no casualties', () => {
    expect(claimsOf('The company cut 1,200 jobs in 2023 and paid $3 million in fines.', '2024-01-01')).toEqual([]);
  });
});
