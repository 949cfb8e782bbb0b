import { describe, expect, it } from 'vitest';
import { readText } from '../../nlp.js';
import { cuesOf, toContent } from '../frame.js';
import { buildUnits } from '../units.js';
import { accordingTo, sourceAdjunct } from './according-to.js';
import { AGENTLESS_PARTICIPLES, ATTITUDE_VERBS, FACED_NOUNS, HEARSAY_ADVERBS, PASSIVE_BY_PARTICIPLES, POLL_VERBS, POSSESSED_NOUNS, RAISING_VERBS, SOURCE_ADJUNCT_NOUNS, STANCE_PHRASES, STANCE_VERBS } from '../data/stance-verbs.js';
import { agentlessPassive } from './agentless-passive.js';
import { relativeObjects } from './relative-object.js';
import { dashSignoff } from './dash-signoff.js';
import { headlineColon } from './headline-colon.js';
import { headlineVerb } from './headline-verb.js';
import { passiveBy } from './passive-by.js';
import { facedCriticism } from './faced-criticism.js';
import { pollShare } from './poll-share.js';
import { possessiveNoun } from './possessive-noun.js';
import { raising } from './raising.js';
import { leadingCue } from './leading-cue.js';
import type { AttributionRule } from './rule.js';
import { relativeClauses, standsAlone, subjectVerb } from './subject-verb.js';
import { thatClause } from './that-clause.js';
import { trailingCue } from './trailing-cue.js';

/** Runs one rule on the first unit of `text`, then the extract step; returns the quoted words and the speaker as written. */
function run(rule: AttributionRule, text: string): { content: string[]; speaker: string | null } | null {
  const { units } = buildUnits(readText(text));
  const [found] = rule.apply({ text, unit: units[0], cues: cuesOf(units[0]) });
  if (!found) return null;
  return {
    content: found.content.flatMap((c) => toContent(units[0], text, c).map((part) => text.slice(part.region.start, part.region.end))),
    speaker: found.speaker ? text.slice(found.speaker.start, found.speaker.end) : null,
  };
}

type Row = [string, { content: string[]; speaker: string | null } | null];

describe('trailing-cue', () => {
  it.each<Row>([
    ['"We are confident," Abbas said in a statement.', { content: ['We are confident'], speaker: 'Abbas' }],
    ['The talks failed, the minister said on Friday.', { content: ['The talks failed'], speaker: 'the minister' }],
    ['"It is over," said Caddell, speaking of the race.', { content: ['It is over'], speaker: 'Caddell' }],
    // After a quotation closed by its comma, any adjunct may follow the cue: the quotation is the content.
    ['“We will not close the pier,” she said several months after the storm.', { content: ['We will not close the pier'], speaker: 'she' }],
    // A quoted phrase closing an opening clause is no quotation the frame closes: the words after the cue are the content.
    ['Bemoaning the "rigged tender," the mayor said the harbour board should resign.', null],
    ['"We came," he said, "and we stayed."', { content: ['We came', 'and we stayed'], speaker: 'he' }],
    ['The museum, Mr. Obama said, would change minds.', { content: ['The museum', 'would change minds'], speaker: 'Mr. Obama' }],
    ['The truce is holding, as police have said.', { content: ['The truce is holding'], speaker: 'police' }],
    ['Eleven people were killed, the interior minister told parliament.', { content: ['Eleven people were killed'], speaker: 'the interior minister' }],
    // The splitter cuts "(D-Ore.)" after "D-O"-style initials; a sentence never ends inside a parenthesis.
    ['The ferry will run again by June, Ruiz (D-Ore.) told reporters on Friday.', { content: ['The ferry will run again by June'], speaker: 'Ruiz (D-Ore.)' }],
    ['In Chicago, he said the shootings rose.', null],
    // A verb of intention never closes a clause: the frame is the one after the comma.
    ['The campaign plans to publish the records soon, a spokesman announced on Monday.', { content: ['The campaign plans to publish the records soon'], speaker: 'a spokesman' }],
    // A quotation right after the adjunct is a title in it, not content resumed; after a comma it is content.
    ['"The port will reopen," Okafor said on WQRT\'s "Harbour Hour."', { content: ['The port will reopen'], speaker: 'Okafor' }],
    ['"The port will reopen," Okafor said on Friday, "and the ferry with it."', { content: ['The port will reopen', 'and the ferry with it'], speaker: 'Okafor' }],
    // Reported speech whose head is a "said" frame of its own is that frame's; the later source only reports it again.
    ['Okafor also said the footage does not show the officer, which he said was out of frame, the lawyers noted.', { content: ['the footage does not show the officer, which he said was out of frame'], speaker: 'Okafor' }],
    ['But the mayor said the pier would reopen in May, aides added.', { content: ['the pier would reopen in May'], speaker: 'the mayor' }],
    // Other verbs keep the later source: "decided" and "told" are what the source reports of someone.
    ['A campaign aide decided to cancel the rally at the pier, a source said.', { content: ['A campaign aide decided to cancel the rally at the pier'], speaker: 'a source' }],
    ['The mayor had told the police that she wanted no escort, the source added.', { content: ['The mayor had told the police that she wanted no escort'], speaker: 'the source' }],
    // A quotation keeps the speaker after it.
    ['"As we said, the ferry will run by June," Okafor told reporters.', { content: ['As we said, the ferry will run by June'], speaker: 'Okafor' }],
    // A span of time after a closing frame is an adjunct ("for months"), not the content: the clause before it is.
    ['The pier is unsafe, Ruiz has argued for months.', { content: ['The pier is unsafe'], speaker: 'Ruiz' }],
  ])('%s', (text, expected) => {
    expect(run(trailingCue, text)).toEqual(expected);
  });
});

