/**
 * Runs one fuzz property with fast-check and measures every call of the parser under test,
 * so the unit tests (few runs, fixed seed) and `npm run bench -- fuzz` (many runs) share
 * both the properties and the way they are run.
 */
import fc from 'fast-check';

export interface FuzzProperty<T = unknown, O = unknown> {
  /** Parser under test, as printed: "extract/html", "ingest/warc". */
  name: string;
  arbitrary: fc.Arbitrary<T>;
  /** The parser call alone: this is what is timed. */
  run(input: T): O | Promise<O>;
  /** Checks the output; throws a plain Error naming what is wrong. */
  verify(output: O, input: T): void;
  /** Relative cost of one run; the unit tests give costly properties fewer runs. */
  cost?: number;
}

export interface FuzzOptions {
  runs: number;
  seed?: number;
  /** A call slower than this fails the property (the bench: 1000 ms; unit tests: none). */
  timeLimitMs?: number;
}

export interface FuzzResult {
  name: string;
  runs: number;
  seed: number;
  elapsedMs: number;
  slowestMs: number;
  /** The report fast-check prints for a failure: shrunk counterexample, seed and path; null when none. */
  failure: string | null;
}

export async function runFuzz<T, O>(property: FuzzProperty<T, O>, options: FuzzOptions): Promise<FuzzResult> {
  const seed = options.seed ?? (Date.now() ^ (Math.random() * 0x7fffffff)) | 0;
  let slowestMs = 0;
  const started = performance.now();
  const once = async (input: T): Promise<void> => {
    const t0 = performance.now();
    const output = await property.run(input);
    const ms = performance.now() - t0;
    if (ms > slowestMs) slowestMs = ms;
    if (options.timeLimitMs !== undefined && ms > options.timeLimitMs) {
      throw new Error(`${property.name}: one input took ${ms.toFixed(0)} ms (limit ${options.timeLimitMs} ms)`);
    }
    property.verify(output, input);
  };
  const details = await fc.check(fc.asyncProperty(property.arbitrary, once), { numRuns: options.runs, seed, endOnFailure: false });
  return {
    name: property.name,
    runs: details.numRuns,
    seed,
    elapsedMs: performance.now() - started,
    slowestMs,
    failure: details.failed ? `${fc.defaultReportMessage(details) ?? 'failed'}\nError: ${errorText(details.errorInstance)}` : null,
  };
}

function errorText(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/** Throws when `condition` is false: properties read as a list of plain statements. */
export function ensure(condition: unknown, message: string | (() => string)): asserts condition {
  if (!condition) throw new Error(typeof message === 'string' ? message : message());
}
