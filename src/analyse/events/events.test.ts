import { describe, expect, it } from 'vitest';
import { Event as EventSchema } from '../../model/index.js';
import { findEntities } from '../entities/index.js';
import { readText } from '../nlp.js';
import { findTimes } from '../time/index.js';
import { compilePattern, eventRules } from './rules.js';
import { findEvents, findEventsExplained } from './index.js';

function analyse(text: string, published: string | null = '2025-03-14', eventDate: string | null = null) {
  const article = { text, title: null, published, dateline: null, outlet: null, language: 'en' };
  const input = { article, read: readText(text) };
  const entities = findEntities(input);
  const times = findTimes(text, published);
  const explained = findEventsExplained(input, entities, times, eventDate);
  const name = (id: string) => entities.find((e) => e.id === id)?.name ?? id;
  return { explained, events: explained.map((e) => e.event), entities, name };
}

describe('event families', () => {
  // [sentence, PLOVER type, CAMEO root, mode or undefined]
  const table: [string, string, string, string | null | undefined][] = [
    ['President Lindqvist spoke by phone with Chancellor Moreau on Tuesday about the gas pipeline.', 'CONSULT', '04', 'phone'],
    ['The Kenyan foreign minister visited Uganda last week to discuss refugee returns.', 'CONSULT', '04', 'visit'],
    ['Officials from Peru and Ecuador held talks on fishing rights in Lima.', 'CONSULT', '04', undefined],
    ['Ghana and Togo agreed to reopen their shared border after a year of closure.', 'AGREE', '03', undefined],
    ['Germany urged Serbia to hand over the suspects without delay.', 'REQUEST', '02', undefined],
    ['Striking miners demanded the resignation of the energy minister.', 'REQUEST', '10', undefined],
    ['Seoul accused Pyongyang of violating the maritime truce.', 'ACCUSE', '11', undefined],
    ['The bishops condemned the execution of the two activists.', 'ACCUSE', '11', undefined],
    ['Cuba rejected the proposal for a new round of negotiations.', 'REJECT', '12', undefined],
    ['The dockers union threatened to shut down every port in the country.', 'THREATEN', '13', undefined],
    ['Thousands of teachers demonstrated outside parliament in Bucharest on Monday.', 'PROTEST', '14', 'demo-spon'],
    ['Six prisoners began a hunger strike to demand a retrial.', 'PROTEST', '14', 'strike-hun'],
    ['Armenia mobilized reservists near the disputed border.', 'MOBILIZE', '15', 'troops'],
    ['Norway suspended aid to Mali after the coup.', 'SANCTION', '16', undefined],
    ['Police arrested forty protesters in the capital overnight.', 'COERCE', '17', 'arrest'],
    ['Israel launched air strikes on targets in southern Lebanon.', 'ASSAULT', '19', 'air'],
    ['Government forces shelled rebel positions outside Aleppo.', 'ASSAULT', '19', 'heavy-weapons'],
    ['A car bomb exploded outside the interior ministry, killing four guards.', 'ASSAULT', '18', 'explosives'],
    ['Japan donated fifty ambulances to Mongolia.', 'AID', '07', undefined],
    ['Italy praised the Greek handling of the migrant crisis.', 'SUPPORT', '05', undefined],
    ['The army lifted the curfew in the northern city.', 'CONCEDE', '08', undefined],
    ['Moscow withdrew its troops from the disputed valley.', 'RETREAT', '08', undefined],
  ];
  it.each(table)('%s -> %s', (sentence, type, root, mode) => {
    const { events } = analyse(sentence);
    const hit = events.find((e) => e.type === type);
    expect(hit, JSON.stringify(events)).toBeDefined();
    expect(hit!.cameo!.slice(0, 2)).toBe(root);
    if (mode !== undefined) expect(hit!.mode).toBe(mode);
    expect(hit!.negated).toBe(false);
    for (const e of events) expect(EventSchema.safeParse(e).success).toBe(true);
  });
});

