import { describe, expect, it } from 'vitest';
import type { Entity } from '../../model/index.js';
import { readText } from '../nlp.js';
import { findEntities } from './index.js';
import { resultLine } from './teams.js';

// Every sentence and table here is written for these tests; club names are invented or generic.
function entitiesOf(text: string): Entity[] {
  return findEntities({
    article: { text, title: null, published: null, dateline: null, outlet: null, language: 'en' },
    read: readText(text),
  });
}
const named = (entities: Entity[], text: string) => entities.find((e) => e.mentions.some((m) => m.text === text));
const typeOf = (text: string, name: string) => named(entitiesOf(text), name)?.type;

describe('resultLine: lines of sport results', () => {
  it.each([
    ['Leeds 2 Chelsea 1', 'score', ['Leeds', 'Chelsea']],
    ['Werder Bremen 17 6 4 7 29 28 22', 'standings', ['Werder Bremen']],
    ['3. Dynamo Lisbon (Portugal) 9 5 4 14', 'standings', ['Dynamo Lisbon']],
    ['Boston at Chicago', 'fixture', ['Boston', 'Chicago']],
    ['Otterburn Rovers v Hexley United', 'fixture', ['Otterburn Rovers', 'Hexley United']],
  ])('%s is a %s line', (line, kind, names) => {
    const result = resultLine(line, 0);
    expect(result?.kind).toBe(kind);
    expect(result?.slots.map((s) => line.slice(s.start, s.end))).toEqual(names);
  });

  it.each([
    'Leeds is a city of 800,000 people in 2024',
    'Prices rose 3 percent in Chicago',
    'Chicago 12',
    'The council met 3 times',
  ])('%s is not a results line', (line) => {
    expect(resultLine(line, 0)).toBeNull();
  });
});

describe('findEntities: organisations named after places', () => {
  it('types the cities of a score line as clubs, and the same names elsewhere in the report', () => {
    const text = 'Leeds 2 Chelsea 1\nLeeds had lost their previous three games before the win on Saturday.';
    const entities = entitiesOf(text);
    const leeds = named(entities, 'Leeds');
    expect(leeds?.type).toBe('ORG');
    expect(leeds?.mentions).toHaveLength(2);
  });

  it('types both teams of a "v" fixture as clubs, and of an "at" fixture the visitors only: the home city is the venue', () => {
    const versus = entitiesOf('Fixtures for Sunday:\nBoston v Chicago');
    expect(named(versus, 'Boston')?.type).toBe('ORG');
    expect(named(versus, 'Chicago')?.type).toBe('ORG');
    expect(named(versus, 'Chicago')?.country).toBe('USA');
    const at = entitiesOf('Fixtures for Sunday:\nBoston at Chicago');
    expect(named(at, 'Boston')?.type).toBe('ORG');
    expect(named(at, 'Chicago')?.type).toBe('GPE');
  });

  it('keeps countries of a results line as places: a national team is the country', () => {
    const text = 'Italy 2 Scotland 1\nItaly qualified for the finals.';
    expect(typeOf(text, 'Italy')).toBe('GPE');
    expect(typeOf(text, 'Scotland')).toBe('GPE');
  });

  it('makes a club word and a city one organisation in a standings row', () => {
    const text = 'Standings after Sunday\'s games:\nWerder Bremen 17 6 4 7 29 28 22\nDynamo Lisbon 17 5 4 8 20 27 19';
    const entities = entitiesOf(text);
    expect(named(entities, 'Werder Bremen')?.type).toBe('ORG');
    expect(named(entities, 'Dynamo Lisbon')?.type).toBe('ORG');
    expect(entities.some((e) => e.mentions.some((m) => m.text === 'Bremen'))).toBe(false);
  });

  it('leaves people in a table of scores as people', () => {
    const text = 'Leading scores after the second round:\nJohn Marlowe 68 70 71\nPeter Hallam 70 69 72';
    expect(typeOf(text, 'John Marlowe')).toBe('PERSON');
  });

  it('does not take a city in a market table for a club', () => {
    const text = 'Grain receipts at delivery points, in bushels:\nChicago 61,514 0\nToledo 12,300 4,500';
    expect(typeOf(text, 'Chicago')).toBe('GPE');
  });

  it.each([
    ['The striker left Leeds for a club in Spain.', 'Leeds', 'GPE'],
    ['Hexley beat Leeds 3-0 on Saturday.', 'Leeds', 'ORG'],
    ['The visitors drew with Liverpool at home.', 'Liverpool', 'ORG'],
    ['He has signed for Leeds until the end of the season.', 'Leeds', 'ORG'],
    ['Leeds striker Tom Varley was fined by the league.', 'Leeds', 'ORG'],
    ['She joined the Dutch club Utrecht in June.', 'Utrecht', 'ORG'],
    ['Protesters marched through Leeds on Saturday.', 'Leeds', 'GPE'],
  ])('%s -> %s is %s', (text, name, type) => {
    expect(typeOf(text, name)).toBe(type);
  });

  it.each([
    ['Tickets for the Dallas Cowboys game sold out within an hour.', 'Dallas Cowboys'],
    ['Fans of CSKA Moscow travelled overnight.', 'CSKA Moscow'],
    ['Researchers at Cairo University published the survey.', 'Cairo University'],
  ])('%s -> %s is one organisation', (text, name) => {
    expect(typeOf(text, name)).toBe('ORG');
  });

  it('does not join a direction word and a city into an organisation', () => {
    expect(typeOf('Flooding closed roads in North London overnight.', 'London')).not.toBe('ORG');
  });
});