describe('leading-cue', () => {
  it.each<Row>([
    ['Zakharova said that Russia is making efforts.', { content: ['that Russia is making efforts'], speaker: 'Zakharova' }],
    ['On Thursday, spokeswoman Maria Zakharova said that talks would resume.', { content: ['that talks would resume'], speaker: 'spokeswoman Maria Zakharova' }],
    ['He told reporters the talks had failed.', { content: ['the talks had failed'], speaker: 'He' }],
    ['Gov. Pat McCrory (R) said it would be improper to comment.', { content: ['it would be improper to comment'], speaker: 'Gov. Pat McCrory (R)' }],
    ['Mohamed Shtayeh, the prime minister, said the occupation must end.', { content: ['the occupation must end'], speaker: 'Mohamed Shtayeh' }],
    // A role with no determiner in the appositive, and an appositive longer than a short aside.
    // A pronoun right before the cue is the subject as written, not the words before it.
    ['Residents of the port town who said the ferry was late got refunds.', { content: ['the ferry was late got refunds'], speaker: 'who' }],
    // An auxiliary contracted onto a pronoun is skipped like a written one ("He’s claiming"), and "’s" is then "has", not a passive.
    ['He’s claiming that the count was rigged.', { content: ['that the count was rigged'], speaker: 'He' }],
    ["She's said the pier will reopen in May.", { content: ['the pier will reopen in May'], speaker: 'She' }],
    // "which" after a comma or a dash, right before its cue, is the source as written; a passive with a manner adverb is none.
    ['The fine was set by the harbour board, which argued that the pier was unsafe.', { content: ['that the pier was unsafe'], speaker: 'which' }],
    ['The audit -- which notes that the fund lost money -- was published on Friday.', { content: ['that the fund lost money -- was published on Friday'], speaker: 'which' }],
    ['The mayor has been sharply criticized for the late repairs.', null],
    ['Ana Ruiz, director of the harbour trust, said the pier would reopen.', { content: ['the pier would reopen'], speaker: 'Ana Ruiz' }],
    [
      'Tomas Okafor, an adviser to the port authority on tides and dredging and a lecturer at the naval college in Astoria, said that the channel was silting up.',
      { content: ['that the channel was silting up'], speaker: 'Tomas Okafor' },
    ],
    ['Trump toured the port and said that drugs were a factor.', { content: ['that drugs were a factor'], speaker: 'Trump' }],
    ['The United States imposed new tariffs.', null],
    // One word is content when it names someone or is an object pronoun; "yes" is not enough.
    ['The harbour union endorses Okafor.', { content: ['Okafor'], speaker: 'The harbour union' }],
    ['Senator Ruiz thanked them.', { content: ['them'], speaker: 'Senator Ruiz' }],
    ['The mayor said yes.', null],
    // "so" after a verb of saying or thinking stands for a clause.
    ["Ruiz doesn't think so.", { content: ['so'], speaker: 'Ruiz' }],
    // A short prepositional phrase after the cue is an adjunct, not content; a long one is read as before.
    ['The mayor learned from the experience.', null],
    ['The senator appeared on a morning radio show.', null],
    ['The mayor said in her long speech to the council on Monday that the pier would reopen.', { content: ['in her long speech to the council on Monday that the pier would reopen'], speaker: 'The mayor' }],
    // "that" opens the content only when no verb of the cue's own comes first.
    ['One reason that Ruiz refuses to publish the audit may be that it shows losses.', { content: ['to publish the audit may be that it shows losses'], speaker: 'Ruiz' }],
    ['The minister said on Friday that the pier would reopen.', { content: ['that the pier would reopen'], speaker: 'The minister' }],
    // An object right after the cue holds the "that": the content starts with it.
    ['The mayor rejected claims that the pool was unsafe.', { content: ['claims that the pool was unsafe'], speaker: 'The mayor' }],
    // A passive participle aside between subject and cue ("released Tuesday", "published by ...") is skipped like an appositive;
    // a list of verbs with objects is not an aside.
    ['The report, released Tuesday, found that the pier was unsafe.', { content: ['that the pier was unsafe'], speaker: 'The report' }],
    ['The study, published by the harbour institute in May, shows that the pier is unsafe.', { content: ['that the pier is unsafe'], speaker: 'The study' }],
    // How long a view has been held is no content.
    // An opening adjunct with no comma: the subject starts at the last article after the preposition's object.
    ['On Friday the harbour board said the pier would reopen.', { content: ['the pier would reopen'], speaker: 'the harbour board' }],
    ['In a letter to the council the harbour board said the pier would reopen.', { content: ['the pier would reopen'], speaker: 'the harbour board' }],
    // The bare present of a verb that is never a noun, after a plural subject.
    ['Harbour records indicate the pier was last inspected in 2019.', { content: ['the pier was last inspected in 2019'], speaker: 'Harbour records' }],
    ['Most fishermen reject the plan for a new toll.', { content: ['the plan for a new toll'], speaker: 'Most fishermen' }],
    // A verb whose "-ing" complement is the cue: its subject is the speaker.
    ['Ruiz avoids criticizing the harbour board over the delays.', { content: ['the harbour board over the delays'], speaker: 'Ruiz' }],
    ['But she is steering clear of criticizing the board for the delays.', { content: ['the board for the delays'], speaker: 'she' }],
    ['The mayor refrained from blaming the ferry company for the delays.', { content: ['the ferry company for the delays'], speaker: 'The mayor' }],
    // A manner adverb inside a phrase cue.
    ['The widow spoke movingly of the long wait for news from the trawler.', { content: ['the long wait for news from the trawler'], speaker: 'The widow' }],
    ['Ruiz has argued for months.', null],
    ['Ruiz has argued for a new pier.', { content: ['for a new pier'], speaker: 'Ruiz' }],
  ])('%s', (text, expected) => {
    expect(run(leadingCue, text)).toEqual(expected);
  });
});