describe('actors, date and place', () => {
  it('codes a phone call with both parties, its date and the rule that decided it', () => {
    const text = 'Palestinian President Mahmoud Abbas held a phone call on Friday with US President Donald Trump, his office said.';
    const { explained, name } = analyse(text, '2024-11-09');
    const call = explained.find((e) => e.event.type === 'CONSULT');
    expect(call).toBeDefined();
    expect(call!.event).toMatchObject({ mode: 'phone', cameo: '041', date: '2024-11-08', negated: false });
    expect(call!.event.source.map(name)).toContain('Mahmoud Abbas');
    expect(call!.event.target.map(name)).toContain('Donald Trump');
    expect(call!.rule).toBe('consult-phone-call');
    expect(call!.trigger.toLowerCase()).toContain('phone call');
  });

  it('finds the parties after a fronted phrase and falls back to the document date in the lead', () => {
    const text = 'During a telephone conversation, Vladimir Putin and Mahmoud Abbas discussed the war in Gaza. The talks lasted an hour.';
    const { events, name } = analyse(text, null, '2023-12-22');
    const call = events.find((e) => e.mode === 'phone');
    expect(call).toBeDefined();
    const actors = [...call!.source, ...call!.target].map(name);
    expect(actors).toEqual(expect.arrayContaining(['Vladimir Putin', 'Mahmoud Abbas']));
    expect(call!.date).toBe('2023-12-22');
  });

  it('gives no date outside the lead when the sentence names no day', () => {
    const text = 'The summit opened quietly. Later, Chile and Argentina signed a treaty on their border.';
    const { events } = analyse(text, null, '2024-05-02');
    const treaty = events.find((e) => e.type === 'SUPPORT');
    expect(treaty).toBeDefined();
    expect(treaty!.date).toBeNull();
  });

  it('reads the passive: the agent after "by" is the source', () => {
    const { events, name } = analyse('The convoy was attacked by Taliban fighters near Kandahar.');
    const attack = events.find((e) => e.type === 'ASSAULT');
    expect(attack).toBeDefined();
    expect(attack!.source.map(name).join(' ')).toMatch(/Taliban/);
    expect(attack!.location && name(attack!.location)).toBe('Kandahar');
  });

  it('resolves "the two leaders" to the two people named before', () => {
    const text = 'Emmanuel Macron welcomed Olaf Scholz in Paris on Monday. The two leaders later held talks on defence spending.';
    const { events, name } = analyse(text);
    const talks = events.find((e) => e.type === 'CONSULT' && e.evidence.text.startsWith('The two leaders'));
    expect(talks).toBeDefined();
    expect(talks!.source.map(name)).toEqual(expect.arrayContaining(['Emmanuel Macron', 'Olaf Scholz']));
  });
});

describe('negation and statements', () => {
  it('"refused to meet" is a refusal and a meeting that did not happen', () => {
    const { explained } = analyse('The opposition leader refused to meet the president on Sunday.');
    expect(explained.map((e) => [e.event.type, e.event.negated])).toEqual([['REJECT', false], ['CONSULT', true]]);
    expect(explained[0].cues.join(' ')).toMatch(/did not happen: "consult-meet" \(CONSULT\)/);
  });

  it.each([
    ['The army said its troops did not attack the village.', 'ASSAULT'],
    ['Police have never arrested the suspects named in the report.', 'COERCE'],
  ])('%s -> negated %s', (sentence, type) => {
    const hit = analyse(sentence).explained.find((e) => e.event.type === type);
    expect(hit?.event.negated).toBe(true);
    expect(hit?.cues.join(' ')).toMatch(/negated/);
  });

  it('"will not accept" is a rejection', () => {
    const { events } = analyse('Hungary says it will not accept any more refugees this year.');
    expect(events.map((e) => e.type)).toEqual(['REJECT']);
  });

  it('a call to stop hostilities is a request, not an assault', () => {
    const { events } = analyse('Russia called on both parties to stop hostilities and return to talks.');
    expect(events.map((e) => e.type)).toEqual(['REQUEST']);
  });

  it('a threat to strike is a threat, not an assault', () => {
    const { events } = analyse('The militia threatened to shell the airport if the talks failed.');
    expect(events.map((e) => e.type)).toEqual(['THREATEN']);
  });

  it('an announced future strike is an intent, an asserted one an assault', () => {
    expect(analyse('Ankara said its jets would bomb the camps.').events.map((e) => e.type)).toEqual(['THREATEN']);
    expect(analyse('Israel launched retaliatory strikes on Gaza, the army said.').events.map((e) => e.type)).toEqual(['ASSAULT']);
  });

  it('a future visit is an intent to meet', () => {
    const { events } = analyse('The Pope will visit Iraq in March.');
    expect(events[0]).toMatchObject({ type: 'AGREE', cameo: '036' });
  });
});

describe('sentences with no event', () => {
  it.each([
    'The museum reopened its east wing after two years of renovation.',
    'Inflation slowed to 2.1 percent in February, the statistics office said.',
    'The river rose by a metre overnight but stayed below the flood mark.',
    '',
  ])('%s', (sentence) => {
    expect(analyse(sentence).events).toEqual([]);
  });

  it('war games are cooperation, not war', () => {
    const types = analyse('India and France held war games in the Arabian Sea.').events.map((e) => e.type);
    expect(types).toEqual(['COOPERATE']);
  });
});

describe('rules', () => {
  it('every rule compiles, names a known CAMEO code and has an example', () => {
    const { rules, codes } = eventRules();
    expect(rules.length).toBeGreaterThan(80);
    for (const rule of rules) {
      expect(codes.has(rule.cameo), rule.id).toBe(true);
      expect(rule.example.length, rule.id).toBeGreaterThan(10);
    }
  });

  it('rejects a pattern that starts with a gap, naming the rule', () => {
    expect(() => compilePattern('bad-rule', '* attack', {})).toThrow(/bad-rule/);
  });

  it('the public entry returns plain events', () => {
    const text = 'Estonia expelled two Russian diplomats on Monday.';
    const input = { article: { text, title: null, published: '2025-01-07', dateline: null, outlet: null, language: 'en' }, read: readText(text) };
    const events = findEvents(input, findEntities(input), findTimes(text, '2025-01-07'), null);
    expect(events[0]).toMatchObject({ type: 'SANCTION', cameo: '166', date: '2025-01-06' });
  });
});
