import { describe, expect, it } from 'vitest';
import { eventsOf } from '../../../test/helpers/events.js';

const analyse = (text: string) => eventsOf(text, '2025-03-14');

describe('one event a sentence: the one it reports', () => {
  // [sentence, the only PLOVER type coded]: the other triggers sit in the background.
  const table: [string, string][] = [
    ['The government lifted the curfew in Oruro, where three people were killed in riots last month.', 'CONCEDE'],
    ['Thousands of nurses marched through Lisbon on Tuesday to demand higher pay.', 'PROTEST'],
    ['Opposition parties demanded a recount of the votes in the capital.', 'REQUEST'],
    ['Riot police arrested twelve students outside the university.', 'COERCE'],
    ['Canada suspended aid to the region after the shooting of two aid workers.', 'SANCTION'],
    ['The Economic Cooperation Organisation agreed to open a trade office in Kabul.', 'AGREE'],
    ['Israel complained to the United Nations over two air raids on its northern towns.', 'ACCUSE'],
    ['The Sudanese government lifted a state of emergency in the eastern provinces.', 'CONCEDE'],
  ];
  it.each(table)('%s -> %s', (sentence, type) => {
    expect(analyse(sentence).events.map((e) => e.type)).toEqual([type]);
  });

  it('says why a background trigger was passed over', () => {
    const { explained } = analyse('Residents returned to the market after the bombing in Aleppo.');
    expect(explained).toHaveLength(1);
    expect(explained[0].cues.join(' ')).toMatch(/inside a phrase|subordinate/);
  });

  it('a more specific trigger in a fronted phrase gives the mode: the call is by phone', () => {
    const { events } = analyse('In a telephone conversation, the Kenyan president and the Ugandan president discussed the border.');
    expect(events).toHaveLength(1);
    expect(events[0].mode).toBe('phone');
    expect(events[0].cameo).toBe('041');
  });
});

describe('statements about attacks', () => {
  it('a claim that someone else attacked is an accusation by the speaker (CAMEO 112)', () => {
    const { events, country } = analyse('Kenya said Somali militants had attacked a border post near Mandera.');
    expect(events.map((e) => [e.type, e.cameo])).toEqual([['ACCUSE', '112']]);
    expect(country(events[0].source)).toContain('KEN');
  });

  it('a speaker telling its own deed is the deed', () => {
    const { events, country } = analyse('Ukraine said it had shelled Russian positions near Bakhmut.');
    expect(events.map((e) => e.type)).toEqual(['ASSAULT']);
    expect(country(events[0].source)).toContain('UKR');
  });
});

describe('actors', () => {
  it('both sides of a clash are source and target', () => {
    const { events, country } = analyse('Russian troops clashed with Ukrainian soldiers near Kharkiv.');
    expect(events.map((e) => e.type)).toEqual(['ASSAULT']);
    expect(country(events[0].source)).toEqual(expect.arrayContaining(['RUS', 'UKR']));
    expect(country(events[0].target)).toEqual(expect.arrayContaining(['RUS', 'UKR']));
  });

  it('with no one acted on, the place named is the target and stays the location', () => {
    const { events, country } = analyse('Turkish authorities imposed a curfew in Diyarbakir on Sunday.');
    expect(events.map((e) => e.type)).toEqual(['COERCE']);
    expect(country(events[0].target)).toEqual(['TUR']);
    expect(events[0].location).not.toBeNull();
  });

  it('"fired ... at" is an attack on what follows "at"', () => {
    const { events, country } = analyse('Greek coastguards fired warning shots at a Turkish fishing boat.');
    expect(events.map((e) => e.type)).toEqual(['ASSAULT']);
    expect(country(events[0].target)).toContain('TUR');
  });
});

describe('no event', () => {
  it.each([
    'The tanks headed back to their barracks before dawn.',
    'The Cooperation Council published its annual report on Monday.',
  ])('%s', (sentence) => {
    expect(analyse(sentence).events).toEqual([]);
  });
});
