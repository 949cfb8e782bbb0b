import { describe, expect, it } from 'vitest';
import { eventsOf, expectFirstEvent } from '../../../test/helpers/events.js';

const analyse = (text: string) => eventsOf(text, '2025-06-02');

// Fourth round (ConfliBERT development set): CAMEO's statement codes (01x), which a sentence
// reporting a comment, a denial or condolences is, and material acts of cooperation and conflict
// the rules missed. [sentence, PLOVER type, CAMEO code, rule]; the first event is the one asserted.
describe('statements (CAMEO 01x) and material acts, each rule on its own example', () => {
  const table: [string, string, string, string][] = [
    ["Zambia's ministry of mines declined to comment on the audit of the copper contracts.", 'REJECT', '011', 'statement-decline-comment'],
    ["Kenya's port authority denied allegations that it had falsified the cargo records.", 'REJECT', '016', 'statement-deny-responsibility'],
    ["Hungary's central bank governor expressed concern about the pace of lending to households.", 'ACCUSE', '012', 'statement-pessimism'],
    ['Swiss auditors said they were skeptical that the ministry could repay the loan on time.', 'ACCUSE', '012', 'statement-skeptical'],
    ["Lisbon's mayor expressed optimism that the new bridge would open before winter.", 'SUPPORT', '013', 'statement-optimism'],
    ["Croatia's transport ministry is considering raising the tolls on the coastal highway.", 'AGREE', '014', 'statement-consider'],
    ['The Chilean president sent condolences to the families of the miners killed in the collapse.', 'SUPPORT', '018', 'statement-condolences'],
    ['Several Nigerian governors said they agreed with the health minister that schools should stay open.', 'AGREE', '019', 'statement-accord'],
    ['The coalition partners expressed hope to finish the budget talks by Friday.', 'AGREE', '030', 'agree-express-hope-to'],
    ['Norway contributed $12 million to the fund for rebuilding schools in Mozambique.', 'AID', '070', 'aid-contribute'],
    ['The World Bank provided budget support to Malawi after the floods.', 'AID', '070', 'aid-provide'],
    ['Chile and Peru signed a new fisheries cooperation agreement in Lima.', 'SUPPORT', '057', 'support-sign'],
    ['Vietnam and Indonesia upgraded their diplomatic ties to a strategic partnership.', 'SUPPORT', '054', 'support-ties'],
    ['The African Development Bank is mobilising funds for drought-hit farmers in Somalia.', 'AID', '070', 'aid-mobilize-funds'],
    ['Ghana is sending 800 troops to the United Nations peacekeeping mission in Lebanon.', 'AID', '074', 'aid-peacekeepers'],
    ['Uganda opened its borders to families fleeing the fighting in South Sudan.', 'AID', '075', 'aid-open-borders'],
    ['Canada resettled 5,000 refugees from the camps in northern Uganda last year.', 'AID', '075', 'aid-take-in-refugees'],
    ['British instructors are training Ukrainian soldiers at a base in Wiltshire.', 'AID', '072', 'aid-train-forces'],
    ['Jordan has been sharing intelligence with Egypt about the smuggling routes.', 'COOPERATE', '064', 'cooperate-share'],
    ['A court in Harare freed the opposition spokesman on bail.', 'RETREAT', '0841', 'retreat-freed'],
    ['Two Italian nuns were released from captivity in Mali on Sunday.', 'RETREAT', '0841', 'retreat-released-from'],
    ['The museum in Berlin returned the bronze sculptures to Nigeria.', 'RETREAT', '0842', 'retreat-return-property'],
    ['The rebel command declared a unilateral ceasefire for the harvest season.', 'RETREAT', '0871', 'retreat-ceasefire'],
    ['The president announced a weeklong cease-fire with the rebels in the north.', 'RETREAT', '0871', 'retreat-ceasefire'],
    ['The militia handed over their weapons to the provincial police.', 'RETREAT', '0873', 'retreat-disarm'],
    ['Kenya cut the import duties on Ugandan sugar for the rest of the year.', 'RETREAT', '085', 'retreat-cut-tariffs'],
    ['The African Union withdrew its monitors from the disputed border town.', 'SANCTION', '1661', 'sanction-withdraw-peacekeepers'],
    ['The farmers\' federation called for a boycott of the supermarket chain over its milk prices.', 'ACCUSE', '113', 'accuse-rally-sanctions'],
    ['The teachers\' union called on parents to join the march against the school closures.', 'ACCUSE', '113', 'accuse-rally-join'],
    ['The fishermen\'s union launched legal action against the oil company over the spill.', 'ACCUSE', '115', 'accuse-legal-action'],
    ['A court in Lyon convicted the former mayor of embezzling public funds.', 'ACCUSE', '116', 'accuse-convict'],
    ['A jury in Nairobi found the former minister guilty of taking bribes.', 'ACCUSE', '116', 'accuse-find-guilty'],
    ['The league set a two-week deadline for the club to pay its players or lose its licence.', 'THREATEN', '130', 'threaten-deadline'],
    ['A court in Argentina released the former governor from prison on Friday.', 'RETREAT', '0841', 'retreat-released-from'],
    ['Border guards apprehended two smugglers near the river crossing.', 'COERCE', '173', 'coerce-arrest'],
    ['The authorities extended the night curfew in the capital by a week.', 'COERCE', '1723', 'coerce-curfew'],
    ['Soldiers destroyed the rebel camps along the river.', 'COERCE', '1712', 'coerce-destroy'],
    ['State-backed groups have launched cyber warfare against the electricity grid operator.', 'COERCE', '170', 'coerce-hack'],
    ['The army intensified its bombardment of the rebel-held town.', 'ASSAULT', '194', 'assault-shelling'],
    ['The militia used villagers as human shields during the retreat from the valley.', 'ASSAULT', '184', 'assault-human-shields'],
    ['Both militias violated Mali\'s holiday ceasefire on Sunday.', 'ASSAULT', '196', 'assault-ceasefire-violation'],
    ['Dock workers in Antwerp stopped work on Monday over the new shift rules.', 'PROTEST', '143', 'protest-walkout'],
  ];
  it.each(table)('%s -> %s %s', (sentence, type, cameo, rule) => expectFirstEvent(sentence, '2025-06-02', rule, type, cameo));
});