describe('cue words read as something else', () => {
  it.each([
    // After a verb, a determiner or an adjective the -s form is a plural noun.
    'The council did not unveil plans to pay for the bridge.',
    'Some calls to the hotline went to voicemail for hours.',
    'The delay inevitably raises questions about the contract.',
    // A byline, and phrasal verbs.
    '(Reporting by Ana Ruiz; Additional reporting by Tomas Okafor)',
    'Ana Ruiz reported from the harbour at dawn.',
    'The mayor went on to win the vote by a wide margin.',
    'The senator showed up at the hearing an hour late.',
    'She called in to a morning programme about the floods.',
    // "Committed" without "to" is an act, not a pledge.
    'The harbour trust committed $5 million to the new sea wall.',
    // A means come upon, not a finding.
    'Many firms have found ways to cut their harbour fees.',
    // After "be" and an article the cue word is a predicate noun.
    'The audit should be a wake-up call to the harbour board and the council.',
    // A comparison of figures, not a view.
    'Ferry fares rose 5 percent compared with last year.',
    // A number going down, not a refusal.
    'Ferry traffic has declined sharply since the new bridge opened in the spring.',
    'The toll would decline by two dollars a year until it reached zero.',
  ])('%s', (text) => {
    expect(run(leadingCue, text)).toBeNull();
    expect(run(trailingCue, text)).toBeNull();
  });
});

describe('according-to', () => {
  it.each<Row>([
    ['According to the Kremlin, the leaders spoke for an hour.', { content: ['the leaders spoke for an hour'], speaker: 'the Kremlin' }],
    ['The leaders spoke for an hour, according to the Kremlin.', { content: ['The leaders spoke for an hour'], speaker: 'the Kremlin' }],
    ['The leaders spoke for an hour.', null],
    // One word after the source is a reply, not a report.
    ['According to the harbour board, basically.', null],
    [
      'According to a 40-page complaint filed by the state attorney general and a second complaint by the county, the builders hid the cracks.',
      { content: ['the builders hid the cracks'], speaker: 'a 40-page complaint filed by the state attorney general and a second complaint by the county' },
    ],
  ])('%s', (text, expected) => {
    expect(run(accordingTo, text)).toEqual(expected);
  });
});

