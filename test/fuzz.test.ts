/**
 * Every fuzz property (test/fuzz/properties.ts) with a small run count and a fixed seed,
 * so a failure here is reproducible; `npm run bench -- fuzz` runs the same properties
 * with many runs and random seeds.
 */
import fc from 'fast-check';
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

describe('the time limit of the fuzz harness', () => {
  const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  // Inputs are small integers; the "parser" takes 400 ms on an input's first call only, or on every call.
  const property = (slowEveryTime: boolean) => {
    const seen = new Set<number>();
    return {
      name: 'test/slow',
      arbitrary: fc.integer({ min: 0, max: 2 }),
      async run(n: number) {
        const slow = slowEveryTime || !seen.has(n);
        seen.add(n);
        if (slow && n === 1) await wait(400);
        return n;
      },
      verify() {},
    };
  };

  it('re-times an input over the limit and lets a one-off pause pass', async () => {
    const result = await runFuzz(property(false), { runs: 30, seed: SEED, timeLimitMs: 200 });
    expect(result.failure).toBeNull();
    expect(result.retimed).toBe(1);
  });

  it('fails an input that is over the limit on every call', async () => {
    const result = await runFuzz(property(true), { runs: 30, seed: SEED, timeLimitMs: 200 });
    expect(result.failure).toMatch(/test\/slow: one input took \d+, \d+, \d+ ms in 3 calls \(limit 200 ms\)/);
  });
});
