/**
 * Events as rows of the GDELT 2.0 Events table (61 tab-separated columns, in GDELT's
 * order), so Dateline output loads into tools built for GDELT. Fields Dateline does not
 * know (CAMEO actor codes beyond the country, geo coordinates, tone) are left empty,
 * as GDELT itself leaves fields it cannot fill.
 */
import type { AnalysedDocument, Entity, Event } from '../../model/index.js';
import { eventRules } from './rules.js';

export const GDELT_EVENT_COLUMNS = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  'Actor1Code', 'Actor1Name', 'Actor1CountryCode', 'Actor1KnownGroupCode', 'Actor1EthnicCode', 'Actor1Religion1Code', 'Actor1Religion2Code', 'Actor1Type1Code', 'Actor1Type2Code', 'Actor1Type3Code',
  'Actor2Code', 'Actor2Name', 'Actor2CountryCode', 'Actor2KnownGroupCode', 'Actor2EthnicCode', 'Actor2Religion1Code', 'Actor2Religion2Code', 'Actor2Type1Code', 'Actor2Type2Code', 'Actor2Type3Code',
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale', 'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  'Actor1Geo_Type', 'Actor1Geo_FullName', 'Actor1Geo_CountryCode', 'Actor1Geo_ADM1Code', 'Actor1Geo_ADM2Code', 'Actor1Geo_Lat', 'Actor1Geo_Long', 'Actor1Geo_FeatureID',
  'Actor2Geo_Type', 'Actor2Geo_FullName', 'Actor2Geo_CountryCode', 'Actor2Geo_ADM1Code', 'Actor2Geo_ADM2Code', 'Actor2Geo_Lat', 'Actor2Geo_Long', 'Actor2Geo_FeatureID',
  'ActionGeo_Type', 'ActionGeo_FullName', 'ActionGeo_CountryCode', 'ActionGeo_ADM1Code', 'ActionGeo_ADM2Code', 'ActionGeo_Lat', 'ActionGeo_Long', 'ActionGeo_FeatureID',
  'DATEADDED', 'SOURCEURL',
] as const;

/** CAMEO root code -> GDELT QuadClass: verbal/material cooperation, verbal/material conflict. */
function quadClass(root: number): number {
  if (root <= 5) return 1;
  if (root <= 8) return 2;
  if (root <= 14) return 3;
  return 4;
}

/** Day of a `YYYY-MM-DD` date as GDELT's YYYY.FFFF fraction of the year. */
function fractionDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const dayOfYear = (Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / 86_400_000 + 1;
  return (y + dayOfYear / 365).toFixed(4);
}

/** GDELT has no room for tabs or line breaks inside a field. */
const clean = (value: string): string => value.replace(/[\t\r\n]+/g, ' ');

/**
 * One row per coded event of a document. `globalId` numbers rows across a whole export;
 * `added` is the export time as YYYYMMDDHHMMSS.
 */
export function gdeltRows(doc: AnalysedDocument, firstId: number, added: string): string[][] {
  const codes = eventRules().codes;
  const entity = new Map<string, Entity>(doc.entities.map((e) => [e.id, e]));
  const actor = (ids: string[]) => {
    const e = ids.map((id) => entity.get(id)).find(Boolean);
    return { name: e ? clean(e.name.toUpperCase()) : '', country: e?.country ?? '' };
  };
  // GDELT's "root event": one reported in the lead paragraph.
  const leadEnd = doc.text.indexOf('\n\n') < 0 ? doc.text.length : doc.text.indexOf('\n\n');
  return doc.events
    .filter((event): event is Event & { cameo: string } => event.cameo !== null && !event.negated)
    .map((event, i) => {
      const date = event.date ?? doc.eventDate?.date ?? doc.published;
      const day = date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null;
      const a1 = actor(event.source);
      const a2 = actor(event.target);
      const root = event.cameo.slice(0, 2);
      // GDELT writes a root-level code as its "not specified" child: 08 -> 080.
      const code = event.cameo.length === 2 ? `${event.cameo}0` : event.cameo;
      const place = event.location ? entity.get(event.location) : undefined;
      const row: Record<(typeof GDELT_EVENT_COLUMNS)[number], string> = Object.fromEntries(
        GDELT_EVENT_COLUMNS.map((c) => [c, '']),
      ) as Record<(typeof GDELT_EVENT_COLUMNS)[number], string>;
      Object.assign(row, {
        GLOBALEVENTID: String(firstId + i),
        SQLDATE: day ? day.replaceAll('-', '') : '',
        MonthYear: day ? day.slice(0, 7).replace('-', '') : '',
        Year: day ? day.slice(0, 4) : '',
        FractionDate: day ? fractionDate(day) : '',
        Actor1Code: a1.country,
        Actor1Name: a1.name,
        Actor1CountryCode: a1.country,
        Actor2Code: a2.country,
        Actor2Name: a2.name,
        Actor2CountryCode: a2.country,
        IsRootEvent: event.evidence.start < leadEnd ? '1' : '0',
        EventCode: code,
        EventBaseCode: code.slice(0, 3),
        EventRootCode: root,
        QuadClass: String(quadClass(Number(root))),
        GoldsteinScale: String(codes.get(event.cameo)?.goldstein ?? codes.get(event.cameo.slice(0, 3))?.goldstein ?? codes.get(root)?.goldstein ?? ''),
        NumMentions: '1',
        NumSources: '1',
        NumArticles: '1',
        // The place's name; its GDELT geo type and coordinates need a gazetteer with coordinates.
        ActionGeo_FullName: place ? clean(place.name) : '',
        DATEADDED: added,
        SOURCEURL: clean(doc.source.url ?? doc.source.path ?? doc.id),
      });
      return GDELT_EVENT_COLUMNS.map((c) => row[c]);
    });
}