describe('source-adjunct', () => {
  it.each(SOURCE_ADJUNCT_NOUNS.map((n) => [n.noun, n.example, n.content] as const))('%s: %s', (_noun, example, content) => {
    expect(run(sourceAdjunct, example)?.content).toEqual([content]);
  });

  it.each<Row>([
    ["In the mayor's view, the pier is unsafe.", { content: ['the pier is unsafe'], speaker: 'the mayor' }],
    ['But in the words of one councillor, the deal was a giveaway.', { content: ['the deal was a giveaway'], speaker: 'one councillor' }],
    // A view no one owns, and a possessive phrase that is no view.
    ['In view of the storm, the ferry will not run.', null],
    ["In the town's harbour, the boats were lost.", null],
  ])('%s', (text, expected) => {
    expect(run(sourceAdjunct, text)).toEqual(expected);
  });
});

describe('that-clause', () => {
  it.each<Row>([
    ['Republicans signalled that they would oppose the bill.', { content: ['that they would oppose the bill'], speaker: 'Republicans' }],
    ["Trump's claim that crime is rising was false.", { content: ['that crime is rising was false'], speaker: 'Trump' }],
    ['The plan that he proposed failed.', null],
  ])('%s', (text, expected) => {
    expect(run(thatClause, text)).toEqual(expected);
  });
});

describe('dash-signoff', () => {
  it.each<Row>([
    ['“Stop portraying us as gangsters.” ― Carla Sanchez', { content: ['Stop portraying us as gangsters'], speaker: 'Carla Sanchez' }],
    ['The bank fired staff ― 5,300 of them.', null],
  ])('%s', (text, expected) => {
    expect(run(dashSignoff, text)).toEqual(expected);
  });
});

describe('headline-colon', () => {
  it.each<Row>([
    ['Harbour Board: Ferry Fares Will Rise in Spring\n\nThe board met on Monday.', { content: ['Ferry Fares Will Rise in Spring'], speaker: 'Harbour Board' }],
    ['Update: Ferry Fares Will Rise in Spring\n\nThe board met on Monday.', null],
    ['DUBLIN: Ferry Fares Will Rise in Spring\n\nThe board met on Monday.', null],
    // A source and its topic before the colon: the topic is no part of the source; a label with a topic is still a label.
    ['Ruiz on the Ferry Deal: We Were Misled\n\nThe mayor spoke on Monday.', { content: ['We Were Misled'], speaker: 'Ruiz' }],
    ['Update on the Storm: Roads Closed in the North\n\nThe roads shut on Monday.', null],
  ])('%s', (text, expected) => {
    expect(run(headlineColon, text)).toEqual(expected);
  });

  it('reads only the headline, not a label in the body', () => {
    const text = 'Ferry fares will rise.\n\nHarbour Board: fares will rise in spring.';
    const { units } = buildUnits(readText(text));
    expect(headlineColon.apply({ text, unit: units[1], cues: cuesOf(units[1]) })).toEqual([]);
  });
});

describe('stance verbs from the data file lead their object', () => {
  it.each(STANCE_VERBS.map((v) => [v.lemma, v.example, v.content] as const))('%s: %s', (_lemma, example, content) => {
    expect(run(leadingCue, example)?.content).toEqual([content]);
  });

  it.each<Row>([
    ['The school levy was endorsed by the county paper on Sunday.', null],
    ['Neither the mayor nor his aides have been charged with any offence.', null],
    ['The incumbent was questioned about the bridge delays.', null],
  ])('a passive is not an attribution by its subject: %s', (text, expected) => {
    expect(run(leadingCue, text)).toEqual(expected);
  });

  it('a stance verb never takes the clause before it as content', () => {
    expect(run(trailingCue, 'The bridge reopened on Friday, the council praised.')).toBeNull();
  });
});

describe('stance phrases from the data file lead their object', () => {
  it.each(STANCE_PHRASES.map((p) => [p.phrase, p.example, p.content] as const))('%s: %s', (_phrase, example, content) => {
    expect(run(leadingCue, example)?.content).toEqual([content]);
  });
});

describe('raising', () => {
  it.each(RAISING_VERBS.map((v) => [v.form, v.example, v.content] as const))('%s: %s', (_form, example, content) => {
    expect(run(raising, example)).toEqual({ content, speaker: null });
  });

  it.each<Row>([
    ['The ferry is expected to resume sailing, but the bridge stays shut.', { content: ['The ferry', 'to resume sailing'], speaker: null }],
    ['The mayor expected a long night.', null],
    ['The committee met on Monday.', null],
    // A modal and "be" before the participle are no part of the subject.
    ['If the mayor loses, the losing side could be expected to appeal the ruling.', { content: ['the losing side', 'to appeal the ruling'], speaker: null }],
    // A contracted "be" counts as written out: the pronoun is the content, not a source.
    ["He's expected to win the harbour seat.", { content: ['He', 'to win the harbour seat'], speaker: null }],
    ['The man was arrested after he allegedly threw a brick at the police.', { content: ['he', 'threw a brick at the police'], speaker: null }],
  ])('%s', (text, expected) => {
    expect(run(raising, text)).toEqual(expected);
  });

  it.each(HEARSAY_ADVERBS.map((a) => [a.form, a.example, a.content] as const))('hearsay %s: %s', (_form, example, content) => {
    expect(run(raising, example)).toEqual({ content, speaker: null });
  });

  it('reads every raising in a sentence, each after the one before', () => {
    const text = 'The vote is expected to come on Friday, but the rebels seem confident they can block it.';
    const { units } = buildUnits(readText(text));
    const found = raising.apply({ text, unit: units[0], cues: cuesOf(units[0]) });
    expect(found.map((a) => a.content.map((c) => text.slice(c.start, c.end)))).toEqual([
      ['The vote', 'to come on Friday'],
      ['the rebels', 'confident they can block it.'],
    ]);
  });
});

