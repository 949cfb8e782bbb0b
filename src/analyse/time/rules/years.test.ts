import { describe, expect, it } from 'vitest';
import { findTimesExplained } from '../find-times.js';

const PUBLISHED = '2024-11-08';

/** The one expression found in `sentence` whose text is `text`. */
function timeIn(sentence: string, text: string, published: string | null = PUBLISHED) {
  return findTimesExplained(sentence, published).find((t) => t.text === text);
}

describe('bare years', () => {
  it.each([
    ['The company was founded in 2019 by two former bankers.', '2019', '2019'],
    ['Turnout fell sharply compared with the 2016 election.', '2016', '2016'],
    ['Prices have doubled since 1998, the report found.', '1998', '1998'],
    ['The swine flu pandemic of 2009-2010 killed hundreds of children.', '2009', '2009'],
    ['The swine flu pandemic of 2009-2010 killed hundreds of children.', '2010', '2010'],
    ['Profits rose in fiscal 2023, the airline said.', 'fiscal 2023', '2023'],
    ['Sales picked up in early 2011 after a weak winter.', 'early 2011', '2011'],
  ])('%s -> %s = %s', (sentence, text, value) => {
    expect(timeIn(sentence, text)).toMatchObject({ type: 'DATE', value, grain: 'year', rule: 'bare-year' });
  });

  it.each([
    ['The Dow closed at 3,883.36 points on a quiet day.'],
    ['Boeing grounded the 737 MAX after two crashes.'],
    ['The road trip followed Route 66 from Chicago.'],
    ['The bank lent 2000 euros to each family.'],
    ['Call the hotline on 555-2019 for details.'],
    ['A total of 1999 people signed the petition.'],
    ['The index rose 2015.5 points.'],
  ])('no year in %s', (sentence) => {
    expect(findTimesExplained(sentence, PUBLISHED).filter((t) => t.rule === 'bare-year')).toEqual([]);
  });
});

describe('decades', () => {
  it.each([
    ['The factory has been closed since the 1990s.', 'the 1990s', '199X'],
    ['Unemployment was lower in the late 1960s.', 'the late 1960s', '196X'],
  ])('%s -> %s', (sentence, text, value) => {
    expect(timeIn(sentence, text)).toMatchObject({ type: 'DATE', value, rule: 'decade' });
  });
});

describe('years relative to publication', () => {
  it.each([
    ['Inflation has eased this year, the central bank said.', 'this year', '2024'],
    ['The party lost two seats last year.', 'last year', '2023'],
    ['Elections are due next year.', 'next year', '2025'],
    ['The plant closed earlier this year.', 'earlier this year', '2024'],
    ['The merger was agreed at the end of last year.', 'the end of last year', '2023'],
    ['Shares have fallen 12% since the beginning of the year.', 'the beginning of the year', '2024'],
    ['Output for the year is expected to rise.', 'the year', '2024'],
  ])('%s -> %s = %s', (sentence, text, value) => {
    expect(timeIn(sentence, text)).toMatchObject({ type: 'DATE', value, grain: 'year' });
  });

  it('leaves "the year before" to its own reference', () => {
    expect(timeIn('Sales had risen the year before the crash.', 'the year')).toBeUndefined();
  });

  it('has no value without a publication date, but still finds the expression', () => {
    expect(timeIn('The party lost two seats last year.', 'last year', null)).toMatchObject({ value: null, type: 'DATE' });
  });
});
