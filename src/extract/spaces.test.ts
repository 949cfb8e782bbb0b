import { describe, expect, it } from 'vitest';
import { collapse, isSpace, nonSpaceLength, wordCount } from './spaces.js';

describe('spaces', () => {
  it('reads every code unit as \\s does', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpace(c) !== /\s/u.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });

  it.each([
    ['The council met on Tuesday.', 5],
    ['  Smoke over the harbour\u00a0at dawn \n', 6],
    ['', 0],
    [' \t\n', 0],
    ['Photo:\u2009Reuters', 2],
    ['ceasefire—talks', 1],
  ])('counts the words of %j as /\\S+/g does', (text, n) => {
    expect(wordCount(text)).toBe(n);
    expect(wordCount(text)).toBe(text.match(/\S+/gu)?.length ?? 0);
  });

  it.each([
    'The council met on Tuesday.',
    ' The council  met\non Tuesday. ',
    'Rescuers\u00a0searched the rubble',
    'two\u2028lines',
    '\u3000indented',
    'a',
    '',
    '   ',
  ])('collapses %j as the regular expression does', (text) => {
    expect(collapse(text)).toBe(text.replace(/\s+/gu, ' ').trim());
    expect(nonSpaceLength(text)).toBe(text.replace(/\s/gu, '').length);
  });
});