describe('faced-criticism', () => {
  it.each(FACED_NOUNS.map((n) => [n.noun, n.example, n.content] as const))('%s: %s', (_noun, example, content) => {
    expect(run(facedCriticism, example)).toEqual({ content: [content], speaker: null });
  });

  it.each<Row>([
    // The content ends at a comma; the critics after "from" are no part of this rule.
    ['The council has faced criticism for the late repairs, and the mayor has apologised.', { content: ['the late repairs'], speaker: null }],
    ['The council faced criticism from the tenants.', null],
    ['The questions about the harbour were answered.', null],
  ])('%s', (text, expected) => {
    expect(run(facedCriticism, text)).toEqual(expected);
  });
});

describe('poll-share', () => {
  it.each(POLL_VERBS.map((v) => [v.form, v.example, v.content] as const))('%s: %s', (_form, example, content) => {
    const found = run(pollShare, example);
    expect(found?.content).toEqual([content]);
    expect(found?.speaker).toMatch(/^\d+ percent$/);
  });

  it('reads every share of a sentence, each content ending before the next share', () => {
    const text = 'Among likely voters, 46 percent would choose Ruiz and 41 percent would back Okafor, while 6 percent prefer the Green candidate.';
    const { units } = buildUnits(readText(text));
    const found = pollShare.apply({ text, unit: units[0], cues: cuesOf(units[0]) });
    expect(found.map((a) => [text.slice(a.speaker!.start, a.speaker!.end), text.slice(a.content[0].start, a.content[0].end)])).toEqual([
      ['46 percent', 'Ruiz'],
      ['41 percent', 'Okafor'],
      ['6 percent', 'the Green candidate.'],
    ]);
  });

  it.each([
    // A share inside a noun phrase, a verb of perceiving, and "support" as a noun are no one polled.
    'The top 1 percent would see a tax cut of $5,000.',
    'Gains would face a 36 percent rate after two years.',
    'The mayor holds 85 percent support among older voters.',
  ])('%s: nothing', (text) => {
    expect(run(pollShare, text)).toBeNull();
  });
});

describe('agentless-passive', () => {
  it.each(AGENTLESS_PARTICIPLES.map((p) => [p.form, p.example, p.content] as const))('%s: %s', (_form, example, content) => {
    expect(run(agentlessPassive, example)).toEqual({ content, speaker: null });
  });

  it.each<Row>([
    ['The treasurer was accused of moving the funds, and the board resigned.', { content: ['The treasurer', 'of moving the funds'], speaker: null }],
    // Acts are no attribution; a passive with "by" is the passive-by rule's.
    ['She was released from prison in May.', null],
    ['The grant was offered to three schools.', null],
    ['The closure was announced by the port authority.', null],
    ['The mayor announced a new timetable.', null],
    // A manner adverb between the auxiliary and the participle.
    ['The council has been harshly criticized for the late repairs.', { content: ['The council', 'for the late repairs'], speaker: null }],
    // "which" after a comma set inside a closing quotation mark is the subject as written.
    ['The grant covers a "harbour zone," which is defined as a district with few jobs.', { content: ['which', 'as a district with few jobs'], speaker: null }],
  ])('%s', (text, expected) => {
    expect(run(agentlessPassive, text)).toEqual(expected);
  });
});

