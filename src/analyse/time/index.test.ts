import { describe, expect, it } from 'vitest';
import { estimateEventDate, findTimes, findTimesExplained } from './index.js';

// Written for these tests: a short wire report published on Friday 2024-11-08.
const REPORT = [
  'WASHINGTON (Reuters) - President-elect Donald Trump named his chief of staff on Friday,',
  "three days after winning Tuesday's presidential election, aides said.",
  'He will be sworn in on January 20. Vice President Kamala Harris conceded on Wednesday',
  'and urged supporters to accept the result. In October last year, few analysts expected',
  'a rematch; now both parties are preparing for a two-year fight over the Senate.',
].join('\n');

describe('findTimes on a whole report', () => {
  const found = findTimes(REPORT, '2024-11-08');
  const value = (text: string) => found.find((t) => t.text === text)?.value;

  it('anchors relative and partial dates on the publication date', () => {
    expect(value('Friday')).toBe('2024-11-08');
    expect(value('Tuesday')).toBe('2024-11-05');
    expect(value('January 20')).toBe('2025-01-20');
    expect(value('October last year')).toBe('2023-10');
    expect(value('Wednesday')).toBe('2024-11-06');
    expect(value('now')).toBe('PRESENT_REF');
    expect(value('two-year')).toBe('P2Y');
  });

  it('gives offsets into the text and sorts expressions by position', () => {
    for (const t of found) expect(REPORT.slice(t.start, t.end)).toBe(t.text);
    expect(found.map((t) => t.start)).toEqual([...found.map((t) => t.start)].sort((a, b) => a - b));
    for (let i = 1; i < found.length; i++) expect(found[i].start).toBeGreaterThanOrEqual(found[i - 1].end);
  });

  it('returns only the model fields; the rule name stays internal', () => {
    for (const t of found) expect(Object.keys(t).sort()).toEqual(['end', 'grain', 'start', 'text', 'type', 'value']);
    expect(findTimesExplained(REPORT, '2024-11-08').every((t) => t.rule.length > 0)).toBe(true);
  });
});

describe('findTimes without a publication date', () => {
  const found = findTimes(REPORT, null);
  const byText = (text: string) => found.find((t) => t.text === text);

  it('still finds relative expressions but gives them no value', () => {
    expect(byText('Friday')).toMatchObject({ type: 'DATE', value: null });
    expect(byText('January 20')).toMatchObject({ value: null });
    expect(byText('October last year')).toMatchObject({ value: null });
  });

  it('says in TimeML X notation what the text fixes of a date it leaves open', () => {
    expect(byText('Friday')?.underspecified).toBe('XXXX-WXX-5');
    expect(byText('January 20')?.underspecified).toBe('XXXX-01-20');
    const siege = findTimes('The siege, now on its 41st day, began on a Monday. Talks will resume on Tuesday.', null);
    expect(siege.find((t) => t.text === 'its 41st day')?.underspecified).toBe('XXXX-XX-XX+P40D');
    // A weekday told in the future has no fixed relation to another report's present.
    expect(siege.find((t) => t.text === 'Tuesday')?.underspecified).toBeUndefined();
  });

  it('leaves underspecified out once the value is known', () => {
    const dated = findTimes(REPORT, '2024-11-08');
    expect(dated.every((t) => t.underspecified === undefined)).toBe(true);
  });

  it('resolves what does not depend on it', () => {
    expect(findTimes('The treaty was signed on March 4, 1998, in Paris.', null).map((t) => t.value)).toEqual(['1998-03-04']);
    expect(byText('now')?.value).toBe('PRESENT_REF');
    expect(byText('two-year')?.value).toBe('P2Y');
  });

  it('treats a malformed publication date like a missing one', () => {
    expect(findTimes('Rebels seized the airport yesterday.', '8 Nov 2024')[0]).toMatchObject({ text: 'yesterday', value: null });
  });
});

describe('estimateEventDate', () => {
  it('takes the first dated day of the lead that is not after publication', () => {
    const times = findTimes(REPORT, '2024-11-08');
    const estimate = estimateEventDate(REPORT, '2024-11-08', times);
    expect(estimate).toMatchObject({ date: '2024-11-08', rule: 'lead-date' });
    expect(estimate?.evidence?.text).toBe('Friday');
  });

  it('skips a future date in the lead', () => {
    const text = 'The inauguration will take place on January 20. Trump won the vote on Tuesday.';
    const estimate = estimateEventDate(text, '2024-11-08', findTimes(text, '2024-11-08'));
    expect(estimate).toMatchObject({ date: '2024-11-05', rule: 'lead-date' });
  });

  it('falls back to the publication date, with no evidence, when the text dates nothing', () => {
    const text = 'Officials are still counting the votes in the capital.';
    expect(estimateEventDate(text, '2024-11-08', findTimes(text, '2024-11-08'))).toEqual({
      date: '2024-11-08',
      evidence: null,
      rule: 'publication-date',
    });
  });

  it('uses an absolute date when there is no publication date, and null when there is none', () => {
    const dated = 'The treaty was signed on March 4, 1998, in Paris.';
    expect(estimateEventDate(dated, null, findTimes(dated, null))).toMatchObject({ date: '1998-03-04', rule: 'lead-date' });
    const undated = 'The treaty was signed on Friday in Paris.';
    expect(estimateEventDate(undated, null, findTimes(undated, null))).toBeNull();
  });
});
