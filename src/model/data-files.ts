/**
 * The project's data files (lexicons, gazetteer, code tables under data/), read the one
 * way: parsed as JSON, with an error naming the file and the stage that needs it.
 */
import { readFileSync } from 'node:fs';

const DATA = new URL('../../data/', import.meta.url);

/** `data/<path>` parsed as JSON; throws `<stage>: cannot read <file>: <reason>`. */
export function readDataFile(path: string, stage: string): unknown {
  const url = new URL(path, DATA);
  try {
    return JSON.parse(readFileSync(url, 'utf8'));
  } catch (error) {
    throw new Error(`${stage}: cannot read ${url.pathname}: ${(error as Error).message}`);
  }
}
