import { describe, expect, it } from 'vitest';
import { dateFromUrl, datesInText, isDateLine, parseDate, parseWrittenDate, type TimeZoneRule } from './date-text.js';

const CET: TimeZoneRule = { offsetHours: 1, dst: 'eu' };
const US_EAST: TimeZoneRule = { offsetHours: -5, dst: 'us' };

describe('parseDate', () => {
  it.each([
    // metadata values
    ['2023-11-09T07:45:00+00:00', '2023-11-09'],
    ['2023-11-09', '2023-11-09'],
    ['2023-11-9 17:11', '2023-11-09'],
    ['20231109', '2023-11-09'],
    ['20231109134500', '2023-11-09'],
    ['2023/11/09', '2023-11-09'],
    ['2023.11.09', '2023-11-09'],
    // day first with dots, everywhere
    ['09.11.2023', '2023-11-09'],
    ['9.11.2023, 06:12 Uhr', '2023-11-09'],
    ['09.11.23', '2023-11-09'],
    ['4. 2. 2022', '2022-02-04'],
    // slashes: day first unless told otherwise, unless impossible
    ['09/11/2023', '2023-11-09'],
    ['11/25/2023', '2023-11-25'],
    // written months
    ['9 November 2023', '2023-11-09'],
    ['Thursday, 9th November 2023', '2023-11-09'],
    ['November 9, 2023', '2023-11-09'],
    ['Nov. 9, 2023 at 2:02 p.m.', '2023-11-09'],
    ['9. November 2023', '2023-11-09'],
    ['Donnerstag, 9. März 2023', '2023-03-09'],
    ['9 novembre 2023', '2023-11-09'],
    ['1er décembre 2023', '2023-12-01'],
    ['9 de noviembre de 2023', '2023-11-09'],
    ['9 listopada 2023', '2023-11-09'],
    ['9 ноября 2023', '2023-11-09'],
    ['9 settembre 2023', '2023-09-09'],
    ['2023年11月9日', '2023-11-09'],
  ])('%s -> %s', (text, expected) => {
    expect(parseDate(text)).toBe(expected);
  });

  it('reads slashes month first when the page is American', () => {
    expect(parseDate('11/09/2023', { monthFirst: true })).toBe('2023-11-09');
    expect(parseDate('11/09/2023')).toBe('2023-09-11');
  });

  it.each([
    ['2023-02-30', 'no such day'],
    ['2023-13-01', 'no such month'],
    ['1850-01-01', 'before the web'],
    ['version 1.2.3', 'a version number'],
    ['192.168.1.1', 'an address'],
    ['Call 0800 123 4567', 'a phone number'],
    ['November 2023', 'a month without a day'],
    ['12/05/23', 'a two-digit year with slashes'],
    ['', 'nothing'],
  ])('finds no date in %s (%s)', (text) => {
    expect(parseDate(text)).toBeNull();
  });
});

describe('parseDate with the site time zone', () => {
  it('moves a late-evening UTC timestamp to the next local day in Central Europe', () => {
    expect(parseDate('2023-11-08T23:30:00Z', { zone: CET })).toBe('2023-11-09');
    expect(parseDate('2023-11-08T23:30:00Z')).toBe('2023-11-08');
  });

  it('applies summer time', () => {
    // 22:30 UTC in July is 00:30 CEST the next day, but only 23:30 CET in January.
    expect(parseDate('2023-07-08T22:30:00Z', { zone: CET })).toBe('2023-07-09');
    expect(parseDate('2023-01-08T22:30:00Z', { zone: CET })).toBe('2023-01-08');
  });

  it('moves an early-morning UTC timestamp to the previous local day in the US', () => {
    expect(parseDate('2023-11-09T03:10:00+00:00', { zone: US_EAST })).toBe('2023-11-08');
    expect(parseDate('Thu, 09 Nov 2023 03:10:00 GMT', { zone: US_EAST })).toBe('2023-11-08');
  });

  it('leaves timestamps with their own offset and bare dates alone', () => {
    expect(parseDate('2023-11-08T23:30:00-05:00', { zone: CET })).toBe('2023-11-08');
    expect(parseDate('2023-11-08', { zone: CET })).toBe('2023-11-08');
    // Midnight UTC is a bare date stored as a timestamp, not a moment to move.
    expect(parseDate('2020-01-10T00:00:00+00:00', { zone: US_EAST })).toBe('2020-01-10');
  });
});

describe('parseWrittenDate', () => {
  it('needs a month name', () => {
    expect(parseWrittenDate('09.11.2023')).toBeNull();
    expect(parseWrittenDate('Published 9 Nov 2023')).toBe('2023-11-09');
  });
});

describe('datesInText', () => {
  it('lists dates in the order written, each once', () => {
    expect(datesInText('Published 9 November 2023, updated 10.11.2023 and again 10 November 2023')).toEqual([
      '2023-11-09',
      '2023-11-10',
    ]);
  });
});

describe('isDateLine', () => {
  it.each([
    'Published: 9 November 2023, 14:02',
    'Aktualisiert am 09.11.2023 | 06:12 Uhr',
    'Dodano: 09.11.2023 | Wyświetleń: 1204',
    'jeudi 9 novembre 2023',
  ])('%s is a date line', (text) => {
    expect(isDateLine(text)).toBe(true);
  });

  it.each([
    'The council met on 9 November 2023 to discuss the bridge.',
    'Ausstellung bis 09.11.2023 im Rathaus verlängert',
    'No date here at all',
  ])('%s is not', (text) => {
    expect(isDateLine(text)).toBe(false);
  });
});

describe('dateFromUrl', () => {
  it.each([
    ['https://news.example/2023/11/09/bridge-closure', '2023-11-09'],
    ['https://news.example/local/2023-11-09-bridge', '2023-11-09'],
    ['https://news.example/story/20231109/bridge', '2023-11-09'],
    ['https://news.example/2023/11/bridge', null],
    ['https://news.example/article/12345678/bridge', null],
    [null, null],
  ])('%s -> %s', (url, expected) => {
    expect(dateFromUrl(url)).toBe(expected);
  });
});
