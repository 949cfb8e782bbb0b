import { describe, expect, it } from 'vitest';
import { acceptsGzip } from './encoding.js';

describe('acceptsGzip', () => {
  const cases: [string | undefined, boolean][] = [
    // What browsers send.
    ['gzip, deflate, br, zstd', true],
    ['gzip, deflate', true],
    ['GZIP', true],
    ['br;q=1.0, gzip;q=0.8, *;q=0.1', true],
    ['x-gzip', true],
    ['*', true],
    // No header, or gzip refused.
    [undefined, false],
    ['', false],
    ['identity', false],
    ['br, deflate', false],
    ['gzip;q=0', false],
    ['gzip; q=0.000', false],
    ['gzip;q=', false],
    ['gzip;q=abc', false],
    ['*;q=0', false],
    // gzip named outright wins over the wildcard, either way.
    ['gzip;q=0, *', false],
    ['*;q=0, gzip', true],
  ];
  it.each(cases)('%j -> %s', (header, expected) => {
    expect(acceptsGzip(header)).toBe(expected);
  });
});
