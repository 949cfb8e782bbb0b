import { describe, expect, it } from 'vitest';
import { documentId } from './document.js';
import { DocumentIdSet } from './id-set.js';

describe('DocumentIdSet', () => {
  it('says whether the id of a clean text was seen before', () => {
    const ids = new DocumentIdSet();
    const report = documentId('GENEVA - Talks on the grain corridor resumed on Tuesday, a spokeswoman said.');
    const other = documentId('Flooding closed the coastal road north of Valparaiso for a second day.');
    expect(ids.add(report)).toBe(true);
    expect(ids.add(other)).toBe(true);
    expect(ids.add(report)).toBe(false);
    expect(ids.add(other)).toBe(false);
    expect(ids.size).toBe(2);
  });

  it('keeps every id apart while it grows past many thousands', () => {
    const ids = new DocumentIdSet();
    const made = Array.from({ length: 30_000 }, (_, i) => documentId(`Report ${i}: ${i * 7} people were evacuated from the valley.`));
    expect(made.every((id) => ids.add(id))).toBe(true);
    expect(made.every((id) => !ids.add(id))).toBe(true);
    expect(ids.size).toBe(30_000);
  });

  it('tells ids that differ only in their last digits or are all zeros from an empty slot', () => {
    const ids = new DocumentIdSet();
    expect(ids.add('00000000000000000000')).toBe(true);
    expect(ids.add('00000000000000000000')).toBe(false);
    expect(ids.add('00000000000000000001')).toBe(true);
    expect(ids.add('0000000000000000f000')).toBe(true);
    expect(ids.add('00000000100000000000')).toBe(true);
    expect(ids.size).toBe(4);
  });

  it('keeps ids of another shape as they are', () => {
    const ids = new DocumentIdSet();
    expect(ids.add('gen-17')).toBe(true);
    expect(ids.add('GEN-17')).toBe(true);
    expect(ids.add('gen-17')).toBe(false);
    expect(ids.add('ABCDEF0123456789ABCD')).toBe(true);
    expect(ids.size).toBe(3);
  });
});
