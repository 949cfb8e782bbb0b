import { describe, expect, it } from 'vitest';
import { findTimesExplained } from '../find-times.js';

function timeIn(sentence: string, text: string, published: string | null = '2024-11-08') {
  return findTimesExplained(sentence, published).find((t) => t.text === text);
}

describe('quarters and halves', () => {
  it.each([
    ['Profit rose 12% in the third quarter.', 'the third quarter', '2024-Q3'],
    ['The bank reported third-quarter earnings on Friday.', 'third-quarter', '2024-Q3'],
    ['Output fell in the first quarter of 2009.', 'the first quarter of 2009', '2009-Q1'],
    ['Sales slumped in the fourth quarter of last year.', 'the fourth quarter of last year', '2023-Q4'],
    ['Growth slowed in Q2 2023.', 'Q2 2023', '2023-Q2'],
    ['Revenue was flat last quarter.', 'last quarter', '2024-Q3'],
    ['Margins improved in the first half.', 'the first half', '2024-H1'],
  ])('%s -> %s = %s', (sentence, text, value) => {
    expect(timeIn(sentence, text)).toMatchObject({ type: 'DATE', value });
  });

  it('puts a quarter that has not begun in the past year when the clause is past', () => {
    expect(timeIn('Profit rose in the fourth quarter.', 'the fourth quarter', '2024-05-02')).toMatchObject({ value: '2023-Q4' });
  });

  it('does not read a city quarter as a date', () => {
    expect(findTimesExplained('Shops in the Jewish quarter were closed.', '2024-11-08')).toEqual([]);
  });
});
