import { describe, expect, it } from 'vitest';
import { findTimesExplained } from '../find-times.js';

const PUBLISHED = '2024-11-08';

function timeIn(sentence: string, text: string, published: string | null = PUBLISHED) {
  return findTimesExplained(sentence, published).find((t) => t.text === text);
}

describe('months with a year', () => {
  it.each([
    ['The ceasefire collapsed in May 2010, officials said.', 'May 2010', '2010-05'],
    ['The plant opened in early December 2012.', 'early December 2012', '2012-12'],
    ['Talks began in June of 1998.', 'June of 1998', '1998-06'],
  ])('%s -> %s = %s', (sentence, text, value) => {
    expect(timeIn(sentence, text)).toMatchObject({ type: 'DATE', value, grain: 'month' });
  });
});

describe('months with a relative year', () => {
  it.each([
    ['The minister resigned in October last year.', 'October last year', '2023-10'],
    ['The law took effect in January this year.', 'January this year', '2024-01'],
    ['Voting will resume in March next year.', 'March next year', '2025-03'],
    ['Talks stalled in June of last year.', 'June of last year', '2023-06'],
  ])('%s -> %s = %s', (sentence, text, value) => {
    expect(timeIn(sentence, text)).toMatchObject({ type: 'DATE', value, grain: 'month', rule: 'month-relative-year' });
  });
});

describe('months with a relative word', () => {
  it.each([
    ['Two helicopters crashed last May.', 'last May', '2024-05'],
    ['The summit was held last November in Lima.', 'last November', '2023-11'],
    ['The treaty will be signed next March.', 'next March', '2025-03'],
  ])('%s -> %s = %s', (sentence, text, value) => {
    expect(timeIn(sentence, text)).toMatchObject({ value, rule: 'relative-month-name' });
  });
});

describe('a month alone, placed by tense', () => {
  it.each([
    // Past tense: a month up to publication is this year, a later one is last year.
    ['Protests erupted in June over fuel prices.', 'June', '2024-06'],
    ['The company was fined in December for safety breaches.', 'December', '2023-12'],
    // Future tense: a month before publication is next year.
    ['The new president will be sworn in in January.', 'January', '2025-01'],
    ['The new terminal will open in December.', 'December', '2024-12'],
    // No tense marker: the nearest occurrence.
    ['Elections in February, then a new cabinet.', 'February', '2025-02'],
    ['Prices peaked in early August.', 'early August', '2024-08'],
  ])('%s -> %s = %s', (sentence, text, value) => {
    expect(timeIn(sentence, text)).toMatchObject({ type: 'DATE', value, grain: 'month', rule: 'bare-month' });
  });

  it.each([
    ['Prime Minister Theresa May visited the plant.'],
    ['Officials may decide to march on the capital.'],
    ['The union said members would march through the city.'],
  ])('no month in %s', (sentence) => {
    expect(findTimesExplained(sentence, PUBLISHED)).toEqual([]);
  });
});

describe('months relative to publication', () => {
  it.each([
    ['Fighting intensified this month.', 'this month', '2024-11'],
    ['The strike ended last month.', 'last month', '2024-10'],
    ["Last month's flooding destroyed crops.", "Last month", '2024-10'],
    ['A new budget is due next month.', 'next month', '2024-12'],
    ['The plant shut earlier this month.', 'earlier this month', '2024-11'],
  ])('%s -> %s = %s', (sentence, text, value) => {
    expect(timeIn(sentence, text)).toMatchObject({ type: 'DATE', value, grain: 'month', rule: 'relative-month' });
  });

  it('says nothing about the value without a publication date', () => {
    expect(timeIn('The strike ended last month.', 'last month', null)).toMatchObject({ value: null });
    expect(timeIn('The ceasefire collapsed in May 2010.', 'May 2010', null)).toMatchObject({ value: '2010-05' });
  });
});
