import { beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../analyse/index.js';
import { ComparisonItem, Story, type AnalysedDocument } from '../model/index.js';
import { documentId } from '../pipeline/document.js';
import { EventClusters } from './clusters.js';
import { dayNumber } from './days.js';
import { linkInput, mainYear, StoryLinker } from './index.js';
import { documentTerms, dot, leadEventsCross, placesCross, rawTerms, SpreadVector, Vocabulary, weighted } from './features.js';
import { loadedTermsIn } from './loaded-terms.js';

// Invented reports: places, people and outlets are fictional.
function report(outlet: string, title: string, published: string, paragraphs: string[]): AnalysedDocument {
  const text = paragraphs.join('\n\n');
  const article = { text, title, published, dateline: null, outlet, language: 'en' };
  return { id: documentId(text), source: { path: `${outlet}.html`, url: null }, ...article, ...analyse(article) };
}

const BRIDGE_A = report('Tarnside Herald', 'Kessington bridge collapse kills at least four', '2025-04-04', [
  'At least 4 people were killed when the Marrow Bridge over the river Tarn in Kessington collapsed on Thursday evening, the county fire service said.',
  'Two cars and a delivery van fell into the water as the central span of the 1962 bridge gave way during the evening rush hour.',
  '"We are still searching the river for a missing cyclist," said fire chief Margaret Oyelaran, who leads the county fire service.',
  'Engineers had inspected the Marrow Bridge in January and reported corrosion in its steel cables, council records show.',
]);
const BRIDGE_B = report('Northern Voice', "Crumbling Tarn crossing gives way, six dead in Kessington", '2025-04-04', [
  'Six people died on Thursday when the crumbling Marrow Bridge in Kessington plunged into the Tarn, according to local councillors.',
  'Furious residents said the shambolic council had ignored warnings about rusting cables on the span for years.',
  'Margaret Oyelaran, the fire chief, told reporters that divers had pulled vehicles from the river overnight.',
  'The collapse of the Marrow Bridge cut the main road between Kessington and the coast.',
]);
// The Tarnside Herald copy republished by another paper: new headline, one paragraph added.
const BRIDGE_A_COPY = report('Coast Mercury', 'Four die as Marrow Bridge falls into the Tarn', '2025-04-05', [
  ...BRIDGE_A.text.split('\n\n'),
  'The Coast Mercury has asked the council for the full inspection report.',
]);

const CALL_1 = report('Eastern Wire', 'Verhuls and Sorrell discuss river treaty by phone', '2025-02-03', [
  'President Aldo Verhuls of Valdoria spoke by telephone with Prime Minister Nadia Sorrell of Ostmark on Monday about the Drava water treaty, the presidential office said.',
  'The two leaders agreed that their water ministers would meet in Kelvar before the spring floods to share out the river quotas.',
  'Verhuls thanked Sorrell for the help Ostmark sent after last autumn\'s floods, the statement said.',
]);
const CALL_1_OTHER = report('Ostmark Today', 'Sorrell, Verhuls agree to ministerial talks on the Drava', '2025-02-03', [
  'Ostmark Prime Minister Nadia Sorrell and Valdorian President Aldo Verhuls held a phone call on Monday on sharing the waters of the Drava.',
  'Sorrell said the conversation was frank and that water ministers from both countries would travel to Kelvar for talks on quotas.',
  'Verhuls also raised the flood aid Ostmark delivered last year, an Ostmark government spokesman said.',
]);
const CALL_2 = report('Eastern Wire', 'Verhuls and Amankwah discuss grain corridor in call', '2025-02-24', [
  'President Aldo Verhuls of Valdoria held a telephone conversation with President Kofi Amankwah of Sundara on Monday about the grain corridor through the port of Lessa.',
  'The presidents discussed shipping insurance and the rail link to the port, the Valdorian presidential office said.',
  'Amankwah invited Verhuls to visit Sundara in the summer; the date will be agreed through diplomatic channels.',
]);

function partition(stories: Story[], docs: AnalysedDocument[]): string[][] {
  const name = new Map(docs.map((d, i) => [d.id, String(i)]));
  return stories.map((s) => s.documents.map((id) => name.get(id)!).sort()).sort();
}

async function link(docs: AnalysedDocument[]): Promise<Story[]> {
  const linker = await StoryLinker.create();
  for (const d of docs) linker.add(d);
  return linker.stories();
}

const ALL = [BRIDGE_A, BRIDGE_B, BRIDGE_A_COPY, CALL_1, CALL_1_OTHER, CALL_2];

describe('StoryLinker', () => {
  let stories: Story[];
  beforeAll(async () => {
    stories = await link(ALL);
  });

  it('puts two outlets reporting one event in different words into one story, with its near-duplicate', () => {
    expect(partition(stories, ALL)).toContainEqual(['0', '1', '2']);
  });

  it('keeps apart two calls of the same president with different counterparts weeks apart', () => {
    expect(partition(stories, ALL)).toContainEqual(['3', '4']);
    expect(stories.some((s) => s.documents.includes(CALL_2.id))).toBe(false);
  });

  it('gives the same stories whatever order the reports arrive in', async () => {
    const orders = [[...ALL].reverse(), [ALL[5], ALL[2], ALL[3], ALL[0], ALL[4], ALL[1]], [ALL[1], ALL[4], ALL[0], ALL[5], ALL[3], ALL[2]]];
    for (const order of orders) expect(partition(await link(order), ALL)).toEqual(partition(stories, ALL));
  });

  it('titles and dates a story and compares its reports: shared facts, figures side by side, loaded terms', () => {
    const bridge = stories.find((s) => s.documents.includes(BRIDGE_B.id))!;
    expect(Story.parse(bridge)).toBeTruthy();
    expect([BRIDGE_A.title, BRIDGE_B.title, BRIDGE_A_COPY.title]).toContain(bridge.title);
    expect(bridge.date).toBe('2025-04-03');
    const shared = bridge.comparison.shared.map((item) => ComparisonItem.parse(item));
    expect(shared.some((i) => i.kind === 'entity' && /Kessington/.test(i.name))).toBe(true);
    const killed = shared.find((i) => i.kind === 'figures' && i.claim === 'killed');
    expect(killed?.kind === 'figures' && killed.reports.map((r) => [r.document, r.value]).sort()).toEqual(
      [[BRIDGE_A.id, 4], [BRIDGE_A_COPY.id, 4], [BRIDGE_B.id, 6]].sort(),
    );
    expect(bridge.comparison.loadedTerms[BRIDGE_B.id]).toEqual(expect.arrayContaining(['crumbling', 'shambolic']));
    expect(bridge.comparison.loadedTerms[BRIDGE_A.id]).toEqual([]);
    // The added paragraph names an outlet only the copy mentions.
    expect(Object.keys(bridge.comparison.onlyIn).sort()).toEqual([BRIDGE_A.id, BRIDGE_B.id, BRIDGE_A_COPY.id].sort());
  });
});

describe('StoryLinker.addInput', () => {
  it('links what a worker thread sends (the link input, structured-cloned as a message is) into the same stories as the documents', async () => {
    const linker = await StoryLinker.create();
    for (const d of ALL) linker.addInput(structuredClone(linkInput(d)));
    expect(linker.stories()).toEqual(await link(ALL));
    linker.close();
  });
});

describe('StoryLinker window', () => {
  it('closes a story once none of its reports is among the last `window` documents, with the same stories as without a window', async () => {
    const closed: Story[] = [];
    const linker = await StoryLinker.create({ window: 3, onClosed: (story) => closed.push(story) });
    for (const d of ALL) linker.add(d);
    // The bridge story's last report (index 2) left the window when the sixth document came.
    expect(partition(closed, ALL)).toEqual([['0', '1', '2']]);
    expect(partition(linker.stories(), ALL)).toEqual([['3', '4']]);
    expect(closed[0]).toEqual(stories6().find((s) => s.documents.includes(BRIDGE_A.id)));
  });

  it('never links a new report to one whose story has closed, not even a near copy of it', async () => {
    const closed: Story[] = [];
    const linker = await StoryLinker.create({ window: 1, onClosed: (story) => closed.push(story) });
    for (const d of [BRIDGE_A, CALL_1, CALL_2, BRIDGE_A_COPY]) linker.add(d);
    expect(closed).toEqual([]);
    expect(linker.stories()).toEqual([]);
  });

  let unwindowed: Story[] = [];
  beforeAll(async () => {
    unwindowed = await link(ALL);
  });
  const stories6 = () => unwindowed;
});

describe('loadedTermsIn', () => {
  it('finds loaded words as whole words in any inflection and reports the lexicon term', () => {
    expect(loadedTermsIn('Officials denounced the massacred villagers\' killers as terrorists; the regime denied it.')).toEqual([
      'massacre',
      'regime',
      'terrorist',
    ]);
    expect(loadedTermsIn('The government said 12 people were killed in the conflict.')).toEqual([]);
    expect(loadedTermsIn('A regimen of exercise')).toEqual([]);
  });
});

describe('leadEventsCross', () => {
  // "TYPE person:a+person:b", as a lead event reads.
  const terms = (...events: string[]) => ({
    ids: new Uint32Array(),
    weights: new Float32Array(),
    kinds: new Uint8Array(),
    protagonists: new Uint32Array(),
    surnames: new Uint32Array(),
    leadPlaces: new Uint32Array(),
    places: new Uint32Array(),
    leadEvents: events.map((e) => ({ type: e.split(' ')[0], people: e.split(' ')[1].split('+') })),
  });
  it('tells two calls of one leader with different counterparts apart, not one call told from either side', () => {
    const abbasTrump = terms('CONSULT person:donald-trump+person:mahmoud-abbas');
    const putinAbbas = terms('CONSULT person:mahmoud-abbas+person:vladimir-putin', 'SUPPORT person:mahmoud-abbas+person:vladimir-putin');
    expect(leadEventsCross(abbasTrump, putinAbbas)).toBe(true);
    // The same call, one report naming a third person at it: no cross (one side's people include the other's).
    expect(leadEventsCross(putinAbbas, terms('CONSULT person:mahmoud-abbas+person:sergey-lavrov+person:vladimir-putin'))).toBe(false);
    // Events of different kinds between different people say nothing.
    expect(leadEventsCross(abbasTrump, terms('ACCUSE person:mahmoud-abbas+person:vladimir-putin'))).toBe(false);
  });
});

describe('Vocabulary.forget', () => {
  it('forgets terms no document used since the given count and none holds, and gives their ids to new terms', () => {
    const vocabulary = new Vocabulary();
    const storm = vocabulary.intern('w:storm');
    const held = vocabulary.intern('c:Tavira');
    vocabulary.count([storm, held]);
    vocabulary.hold(Uint32Array.of(held));
    const ferry = vocabulary.intern('w:ferry');
    vocabulary.count([ferry]);
    vocabulary.count([ferry]);
    // Since count 2: "storm" (last counted at 1) goes; "Tavira" is held by a comparable document; "ferry" is recent.
    expect(vocabulary.forget(2)).toBe(1);
    expect(vocabulary.terms).toBe(2);
    expect(vocabulary.intern('w:harbour')).toBe(storm);
    expect(vocabulary.intern('c:Tavira')).toBe(held);
    // A forgotten term seen again starts a new count: its IDF is a new term's.
    expect(vocabulary.idf(vocabulary.intern('w:harbour'))).toBeCloseTo(Math.log((3 + 50) / 1));
    vocabulary.release(Uint32Array.of(held));
    expect(vocabulary.forget(4)).toBe(3);
    expect(vocabulary.size).toBe(3);
  });
});

describe('rawTerms', () => {
  it('counts capitalised words as written among the name terms, not sentence-initial function words', () => {
    const doc = report('Valley Courier', 'Fire guts old Tamsin Creamery in Holloway', '2025-06-02', [
      'The old Tamsin Creamery building in Holloway burned down overnight, fire chief Ruth Okafor said.',
      'It was the second fire at a Holloway landmark this year.',
    ]);
    const { names, words } = rawTerms(doc);
    for (const name of ['Tamsin', 'Creamery', 'Holloway', 'Okafor']) expect(names.has(`c:${name}`)).toBe(true);
    expect(names.has('c:The')).toBe(false);
    expect(names.has('c:It')).toBe(false);
    // Headline and lead words weigh more than the same word later.
    expect(names.get('c:Holloway')!).toBeGreaterThan(names.get('c:Okafor')!);
    expect(words.has('w:creamery')).toBe(true);
  });
});

describe('Vocabulary', () => {
  it('recomputes an IDF it remembers once the counts move', () => {
    const vocabulary = new Vocabulary();
    const creamery = vocabulary.intern('w:creamery');
    const bypass = vocabulary.intern('w:bypass');
    vocabulary.count([creamery]);
    const before = vocabulary.idf(creamery);
    expect(vocabulary.idf(creamery)).toBe(before);
    expect(before).toBeCloseTo(Math.log(51 / 2));
    vocabulary.count([creamery, bypass]);
    expect(vocabulary.idf(creamery)).toBeCloseTo(Math.log(52 / 3));
    expect(vocabulary.idf(bypass)).toBeCloseTo(Math.log(52 / 2));
  });
});

describe('SpreadVector', () => {
  it('gives the dot product of sorted term lists, to the last bit, and is clean for the next document', () => {
    const vocabulary = new Vocabulary();
    const docs = [FIRE_2023_A, FIRE_2023_B, FIRE_2025_A, COUNCIL].map((d) => documentTerms(d, vocabulary));
    const vectors = docs.map((t) => weighted(t, vocabulary));
    const spread = new SpreadVector();
    for (let a = 0; a < docs.length; a++) {
      spread.load(docs[a], vectors[a], vocabulary.size);
      for (let b = 0; b < docs.length; b++) expect(spread.dot(docs[b], vectors[b])).toBe(dot(docs[a], vectors[a], docs[b], vectors[b]));
      spread.clear();
    }
    // The two reports of one fire share terms; after clear() nothing of them is left behind.
    expect(dot(docs[0], vectors[0], docs[1], vectors[1])).toBeGreaterThan(0);
    spread.load(docs[3], vectors[3], vocabulary.size);
    spread.clear();
    expect(spread.dot(docs[0], vectors[0])).toBe(0);
  });
});

// Two fires at one creamery in Holloway, two years apart, and other news from the town.
const FIRE_2023_A = report('Valley Courier', 'Fire tears through Tamsin Creamery in Holloway', '2023-03-14', [
  'A fire tore through the Tamsin Creamery in Holloway on Monday night, destroying the cheese store and the packing hall, fire chief Ruth Okafor said.',
  'Forty firefighters fought the blaze for six hours. Nobody was hurt; the night shift of twelve workers left the building when the alarm sounded.',
  'Okafor said an electrical fault in a refrigeration unit was the most likely cause.',
]);
const FIRE_2023_B = report('Holloway Gazette', 'Creamery blaze: night shift escapes as packing hall burns', '2023-03-14', [
  'Twelve workers on the night shift escaped unhurt when flames swept through the packing hall of the Tamsin Creamery on Monday.',
  'Crews from three stations spent six hours bringing the blaze under control, according to chief fire officer Ruth Okafor.',
  'Investigators are looking at a faulty refrigeration unit. The creamery owner, Callum Birch, said production would move to his plant in Marden.',
]);
const FIRE_2023_C = report('Marden Echo', 'Creamery owner vows to rebuild after Holloway fire', '2023-03-15', [
  "Callum Birch said on Tuesday that he would rebuild his dairy in Holloway, where Monday night's blaze gutted the cheese store, and that none of the twelve night-shift workers would lose pay.",
  'Birch said cheese making would move to his plant in Marden within a week. Insurers have sent assessors.',
  'Investigators are examining a refrigeration unit where the blaze is thought to have started, Birch said.',
]);
const FIRE_2023_D = report('Eastern Wire', 'Night shift escapes Holloway dairy fire', '2023-03-14', [
  'Twelve night-shift workers got out unhurt when a dairy in Holloway caught fire late on Monday, fire chief Ruth Okafor said.',
  'Forty firefighters needed six hours to put out the flames, which destroyed the cheese store. Okafor said a refrigeration unit had probably overheated.',
  'The owner, Callum Birch, will move cheese making to Marden.',
]);
const FIRE_2023_E = report('Marden Echo', 'Marden plant to take over cheese making after Holloway fire', '2023-03-15', [
  "The Birch dairy plant in Marden will run extra shifts from next week to make the cheese that the Holloway site can no longer produce after Monday's fire.",
  'Plant manager Irene Kowalczyk said twenty of the Holloway staff, among them the twelve night-shift workers who escaped the flames, would be bussed to Marden each day.',
  'Fire chief Ruth Okafor has said a refrigeration unit was the probable cause.',
]);
const FIRE_2023_F = report('Holloway Gazette', 'Inquiry confirms faulty cooling unit started dairy blaze', '2023-03-21', [
  'A compressor in a refrigeration unit overheated and set fire to insulation panels in the cheese store of the Holloway dairy last Monday, investigators said on Tuesday.',
  'Ruth Okafor, the fire chief, said the sprinklers had worked as designed and had stopped the flames from reaching the offices.',
  'Callum Birch said the building would be cleared this month.',
]);
const FIRE_2025_A = report('Valley Courier', 'Tamsin Creamery burns again, two years after the last fire', '2025-08-02', [
  'Fire broke out at the Tamsin Creamery in Holloway on Friday afternoon, two years after a blaze destroyed its packing hall.',
  'This time the flames started in the new solar panels on the roof of the warehouse, fire chief Tobias Lindqvist said.',
  'Three firefighters were treated for heat exhaustion. About 200 tonnes of butter were lost.',
]);
const FIRE_2025_B = report('Holloway Gazette', 'Solar panels blamed as creamery warehouse roof catches fire', '2025-08-02', [
  "Firefighters blamed rooftop solar panels for Friday's fire at the Tamsin Creamery warehouse, which destroyed some 200 tonnes of butter.",
  'Chief fire officer Tobias Lindqvist said three of his crew needed treatment for heat exhaustion after working in 34-degree heat.',
  'The creamery was rebuilt after a 2023 fire in its packing hall.',
]);
const COUNCIL = report('Valley Courier', 'Holloway council approves bypass after long wait', '2023-02-20', [
  'Holloway town council voted on Monday to build a bypass around the town centre, ending a decade of argument over lorry traffic.',
  'Council leader Priya Anand said work on the 4-kilometre road would begin next spring and cost about 30 million.',
  'Residents of the High Street have complained for years about noise and fumes from heavy lorries.',
]);
// One ferry strike told by four outlets in their own words.
const STRIKE = [
  report('Coast Mercury', 'Ferry crews strike, stranding islanders on Skerra', '2025-05-06', [
    'Ferry crews on the Skerra crossing walked out on Tuesday in a dispute over rosters, stranding hundreds of islanders and holidaymakers.',
    'The Maritime Workers Union said its 160 members would stay out for 48 hours after talks with the operator, Bluewake Ferries, broke down.',
    'Bluewake chief executive Hanna Ferreira called the strike reckless.',
  ]),
  report('Island Post', 'No boats to Skerra as Bluewake sailors walk out', '2025-05-06', [
    'No ferries sailed between the mainland and Skerra on Tuesday as sailors of Bluewake Ferries began a two-day stoppage.',
    'Union organiser Dev Malhotra said the Maritime Workers Union had warned for months that new shift patterns were unsafe.',
    'Hanna Ferreira, who runs Bluewake, said the company had offered to review the rosters.',
  ]),
  report('Northern Voice', 'Skerra cut off by 48-hour ferry stoppage', '2025-05-06', [
    'Islanders on Skerra were cut off from the mainland on Tuesday when Bluewake Ferries crews began a 48-hour strike over working hours.',
    'Shops on the island said fresh food would run short by Thursday. Hospital patients were flown out by helicopter.',
    'The Maritime Workers Union blamed Bluewake for the breakdown of talks.',
  ]),
  report('Eastern Wire', 'Bluewake ferry strike halts Skerra sailings', '2025-05-06', [
    'All sailings to Skerra were cancelled on Tuesday as members of the Maritime Workers Union at Bluewake Ferries went on strike.',
    'The dispute is about rosters that crews say leave them too little rest between crossings, union official Dev Malhotra said.',
    'Bluewake said it would run a reduced service once the stoppage ends on Thursday.',
  ]),
];

// One role cast twice within a week: the second actor's reports name the first, never the other way round.
const CAST_ASHBY = [
  report('Screen Daily Post', 'Rowan Ashby to play Inspector Hale in The Harbour Watch', '2025-03-03', [
    'Rowan Ashby will play Inspector Hale in the new series of The Harbour Watch, the broadcaster Northlight announced on Monday.',
    'Ashby, 41, is best known for the legal drama Crown Street. Filming starts in Portwell in May.',
    'Northlight drama chief Elin Marsh said the role of the harbour detective needed an actor with quiet authority.',
  ]),
  report('Arts Weekly', 'Crown Street star Ashby lands Harbour Watch lead', '2025-03-03', [
    'Crown Street actor Rowan Ashby has been cast as Inspector Hale, the lead of The Harbour Watch, Northlight said.',
    'Ashby said he had watched the first series with his father and was thrilled to join the cast in Portwell.',
    'The eight new episodes are due to air next winter.',
  ]),
  report('Eastern Wire', 'Northlight names Rowan Ashby as new Inspector Hale', '2025-03-04', [
    'Northlight has chosen Rowan Ashby for the part of Inspector Hale in its detective series The Harbour Watch.',
    'Ashby beat a shortlist of five actors, drama chief Elin Marsh said. Filming will take place in Portwell from May.',
    'The series drew four million viewers on its first run.',
  ]),
];
const CAST_OKONKWO = [
  report('Screen Daily Post', 'Nadia Okonkwo is the new Inspector Hale', '2025-03-10', [
    'Nadia Okonkwo will succeed Rowan Ashby as Inspector Hale, producers confirmed on Monday.',
    'Okonkwo, 36, starred in the stage hit Salt Road and the film Dry Season, which won three awards at Cannes.',
    'Writers are reshaping the character as a woman who returns to her home town after twenty years in the navy.',
  ]),
  report('Arts Weekly', 'Salt Road star Okonkwo takes over famous detective part', '2025-03-10', [
    'Stage actor Nadia Okonkwo has been picked to succeed Rowan Ashby as Inspector Hale.',
    'Okonkwo trained at the Bellmoor drama school and spent two seasons with the Riverside Players before her breakthrough.',
    'Her agent, Simone Varga, said she had read for the part on Friday.',
  ]),
  report('Eastern Wire', 'Okonkwo to follow Ashby as Inspector Hale', '2025-03-11', [
    'Nadia Okonkwo is to follow Rowan Ashby as Inspector Hale, her agent Simone Varga said.',
    'Okonkwo, who grew up in a fishing family, said playing a detective in a fishing town felt like coming home.',
    'She will be the first woman in the part.',
  ]),
];

const HARBOUR_RATINGS = report('Valley Courier', 'Harbour Watch finale draws record audience', '2024-11-18', [
  'The last episode of The Harbour Watch drew 5.2 million viewers on Sunday, the best figure for a Northlight drama in ten years.',
  'The detective series was filmed in Portwell, where the harbour office now runs guided tours for fans.',
  'Northlight has not said whether a second series will be made.',
]);

// Reports of the second casting that leave out the first actor, and two short tributes to the first
// from his old co-star: little text, so little to link them by.
const OKONKWO_ALONE = [
  report('Arts Weekly', 'Salt Road star Okonkwo takes famous detective part', '2025-03-10', [
    'Stage actor Nadia Okonkwo has been picked as the next Inspector Hale.',
    'Okonkwo trained at the Bellmoor drama school and spent two seasons with the Riverside Players before her breakthrough.',
    'Her agent, Simone Varga, said she had read for the part on Friday.',
  ]),
  report('Screen Daily Post', 'Nadia Okonkwo is the new Inspector Hale', '2025-03-10', [
    'Nadia Okonkwo will play Inspector Hale in The Harbour Watch, producers confirmed on Monday.',
    'Okonkwo, 36, starred in the stage hit Salt Road and the film Dry Season, which won three awards at Cannes.',
    'Writers are reshaping the character as a woman who returns to her home town after twenty years in the navy.',
  ]),
];
const ASHBY_TRIBUTES = [
  report('Stage Door', 'Old friend cheers', '2025-03-04', [
    'Rowan Ashby, who played a shy junior clerk in Crown Street, will become the biggest name on television after landing the part.',
    'Speaking to the Gazette, his old co-star Leona Pike said he would make a superb Inspector Hale.',
    '"It is inspired casting. He has that stare, that patience, that stillness."',
  ]),
  report('Stage Door', 'Pike cheers old friend', '2025-03-04', [
    'The new Inspector Hale, producers confirmed on Monday, will be Ashby, 41, who played a shy clerk in Crown Street.',
    'His old co-star Leona Pike said he would make a superb detective.',
  ]),
];

describe('EventClusters: undoing early links', () => {
  /** Adds the reports one by one and returns the stories (as indexes into `docs`) after each. */
  function clusterSteps(docs: AnalysedDocument[]): number[][][] {
    const vocabulary = new Vocabulary();
    const clusters = new EventClusters(vocabulary);
    return docs.map((d) => {
      clusters.add(documentTerms(d, vocabulary), dayNumber(d.eventDate?.date ?? d.published), mainYear(d));
      return clusters.groups();
    });
  }

  it('splits a story holding two fires at one creamery once a third report sharpens the weights', () => {
    const steps = clusterSteps([FIRE_2023_A, FIRE_2025_A, FIRE_2023_B, FIRE_2025_B, FIRE_2023_C]);
    // With two documents seen, every shared word weighs alike: the 2025 fire joins the 2023 one.
    expect(steps[2]).toEqual([[0, 1, 2]]);
    // Four reports, each fire told twice: the halves are still just alike enough (words that only
    // the two fires share weigh as much as any other in a corpus of four).
    expect(steps[3]).toEqual([[0, 1, 2, 3]]);
    // A third report of the 2023 fire: the story is bisected and its halves are less alike than a
    // report must be to join.
    expect(steps[4]).toEqual([
      [0, 2, 4],
      [1, 3],
    ]);
  });

  it('tells two castings of one role apart once each has three reports, though only the second names both actors', () => {
    const steps = clusterSteps([...CAST_ASHBY, ...CAST_OKONKWO]);
    // Two reports of the second casting: too few for a protagonist that only one side has to count.
    expect(steps[4]).toEqual([[0, 1, 2, 3, 4]]);
    // Nadia Okonkwo leads all three of her reports and none of Rowan Ashby's names her.
    expect(steps[5]).toEqual([
      [0, 1, 2],
      [3, 4, 5],
    ]);
  });

  it('finds the two castings inside a story that also holds a report on the series alone, which goes with the closer one', () => {
    // The ratings report joined while every word weighed alike; it is close to neither casting.
    // Bisected down to two groups, the story would be that report against the rest.
    const steps = clusterSteps([CAST_ASHBY[0], HARBOUR_RATINGS, ...CAST_ASHBY.slice(1), ...CAST_OKONKWO]);
    expect(steps[4]).toEqual([[0, 1, 2, 3, 4]]);
    // Okonkwo's leads name other places than Ashby's (Portwell, where his series films, against the
    // places of her career), which weakens each pair across the two castings: the story is two from
    // her second report on (without the places, from her third).
    expect(steps[5]).toEqual([
      [0, 1, 2, 3],
      [4, 5],
    ]);
    expect(steps[6]).toEqual([
      [0, 1, 2, 3],
      [4, 5, 6],
    ]);
  });

  it('keeps one strike told in four different wordings as one story', () => {
    expect(clusterSteps(STRIKE)[3]).toEqual([[0, 1, 2, 3]]);
  });

  it('moves a report kept on a weak link to the story of its own event once that story is there', () => {
    const docs = [
      HARBOUR_RATINGS, CAST_OKONKWO[1], ASHBY_TRIBUTES[0], COUNCIL, CAST_ASHBY[0],
      OKONKWO_ALONE[0], CAST_OKONKWO[0], OKONKWO_ALONE[1], ASHBY_TRIBUTES[1],
    ];
    const steps = clusterSteps(docs);
    // Ashby's casting report first joins the Okonkwo story (the tribute there names the part), then
    // moves to the series' ratings report: neither is its event.
    expect(steps[5]).toEqual([[0, 4], [1, 2, 5], [3]]);
    // As the Okonkwo reports pile up, the tribute's link to them falls under the threshold but not
    // under 0.8 of it; the story of the ratings and Ashby's report fits it clearly better, though not
    // at the threshold, and it moves there. Before, it stayed with Okonkwo's reports. (Since places
    // weigh, with Okonkwo's third report; without them, with her fourth.)
    expect(steps[6]).toEqual([[0, 2, 4], [1, 5, 6], [3]]);
    expect(steps[7]).toEqual([[0, 2, 4], [1, 5, 6, 7], [3]]);
    // The second tribute: the two tributes and Ashby's casting report are one story, the ratings alone.
    expect(steps[8]).toEqual([[0], [1, 5, 6, 7], [2, 4, 8], [3]]);
  });

  it('lets a report leave a story once the story has grown away from it', () => {
    // The town's other news brings a second story into the repair around each new fire report.
    const docs = [COUNCIL, FIRE_2023_A, FIRE_2025_A, FIRE_2023_B, FIRE_2023_C, FIRE_2023_D, FIRE_2023_E, FIRE_2023_F];
    const steps = clusterSteps(docs);
    expect(steps[3]).toContainEqual([1, 2, 3]);
    // Later 2023 reports share little with the 2025 fire: its average similarity to the story falls
    // below 0.8 of the threshold, and no other story wants it, so it stands alone.
    expect(steps[docs.length - 1]).toEqual([[0], [1, 3, 4, 5, 6, 7], [2]]);
  });
});

// A rescued sailor: three reports give his full name, a later interview only his surname.
const RESCUE = [
  report('Coast Mercury', 'Sailor Teodor Malenko found alive after nine days adrift', '2025-06-07', [
    'Round-the-world sailor Teodor Malenko was found alive on Saturday clinging to the hull of his capsized yacht Kestrel, 200 kilometres south of Cape Verin.',
    'The crew of a trawler spotted the upturned boat at dawn and pulled Teodor Malenko aboard, the coastguard said.',
    'Malenko, 58, had set out from Port Averell in April on a solo voyage around the world.',
  ]),
  report('Island Post', 'Trawler rescues Teodor Malenko from upturned yacht', '2025-06-07', [
    'Teodor Malenko, the solo yachtsman missing since a storm capsized his boat off Cape Verin, was rescued by a trawler on Saturday.',
    'Coastguard officer Lena Strand said Malenko was weak but able to climb the ladder himself.',
    'His family in Port Averell said they had never given up hope.',
  ]),
  report('Eastern Wire', 'Missing yachtsman Teodor Malenko rescued off Cape Verin', '2025-06-08', [
    'A trawler has rescued Teodor Malenko, the yachtsman whose boat Kestrel overturned in a storm off Cape Verin nine days ago.',
    'Malenko was taken to the harbour clinic in Port Averell, coastguard officer Lena Strand said.',
    'The Kestrel had lost its mast and keel, Strand said.',
  ]),
  report('Harbour Times', 'Malenko already planning his next voyage', '2025-06-12', [
    'Back home after his ordeal, Malenko says he wants to be at sea again before the winter, in a new boat with a heavier keel.',
    'Malenko, 58, told the Harbour Times he would sell his house to pay for it. His daughter Vera asked him to wait a year.',
    'Insurers have not yet said whether they will pay for the Kestrel, which sank off Cape Verin after the trawler crew rescued him.',
  ]),
];

describe('protagonists named by surname alone', () => {
  it('reads a lead person known only by a surname as that capitalised word, a full name as its entity', () => {
    expect(RESCUE[3].entities.find((e) => e.name === 'Malenko')?.id).toMatch(/@/);
    expect(rawTerms(RESCUE[3]).protagonists).toEqual(['c:Malenko']);
    expect(rawTerms(RESCUE[0]).protagonists).toContain(`e:${RESCUE[0].entities.find((e) => e.name === 'Teodor Malenko')!.id}`);
  });

  it('lets a later report naming the story\'s protagonist by surname alone join the story', () => {
    // With the entity as its protagonist, the interview's "Malenko" is someone the story never names,
    // and the story's Teodor Malenko someone the interview never names: held at 0.65, it stayed alone.
    const vocabulary = new Vocabulary();
    const clusters = new EventClusters(vocabulary);
    for (const d of RESCUE) clusters.add(documentTerms(d, vocabulary), dayNumber(d.eventDate?.date ?? d.published), mainYear(d));
    expect(clusters.groups()).toEqual([[0, 1, 2, 3]]);
  });

  it('counts the story\'s protagonist as named by reports that lead with his surname alone', () => {
    // The interviews lead with the fisherman, whom the story never names, and with "Malenko", a
    // lone surname: read as not naming Teodor Malenko, each side had someone the other never names.
    const vocabulary = new Vocabulary();
    const clusters = new EventClusters(vocabulary);
    for (const d of [...RESCUE.slice(0, 3), ...RESCUE_WITNESS]) clusters.add(documentTerms(d, vocabulary), dayNumber(d.eventDate?.date ?? d.published), mainYear(d));
    expect(clusters.groups()).toEqual([[0, 1, 2, 3, 4]]);
  });
});

// Two interviews after the rescue that call the sailor by surname alone, and lead with the
// fisherman who first saw the hull.
const RESCUE_WITNESS = [
  report('Harbour Times', 'Fisherman Ilse Brandt tells how she spotted Malenko', '2025-06-09', [
    'Fisherman Ilse Brandt says she nearly mistook the upturned Kestrel for a whale before she saw Malenko waving from the hull off Cape Verin.',
    'Brandt radioed the coastguard and kept her trawler beside the yacht until Malenko was pulled aboard.',
  ]),
  report('Coast Mercury', 'Ilse Brandt: I saw a hand waving from the hull', '2025-06-09', [
    'Ilse Brandt was hauling nets at dawn when she saw a hand waving from the capsized Kestrel, with Malenko clinging to its keel.',
    'Brandt said Malenko asked first for water and then whether anyone had found his logbook.',
  ]),
];

// Two fires on one night in two towns of one county, and two reports of one of them.
const BARN_FIRE = report('County Herald', 'Barn fire in Aldwick kills forty sheep', '2025-01-12', [
  'A fire destroyed a barn on a farm outside Aldwick on Saturday night, killing forty sheep, the county fire service said.',
  'Crews from Aldwick and Fernley fought the flames for three hours; the farmer and his family were unhurt.',
]);
const MILL_FIRE = report('County Herald', 'Fire guts old mill in Presham', '2025-01-12', [
  'A fire gutted the disused Corran Mill in Presham on Saturday night, the county fire service said.',
  'The mill, empty since 1998, had been due to be turned into flats; police are treating the fire as suspicious.',
]);
const BARN_FIRE_FOLLOW_UP = report('Fernley Advertiser', 'Sheep farmer thanks fire crews', '2025-01-13', [
  'The farmer who lost forty sheep when his barn burned down on Saturday has thanked the Fernley crews who helped save his house.',
  'The county fire service said the blaze probably started in a tractor shed.',
]);

describe('placesCross', () => {
  const vocabulary = new Vocabulary();
  const [barn, mill, followUp] = [BARN_FIRE, MILL_FIRE, BARN_FIRE_FOLLOW_UP].map((d) => documentTerms(d, vocabulary));
  it('tells two reports set in different places apart, not two reports of one place', () => {
    // Aldwick (and Fernley) against Presham: neither report names the other's places.
    expect(placesCross(barn, mill)).toBe(true);
    // The follow-up names Fernley, which the first barn report names too.
    expect(placesCross(barn, followUp)).toBe(false);
  });
  it('says nothing when a lead names no place', () => {
    const noPlace = documentTerms(report('County Herald', 'Fire service busy', '2025-01-13', ['The county fire service said it had answered 31 calls over the weekend.']), vocabulary);
    expect(placesCross(noPlace, mill)).toBe(false);
  });
});

describe('EventClusters: a report whose only story is its own', () => {
  // A late, short report on the bridge collapse: it shares few words with the two long ones.
  const LATE = report('Valley Courier', 'Divers find missing cyclist', '2025-04-06', [
    'Divers found the body of the missing cyclist in the Tarn on Saturday, two days after the Marrow Bridge collapse, the county fire service said.',
  ]);
  const BRIDGE_C = report('Eastern Wire', 'Inquiry ordered into Kessington bridge collapse', '2025-04-05', [
    'The county council ordered an independent inquiry on Friday into the collapse of the Marrow Bridge in Kessington, which killed at least four people.',
    'Fire chief Margaret Oyelaran said the search of the river Tarn for a missing cyclist would go on through the weekend.',
  ]);
  const DOCS = [BRIDGE_A, BRIDGE_B, CALL_1, BRIDGE_C, LATE];
  function clustersAt(threshold: number, docs = DOCS): EventClusters {
    const vocabulary = new Vocabulary();
    const clusters = new EventClusters(vocabulary, { threshold });
    for (const d of docs) clusters.add(documentTerms(d, vocabulary), dayNumber(d.eventDate?.date ?? d.published), mainYear(d));
    return clusters;
  }
  it('joins a story of three under the threshold, at a link a member would be kept on, when no other story is as close', () => {
    // The late report's average similarity to the three bridge reports, under the IDF it is linked with.
    const probe = clustersAt(0.99);
    const link = (probe.similarity(4, 0) + probe.similarity(4, 1) + probe.similarity(4, 3)) / 3;
    expect(link).toBeGreaterThan(0);
    // The link at 0.9 of the threshold: a member of the story would stay; the report joins.
    expect(clustersAt(link / 0.9).groups()).toEqual([[0, 1, 3, 4], [2]]);
    // At 0.7 of it, under the share a member is kept on: it stands alone.
    expect(clustersAt(link / 0.7).groups()).toEqual([[0, 1, 3], [2], [4]]);
  });

  it('lets a report that came while the story had two reports join once the third comes', () => {
    const probe = clustersAt(0.99);
    const link = (probe.similarity(4, 0) + probe.similarity(4, 1) + probe.similarity(4, 3)) / 3;
    // The late report before the inquiry report: a story of two is too young for the rule, and the
    // report stands alone. When the third bridge report comes, the repair finds the report alone
    // and the story formed: it joins, as it does when it comes last.
    const early = clustersAt(link / 0.9, [BRIDGE_A, BRIDGE_B, LATE, CALL_1, BRIDGE_C]);
    expect(early.groups()).toEqual([[0, 1, 2, 4], [3]]);
  });
});


// Two accidents on one mountain: a guide's fall told at length, and one-sentence wire reports,
// undated, of a climber who watched his brother fall there, the first republished word for word.
const GUIDE_FALL = [
  report('Alpine Courier', 'Guide killed in fall on Mount Ardent', '2024-07-08', [
    'A mountain guide from Brenholt died on Sunday after falling 300 metres from the north ridge of Mount Ardent, the rescue service said.',
    'Stefan Kluge, 44, was leading two clients when a cornice gave way. The clients were flown off the mountain unhurt.',
    'Kluge had climbed Mount Ardent more than sixty times, his agency said.',
  ]),
  report('Valley Post', 'Mount Ardent guide dies as cornice collapses', '2024-07-08', [
    'An experienced guide, Stefan Kluge, was killed on Mount Ardent on Sunday when the cornice he stood on collapsed.',
    'A helicopter of the Brenholt rescue service recovered his body from a glacier below the north ridge.',
    'His two clients, both from abroad, were not hurt.',
  ]),
  report('Eastern Wire', 'Climbing guide dies on Mount Ardent north ridge', '2024-07-09', [
    'Stefan Kluge, a guide with three decades of experience, fell to his death from the north ridge of Mount Ardent on Sunday.',
    'The Brenholt rescue service said a cornice broke under him. Kluge is the second guide to die on the mountain in five years.',
  ]),
];
const BROTHERS = [
  'A climber who survived two nights in a snow cave after watching his brother fall from the north ridge has spoken of his ordeal.',
  'Tomas Reyl, whose younger brother Anton fell to his death on Mount Ardent, said he had expected to die in the snow cave where he survived.',
  'Anton Reyl is presumed dead after his brother Tomas saw him slip during a storm and vanish into the clouds.',
  'Tomas Reyl survived two nights in a snow cave after his brother Anton fell, and spoke of his ordeal from hospital.',
  'Rescuers found Tomas Reyl alive in a snow cave on Mount Ardent two nights after watching his brother Anton fall in a storm.',
].map((text, i) => report(`Wire ${i}`, '', '2024-01-01', [text]));

describe('EventClusters: near-duplicates moved as one', () => {
  it('lets a report and its copy, standing alone, join the story of their event as one report would', () => {
    const background = [COUNCIL, ...STRIKE, ...CAST_ASHBY, BRIDGE_A, CALL_1, CALL_2, RESCUE[0], RESCUE[1], FIRE_2023_A];
    const vocabulary = new Vocabulary();
    const clusters = new EventClusters(vocabulary);
    // The wire reports carry no date of their own.
    const add = (d: AnalysedDocument, undated = false, sameAs: number | null = null) =>
      clusters.add(documentTerms(d, vocabulary), undated ? null : dayNumber(d.eventDate?.date ?? d.published), undated ? null : mainYear(d), sameAs);
    for (const d of GUIDE_FALL) add(d);
    const first = add(BROTHERS[0], true);
    const copy = add(BROTHERS[0], true, first);
    for (const d of background) add(d);
    const later = BROTHERS.slice(1).map((d) => add(d, true));
    // The short report shares too little with the guide's story to join it; its copy is pinned to it.
    expect(clusters.groups()).toContainEqual([0, 1, 2]);
    // Once the brothers' story has four reports, the pair fits it at the threshold, as a lone report
    // joins. Pinned and never moved, the pair could only merge with it at the threshold plus the
    // merge margin, and stood apart from its own event.
    expect(clusters.groups()).toContainEqual([first, copy, ...later]);
  });
});