describe('relative-object', () => {
  const objects = (text: string) => {
    const { units } = buildUnits(readText(text));
    return relativeObjects({ text, unit: units[0], cues: cuesOf(units[0]) }).map((a) => [text.slice(a.content[0].start, a.content[0].end), text.slice(a.speaker!.start, a.speaker!.end)]);
  };

  it.each([
    ['At least that is what the harbour trust now hopes.', [['what', 'the harbour trust']]],
    ['The gap between what Ruiz says her plan would cost and the audit is wide.', [['what', 'Ruiz']]],
    ['The levy, which the council detailed in its budget, will rise.', [['which', 'the council']]],
    // An indirect question with a pronoun subject, a clause, and no relative at all.
    ['Nobody knows what he said to the board.', []],
    ['It is unclear what the mayor has said about the levy.', [['what', 'the mayor']]],
    ['The mayor said the levy would rise.', []],
    // After "said", a verb opens the rest of the relative clause: that predicate is what was said, with a pronoun subject too.
    ['The mayor attacked rival candidates for taking donations, which he said were repaid with contracts.', [['were repaid with contracts', 'he']]],
    ['Developers redrew the districts, amounting to what the auditors said was a land grab; the council disagreed.', [['was a land grab', 'the auditors']]],
    // After "described as", the description up to the clause's end.
    ['The mayor has been stalling, in what critics described as a bid to run out the clock: no hearings, no votes.', [['a bid to run out the clock', 'critics']]],
    // "which" after a preposition is an adjunct of its clause; "what" after one is still the cue's object.
    ['The trust sent the council a plan under which the port would pledge to cut its fees.', []],
    ['The audit found errors in what the harbour board reported last year.', [['what', 'the harbour board']]],
  ])('%s', (text, expected) => {
    expect(objects(text)).toEqual(expected);
  });
});

describe('passive-by', () => {
  it.each(PASSIVE_BY_PARTICIPLES.map((p) => [p.form, p.example] as const))('%s: %s', (_form, example) => {
    const found = run(passiveBy, example);
    expect(found?.content).toHaveLength(1);
    expect(found?.speaker).toMatch(/^the |^an |^most /);
  });

  it.each<Row>([
    ['The closure was first reported by the local paper.', { content: ['The closure'], speaker: 'the local paper' }],
    ['The mayor has been endorsed by dozens of local papers.', { content: ['The mayor'], speaker: 'dozens of local papers' }],
    ['The streets are divided by a canal.', null],
    ['The mayor reported by phone that the roads were closed.', null],
  ])('%s', (text, expected) => {
    expect(run(passiveBy, text)).toEqual(expected);
  });
});

describe('speakers read around a cue', () => {
  it.each<[string, { content: string[]; speaker: string | null } | null]>([
    ['Fares rose again in March, a regional transport-authority report shows.', { content: ['Fares rose again in March'], speaker: 'a regional transport-authority report' }],
    ['Rents in the city have doubled, several studies have shown.', { content: ['Rents in the city have doubled'], speaker: 'several studies' }],
    ['Crime fell last year, contradicting the police union’s earlier claims.', null],
  ])('%s', (text, expected) => {
    expect(run(trailingCue, text)).toEqual(expected);
  });

  it('a headline in title case keeps its capitalised cue', () => {
    const text = 'Harbour Fees Will Rise, Port Chief Says\n\nThe port met on Monday.';
    expect(run(trailingCue, text)).toEqual({ content: ['Harbour Fees Will Rise'], speaker: 'Port Chief' });
  });

  it('a capitalised cue in the body is a name, not a cue', () => {
    const text = 'The first line.\n\nThe bill passed in the United States Senate on Friday.';
    const { units } = buildUnits(readText(text));
    expect(cuesOf(units[1]).map((c) => c.lemma)).toEqual([]);
  });
});

describe('possessive-noun', () => {
  it.each(POSSESSED_NOUNS.map((n) => [n.noun, n.example, n.content] as const))('%s: %s', (_noun, example, content) => {
    expect(run(possessiveNoun, example)?.content).toEqual([content]);
  });

  it.each<Row>([
    ['The ministry pointed to Norway’s decision to drop the tax.', { content: ['to drop the tax'], speaker: 'Norway' }],
    ["Senator Ann Ruiz's call for calm was ignored.", { content: ['for calm was ignored'], speaker: 'Senator Ann Ruiz' }],
    ["The decision to close the pool angered swimmers.", null],
    ["The mayor's decision was final.", null],
    // A possessive pronoun is the source as written; one modifier may stand before the noun; the content ends at a comma.
    ['Yet his determination to act alone angered the council.', { content: ['to act alone angered the council'], speaker: 'his' }],
    ["Okafor's early ideas about the harbour, once mocked, are now policy.", { content: ['about the harbour'], speaker: 'Okafor' }],
    ['Her promises to cut fares notwithstanding, the buses are dearer.', { content: ['to cut fares notwithstanding'], speaker: 'Her' }],
    // "is that" after the noun opens its content.
    ["The mayor's view is that the pool should close.", { content: ['that the pool should close'], speaker: 'The mayor' }],
    // "on" before a date is when, not what about.
    ['His remarks on Saturday were short.', null],
  ])('%s', (text, expected) => {
    expect(run(possessiveNoun, text)).toEqual(expected);
  });
});

