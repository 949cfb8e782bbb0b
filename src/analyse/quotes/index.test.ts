import { describe, expect, it } from 'vitest';
import type { Entity, ExtractedArticle } from '../../model/index.js';
import { readText } from '../nlp.js';
import { findAttributions, findQuotes } from './index.js';

function input(text: string) {
  const article: ExtractedArticle = { text, title: null, published: '2023-11-09', dateline: null, outlet: null, language: 'en' };
  return { article, read: readText(text) };
}

/** An entity mentioned wherever `surface` (or an alias) occurs in `text`. */
function entity(text: string, id: string, type: Entity['type'], surfaces: string[], roles: string[] = [], country: string | null = null): Entity {
  const mentions = surfaces.flatMap((s) => [...text.matchAll(new RegExp(`\\b${s}\\b`, 'g'))].map((m) => ({ start: m.index, end: m.index + s.length, text: s })));
  return { id, name: surfaces[0], type, aliases: surfaces.slice(1), roles, country, mentions };
}

const quote = (q: { text: string; direct: boolean; speakerText: string | null; speaker: string | null }) => [q.text, q.direct, q.speakerText, q.speaker];

describe('findQuotes without entities', () => {
  it('gives an opening participle clause of a cue to the main clause\'s speaker, and no other opening clause', () => {
    const cited = 'Citing a leaked memo, the senator said the agency had hidden its losses.';
    expect(findQuotes(input(cited), []).map(quote)).toEqual([
      ['a leaked memo', false, 'the senator', null],
      ['the agency had hidden its losses', false, 'the senator', null],
    ]);
    const spoke = 'Speaking at a rally in the port, the mayor said the pier would reopen.';
    expect(findQuotes(input(spoke), []).map(quote)).toEqual([['the pier would reopen', false, 'the mayor', null]]);
    // The clause may end in a quotation whose closing mark follows its comma.
    const bemoaning = 'Bemoaning the "rigged tender," the mayor accused the harbour board of hiding the costs.';
    const [opening] = findQuotes(input(bemoaning), []).map(quote);
    expect(opening[0]).toMatch(/^the "rigged tender/);
    expect(opening[2]).toBe('the mayor');
  });

  it('keeps a first-person belief and the shares of a poll, with their sources as written', () => {
    const text = 'I know the risks of building on the flood plain.\n\nAmong likely voters, 46 percent would choose Ruiz and 41 percent would back Okafor.';
    expect(findQuotes(input(text), []).map(quote)).toEqual([
      ['the risks of building on the flood plain', false, 'I', null],
      ['Ruiz', false, '46 percent', null],
      ['Okafor', false, '41 percent', null],
    ]);
  });


  it('reads a relative clause of saying inside another attribution, and a cue read both ways as the relative clause', () => {
    const nested = 'Okafor accused rival candidates of taking donations, which she said were repaid with contracts.';
    expect(findQuotes(input(nested), []).map(quote)).toEqual([
      ['rival candidates of taking donations, which she said were repaid with contracts', false, 'Okafor', null],
      ['were repaid with contracts', false, 'she', null],
    ]);
    const described = 'The council has been stalling, in what critics described as a bid to run out the clock: no hearings, no votes.';
    expect(findQuotes(input(described), []).map(quote)).toEqual([['a bid to run out the clock', false, 'critics', null]]);
  });

  it('gives reported speech opening with its own "said" to that subject, and the quotation after a later frame to that frame', () => {
    const text = 'She said fathers would not get the six weeks of leave, and when pressed on why, the 34-year-old lawyer replied, "It is meant to help the mother who gave birth."';
    expect(findQuotes(input(text), []).map(quote)).toEqual([
      ['fathers would not get the six weeks of leave, and when pressed on why', false, 'She', null],
      ['It is meant to help the mother who gave birth', true, 'the 34-year-old lawyer', null],
    ]);
  });

  it('keeps the speaker as written and speaker null', () => {
    const text = '"We were truly shocked," Zakharova said.';
    expect(findQuotes(input(text), []).map(quote)).toEqual([['We were truly shocked', true, 'Zakharova', null]]);
  });

  it('reads a quotation broken by "he said," as two quotes of one speaker', () => {
    const text = '"It has become obvious," he said, "that outside forces are involved."';
    expect(findQuotes(input(text), []).map(quote)).toEqual([
      ['It has become obvious', true, 'he', null],
      ['that outside forces are involved', true, 'he', null],
    ]);
  });

  it('gives the paragraphs after "He said:" to that speaker, over several paragraphs', () => {
    const text = 'The senator spoke at length.\n\nHe said:\n\n"We have a plan. It is ready.\n\n"And we will carry it out now."';
    expect(findQuotes(input(text), []).map(quote)).toEqual([
      ['We have a plan. It is ready', true, 'He', null],
      ['And we will carry it out now', true, 'He', null],
    ]);
  });

  it('reads reported speech with "said that" and with the statement read', () => {
    const text = 'The Russian leader said that Moscow will continue supplies of essential goods, the statement read.';
    const [q] = findQuotes(input(text), []);
    expect(q.direct).toBe(false);
    expect(q.text.startsWith('The Russian leader said that Moscow') || q.text.startsWith('that Moscow')).toBe(true);
  });

  it('marks a paraphrase holding a quotation as not direct', () => {
    const text = 'The mayor said the city was "ready for anything" after the storm.';
    expect(findQuotes(input(text), []).map(quote)).toEqual([['the city was "ready for anything" after the storm', false, 'The mayor', null]]);
  });

  it('leaves a scare quote with no cue alone and a long unattributed quotation without a speaker', () => {
    const text = 'The "peace plan" was never published.\n\n"Nobody in this town will forget what happened that night."';
    expect(findQuotes(input(text), []).map(quote)).toEqual([['Nobody in this town will forget what happened that night', true, null, null]]);
  });

  it('gives offsets of the words without the marks', () => {
    const text = 'He said: “We will rebuild.”';
    const [q] = findQuotes(input(text), []);
    expect(text.slice(q.start, q.end)).toBe(q.text);
    expect(q.text).toBe('We will rebuild');
  });
});

describe('findQuotes reads several attributions in one sentence', () => {
  it('a second clause with its own cue is a second attribution, and the first ends before it', () => {
    const text = 'The coach said the team was tired, but she said the players would recover by Sunday.';
    expect(findQuotes(input(text), []).map(quote)).toEqual([
      ['the team was tired', false, 'The coach', null],
      ['the players would recover by Sunday', false, 'she', null],
    ]);
  });

  it('a cue after "and" shares the subject', () => {
    const text = 'The union rejected the final offer and said a strike would begin on Monday.';
    expect(findQuotes(input(text), []).map(quote)).toEqual([
      ['the final offer', false, 'The union', null],
      ['a strike would begin on Monday', false, 'The union', null],
    ]);
  });

  it('a cue after "and" and a verb whose "to" carries it shares the subject', () => {
    const text = 'The union rejected the final offer and seemed to think a strike would begin on Monday.';
    expect(findQuotes(input(text), []).map(quote)).toEqual([
      ['the final offer', false, 'The union', null],
      ['a strike would begin on Monday', false, 'The union', null],
    ]);
  });

  it('a cue nested in the content stays inside it', () => {
    const text = 'The mayor said she expects the bridge to reopen in May.';
    expect(findQuotes(input(text), []).map(quote)).toEqual([['she expects the bridge to reopen in May', false, 'The mayor', null]]);
  });

  it('an appositive opened by a participle is skipped to reach the speaker', () => {
    const text = 'The senator, speaking to reporters in Leeds, said the vote would pass easily.';
    expect(findQuotes(input(text), []).map(quote)).toEqual([['the vote would pass easily', false, 'The senator', null]]);
  });
});

describe('findQuotes across a sentence split at an abbreviation', () => {
  it('keeps "(D-Ore.) said." with its quotation', () => {
    const text = '“The budget is a mess,” Sen. Lena Ortiz (D-Ore.) said. “We will fix it next year.”';
    expect(findQuotes(input(text), []).map(quote)).toEqual([
      ['The budget is a mess', true, 'Sen. Lena Ortiz (D-Ore.)', null],
      ['We will fix it next year', true, 'Sen. Lena Ortiz (D-Ore.)', null],
    ]);
  });

  it('a participle cue after an adverb opens a second attribution too', () => {
    const text = '“The pumps failed,” the engineer said, even suggesting that the cable had been cut.';
    expect(findQuotes(input(text), []).map(quote)).toEqual([
      ['The pumps failed', true, 'the engineer', null],
      ['that the cable had been cut', false, 'the engineer', null],
    ]);
  });

  it('a participle cue after the first attribution opens a second one of the same speaker', () => {
    const text = 'The mayor said the budget was balanced, accusing the council of wasting time.';
    expect(findQuotes(input(text), []).map(quote)).toEqual([
      ['the budget was balanced', false, 'The mayor', null],
      ['the council of wasting time', false, 'The mayor', null],
    ]);
  });

  it('a participle cue after a second clause is the act of that clause\'s subject, not of an opening statement', () => {
    const text = 'In a letter announcing the strike, the nurses’ union called the hospital board reckless, citing the shortage of night staff.';
    const found = findQuotes(input(text), []).map(quote);
    expect(found.find((q) => q[0] === 'the shortage of night staff')?.[2]).toBe('the nurses’ union');
  });
});

describe('findQuotes reads a paragraph set off after "X added:" as the quotation', () => {
  it('the next paragraph without quotation marks is the content; the one after it is not', () => {
    const text = 'The council met on Monday.\n\nThe governor added:\n\nIt is typical of the council. They never listen to the islands.\n\nThe vote is on Tuesday.';
    expect(findQuotes(input(text), []).map(quote)).toEqual([['It is typical of the council. They never listen to the islands', false, 'The governor', null]]);
  });

  it('a quotation paragraph after the colon is read as before', () => {
    const text = 'The governor added:\n\n“It is typical of the council.”';
    expect(findQuotes(input(text), []).map(quote)).toEqual([['It is typical of the council', true, 'The governor', null]]);
  });
});

describe('findQuotes reads passives of saying with no source', () => {
  it('gives the subject and the complement, speaker null', () => {
    const text = 'The harbour master was accused of falsifying the tide tables.';
    expect(findQuotes(input(text), []).map(quote)).toEqual([
      ['The harbour master', false, null, null],
      ['of falsifying the tide tables', false, null, null],
    ]);
  });
});

describe('findQuotes keeps opening phrases out of the content', () => {
  it('an adverbial opener before "X said:" is no quotation of its own', () => {
    const text = 'In a post on Friday, the mayor wrote: “The road will reopen on Monday.”';
    expect(findQuotes(input(text), []).map(quote)).toEqual([['The road will reopen on Monday', true, 'the mayor', null]]);
  });

  it('a hearer and an infinitive after the cue are its content, and "and" shares the subject after the opener', () => {
    const text = 'In her speech, the mayor urged residents to save water, and criticized the utility’s slow repairs.';
    expect(findQuotes(input(text), []).map(quote)).toEqual([
      ['residents to save water', false, 'the mayor', null],
      ['the utility’s slow repairs', false, 'the mayor', null],
    ]);
  });

  it('"states" is a noun, not a cue', () => {
    expect(findQuotes(input('Eighteen states support the new emissions rules.'), [])).toEqual([]);
  });
});

describe('findQuotes resolves speakers through entities', () => {
  it('"he added" after a quotation stands for its speaker, even when another person is named more often; "the mayor" for the mayor', () => {
    const text =
      'Mayor Ana Ruiz met residents on Tuesday. Ruiz promised new flood defences.\n\n"We were promised new defences five years ago," said Tom Okafor, a baker on the high street.\n\n"Nothing at all has been built," he added.\n\nRuiz blamed the national government. "They cut our budget in half," the mayor said.';
    const ruiz = entity(text, 'person:ruiz', 'PERSON', ['Ana Ruiz', 'Ruiz'], ['Mayor']);
    const okafor = entity(text, 'person:okafor', 'PERSON', ['Tom Okafor']);
    expect(findQuotes(input(text), [ruiz, okafor]).filter((q) => q.direct).map((q) => [q.speakerText, q.speaker])).toEqual([
      ['Tom Okafor', 'person:okafor'],
      ['he', 'person:okafor'],
      ['the mayor', 'person:ruiz'],
    ]);
  });

  it('a quotation a short clause introduces with a colon is its subject’s, when a person, even after another speaker', () => {
    const text = 'The lease was signed on Monday. "It is a disaster for the city," said Ana Ruiz. Tom Okafor disagreed: "It is a start, and a good one."';
    const ruiz = entity(text, 'person:ruiz', 'PERSON', ['Ana Ruiz']);
    const okafor = entity(text, 'person:okafor', 'PERSON', ['Tom Okafor']);
    expect(findQuotes(input(text), [ruiz, okafor]).map((q) => [q.text, q.speaker])).toEqual([
      ['It is a disaster for the city', 'person:ruiz'],
      ['It is a start, and a good one', 'person:okafor'],
    ]);
    // A longer clause with a comma may hold another subject before the colon: the carried speaker stays.
    const long = '"We were lost," Ana Ruiz said. She was so upset, and drove so fast, that I had to say: "We will be there in time, I promise."';
    const ruiz2 = entity(long, 'person:ruiz', 'PERSON', ['Ana Ruiz']);
    expect(findQuotes(input(long), [ruiz2]).map((q) => q.speakerText)).toEqual(['Ana Ruiz', 'Ana Ruiz']);
  });

  it('a quotation after a sentence with no cue in the same paragraph takes its subject, when that is a person', () => {
    // The aside ("who ...") and a programme title before the subject are no part of it.
    const text =
      'The ferry strike enters its third week.\n\nOn "Morning Report," Councillor Ada Okafor (Lab.), who sits on the transport panel, singled out the pay offer as the main obstacle. "Nobody in this city can live on what the company is offering its crews."';
    const okafor = entity(text, 'person:okafor', 'PERSON', ['Ada Okafor'], ['Councillor']);
    const [q] = findQuotes(input(text), [okafor]).map(quote);
    expect(q).toEqual(['Nobody in this city can live on what the company is offering its crews', true, 'Councillor Ada Okafor', 'person:okafor']);
    // A subject that is no person speaks no quotation, and a quotation in the next paragraph is not carried.
    const storm = 'The storm flooded the harbour road overnight. "We have never seen the water come up this far before," one resident wrote.\n\nThe harbour board met on Monday.\n\n"It will take weeks to clear all of the mud from the road."';
    const board = entity(storm, 'org:board', 'ORG', ['The harbour board']);
    expect(findQuotes(input(storm), [board]).map((x) => x.speakerText)).toEqual(['one resident', null]);
  });

  it('"she said" -> the last person named before', () => {
    const text = 'Foreign Ministry spokeswoman Maria Zakharova spoke on Thursday.\n\n"We are undertaking intensive efforts," she said.';
    const zakharova = entity(text, 'person:zakharova', 'PERSON', ['Maria Zakharova'], ['spokeswoman'], 'RUS');
    expect(findQuotes(input(text), [zakharova]).map(quote)).toEqual([['We are undertaking intensive efforts', true, 'she', 'person:zakharova']]);
  });

  it('a name inside a quotation is not the speaker of "he said"', () => {
    const text = 'Sergey Lavrov spoke at the forum.\n\n"Joe Biden is wrong," he said.';
    const lavrov = entity(text, 'person:lavrov', 'PERSON', ['Sergey Lavrov'], ['Foreign Minister'], 'RUS');
    const biden = entity(text, 'person:biden', 'PERSON', ['Joe Biden'], ['President'], 'USA');
    expect(findQuotes(input(text), [lavrov, biden])[0].speaker).toBe('person:lavrov');
  });

  it('"his office said" -> the person the sentence is about', () => {
    const text = 'Mahmoud Abbas expressed readiness to work with Donald Trump, his office said.';
    const abbas = entity(text, 'person:abbas', 'PERSON', ['Mahmoud Abbas'], ['President'], 'PSE');
    const trump = entity(text, 'person:trump', 'PERSON', ['Donald Trump'], ['President-elect'], 'USA');
    const [q] = findQuotes(input(text), [abbas, trump]);
    expect([q.speakerText, q.speaker]).toEqual(['his office', 'person:abbas']);
  });

  it('"her office said" after an opening phrase -> the subject after its comma, not the name inside it', () => {
    const text = 'Thanking Tomas Reyes and the rescue crews, Ines Duarte on Monday expressed "deep gratitude to every volunteer," her office said in a statement.';
    const reyes = entity(text, 'person:reyes', 'PERSON', ['Tomas Reyes'], ['Mayor']);
    const duarte = entity(text, 'person:duarte', 'PERSON', ['Ines Duarte'], ['Governor']);
    const office = findQuotes(input(text), [reyes, duarte]).filter((q) => q.speakerText === 'her office');
    expect(office.map((q) => q.speaker)).toEqual(['person:duarte']);
  });

  it('"the Kremlin said in a statement" -> the Kremlin', () => {
    const text = '"The Russian side expressed support for the efforts," the Kremlin said in a statement.';
    const kremlin = entity(text, 'org:kremlin', 'ORG', ['Kremlin']);
    expect(findQuotes(input(text), [kremlin]).map(quote)).toEqual([['The Russian side expressed support for the efforts', true, 'the Kremlin', 'org:kremlin']]);
  });

  it('"according to the Kremlin" -> the Kremlin', () => {
    const text = 'The two leaders discussed the escalation in Gaza, according to the Kremlin.';
    const kremlin = entity(text, 'org:kremlin', 'ORG', ['Kremlin']);
    expect(findQuotes(input(text), [kremlin]).map(quote)).toEqual([['The two leaders discussed the escalation in Gaza', false, 'the Kremlin', 'org:kremlin']]);
  });

  it('a title alone, "the Russian leader", -> the person with that role and country', () => {
    const text = 'Vladimir Putin met Mahmoud Abbas. The Russian leader said that Moscow will keep sending aid.';
    const putin = entity(text, 'person:putin', 'PERSON', ['Vladimir Putin'], ['Russian President'], 'RUS');
    const abbas = entity(text, 'person:abbas', 'PERSON', ['Mahmoud Abbas'], ['Palestinian President'], 'PSE');
    const russian = entity(text, 'norp:russian', 'NORP', ['Russian']);
    const [q] = findQuotes(input(text), [putin, abbas, russian]);
    expect([q.speakerText, q.speaker]).toEqual(['The Russian leader', 'person:putin']);
  });

  it('"the statement" -> the body whose statement it is', () => {
    const text = 'In a statement, the Kremlin said the talks went well.\n\nThe statement said that aid deliveries would continue.';
    const kremlin = entity(text, 'org:kremlin', 'ORG', ['Kremlin']);
    const quotes = findQuotes(input(text), [kremlin]);
    expect(quotes.map((q) => q.speaker)).toEqual(['org:kremlin', 'org:kremlin']);
  });

  it('a quote with no recoverable speaker stays null, entities or not', () => {
    const text = 'Vladimir Putin arrived.\n\n"Nobody in this town will forget what happened that night."';
    const putin = entity(text, 'person:putin', 'PERSON', ['Vladimir Putin'], ['President'], 'RUS');
    expect(findQuotes(input(text), [putin]).map((q) => q.speaker)).toEqual([null]);
  });

  it('"they said" -> the organisation just named, and null when a person comes between', () => {
    const text = 'The dockworkers’ union rejected the offer on Monday. They said the pay rise was far too small.';
    const union = entity(text, 'org:union', 'ORG', ['dockworkers’ union']);
    expect(findQuotes(input(text), [union]).map(quote)).toEqual([
      ['the offer on Monday', false, 'The dockworkers’ union', 'org:union'],
      ['the pay rise was far too small', false, 'They', 'org:union'],
    ]);
    const mixed = 'The dockworkers’ union met Ana Ruiz on Monday. They said the pay rise was far too small.';
    const ruiz = entity(mixed, 'person:ruiz', 'PERSON', ['Ana Ruiz']);
    expect(findQuotes(input(mixed), [entity(mixed, 'org:union', 'ORG', ['dockworkers’ union']), ruiz])[0].speaker).toBeNull();
  });

  it('"it" -> the organisation just named ("the paper ... after it endorsed")', () => {
    const text = 'Protesters gathered outside the Harbour Gazette after it endorsed the port levy.';
    const gazette = entity(text, 'org:gazette', 'ORG', ['Harbour Gazette']);
    expect(findQuotes(input(text), [gazette]).map(quote)).toContainEqual(['the port levy', false, 'it', 'org:gazette']);
  });

  it('a manner adverb between speaker and cue is not part of the speaker', () => {
    const text = 'Ana Ruiz, the head of the port authority, forcefully told the council that the fees would rise.';
    const ruiz = entity(text, 'person:ruiz', 'PERSON', ['Ana Ruiz']);
    expect(findQuotes(input(text), [ruiz]).map(quote)).toEqual([['that the fees would rise', false, 'Ana Ruiz', 'person:ruiz']]);
  });

  it('"who" after a comma -> the person named just before it, the source as written kept', () => {
    const text = 'The panel questioned Tomas Okafor, who denied that the ferry contract was rigged.';
    const okafor = entity(text, 'person:okafor', 'PERSON', ['Tomas Okafor']);
    expect(findQuotes(input(text), [okafor]).map(quote)).toContainEqual(['that the ferry contract was rigged', false, 'who', 'person:okafor']);
    const far = 'Tomas Okafor spoke first. Residents who denied the charge left early.';
    expect(findQuotes(input(far), [entity(far, 'person:okafor', 'PERSON', ['Tomas Okafor'])]).every((q) => q.speaker === null)).toBe(true);
  });
});

describe('findQuotes keeps a subject-verb attribution only on a person, organisation or pronoun', () => {
  it('a named person grilling someone is an attribution; a storm flattening a wall is not', () => {
    const text = 'Senator Ana Ruiz grilled the bank’s chief over the fake accounts.\n\nHurricane Delia flattened the harbour wall on Monday.\n\nShe sponsored a bill to cap ferry fares.';
    const ruiz = entity(text, 'person:ruiz', 'PERSON', ['Ana Ruiz']);
    const delia = entity(text, 'other:delia', 'OTHER', ['Hurricane Delia']);
    expect(findQuotes(input(text), [ruiz, delia]).map(quote)).toEqual([
      ['the bank’s chief over the fake accounts', false, 'Senator Ana Ruiz', 'person:ruiz'],
      ['a bill to cap ferry fares', false, 'She', 'person:ruiz'],
    ]);
  });

  it('claims, which read attributions without entities, get only the pronoun subject', () => {
    const text = 'Hurricane Delia flattened the harbour wall on Monday.\n\nShe sponsored a bill to cap ferry fares.';
    const read = readText(text);
    expect(findAttributions(read).map((a) => (a.speaker ? text.slice(a.speaker.start, a.speaker.end) : null))).toEqual(['She']);
  });

  it('a common noun for a body or for people stands without an entity; claims still take only the pronoun', () => {
    const text = 'The city sent a letter to the landlord on Friday.\n\nThe storm flattened the harbour wall.';
    expect(findQuotes(input(text), []).map(quote)).toEqual([['a letter to the landlord on Friday', false, 'The city', null]]);
    expect(findAttributions(readText(text))).toEqual([]);
  });

  it('a group the recogniser tagged is a source: "Republicans weren’t concerned about ..."', () => {
    const text = 'Republicans weren’t too concerned about the shift in strategy.';
    const republicans = entity(text, 'norp:republican', 'NORP', ['Republicans']);
    expect(findQuotes(input(text), [republicans]).map(quote)).toEqual([['the shift in strategy', false, 'Republicans', 'norp:republican']]);
  });

  it('a title-case headline with a named subject is an attribution; one about a place is not', () => {
    const text = 'Harbour Union Slams Ferry Operator Over Delays\n\nAstoria Braces For Storm Surge Tonight\n\nThe union met on Monday.';
    const union = entity(text, 'org:harbour-union', 'ORG', ['Harbour Union']);
    const astoria = entity(text, 'gpe:astoria', 'GPE', ['Astoria']);
    expect(findQuotes(input(text), [union, astoria]).map(quote)).toEqual([['Ferry Operator Over Delays', false, 'Harbour Union', 'org:harbour-union']]);
  });

  it('a relative clause after the frame is an attribution of its own, with "who" as written', () => {
    const text = '“We will reopen the pier,” said Ana Ruiz, who thanked the divers for their work.';
    const ruiz = entity(text, 'person:ruiz', 'PERSON', ['Ana Ruiz']);
    expect(findQuotes(input(text), [ruiz]).map((q) => [q.text, q.speakerText])).toEqual([
      ['We will reopen the pier', 'Ana Ruiz'],
      ['the divers for their work', 'who'],
    ]);
  });

  it('without entities only the pronoun subject stands', () => {
    const text = 'Ruiz grilled the bank’s chief.\n\nShe sponsored a bill to cap ferry fares.';
    expect(findQuotes(input(text), []).map((q) => q.speakerText)).toEqual(['She']);
  });
});

describe('findQuotes leaves a time adjunct out of the speaker', () => {
  it.each([
    ['Ines Duarte on Friday told reporters that the pier would reopen in May.', 'Ines Duarte'],
    ['The harbour minister yesterday said the ferry fares would not rise.', 'The harbour minister'],
    ['Tomas Reyes last week warned that the dredging would take a year.', 'Tomas Reyes'],
    ['The council on Monday night announced that the market would move.', 'The council'],
  ])('%s', (text, speaker) => {
    expect(findQuotes(input(text), []).map((q) => q.speakerText)).toEqual([speaker]);
  });
});

describe('findQuotes reads the speaker of the right clause (fifth round)', () => {
  it('a quotation closed by "?" or "!" keeps the frame after it: `“...?” Okafor demanded.`', () => {
    const text = '“Why did the board wait six months to tell the tenants?” Okafor demanded. “They deserved better!” Lin shouted to the crowd.';
    expect(findQuotes(input(text), []).map(quote)).toEqual([
      ['Why did the board wait six months to tell the tenants?', true, 'Okafor', null],
      ['They deserved better!', true, 'Lin', null],
    ]);
  });

  it('a question that ends its sentence is not joined to a sentence with no cue', () => {
    const text = '“Who pays for the new pier?” Nobody on the harbour board knows.';
    expect(findQuotes(input(text), []).map(quote)).toEqual([['Who pays for the new pier?', true, null, null]]);
  });

  it('an aside opened by a preposition between the speaker and the cue is skipped', () => {
    const text = 'Mayor Ines Duarte, at a briefing on Tuesday, said, “The ferry will run again by spring.”';
    expect(findQuotes(input(text), []).map(quote)).toEqual([['The ferry will run again by spring', true, 'Mayor Ines Duarte', null]]);
  });

  it('a role after a name with its party in parentheses is an appositive', () => {
    const text = 'Rep. Dana Holt (D-Ore.), chair of the transport committee, said the rail link would be funded.';
    expect(findQuotes(input(text), []).map(quote)).toEqual([['the rail link would be funded', false, 'Rep. Dana Holt (D-Ore.)', null]]);
  });

  it('a cue after "and" in a subordinate clause takes that clause’s subject', () => {
    const text = 'The governor praised the nurses after she toured the ward and called for higher pay for night shifts.';
    const speakers = findQuotes(input(text), []).map((q) => [q.text, q.speakerText]);
    expect(speakers).toContainEqual(['higher pay for night shifts', 'she']);
  });

  it('a comma ends that clause: the subject after an opening clause is the head’s', () => {
    const text = 'After she toured the ward, the governor thanked the nurses and said the hospital would get new beds.';
    const speakers = findQuotes(input(text), []).map((q) => [q.text, q.speakerText]);
    expect(speakers).toContainEqual(['the hospital would get new beds', 'the governor']);
  });

  it('the subject after opening adverbs and clauses, for a cue after "and"', () => {
    const text = 'Recently, however, the council published a report on the flooding and called for a new sea wall.';
    const speakers = findQuotes(input(text), []).map((q) => [q.text, q.speakerText]);
    expect(speakers).toContainEqual(['a new sea wall', 'the council']);
  });
});

describe('findQuotes reads a quotation right after a cue inside another attribution’s content', () => {
  it('`X expressed "...", her office said`: the office’s report and X’s own words, both kept', () => {
    const text = 'Thanking the rescue crews, Ines Duarte expressed "deep gratitude to every volunteer who worked through the night," her office said in a statement.';
    const duarte = entity(text, 'person:duarte', 'PERSON', ['Ines Duarte'], ['Governor']);
    expect(findQuotes(input(text), [duarte]).map(quote)).toEqual([
      ['Thanking the rescue crews, Ines Duarte expressed "deep gratitude to every volunteer who worked through the night', false, 'her office', 'person:duarte'],
      ['deep gratitude to every volunteer who worked through the night', true, 'Ines Duarte', 'person:duarte'],
    ]);
  });

  it('after a comma, with a pronoun for the person named before, and with an organisation as subject', () => {
    const text = 'Tomas Okafor met the dock workers on Monday.\n\nThe union said that when asked about the closures he replied, “Nobody will lose a job this year,” and left.';
    const okafor = entity(text, 'person:okafor', 'PERSON', ['Tomas Okafor']);
    expect(findQuotes(input(text), [okafor]).map(quote)).toContainEqual(['Nobody will lose a job this year', true, 'he', 'person:okafor']);
    const org = 'The coach said the Harbour League reiterated “full confidence in its referees” after the final.';
    const league = entity(org, 'org:league', 'ORG', ['Harbour League']);
    expect(findQuotes(input(org), [league]).map(quote)).toEqual([
      ['the Harbour League reiterated “full confidence in its referees” after the final', false, 'The coach', null],
      ['full confidence in its referees', true, 'the Harbour League', 'org:league'],
    ]);
  });

  it('after a short adjunct and its comma, and after a second verb of the attribution’s own subject', () => {
    const adjunct = 'The union said the video showed Tomas Okafor saying at the rally last week, “Nobody will lose a job this year,” before the cuts.';
    const okafor = entity(adjunct, 'person:okafor', 'PERSON', ['Tomas Okafor']);
    expect(findQuotes(input(adjunct), [okafor]).map(quote)).toContainEqual(['Nobody will lose a job this year', true, 'Tomas Okafor', 'person:okafor']);
    const shared = 'Ines Duarte urged the crews to leave the pier and repeatedly said, “Get back from the edge,” until the wave hit.';
    const duarte = entity(shared, 'person:duarte', 'PERSON', ['Ines Duarte']);
    expect(findQuotes(input(shared), [duarte]).map(quote)).toEqual([
      ['to leave the pier and repeatedly said, “Get back from the edge,” until the wave hit', false, 'Ines Duarte', 'person:duarte'],
      ['Get back from the edge', true, 'Ines Duarte', 'person:duarte'],
    ]);
  });

  it('a speaker after an aside set off by horizontal bars (―) is read up to the bar', () => {
    const text = 'When the auditor noted that the ferry ran at a loss ― as it had for a decade ― Ana Ruiz boasted, “That is why we cut the fares.”';
    const ruiz = entity(text, 'person:ruiz', 'PERSON', ['Ana Ruiz']);
    expect(findQuotes(input(text), [ruiz]).map(quote)).toContainEqual(['That is why we cut the fares', true, 'Ana Ruiz', 'person:ruiz']);
  });

  it('no nested quote when the subject is no person or organisation, the mark does not follow the cue, or the verb is one of wanting', () => {
    const cases = [
      'The inspectors said the survey noted “a sharp rise in burglaries near the station.”',
      'The mayor said Ana Ruiz called the plan “a disaster in the making.”',
      'The organisers said Ana Ruiz wants “answers from the council about the closures.”',
    ];
    for (const text of cases) {
      const ruiz = entity(text, 'person:ruiz', 'PERSON', ['Ana Ruiz']);
      expect(findQuotes(input(text), [ruiz]).filter((q) => q.direct)).toEqual([]);
    }
  });

  it('a quotation that is the main attribution’s own content is not read twice', () => {
    const text = 'Ines Duarte voiced “deep concern about the state of the harbour wall.”';
    const duarte = entity(text, 'person:duarte', 'PERSON', ['Ines Duarte']);
    expect(findQuotes(input(text), [duarte]).map(quote)).toEqual([['deep concern about the state of the harbour wall', true, 'Ines Duarte', 'person:duarte']]);
  });
});

describe('findQuotes reads the speaker as a noun phrase (seventh round)', () => {
  it('two noun phrases joined by "and" are one speaker, before a trailing cue too; a clause before "and" is not', () => {
    const joint = '"We are ready to sign the lease today," Ruiz and Okafor said in a joint statement.';
    expect(findQuotes(input(joint), []).map((q) => [q.text, q.speakerText])).toEqual([['We are ready to sign the lease today', 'Ruiz and Okafor']]);
    const officials = '"The pier will stay closed," the mayor and the harbour master said.';
    expect(findQuotes(input(officials), []).map((q) => q.speakerText)).toEqual(['the mayor and the harbour master']);
    const clause = 'The council cut the ferry budget and the mayor said the cuts were unfair.';
    expect(findQuotes(input(clause), []).map((q) => q.speakerText)).toEqual(['the mayor']);
  });

  it('a place adverb after a plural subject and a short adverb aside belong to no other clause', () => {
    // "Officials there said": "there" is where the officials are, not a dummy subject; ", too," only links to what came before.
    const there = findQuotes(input('Officials there said the ferry would not sail until the storm had passed.'), []);
    expect(there.map((q) => q.speakerText)).toEqual(['Officials there']);
    const too = findQuotes(input('Harbour pilots, too, said the channel had become too shallow for the new ships.'), []);
    expect(too.map((q) => q.speakerText)).toEqual(['Harbour pilots']);
  });

  it('an age and an appositive after a name are both skipped: "Ruiz, 45, a nurse from Dayton, said"', () => {
    const text = '"The ward has been full since January," Ana Ruiz, 45, a nurse from Dayton, said outside the hospital.';
    expect(findQuotes(input(text), []).map((q) => [q.text, q.speakerText])).toEqual([['The ward has been full since January', 'Ana Ruiz']]);
  });

  it('an aside opened by an irregular participle is skipped: "Democrats, led by Okafor, said"', () => {
    const text = 'Democrats on the council, led by Tom Okafor, said the budget hid the cost of the new pier.';
    expect(findQuotes(input(text), []).map((q) => [q.text, q.speakerText])).toEqual([['the budget hid the cost of the new pier', 'Democrats on the council']]);
  });

  it('a name set off after a role stays in the speaker and is the entity it resolves to', () => {
    const text = 'Senator Ana Ruiz faces a recall vote.\n\n"We are not going anywhere," Ruiz’s spokesman, Tom Hale, said on Monday.';
    const ruiz = entity(text, 'person:ruiz', 'PERSON', ['Ana Ruiz', 'Ruiz']);
    const hale = entity(text, 'person:hale', 'PERSON', ['Tom Hale']);
    const [q] = findQuotes(input(text), [ruiz, hale]);
    expect([q.speakerText, q.speaker]).toEqual(['Ruiz’s spokesman, Tom Hale', 'person:hale']);
    // A name before the appositive keeps the appositive out: "Shtayeh, the prime minister, said".
    const named = findQuotes(input('Okafor, the harbour master, said the pier would stay closed.'), []);
    expect(named.map((x) => x.speakerText)).toEqual(['Okafor']);
  });

  it('a recording of someone speaking is no speaker: "footage of X saying" gives X', () => {
    const text = 'The advert closes with footage of Ana Ruiz saying, "We will keep every library in this city open."';
    const ruiz = entity(text, 'person:ruiz', 'PERSON', ['Ana Ruiz']);
    const [q] = findQuotes(input(text), [ruiz]);
    expect([q.text, q.speakerText, q.speaker]).toEqual(['We will keep every library in this city open', 'Ana Ruiz', 'person:ruiz']);
  });

  const speakers = (text: string, entities: Entity[] = []) => findQuotes(input(text), entities).map((q) => [q.text, q.speakerText]);

  it('a catenative verb before "to" belongs to the cue: "continues to insist", "seemed to suggest"', () => {
    // The aside after the cue stays in the content, as the leading cue reads it; the speaker is the subject before "continues".
    expect(speakers('The harbour master continues to insist, most recently in a radio interview, that he really wants the ferry back.')).toEqual([
      ['most recently in a radio interview, that he really wants the ferry back', 'The harbour master'],
    ]);
    expect(speakers('The auditor seemed to suggest that the fares would rise.')).toEqual([['that the fares would rise', 'The auditor']]);
  });

  it('one lower-case word is no speaker unless it names people: "late-night calls", "personal attacks"', () => {
    const text = 'Okafor used the ad against the mayor, accusing her of sleeping while late-night calls came in from the port.';
    expect(speakers(text).map(([, speaker]) => speaker)).not.toContain('late-night');
    expect(speakers('The ferry is always late, critics say. The ferry runs on time, police insist.').map(([, speaker]) => speaker)).toEqual(['critics', 'police']);
  });

  it('an opening "Having said that" and an "It is worth noting" are no sources; the relative pronoun after them is', () => {
    expect(speakers('Having said that, there are some economists who argue that the levy should be dropped.')).toEqual([['that the levy should be dropped', 'who']]);
    expect(speakers('It is worth noting that the port lost money.')).toEqual([]);
  });

  it('a participle cue after a preposition opening an aside takes the subject before the aside', () => {
    const text = 'Mayor Ana Ruiz, D-Bay, despite admitting that she had doubts about the contract, signed it on Friday.';
    expect(speakers(text)[0]).toEqual(['that she had doubts about the contract, signed it on Friday', 'Mayor Ana Ruiz']);
  });

  it('", who ... and called for" takes "who", not the head of the unit', () => {
    const text = 'The leaked memo has become a rallying point for dockworkers, who have marched through the port and called for the contract to be published.';
    expect(speakers(text)).toContainEqual(['the contract to be published', 'who']);
  });

  it('an opening phrase no comma closes is no subject for a cue after "and"', () => {
    const text = "In her 2012 book, ''Saving Early,'' Ms. Ruiz suggested reading every bank statement and asking yourself what each line buys.";
    expect(speakers(text)).toEqual([["reading every bank statement and asking yourself what each line buys", 'Ms. Ruiz']]);
  });

  it('"many of whom say" is a source as written', () => {
    const text = 'The plan has angered the ferry crews, many of whom say the new rota is unsafe.';
    expect(speakers(text)).toContainEqual(['the new rota is unsafe', 'many of whom']);
  });

  it('"..., the Gazette has learned." closes its clause as a speech verb does', () => {
    expect(speakers('The mayor skipped the vote to meet the developers, the Gazette has learned.')).toEqual([['The mayor skipped the vote to meet the developers', 'the Gazette']]);
  });

  it('a quotation after a participle cue whose clause has no cue takes the unit’s subject', () => {
    const text = 'Ruiz, a former harbour pilot, poked fun at the council on Monday, tweeting, “Three ferries, zero timetables.”';
    expect(speakers(text)).toEqual([['Three ferries, zero timetables', 'Ruiz']]);
  });

  it('a participle clause with no quotation needs a person or organisation as subject', () => {
    const text = 'On Thursday, Ana Ruiz spoke to a meeting of ferry owners, promising to cut the harbour fees by half.';
    const ruiz = entity(text, 'person:ruiz', 'PERSON', ['Ana Ruiz']);
    expect(speakers(text, [ruiz])).toEqual([['to cut the harbour fees by half', 'Ana Ruiz']]);
    expect(speakers('On Thursday, the storm hit the coast, forcing the port to close for a week.', [])).toEqual([]);
  });

  it('a title before a name is read with it: "Democratic mayoral candidate Ana Ruiz"', () => {
    const text = 'Democratic mayoral candidate Ana Ruiz toured the docks, urging that the council publish the contract.';
    const ruiz = entity(text, 'person:ruiz', 'PERSON', ['Ana Ruiz']);
    expect(speakers(text, [ruiz])).toEqual([['that the council publish the contract', 'Democratic mayoral candidate Ana Ruiz']]);
  });

  it('a feeling stated of the subject holds its "that" clause, a cue inside it included, unless a cue comes before', () => {
    expect(speakers('Dockworkers were frustrated that the council released only part of the contract.')).toEqual([
      ['that the council released only part of the contract', 'Dockworkers'],
    ]);
    expect(speakers('Port officials said they were worried that the council released only part of the contract.')).toEqual([
      ['they were worried that the council released only part of the contract', 'Port officials'],
    ]);
  });

  it('a possessive subject keeps its noun for a cue after "and": "Ruiz\'s family ... and called on"', () => {
    const text = "Ruiz's family has asked the council to publish the footage and called on residents to stay calm.";
    expect(speakers(text)).toContainEqual(['residents to stay calm', "Ruiz's family"]);
  });
});
