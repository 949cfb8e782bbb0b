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
  /**
   * A call slower than this fails the property (the bench: 1000 ms; unit tests: none), when it is
   * as slow again on each of RETIMES more calls with the same input: a wall-clock limit on a
   * shared machine is also crossed by a pause of the process, which does not repeat.
   */
  timeLimitMs?: number;
}

const RETIMES = 2;

export interface FuzzResult {
  name: string;
  runs: number;
  seed: number;
  elapsedMs: number;
  /** The slowest input's time, for a re-timed input its fastest call. */
  slowestMs: number;
  /** Inputs over the limit once that took less on a second call (pauses, not the parser). */
  retimed: number;
  /** The report fast-check prints for a failure: shrunk counterexample, seed and path; null when none. */
  failure: string | null;
}

export async function runFuzz<T, O>(property: FuzzProperty<T, O>, options: FuzzOptions): Promise<FuzzResult> {
  const seed = options.seed ?? (Date.now() ^ (Math.random() * 0x7fffffff)) | 0;
  let slowestMs = 0;
  let retimed = 0;
  const started = performance.now();
  const timed = async (input: T): Promise<{ output: O; ms: number }> => {
    const t0 = performance.now();
    const output = await property.run(input);
    return { output, ms: performance.now() - t0 };
  };
  const once = async (input: T): Promise<void> => {
    const first = await timed(input);
    let ms = first.ms;
    const limit = options.timeLimitMs;
    if (limit !== undefined && ms > limit) {
      const times = [ms];
      for (let i = 0; i < RETIMES && ms > limit; i++) {
        const again = (await timed(input)).ms;
        times.push(again);
        ms = Math.min(ms, again);
      }
      if (ms > limit) throw new Error(`${property.name}: one input took ${times.map((t) => t.toFixed(0)).join(', ')} ms in ${times.length} calls (limit ${limit} ms)`);
      retimed++;
    }
    if (ms > slowestMs) slowestMs = ms;
    property.verify(first.output, input);
  };
  const details = await fc.check(fc.asyncProperty(property.arbitrary, once), { numRuns: options.runs, seed, endOnFailure: false });
  return {
    name: property.name,
    runs: details.numRuns,
    seed,
    elapsedMs: performance.now() - started,
    slowestMs,
    retimed,
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
