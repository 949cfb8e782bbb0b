import { describe, expect, it } from 'vitest';
import { eventsOf, expectFirstEvent } from '../../../test/helpers/events.js';

const analyse = (text: string) => eventsOf(text, '2025-06-02');

describe('codes for orders, inquiries, evidence, permission and compensation', () => {
  // [sentence, PLOVER type, CAMEO code, rule]
  const table: [string, string, string, string][] = [
    ['The senator called for an inquiry into the deaths at the border camp in Texas.', 'REQUEST', '101', 'request-investigation'],
    ['The Ghanaian president attended a regional summit in Abuja on Friday.', 'CONSULT', '044', 'consult-attend'],
    ['The mining company paid compensation to the families of the evicted farmers in Peru.', 'RETREAT', '0842', 'retreat-compensation'],
    ['The prosecutor presented evidence against the former port director in Mombasa.', 'ACCUSE', '112', 'accuse-evidence'],
    ['A Kenyan court ordered the former governor to repay the missing funds.', 'REQUEST', '100', 'request-order-to'],
    ['Fishing communities in Senegal are pushing hard for a ban on bottom trawling.', 'REQUEST', '100', 'request-push-for'],
    ["The city council granted permission to the teachers' union to hold a rally.", 'CONCEDE', '080', 'concede-permission'],
    ['A Belgian banker has been placed under investigation in Luxembourg over the missing deposits.', 'ACCUSE', '090', 'accuse-under-investigation'],
    ['Bangladeshi police clashed with stone-throwing students in Dhaka.', 'ASSAULT', '175', 'assault-repression-clash'],
  ];
  it.each(table)('%s -> %s %s', (sentence, type, cameo, rule) => expectFirstEvent(sentence, '2025-06-02', rule, type, cameo));

  it('does not read the mining industry as a landmine', () => {
    const { events } = analyse('The mining company paid compensation to the families of the evicted farmers in Peru.');
    expect(events.some((e) => e.type === 'ASSAULT')).toBe(false);
  });

  it('reads "wants X to" as a request to X, and what is wanted as its content', () => {
    const { events, country } = analyse('The Lithuanian president wants Poland to send more air defence systems.');
    expect(events.map((e) => [e.type, e.cameo])).toEqual([['REQUEST', '020']]);
    expect(country(events[0].source)).toContain('LTU');
    expect(country(events[0].target)).toContain('POL');
  });

  it('keeps "wants to" an intent of the one who wants', () => {
    const { events } = analyse('The Danish foreign minister wants to help Moldova rebuild its power grid.');
    expect(events.some((e) => e.type === 'REQUEST')).toBe(false);
  });

  it('reads a refusal to give permission as a rejection aimed at the one refused', () => {
    const { events, country } = analyse('The Turkish government said it would not give permission to Sweden to hold the drills.');
    expect(events[0].type).toBe('REJECT');
    expect(country(events[0].source)).toContain('TUR');
    expect(country(events[0].target)).toContain('SWE');
  });
});

describe('passives', () => {
  it('"pressured by X" is pressure from X on the subject (CAMEO 170)', () => {
    const { events, country } = analyse('The Moldovan prime minister was pressured by Romania to close the border crossing.');
    expect(events[0].cameo).toBe('170');
    expect(country(events[0].source)).toContain('ROU');
    expect(country(events[0].target)).toContain('MDA');
  });

  it('"evidence against X was presented by Y": Y accuses X', () => {
    const { events, country } = analyse('Evidence against Serbia was presented by Croatia at the tribunal.');
    expect(events.map((e) => e.type)).toEqual(['ACCUSE']);
    expect(country(events[0].source)).toContain('HRV');
    expect(country(events[0].target)).toContain('SRB');
  });

  it('people released by someone: the release, not the earlier detention', () => {
    const { events, country } = analyse('The fishermen detained off the coast were released on Sunday by Eritrea.');
    expect(events.map((e) => [e.type, e.cameo])).toEqual([['RETREAT', '0841']]);
    expect(country(events[0].source)).toContain('ERI');
  });

  it('a participle describing a noun is background: the clause verb tells the event', () => {
    const { explained } = analyse('Villagers wounded by the shelling were evacuated by Red Cross teams to Zaporizhzhia.');
    expect(explained[0].event.type).toBe('AID');
    expect(explained[0].cues.join(' ')).toContain('describes "villagers"');
  });

  it('"is opposed to" is a stance of the subject, not something done to it', () => {
    const { events, country } = analyse('Hungary is opposed to Ukrainian membership of the alliance, a government spokesman said.');
    expect(events[0].type).toBe('REJECT');
    expect(country(events[0].source)).toContain('HUN');
    expect(country(events[0].target)).toContain('UKR');
  });
});

