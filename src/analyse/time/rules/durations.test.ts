import { describe, expect, it } from 'vitest';
import { findTimesExplained } from '../find-times.js';

const PUBLISHED = '2024-11-08';

function timeIn(sentence: string, text: string, published: string | null = PUBLISHED) {
  return findTimesExplained(sentence, published).find((t) => t.text === text);
}

describe('counted durations', () => {
  it.each([
    ['Both sides agreed to a three-week ceasefire.', 'three-week', 'P3W'],
    ['The siege lasted two years.', 'two years', 'P2Y'],
    ['Rescuers have 48 hours to reach the miners.', '48 hours', 'PT48H'],
    ['Fighting over the past two weeks displaced thousands.', 'the past two weeks', 'P2W'],
    ['The strike lasted nearly a decade.', 'nearly a decade', 'P10Y'],
    ['He served almost seven years in prison.', 'almost seven years', 'P7Y'],
    ['The talks ran for more than four hours.', 'more than four hours', 'PT4H'],
    ['The refugees lived in camps for two and a half years.', 'two and a half years', 'P2.5Y'],
    ['Inflation rose over the first nine months.', 'the first nine months', 'P9M'],
    ['The flu season started about a month earlier than usual.', 'about a month', 'P1M'],
    ['The aid convoy waited over a week at the border.', 'over a week', 'P1W'],
    ['The plan covers the next twenty-five years.', 'the next twenty-five years', 'P25Y'],
  ])('%s -> %s = %s', (sentence, text, value) => {
    expect(timeIn(sentence, text)).toMatchObject({ type: 'DURATION', value, grain: 'other' });
  });

  it.each([
    ['A 47-year-old man was arrested.'],
    ['Children ages 6 months and older should be vaccinated.'],
    ['The 1988 quarter was weak.'],
  ])('no duration in %s', (sentence) => {
    expect(findTimesExplained(sentence, PUBLISHED).filter((t) => t.type === 'DURATION')).toEqual([]);
  });
});

describe('vague durations', () => {
  it.each([
    ['The talks could take several months.', 'several months', 'PXM'],
    ['Aid arrived a few days after the quake.', 'a few days', 'PXD'],
    ['Prices have climbed in recent weeks.', 'recent weeks', 'PXW'],
    ['A decades-long feud ended on Friday.', 'decades-long', 'PXY'],
    ['The families have waited for years.', 'years', 'PXY'],
    ['The jet landed minutes before the storm hit.', 'minutes', 'PTXM'],
  ])('%s -> %s = %s', (sentence, text, value) => {
    expect(timeIn(sentence, text)).toMatchObject({ type: 'DURATION', value });
  });
});

describe('points measured back from publication', () => {
  it.each([
    ['The dam burst two years ago.', 'two years ago', '2022', 'year'],
    ['The ban was lifted a month ago.', 'a month ago', '2024-10', 'month'],
    ['He was arrested three days ago.', 'three days ago', '2024-11-05', 'day'],
    ['The fighting started two weeks ago.', 'two weeks ago', '2024-W43', 'week'],
    ['The chain had 40 stores a year earlier.', 'a year earlier', '2023', 'year'],
    ['Many people moved here years ago.', 'years ago', 'PAST_REF', 'other'],
  ])('%s -> %s = %s', (sentence, text, value, grain) => {
    expect(timeIn(sentence, text)).toMatchObject({ type: 'DATE', value, grain, rule: 'ago' });
  });

  it('keeps "from now" as a duration and a present reference, as TimeML marks it', () => {
    const found = findTimesExplained('The disease will kill him eight years from now.', PUBLISHED);
    expect(found.map((t) => [t.text, t.value])).toEqual([
      ['eight years', 'P8Y'],
      ['now', 'PRESENT_REF'],
    ]);
  });

  it('gives no value to "two years ago" without a publication date', () => {
    expect(timeIn('The dam burst two years ago.', 'two years ago', null)).toMatchObject({ value: null, type: 'DATE' });
  });
});
