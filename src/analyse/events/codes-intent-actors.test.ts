import { describe, expect, it } from 'vitest';
import { eventsOf } from '../../../test/helpers/events.js';

const analyse = (text: string) => eventsOf(text, '2025-06-02');

describe('codes written from the CAMEO definitions', () => {
  // [sentence, PLOVER type, CAMEO code, rule]
  const table: [string, string, string, string][] = [
    ['The Omani sultan received a delegation of Yemeni tribal elders at his palace in Muscat.', 'CONSULT', '043', 'consult-receive'],
    ['A little-known militant cell claimed responsibility for the blast at the bus depot in Peshawar.', 'AGREE', '015', 'agree-claim-responsibility'],
    ['Australia advised its citizens against travel to Niger after the coup.', 'SANCTION', '160', 'sanction-advise-against-travel'],
    ['The junta forced the French aid agency out of the country on Friday.', 'SANCTION', '166', 'sanction-force-out'],
    ['The navy strengthened its forces in the strait after the collision.', 'MOBILIZE', '150', 'mobilize-strengthen'],
    ['State-backed hackers broke into the servers of the Estonian election commission.', 'COERCE', '170', 'coerce-hack'],
    ['Israel on Tuesday released the journalist after eleven months in detention.', 'RETREAT', '0841', 'retreat-release'],
    ['Neighbouring Chad helped the stranded refugees with tents and water.', 'AID', '070', 'aid-help'],
    ['Hungary lodged a formal protest with the Slovak embassy over the language law.', 'ACCUSE', '114', 'accuse-lodge-protest'],
    ['The constitutional court opened a hearing into the dismissal of the prosecutors.', 'ACCUSE', '090', 'accuse-hearing'],
    ['The military council ordered the independent radio station to stop broadcasting.', 'COERCE', '1721', 'coerce-order-closure'],
    ['Latvia announced a suspension of rail links with Belarus on Thursday.', 'SANCTION', '161', 'sanction-suspend'],
  ];
  it.each(table)('%s -> %s %s', (sentence, type, cameo, rule) => {
    const { explained } = analyse(sentence);
    const hit = explained.find((e) => e.rule === rule);
    expect(hit, JSON.stringify(explained.map((e) => e.rule))).toBeDefined();
    expect(hit!.event.type).toBe(type);
    expect(hit!.event.cameo).toBe(cameo);
  });

  it('takes the one under pressure as the target and the one pressing as the source', () => {
    const { events, country } = analyse('The Peruvian mayor came under pressure from the Chilean government to resign.');
    const pressure = events.find((e) => e.cameo === '170');
    expect(pressure).toBeDefined();
    expect(country(pressure!.source)).toContain('CHL');
    expect(country(pressure!.target)).toContain('PER');
  });

  it('takes the one who gives assurances as the source', () => {
    const { events, country } = analyse('Kenyan farmers received assurances from the Ugandan government that the border would reopen.');
    const agree = events.find((e) => e.type === 'AGREE');
    expect(agree).toBeDefined();
    expect(country(agree!.source)).toContain('UGA');
    expect(country(agree!.target)).toContain('KEN');
  });

  it('does not read a report "released" on a day as a release of people', () => {
    const { events } = analyse('A report released on Monday by the Malawian ombudsman alleged that ministers had taken bribes.');
    expect(events.some((e) => e.type === 'RETREAT')).toBe(false);
    expect(events.some((e) => e.type === 'ACCUSE')).toBe(true);
  });
});

describe('readiness and intent', () => {
  it('reads readiness to use force as a threat', () => {
    const { events } = analyse("Ecuador's interior ministry announced that it is prepared to impose martial law in the port city.");
    expect(events.map((e) => [e.type, e.cameo])).toContainEqual(['THREATEN', '137']);
    expect(events.some((e) => e.type === 'AGREE')).toBe(false);
  });

  it('reads a readiness to forgive as the verbal act of support itself', () => {
    const { events } = analyse('Opposition leaders in Zambia said they are willing to forgive the former president.');
    expect(events.map((e) => [e.type, e.cameo])).toContainEqual(['SUPPORT', '056']);
  });

  it('reads a wish to help as an intent to give aid, not as aid given', () => {
    const { events } = analyse('The Danish foreign minister wants to help Moldova rebuild its power grid.');
    expect(events.map((e) => [e.type, e.cameo])).toContainEqual(['AGREE', '033']);
    expect(events.some((e) => e.type === 'AID')).toBe(false);
  });
});

describe('sentences that tell no event', () => {
  it.each([
    'The Swedish envoy gave the interview in Doha at the start of a regional trip aimed at easing tensions.',
    'Residents described a pause in the shelling around Kharkiv overnight.',
  ])('%s -> none', (sentence) => {
    expect(analyse(sentence).events).toEqual([]);
  });

  it('keeps a meeting given only as the occasion when the parties follow it', () => {
    const { events } = analyse('During a phone call on Friday, Chilean President Gabriel Boric and Brazilian President Lula discussed the drought.');
    expect(events.some((e) => e.type === 'CONSULT')).toBe(true);
  });
});

describe('actors', () => {
  it('codes an unnamed subject by the place it is from', () => {
    const { events, country } = analyse('Demonstrators in Nairobi blocked a highway to protest the new tax.');
    const protest = events.find((e) => e.type === 'PROTEST');
    expect(protest).toBeDefined();
    expect(country(protest!.source)).toContain('KEN');
  });

  it('does not take a place opening the sentence as the subject', () => {
    const { events } = analyse('In Geneva, delegates agreed to extend the truce.');
    const agree = events.find((e) => e.type === 'AGREE');
    expect(agree).toBeDefined();
    expect(agree!.source).toEqual([]);
  });

  it('keeps one nationality on both sides when it names two groups', () => {
    const { events, country } = analyse('Georgian demonstrators fired flares at the Georgian police headquarters.');
    const hit = events.find((e) => e.type === 'ASSAULT') ?? events[0];
    expect(hit).toBeDefined();
    expect(country(hit.source)).toContain('GEO');
    expect(country(hit.target)).toContain('GEO');
  });

  it('takes the speaker before "said that" as the one who demands, and the one after as the target', () => {
    const { events, country } = analyse('Russia said on Tuesday that Sudan must return the cargo plane seized last week.');
    const demand = events.find((e) => e.type === 'REQUEST');
    expect(demand).toBeDefined();
    expect(country(demand!.source)).toContain('RUS');
    expect(country(demand!.target)).toContain('SDN');
  });

  it('reads a statement opened by an interview, not an attribution tail', () => {
    const { events } = analyse('In an interview on Sunday, President Hakainde Hichilema said he is prepared to lift the ban on the opposition newspaper.');
    expect(events.length).toBeGreaterThan(0);
  });
});