describe('repression and the protest it met', () => {
  it('a crackdown on protesters tells their protest too, by them, not by the police', () => {
    const { events, country } = analyse('Zambian riot police used tear gas to disperse crowds protesting fuel prices in Lusaka.');
    expect(events.map((e) => [e.type, e.cameo])).toEqual([['COERCE', '175'], ['PROTEST', '141']]);
    expect(country(events[0].source)).toContain('ZMB');
    expect(events[1].source).toEqual([]);
  });

  it('"riot police" names no riot', () => {
    const { events } = analyse('Zambian riot police used tear gas to disperse crowds in Lusaka.');
    expect(events.map((e) => e.type)).toEqual(['COERCE']);
  });

  it('the preposition inside the pattern introduces the target: "fired tear gas at Kenyan students"', () => {
    const { events, country } = analyse('Riot police fired tear gas at Kenyan students outside the university in Nairobi.');
    expect(country(events[0].target)).toContain('KEN');
    expect(events[0].target.length).toBe(1);
  });
});

describe('preparation and intent', () => {
  it('preparing an attack shows force (MOBILIZE 150), unlike being prepared to attack', () => {
    const { events } = analyse('The Moroccan army prepared to resume shelling the rebel positions near the wall.');
    expect(events.map((e) => [e.type, e.cameo])).toEqual([['MOBILIZE', '150']]);
  });

  it('preparing a peaceful act is the act', () => {
    const { events, country } = analyse('The Japanese prime minister prepared to attend the summit in Jakarta.');
    expect(events.map((e) => [e.type, e.cameo])).toEqual([['CONSULT', '044']]);
    expect(country(events[0].target)).toContain('IDN');
  });

  it('seeking to work together is an intent of both parties to cooperate', () => {
    const { events, country } = analyse('Kenya and Ethiopia are seeking to expand their cooperation on electricity.');
    expect(events.map((e) => [e.type, e.cameo])).toEqual([['AGREE', '031']]);
    expect(country(events[0].source)).toEqual(expect.arrayContaining(['KEN', 'ETH']));
    expect(country(events[0].target)).toEqual(expect.arrayContaining(['KEN', 'ETH']));
  });

  it('a doer claiming its own attack: the claim of responsibility (015) first, then the attack', () => {
    const { events, country } = analyse('The Baloch separatists claimed that they had attacked the railway bridge near Quetta.');
    expect(events.map((e) => [e.type, e.cameo])).toEqual([['AGREE', '015'], ['ASSAULT', '190']]);
    expect(country(events[0].target)).toContain('PAK');
  });
});

