/**
 * The time stage must give the same answers in every time zone: the reference
 * instant is noon UTC and only calendar components are read. These cases run under
 * three TZ settings, changed in this worker before each block (Node re-reads TZ
 * when process.env.TZ is assigned), and again in a child process started with TZ
 * set from the outset.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { findTimes } from './index.js';

const CASES: ReadonlyArray<[string, string, string, string | null]> = [
  ['Trump named his chief of staff on Friday.', '2024-11-08', 'Friday', '2024-11-08'],
  ["Turnout in Tuesday's election was high.", '2024-11-08', 'Tuesday', '2024-11-05'],
  ['He will be sworn in on January 20.', '2024-11-08', 'January 20', '2025-01-20'],
  ['Rebels seized the airport yesterday.', '2024-01-01', 'yesterday', '2023-12-31'],
  ['The ban was lifted on Dec. 31.', '2024-01-01', 'Dec. 31', '2023-12-31'],
  ['The blast was heard at 11:45 p.m. on Saturday.', '2024-11-10', '11:45 p.m. on Saturday', '2024-11-09T23:45'],
  ['Markets fell last week.', '2021-01-06', 'last week', '2020-W53'],
];

const ZONES = ['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles'];
const original = process.env.TZ;
afterAll(() => {
  if (original === undefined) delete process.env.TZ;
  else process.env.TZ = original;
});

for (const zone of ZONES) {
  describe(`under TZ=${zone}`, () => {
    it('switches the zone of this process', () => {
      process.env.TZ = zone;
      const offset = new Date(Date.UTC(2024, 0, 15)).getTimezoneOffset();
      expect(offset).toBe(zone === 'UTC' ? 0 : zone === 'Pacific/Kiritimati' ? -14 * 60 : 8 * 60);
    });

    it.each(CASES)('%s (published %s) -> %s = %s', (sentence, published, text, value) => {
      process.env.TZ = zone;
      expect(findTimes(sentence, published).find((t) => t.text === text)?.value).toBe(value);
    });
  });
}

describe('in a child process started under another TZ', () => {
  it.each(['Pacific/Kiritimati', 'America/Los_Angeles'])('gives the same values under TZ=%s', (zone) => {
    const script = [
      "const { findTimes } = await import('./index.ts');",
      `const cases = ${JSON.stringify(CASES)};`,
      'console.log(JSON.stringify(cases.map(([s, p, t]) => findTimes(s, p).find((x) => x.text === t)?.value ?? null)));',
    ].join('\n');
    const stdout = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: fileURLToPath(new URL('.', import.meta.url)),
      env: { ...process.env, TZ: zone },
      encoding: 'utf8',
    });
    expect(JSON.parse(stdout.trim().split('\n').pop()!)).toEqual(CASES.map((c) => c[3]));
  });
});
