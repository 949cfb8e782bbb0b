/**
 * Every fuzz property (test/fuzz/properties.ts) with a small run count and a fixed seed,
 * so a failure here is reproducible; `npm run bench -- fuzz` runs the same properties
 * with many runs and random seeds.
 */
import { describe, expect, it } from 'vitest';
import { runFuzz } from './fuzz/harness.js';
import { PROPERTIES } from './fuzz/properties.js';

const SEED = 20261123;
const RUNS = 60;

describe('fuzz properties', () => {
  for (const property of PROPERTIES) {
    it(`${property.name}: never throws, valid output, offsets inside the text`, async () => {
      const result = await runFuzz(property, { runs: Math.ceil(RUNS / (property.cost ?? 1)), seed: SEED });
      expect(result.failure).toBeNull();
    });
  }
});