describe('where actors sit', () => {
  it('a protest is against the one named in its purpose clause', () => {
    const { events, country } = analyse('Kurdish students staged a hunger strike in Ankara to demand the release of classmates held by Turkish police.');
    const protest = events.find((e) => e.type === 'PROTEST');
    expect(protest).toBeDefined();
    expect(country(protest!.target)).toContain('TUR');
  });

  it('joins names across lower-case titles: "Ghanaian leader John Mahama and Ivorian President ..."', () => {
    const { events, country } = analyse('Ghanaian leader John Mahama and Ivorian President Alassane Ouattara signed a treaty on their maritime border.');
    expect(events[0].type).toBe('SUPPORT');
    expect(country(events[0].source)).toEqual(expect.arrayContaining(['GHA', 'CIV']));
  });

  it('takes the name inside the pattern as the one summoned', () => {
    const { events, country } = analyse("Kenyan foreign minister Musalia Mudavadi summoned Uganda's ambassador over the border shooting.");
    expect(events[0].cameo).toBe('114');
    expect(country(events[0].target)).toContain('UGA');
  });

  it('skips a name that only modifies the actor ("Al Qaeda-linked")', () => {
    const { events, country } = analyse('The Al Qaeda-linked Malian militant group claimed responsibility for the ambush near Gao.');
    expect(events[0].cameo).toBe('015');
    expect(country(events[0].source)).toEqual(['MLI']);
  });

  it('an agreement by one party is aimed at the places it names, all of them', () => {
    const { events, country } = analyse('The Red Cross agreed to open clinics in Senegal, Niger and Mali.');
    expect(events[0].type).toBe('AGREE');
    expect(country(events[0].target)).toEqual(['SEN', 'NER', 'MLI']);
  });

  it('a complaint is aimed at what it is over, before the one it is made to', () => {
    const { events, country } = analyse('Lebanon complained to the United Nations over Syrian shelling of its border villages.');
    expect(events[0].type).toBe('ACCUSE');
    expect(country(events[0].target)).toContain('SYR');
  });

  it('what is seized is taken from the ones named after "from"', () => {
    const { events, country } = analyse('Customs officers seized weapons from Libyan smugglers near the border.');
    expect(events[0].type).toBe('COERCE');
    expect(country(events[0].target)).toContain('LBY');
  });

  it('a reminder that X must act is a demand by the one who reminds', () => {
    const { events, country } = analyse('The French president issued a reminder to Iraq that it must cooperate with the inspectors.');
    const demand = events.find((e) => e.type === 'REQUEST');
    expect(demand).toBeDefined();
    expect(country(demand!.source)).toContain('FRA');
    expect(country(demand!.target)).toContain('IRQ');
  });

  it('the subject follows a fronted phrase ("With the signing of ..., X and Y agreed")', () => {
    const { events, country } = analyse('With the signing of the Lobito Accord, Angola and Zambia agreed to share the railway.');
    expect(events[0].type).toBe('AGREE');
    expect(country(events[0].source)).toEqual(expect.arrayContaining(['AGO', 'ZMB']));
  });

  it('a place right after the verb is its object, not a phrase after "to"', () => {
    const { events, country } = analyse('The Gabonese president will visit Cameroon and Chad to mediate between the two Central African rivals.');
    expect(country(events[0].target)).toEqual(expect.arrayContaining(['CMR']));
    expect(events[0].target.length).toBeGreaterThan(0);
  });

  it('the cause after "following" is not the one acted on', () => {
    const { events, country } = analyse('Turkey declared a curfew in Diyarbakir following the killing of two Syrian smugglers.');
    expect(events[0].type).toBe('COERCE');
    expect(country(events[0].target)).toEqual(['TUR']);
  });

  it('a modal governs a noun trigger four words on ("would tighten the naval blockade")', () => {
    const { events } = analyse('The alliance said it would tighten the naval blockade of the rebel port.');
    expect(events[0].type).toBe('THREATEN');
  });

  it('an offer to negotiate is an intent to meet (036), a pledge to expel a threat', () => {
    expect(analyse('The Armenian president offered to negotiate with the rebels in the enclave.').events[0].cameo).toBe('036');
    expect(analyse('Qatar has pledged to expel the exiled opposition leaders.').events[0].type).toBe('THREATEN');
  });

  it('a meeting named after an article and a name is background ("during a G20 summit")', () => {
    const { events } = analyse('During a G20 summit in Rome, Italian police detained two Kenyan journalists.');
    expect(events[0].type).toBe('COERCE');
  });
});