describe('frames around a cue, read whole', () => {
  it.each<Row>([
    ['Though the move was smooth, he said, replacing the coach would be much harder.', { content: ['Though the move was smooth', 'replacing the coach would be much harder'], speaker: 'he' }],
    ['To understand the war, the historian said, one should visit the archive.', { content: ['To understand the war', 'one should visit the archive'], speaker: 'the historian' }],
    ['Ana Ruiz, the mayor’s eldest daughter, noted the rule in an interview.', null],
    ['But in recent weeks, aides to the mayor say, the mayor has grown weary of the job.', { content: ['the mayor has grown weary of the job'], speaker: 'aides to the mayor' }],
    ['Yet, as Ms. Okafor observed, the tariffs hurt both sides.', { content: ['the tariffs hurt both sides'], speaker: 'Ms. Okafor' }],
  ])('trailing: %s', (text, expected) => {
    expect(run(trailingCue, text)).toEqual(expected);
  });

  it.each<Row>([
    ['Kall -- co-editor of a book, one that studies debates at length -- said the candidate liked surprises.', { content: ['the candidate liked surprises'], speaker: 'Kall' }],
    ['The bill passed with help from Ortiz, now the majority leader, who in 2010 said the program was a waste.', { content: ['the program was a waste'], speaker: 'who' }],
    ['Ana Ruiz, the mayor’s eldest daughter, noted the rule in an interview.', { content: ['the rule in an interview'], speaker: 'Ana Ruiz' }],
  ])('leading: %s', (text, expected) => {
    expect(run(leadingCue, text)).toEqual(expected);
  });
});

