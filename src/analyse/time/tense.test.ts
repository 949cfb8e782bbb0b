import { describe, expect, it } from 'vitest';
import { tenseAround } from './tense.js';

function tenseOf(sentence: string, expression: string) {
  const start = sentence.indexOf(expression);
  return tenseAround(sentence, start, start + expression.length);
}

describe('tense around an expression', () => {
  it.each([
    ['He will be officially inaugurated on January 20.', 'January 20', 'future'],
    ['The dividend will be paid Dec. 14 to holders of record.', 'Dec. 14', 'future'],
    ['The talks are scheduled to resume in March.', 'March', 'future'],
    ['Protests erupted in June over fuel prices.', 'June', 'past'],
    ['The minister was sacked in December.', 'December', 'past'],
    ['Officials said the report would be published in May.', 'May', 'future'],
    ['Inflation figures for April.', 'April', null],
  ])('%s -> %s is %s', (sentence, expression, tense) => {
    expect(tenseOf(sentence, expression)).toBe(tense);
  });

  it('reads only the sentence of the expression, past abbreviations like "Oct."', () => {
    const text = 'The strike was called off. Talks resume on Oct. 14 in Geneva.';
    expect(tenseOf(text, 'Oct. 14')).toBeNull();
  });
});
