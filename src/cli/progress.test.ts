import { describe, expect, it } from 'vitest';
import { formatDuration, summaryLine } from './progress.js';

describe('formatDuration', () => {
  it.each([
    [0.4, '0s'],
    [59, '59s'],
    [75, '1m15s'],
    [3599, '59m59s'],
    [3700, '1h01m'],
  ])('%s s reads %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });
});

describe('summaryLine', () => {
  it('says what was done, failed and skipped, how long it took and the peak memory', () => {
    const line = summaryLine({ done: 14, failed: 1, duplicates: 2, skipped: 3 }, 2_000);
    expect(line).toMatch(/^dateline: 14 done, 1 failed, 2 skipped as duplicates, 3 skipped as not news, 2\.0 s \(7\.0 docs\/s\), peak memory \d+ MB$/);
  });

  it('leaves out the not-news count when there is none', () => {
    expect(summaryLine({ done: 1, failed: 0, duplicates: 0, skipped: 0 }, 1_000)).not.toContain('not news');
  });
});
