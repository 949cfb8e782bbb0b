import { describe, expect, it } from 'vitest';
import { findTimesExplained } from '../find-times.js';

// A Friday.
const PUBLISHED = '2024-11-08';

function timeIn(sentence: string, text: string, published: string | null = PUBLISHED) {
  return findTimesExplained(sentence, published).find((t) => t.text === text);
}

describe('today, yesterday, tomorrow, tonight', () => {
  it.each([
    ['The court ruled today that the ban was lawful.', 'today', 'DATE', '2024-11-08'],
    ['Rebels seized the airport yesterday.', 'yesterday', 'DATE', '2024-11-07'],
    ['Polls open tomorrow at dawn.', 'tomorrow', 'DATE', '2024-11-09'],
    ['The president will address the nation tonight.', 'tonight', 'TIME', '2024-11-08TNI'],
    ['Shelling resumed this morning near the border.', 'this morning', 'TIME', '2024-11-08TMO'],
    ['Two people were hurt in a fire last night.', 'last night', 'TIME', '2024-11-07TNI'],
    ['Talks broke down yesterday afternoon.', 'yesterday afternoon', 'TIME', '2024-11-07TAF'],
  ])('%s -> %s', (sentence, text, type, value) => {
    expect(timeIn(sentence, text)).toMatchObject({ type, value });
  });
});

describe('weekdays', () => {
  it.each([
    // Past or unmarked: the nearest such day on or before publication.
    ['Trump won the election on Tuesday, officials said on Friday.', 'Tuesday', '2024-11-05'],
    ['Trump won the election on Tuesday, officials said on Friday.', 'Friday', '2024-11-08'],
    ["Tuesday's presidential election drew record turnout.", 'Tuesday', '2024-11-05'],
    ['The minister resigned Monday after weeks of pressure.', 'Monday', '2024-11-04'],
    ['Protesters gathered last Friday outside parliament.', 'last Friday', '2024-11-01'],
    ['The rally ended the previous Sunday.', 'the previous Sunday', '2024-11-03'],
    // Future: the nearest such day on or after publication.
    ['The two leaders will meet on Tuesday in Geneva.', 'Tuesday', '2024-11-12'],
    ['Forecasters said the storm would reach the coast on Friday.', 'Friday', '2024-11-08'],
    ['The vote is scheduled for next Wednesday.', 'next Wednesday', '2024-11-13'],
  ])('%s -> %s = %s', (sentence, text, value) => {
    expect(timeIn(sentence, text)).toMatchObject({ type: 'DATE', value, grain: 'day', rule: 'weekday' });
  });

  it('reads a weekday with a part of the day as a TIME', () => {
    expect(timeIn('The blast happened Thursday evening near the port.', 'Thursday evening')).toMatchObject({
      type: 'TIME', value: '2024-11-07TEV', grain: 'time',
    });
  });

  it('gives a weekday no value without a publication date', () => {
    expect(timeIn('The minister resigned Monday.', 'Monday', null)).toMatchObject({ value: null, type: 'DATE' });
  });
});
