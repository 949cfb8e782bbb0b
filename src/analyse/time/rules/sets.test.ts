import { describe, expect, it } from 'vitest';
import { findTimesExplained } from '../find-times.js';

const PUBLISHED = '2024-11-08';

function timeIn(sentence: string, text: string) {
  return findTimesExplained(sentence, PUBLISHED).find((t) => t.text === text);
}

describe('sets', () => {
  it.each([
    ['Protesters march every Friday outside the ministry.', 'every Friday', 'XXXX-WXX-5'],
    ['The market is closed on Sundays.', 'Sundays', 'XXXX-WXX-7'],
    ['The report is published annually.', 'annually', 'P1Y'],
    ['The company holds an annual meeting in Detroit.', 'annual', 'P1Y'],
    ['The agency publishes a daily tally of cases.', 'daily', 'P1D'],
    ['The festival is held every two years.', 'every two years', 'P2Y'],
    ['Inspectors visit each month.', 'each month', 'P1M'],
    ['Doctors see patients twice a week.', 'twice a week', 'P1W'],
    ['Guards patrol the fence every morning.', 'every morning', 'XXXX-XX-XXTMO'],
  ])('%s -> %s = %s', (sentence, text, value) => {
    expect(timeIn(sentence, text)).toMatchObject({ type: 'SET', value });
  });

  it('does not read "every Friday" as a date', () => {
    expect(findTimesExplained('Protesters march every Friday.', PUBLISHED).filter((t) => t.type === 'DATE')).toEqual([]);
  });

  it('does not read a quarterly dividend as a set (news corpora do not mark it)', () => {
    expect(findTimesExplained('The board declared a quarterly dividend of 10 cents.', PUBLISHED)).toEqual([]);
  });
});