describe('what a statement is about is not the event', () => {
  it('condolences over an attack: an empathetic comment, not an assault', () => {
    const { events } = analyse('The Peruvian government expressed condolences to Kenya over the attack on a bus that killed nine people.');
    expect(events[0]?.cameo).toBe('018');
    expect(events.some((e) => e.type === 'ASSAULT')).toBe(false);
  });

  it('a denied accusation is a denial of responsibility, not a refusal (120)', () => {
    const { events } = analyse('The Chilean mining company rejected accusations that it had polluted the river.');
    expect(events.map((e) => e.cameo)).toEqual(['016']);
  });

  it('declining to comment on talks codes no talks', () => {
    const { events } = analyse('The Egyptian embassy declined to comment on the status of the negotiations.');
    expect(events.map((e) => e.cameo)).toEqual(['011']);
  });

  it('a comment whose maker is not named is not recorded', () => {
    for (const text of [
      'Considering the risks, the organisers moved the concert indoors.',
      'Residents voiced fears that the river would burst its banks again.',
      'The spokesman declined to comment on the report.',
    ])
      expect(analyse(text).events, text).toEqual([]);
  });

  it('considering sending aid is a policy option, not aid', () => {
    const { events } = analyse('Japan is considering sending aid to the flooded provinces of Pakistan.');
    expect(events.map((e) => e.cameo)).toEqual(['014']);
  });

  it('agreeing to do something stays an agreement, not an expression of accord', () => {
    const { events } = analyse('Ghana and Togo agreed with the mediators to reopen their shared border.');
    expect(events[0]?.cameo).toBe('030');
  });

  it('"will not end the strike" refuses to yield (120)', () => {
    const { events } = analyse('The dock workers said they will not end the strike until the port pays the overtime.');
    expect(events.map((e) => [e.type, e.cameo])).toEqual([['REJECT', '120']]);
  });

  it('a stated future disarmament is an intent to yield (035)', () => {
    const { events } = analyse('The rebels said they will lay down their arms next month.');
    expect(events.map((e) => [e.type, e.cameo])).toEqual([['AGREE', '035']]);
  });
});

describe('negative cases of the new material rules', () => {
  it('people returning home return no property', () => {
    const { events } = analyse('The refugees returned home to Syria last year.');
    expect(events.some((e) => e.cameo === '0842')).toBe(false);
  });

  it('calling for a ceasefire asks for one, it declares none', () => {
    const { events } = analyse('Russia called for a ceasefire in the border region.');
    expect(events.map((e) => [e.type, e.cameo])).toEqual([['REQUEST', '020']]);
  });

  it('reinforcing a commitment mobilises nobody', () => {
    const { events } = analyse('Germany has reinforced its commitment to the refugees in Jordan.');
    expect(events.some((e) => e.type === 'MOBILIZE')).toBe(false);
  });
});

describe('a name followed by a past-tense verb is the clause, not a noun described', () => {
  it('"X suspended Y over fears they were ...": the suspension, with a pronoun\'s "were" in another clause', () => {
    const { explained } = analyse('Denmark suspended food aid to the province over fears it was reaching the militia.');
    expect(explained[0]?.rule).toBe('sanction-suspend');
  });

  it('"until aid was delivered" opens another clause', () => {
    const { explained } = analyse('The governor suspended aid deliveries to the camps until the convoy was inspected.');
    expect(explained[0]?.rule).toBe('sanction-suspend');
  });
});