describe('findEntities: companies', () => {
  it.each([
    ['Shares of Dravenport rose 4 percent after the results.', 'Dravenport'],
    ['Dravenport shares fell in early trading.', 'Dravenport'],
    ['The fund bought a stake in Quillmark last year.', 'Quillmark'],
  ])('%s -> %s is ORG', (text, name) => {
    expect(typeOf(text, name)).toBe('ORG');
  });

  it('does not read "shares" as a verb after a person for a company cue', () => {
    expect(typeOf('After three rounds Tom Marlowe shares the lead with two others.', 'Tom Marlowe')).toBe('PERSON');
  });

  it('joins a company shortened to its first word with its full name', () => {
    const text = 'Quillmark Mining Corp said output rose. Quillmark expects higher prices next year.';
    const entity = named(entitiesOf(text), 'Quillmark Mining Corp');
    expect(entity?.type).toBe('ORG');
    expect(entity?.mentions.map((m) => m.text)).toEqual(['Quillmark Mining Corp', 'Quillmark']);
  });
});

describe('findEntities: shortened names and datelines', () => {
  it('extends a known organisation with its legal form and joins its two-word short form', () => {
    const text = 'Harlow Pacific Gold Corp rejected the offer. Analysts said Harlow Pacific would hold out for more.';
    const entity = named(entitiesOf(text), 'Harlow Pacific Gold Corp');
    expect(entity?.type).toBe('ORG');
    expect(entity?.mentions.map((m) => m.text)).toEqual(['Harlow Pacific Gold Corp', 'Harlow Pacific']);
  });

  it('reads an unknown name opening a dateline before a known place as a place in its country', () => {
    const text = 'KELDON SPRINGS, Colorado 2024-01-06\nThe race in Keldon Springs was called off because of wind.';
    const entities = entitiesOf(text);
    const place = named(entities, 'KELDON SPRINGS');
    expect(place?.type).toBe('GPE');
    expect(place?.country).toBe('USA');
  });

  it('leaves a person before a comma and a place in running text alone', () => {
    expect(typeOf('The award went to Tom Marlowe, Colorado, last year.', 'Tom Marlowe')).toBe('PERSON');
  });
});

describe('findEntities: capitalised openers of table rows', () => {
  it('drops a lone unknown word that opens a line once, keeps one the document repeats', () => {
    const once = entitiesOf('Halftime 1-0\nThe match ended in a draw.');
    expect(named(once, 'Halftime')).toBeUndefined();
    const twice = entitiesOf('Zerbanto arrived late.\nOfficials said Zerbanto would stay a week.');
    expect(named(twice, 'Zerbanto')).toBeDefined();
  });
});

describe('findEntities: countries of people and organisations from the gazetteer', () => {
  it.each([
    ['Boris Yeltsin signed the decree in the Kremlin.', 'Boris Yeltsin', 'RUS'],
    ['Yeltsin signed the decree.', 'Yeltsin', 'RUS'],
    ['Carlos Menem spoke in Buenos Aires.', 'Carlos Menem', 'ARG'],
    ['UNITA fighters withdrew from the town.', 'UNITA', 'AGO'],
    ['Bush said the talks would continue.', 'Bush', 'USA'],
  ])('%s -> %s is from %s', (text, name, country) => {
    expect(named(entitiesOf(text), name)?.country).toBe(country);
  });

  it('keeps a null country for an international body', () => {
    expect(named(entitiesOf('The UN and APEC welcomed the agreement.'), 'UN')?.country).toBeNull();
  });
});
