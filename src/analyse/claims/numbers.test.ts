import { describe, expect, it } from 'vitest';
import { readText } from '../nlp.js';
import { readFigure } from './numbers.js';
import { qualifierBefore } from './qualifier.js';

function figure(text: string): number | null {
  const { tokens } = readText(text);
  for (let i = 0; i < tokens.length; i++) {
    const f = readFigure(tokens, i);
    if (f) return f.value;
  }
  return null;
}

describe('readFigure', () => {
  it.each([
    ['43,500 people', 43500],
    ['102,700 others', 102700],
    ['1.2 million people', 1_200_000],
    ['2 million', 2_000_000],
    ['two dozen people', 24],
    ['a dozen people', 12],
    ['three hundred people', 300],
    ['three hundred and fifty people', 350],
    ['forty-five people', 45],
    ['twenty thousand people', 20_000],
    ['a hundred people', 100],
    ['350 Palestinians', 350],
  ])('%s -> %d', (text, value) => {
    expect(figure(text)).toBe(value);
  });

  it.each([
    ['Fifty-one people', 51],
    ['twenty-zero people', 20],
    ['Seventeen people', 17],
  ])('%s -> %d (hyphenated and capitalised number words)', (text, value) => {
    expect(figure(text)).toBe(value);
  });

  // Property names of plain objects once read as number words (a figure of NaN).
  it.each(['hundreds of people', 'dozens of people', 'thousands of people', 'many people', 'the constructor of the bridge', 'a __proto__ value', 'thirty-constructor people'])('%s is no figure', (text) => {
    expect(figure(text)).toBeNull();
  });
});

describe('qualifierBefore', () => {
  it.each([
    ['more than 10 people', 'more_than'],
    ['over 10 people', 'more_than'],
    ['at least 10 people', 'at_least'],
    ['some 10 people', 'about'],
    ['about 10 people', 'about'],
    ['around 10 people', 'about'],
    ['nearly 10 people', 'less_than'],
    ['almost 10 people', 'less_than'],
    ['as high as 10', 'up_to'],
    ['up to 10 people', 'up_to'],
    ['exactly 10 people', 'exactly'],
    ['a total of 10 people', null],
    ['10 people', null],
  ])('%s -> %s', (text, expected) => {
    const { tokens } = readText(text);
    const at = tokens.findIndex((t) => t.text === '10');
    expect(qualifierBefore(tokens, at).qualifier).toBe(expected);
  });
});
