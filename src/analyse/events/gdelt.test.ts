import { describe, expect, it } from 'vitest';
import type { AnalysedDocument } from '../../model/index.js';
import { GDELT_EVENT_COLUMNS, gdeltRows } from './gdelt.js';

const text =
  'Prime Minister Elena Varga of Norland spoke by phone with President Tomas Reyes of Sorvia on Friday.\n\n' +
  'Norland troops shelled border posts near Kessel, the Sorvian defence ministry said.';

const doc: AnalysedDocument = {
  id: 'd1',
  source: { path: 'call.txt', url: 'https://news.example/2025/03/14/call', id: null, record: null },
  outlet: 'News Example',
  title: 'Leaders speak by phone',
  published: '2025-03-14',
  dateline: null,
  language: 'en',
  text,
  entities: [
    { id: 'person:elena-varga', name: 'Elena Varga', type: 'PERSON', aliases: [], roles: ['Prime Minister'], country: 'NRL', mentions: [] },
    { id: 'person:tomas-reyes', name: 'Tomas Reyes', type: 'PERSON', aliases: [], roles: ['President'], country: 'SRV', mentions: [] },
    { id: 'gpe:kessel', name: 'Kessel', type: 'GPE', aliases: [], roles: [], country: null, mentions: [] },
  ],
  times: [],
  events: [
    { type: 'CONSULT', mode: 'phone', cameo: '041', source: ['person:elena-varga'], target: ['person:tomas-reyes'], date: '2025-03-14', location: null, negated: false, evidence: { start: 0, end: 99, text: text.slice(0, 99) } },
    { type: 'ASSAULT', mode: null, cameo: '195', source: [], target: [], date: null, location: 'gpe:kessel', negated: false, evidence: { start: 101, end: 180, text: text.slice(101, 180) } },
    { type: 'CONSULT', mode: 'visit', cameo: '042', source: ['person:tomas-reyes'], target: [], date: null, location: null, negated: true, evidence: { start: 0, end: 10, text: text.slice(0, 10) } },
  ],
  quotes: [],
  claims: [],
  eventDate: { date: '2025-03-14', rule: 'lead-date', evidence: null },
};

describe('gdeltRows', () => {
  const rows = gdeltRows(doc, 7, '20250315120000').map((row) => Object.fromEntries(GDELT_EVENT_COLUMNS.map((c, i) => [c, row[i]])));

  it('writes one 61-column row per coded event, leaving out negated ones', () => {
    expect(GDELT_EVENT_COLUMNS).toHaveLength(61);
    expect(rows).toHaveLength(2);
  });

  it('fills dates, actors, codes, QuadClass and the Goldstein value', () => {
    expect(rows[0]).toMatchObject({
      GLOBALEVENTID: '7',
      SQLDATE: '20250314',
      MonthYear: '202503',
      Year: '2025',
      Actor1Name: 'ELENA VARGA',
      Actor1CountryCode: 'NRL',
      Actor2Name: 'TOMAS REYES',
      EventCode: '041',
      EventBaseCode: '041',
      EventRootCode: '04',
      QuadClass: '1',
      GoldsteinScale: '1',
      IsRootEvent: '1',
      DATEADDED: '20250315120000',
      SOURCEURL: 'https://news.example/2025/03/14/call',
    });
    expect(Number(rows[0].FractionDate)).toBeCloseTo(2025.2, 1);
  });

  it('dates an undated event by the document, names its place, and marks events after the lead as not root', () => {
    expect(rows[1]).toMatchObject({ SQLDATE: '20250314', EventRootCode: '19', QuadClass: '4', IsRootEvent: '0', ActionGeo_FullName: 'Kessel' });
    expect(Number(rows[1].GoldsteinScale)).toBeLessThan(0);
  });
});
