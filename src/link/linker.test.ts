import { beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../analyse/index.js';
import { ComparisonItem, Story, type AnalysedDocument } from '../model/index.js';
import { documentId } from '../pipeline/document.js';
import { StoryLinker } from './index.js';
import { leadEventsCross } from './features.js';
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
