import { describe, expect, it } from 'vitest';
import { readText } from '../../nlp.js';
import { cuesOf, toContent } from '../frame.js';
import { buildUnits } from '../units.js';
import { accordingTo } from './according-to.js';
import { dashSignoff } from './dash-signoff.js';
import { leadingCue } from './leading-cue.js';
import type { AttributionRule } from './rule.js';
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
    ['"We came," he said, "and we stayed."', { content: ['We came', 'and we stayed'], speaker: 'he' }],
    ['The museum, Mr. Obama said, would change minds.', { content: ['The museum', 'would change minds'], speaker: 'Mr. Obama' }],
    ['The truce is holding, as police have said.', { content: ['The truce is holding'], speaker: 'police' }],
    ['Eleven people were killed, the interior minister told parliament.', { content: ['Eleven people were killed'], speaker: 'the interior minister' }],
    ['In Chicago, he said the shootings rose.', null],
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
    ['Trump bemoaned the unrest and said that drugs were a factor.', { content: ['that drugs were a factor'], speaker: 'Trump' }],
    ['The United States imposed new tariffs.', null],
  ])('%s', (text, expected) => {
    expect(run(leadingCue, text)).toEqual(expected);
  });
});

describe('according-to', () => {
  it.each<Row>([
    ['According to the Kremlin, the leaders spoke for an hour.', { content: ['the leaders spoke for an hour'], speaker: 'the Kremlin' }],
    ['The leaders spoke for an hour, according to the Kremlin.', { content: ['The leaders spoke for an hour'], speaker: 'the Kremlin' }],
    ['The leaders spoke for an hour.', null],
  ])('%s', (text, expected) => {
    expect(run(accordingTo, text)).toEqual(expected);
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
