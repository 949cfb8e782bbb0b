import { describe, expect, it } from 'vitest';
import { monthNumber } from './months.js';
import { findVisibleDate, parseDateLine, parseWrittenDate } from './visible-date.js';

describe('parseDateLine', () => {
  const lines: Array<[line: string, date: string, kind: string]> = [
    ['Published 9 November 2023', '2023-11-09', 'published'],
    ['Updated: Nov. 9, 2023 14:02 GMT', '2023-11-09', 'updated'],
    ['09.11.2023', '2023-11-09', 'plain'],
    ['9 novembre 2023', '2023-11-09', 'plain'],
    ['Thursday, 9 November 2023 10:05', '2023-11-09', 'plain'],
    ['jeudi 9 novembre 2023 à 14h05', '2023-11-09', 'plain'],
    ['Publié le 1er mars 2024', '2024-03-01', 'published'],
    ['Veröffentlicht am 3. Oktober 2022, 08:15 Uhr', '2022-10-03', 'published'],
    ['Aktualisiert am 04.10.2022', '2022-10-04', 'updated'],
    ['Publicado el 12 de diciembre de 2021', '2021-12-12', 'published'],
    ['Pubblicato il 7 giugno 2020', '2020-06-07', 'published'],
    ['Atualizado em 5 de maio de 2019', '2019-05-05', 'updated'],
    ['Gepubliceerd op 2 mei 2018', '2018-05-02', 'published'],
    ['14 lutego 2023', '2023-02-14', 'plain'],
    ['22 декабря 2023 г.', '2023-12-22', 'plain'],
    ['2023-12-22T08:30:00+02:00', '2023-12-22', 'plain'],
    ['2023年12月22日', '2023-12-22', 'plain'],
    ['Posted on December 22nd, 2023 at 3:45 p.m. ET', '2023-12-22', 'published'],
    ['Date: 22/12/2023', '2023-12-22', 'published'],
    ['22.12.23', '2023-12-22', 'plain'],
    // Both on one line: the first publication wins over the update.
    ['Updated 23 Dec 2023 | Published 22 Dec 2023', '2023-12-22', 'published'],
  ];
  it.each(lines)('%s -> %s (%s)', (line, date, kind) => {
    expect(parseDateLine(line)).toMatchObject({ date, kind });
  });

  const notDateLines = [
    'Smoke rises over the harbour after the storm, Dec. 22, 2023.',
    'On 22 December 2023 the ministry said the talks had failed.',
    'BREAKING: 22 December 2023',
    '31 February 2023', // no such day
    '2023-13-01', // no such month
    '12/11/2023', // 12 November or December 11: not guessed
    'Constructor 12, 2023', // an Object.prototype key is no month
    'Published by the ministry',
    '22 Smithers 2023',
    '',
  ];
  it.each(notDateLines)('rejects %j', (line) => {
    expect(parseDateLine(line)).toBeNull();
  });
});

describe('findVisibleDate', () => {
  it('prefers the published line to an earlier updated line', () => {
    const text = 'Harbour reopens after storm\nUpdated: 23 Dec 2023\nPublished 22 Dec 2023\n\nThe harbour reopened.';
    expect(findVisibleDate(text)).toMatchObject({ date: '2023-12-22', kind: 'published' });
  });

  it('falls back to an updated line when nothing else is dated', () => {
    expect(findVisibleDate('Body text.\nLast updated on March 3, 2024')?.date).toBe('2024-03-03');
  });

  it('ignores dates inside sentences', () => {
    expect(findVisibleDate('The port closed on 22 December 2023 and reopened a week later.')).toBeNull();
  });
});

describe('parseWrittenDate and monthNumber', () => {
  it('reads a date at the start and returns what follows', () => {
    expect(parseWrittenDate('March 3, 2024, in the morning')).toEqual({
      date: '2024-03-03',
      rule: 'month-day-year',
      rest: ', in the morning',
    });
  });

  it('knows abbreviations with a dot and ignores unknown words', () => {
    expect(monthNumber('Sept.')).toBe(9);
    expect(monthNumber('déc')).toBe(12);
    expect(monthNumber('toString')).toBeNull();
  });
});
