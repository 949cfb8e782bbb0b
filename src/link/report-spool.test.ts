import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import type { ReportSummary } from './comparison.js';
import { ReportSpool } from './report-spool.js';

function summary(i: number): ReportSummary {
  return {
    id: `doc-${i}`,
    title: i % 3 === 0 ? null : `Ferry operator suspends crossings after storm, report ${i}`,
    published: `2025-02-${String(1 + (i % 28)).padStart(2, '0')}`,
    eventDate: null,
    facts: [
      { kind: 'entity', id: 'gpe:tallinn', name: 'Tallinn', type: 'GPE' },
      { kind: 'entity', id: `person:speaker-${i % 7}`, name: `Kadri Tamm ${i % 7}`, type: 'PERSON' },
      { kind: 'claim', claim: 'missing', value: i, qualifier: 'at_least', where: 'Tallinn', attribution: 'the coast guard' },
      { kind: 'quote', speaker: 'Kadri Tamm', count: 2 },
    ],
    loadedTerms: i % 2 ? ['chaos'] : [],
  };
}

const spoolFiles = () => readdirSync(tmpdir()).filter((name) => name.startsWith('dateline-reports-'));

describe('ReportSpool', () => {
  it('gives back each summary as it was added, across chunks written to disk and ones still pending', () => {
    const spool = new ReportSpool();
    // About 500 bytes each: 3,000 of them cross several 256 KB chunks, the last ones still in memory.
    for (let i = 0; i < 3000; i++) expect(spool.add(summary(i))).toBe(i);
    for (const i of [0, 1, 511, 1024, 2047, 2998, 2999]) expect(spool.get(i)).toEqual(summary(i));
    spool.add(summary(3000));
    expect(spool.get(3000)).toEqual(summary(3000));
    expect(spool.get(5)).toEqual(summary(5));
    spool.close();
  });

  it('refuses a summary it has forgotten or never had, naming it', () => {
    const spool = new ReportSpool();
    spool.add(summary(0));
    spool.add(summary(1));
    spool.forget(0);
    expect(spool.has(0)).toBe(false);
    expect(spool.has(1)).toBe(true);
    expect(() => spool.get(0)).toThrow('report 0 is not in the spool');
    expect(() => spool.get(7)).toThrow('report 7 is not in the spool');
    expect(spool.get(1).id).toBe('doc-1');
    spool.close();
  });

  it('leaves no file behind in the temporary folder, even before it is closed', () => {
    const before = new Set(spoolFiles());
    const spool = new ReportSpool();
    for (let i = 0; i < 1000; i++) spool.add(summary(i));
    expect(spool.get(999).id).toBe('doc-999');
    expect(spoolFiles().filter((name) => !before.has(name))).toEqual([]);
    spool.close();
  });
});