describe('subject-verb', () => {
  it.each<Row>([
    ['Senator Ruiz grilled the bank’s chief over the fake accounts.', { content: ['the bank’s chief over the fake accounts'], speaker: 'Senator Ruiz' }],
    ['Okafor openly admires the old harbour master for his steady hand.', { content: ['the old harbour master for his steady hand'], speaker: 'Okafor' }],
    ['On Thursday, she sponsored a bill to cap ferry fares.', { content: ['a bill to cap ferry fares'], speaker: 'she' }],
    ['But The Valley Courier profiled the new coach at length.', { content: ['the new coach at length'], speaker: 'The Valley Courier' }],
    ['The Labour candidate also outlined her plan for the tram line.', { content: ['her plan for the tram line'], speaker: 'The Labour candidate' }],
    ['Mayor Ana Ruiz (D-Ore.) sought an apology; the council refused.', { content: ['an apology'], speaker: 'Mayor Ana Ruiz (D-Ore.)' }],
    // The verb after an auxiliary: progressive, bare after "did not" or a modal, a predicate adjective with its complement.
    ['She is proposing a tax on empty holiday flats.', { content: ['a tax on empty holiday flats'], speaker: 'She' }],
    ['Okafor didn’t apologize for his remarks about the nurses.', { content: ['for his remarks about the nurses'], speaker: 'Okafor' }],
    ['Ruiz has been critical of the ferry contract since May.', { content: ['the ferry contract since May'], speaker: 'Ruiz' }],
    // An aside between subject and verb; a common noun for a body or for people.
    ['Some councillors, however, questioned the cost of the new bridge.', { content: ['the cost of the new bridge'], speaker: 'Some councillors' }],
    ['The city sent a letter to the landlord on Friday.', { content: ['a letter to the landlord on Friday'], speaker: 'The city' }],
    // A relative pronoun after a comma, when nothing opens the unit.
    ['It was a long night for the crew, who praised the volunteers at the harbour.', { content: ['the volunteers at the harbour'], speaker: 'who' }],
    // A bare verb of knowing or believing after a plural or first-person subject, or after "cannot".
    ['Some councillors, however, question the cost of the new bridge.', { content: ['the cost of the new bridge'], speaker: 'Some councillors' }],
    ['I cannot fathom how the contract was approved.', { content: ['how the contract was approved'], speaker: 'I' }],
    // Irregular past forms of stance and speech, as "-ed" forms are read.
    ['She knew the risks of the night crossing.', { content: ['the risks of the night crossing'], speaker: 'She' }],
    ['The appeals court upheld the ban on night fishing.', { content: ['the ban on night fishing'], speaker: 'The appeals court' }],
    // Adjuncts opened by "late" or "these", and openers and adjuncts one after another.
    ['Late on Sunday night, the council lifted the ban on street stalls.', { content: ['the ban on street stalls'], speaker: 'the council' }],
    ['However, over the past week, the council has backed the plan for a new pier.', { content: ['the plan for a new pier'], speaker: 'the council' }],
    // A sentence adverb from the shared ADJUNCT_OPENERS list, and a quantifier opening a common-noun subject.
    ['Separately, the mayor scrapped the budget for the night ferry.', { content: ['the budget for the night ferry'], speaker: 'the mayor' }],
    ['Half of the members scrapped the plan for a new pier.', { content: ['the plan for a new pier'], speaker: 'Half of the members' }],
    // An auxiliary contracted onto a pronoun.
    ['She’ll present her proposals for the harbour at a meeting on Friday.', { content: ['her proposals for the harbour at a meeting on Friday'], speaker: 'She' }],
  ])('%s', (text, expected) => {
    expect(run(subjectVerb, text)).toEqual(expected);
  });

  it.each(ATTITUDE_VERBS.map((v) => [v.form, v.example, v.content] as const))('attitude %s: %s', (_form, example, content) => {
    expect(run(subjectVerb, example)?.content).toEqual([content]);
  });

  it.each<[string]>([
    // Being, having, motion and office attribute nothing to the subject.
    ['Okafor visited the new harbour on Monday.'],
    ['She served two terms on the council.'],
    ['Ruiz raised more than $2 million in May.'],
    // A preposition after the verb is an adjunct, not an object.
    ['Ruiz arrived in the port town late on Friday.'],
    // A common noun is no source; neither is "It".
    ['The storm flattened the harbour wall.'],
    ['It ended the strike within a week.'],
    // Too little content after the verb.
    ['Okafor resigned.'],
    // A span of time after the verb is no object.
    ['Ruiz has lobbied for the past two years.'],
    // Going, being and the verbs of motion and office in any form.
    ['She is going to the harbour on Sunday.'],
    ['He will visit the new harbour on Monday.'],
    ['The plan is simple and cheap to run.'],
    // "Ruiz, who ..." opens no aside; the relative clause is read for itself, and serving is no attribution.
    ['Ruiz, who served two terms on the council, resigned in May.'],
    // "Made" is left out of the irregular pasts: its object is mostly the act's circumstance.
    ['Okafor made the comments at a rally in the port on Friday.'],
    // With "I", "we" and "you" only a verb of knowing or believing attributes; other bare verbs after a plural say nothing.
    ['I grew up in a small town by the harbour.'],
    ['We visited the new harbour on Monday.'],
    ['Most residents live near the old harbour.'],
  ])('%s: nothing', (text) => {
    expect(run(subjectVerb, text)).toBeNull();
  });

  it('a subject stands without a named entity when it is a pronoun of people or a common noun for people or a body', () => {
    expect(['she', 'who', 'The city', 'Many economists', 'Some Democrats', 'I', 'we'].map(standsAlone)).toEqual([true, true, true, true, true, true, true]);
    expect(['it', 'The storm', 'The plan', 'Okafor'].map(standsAlone)).toEqual([false, false, false, false]);
  });

  it('reads relative clauses beside another attribution', () => {
    const text = '“We will reopen the pier,” said Ana Ruiz, who thanked the divers for their work.';
    const { units } = buildUnits(readText(text));
    const found = relativeClauses({ text, unit: units[0], cues: cuesOf(units[0]) });
    expect(found.map((a) => [text.slice(a.speaker!.start, a.speaker!.end), text.slice(a.content[0].start, a.content[0].end)])).toEqual([['who', 'the divers for their work.']]);
  });

  it('runs only where no other rule found an attribution', () => {
    const text = 'Okafor praised the volunteers, the paper reported.';
    expect(run(trailingCue, text)).toEqual({ content: ['Okafor praised the volunteers'], speaker: 'the paper' });
  });
});

describe('headline-verb', () => {
  it.each<Row>([
    ['Harbour Union Slams Ferry Operator Over Delays\n\nThe union met on Monday.', { content: ['Ferry Operator Over Delays'], speaker: 'Harbour Union' }],
    ['Okafor Hails ‘Historic’ Port Deal\n\nThe deal was signed on Monday.', { content: ['‘Historic’ Port Deal'], speaker: 'Okafor' }],
  ])('%s', (text, expected) => {
    expect(run(headlineVerb, text)).toEqual(expected);
  });

  it.each<[string]>([
    // A noun in -s, a sentence-case headline, a headline with no verb in the third person.
    ['Ferry Prices Rise Again This Summer\n\nFares went up.'],
    ['The harbour at dawn\n\nBoats came in.'],
    ['Mayor Visits Flooded Streets\n\nShe came on Monday.'],
  ])('%s: nothing', (text) => {
    expect(run(headlineVerb, text)).toBeNull();
  });

  it('reads only the headline', () => {
    const text = 'Ferry fares will rise.\n\nHarbour Union Slams Ferry Operator Over Delays.';
    const { units } = buildUnits(readText(text));
    expect(headlineVerb.apply({ text, unit: units[1], cues: cuesOf(units[1]) })).toEqual([]);
  });
});
