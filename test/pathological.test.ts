/**
 * The pathological-input set (test/pathological/inputs.ts), smaller than the bench runs
 * it (`npm run bench -- pathological`, through the built CLI) where the full size would
 * be slow: each input finishes, says what the set expects (a warning or a failure naming
 * the part of the file), gives its documents and keeps every offset inside the text.
 */
import { describe, expect, it } from 'vitest';
import { ingestBytes } from '../src/ingest/index.js';
import { analyseDocument } from '../src/pipeline/document.js';
import { checkAnalysis } from './fuzz/properties.js';
import {
  bigFeed,
  bigJsonLine,
  deeplyNestedHtml,
  lyingWarc,
  manyNames,
  singleLineText,
  unclosedQuote,
  type PathologicalInput,
} from './pathological/inputs.js';

const INPUTS: PathologicalInput[] = [
  deeplyNestedHtml(100_000),
  singleLineText(300_000),
  bigFeed(200),
  unclosedQuote(200),
  manyNames(2_000),
  bigJsonLine(300_000),
  lyingWarc(),
];

describe('pathological inputs', () => {
  for (const input of INPUTS) {
    it(`${input.name}: finishes, says so, offsets valid`, async () => {
      const messages: string[] = [];
      let documents = 0;
      for await (const item of ingestBytes(input.file, input.bytes)) {
        if (!item.ok) {
          messages.push(item.failure.message);
          continue;
        }
        const outcome = analyseDocument(item.doc);
        if (!outcome.ok) {
          messages.push(outcome.message);
          continue;
        }
        documents++;
        messages.push(...outcome.warnings);
        checkAnalysis(outcome.doc.text, outcome.doc);
      }
      expect(documents).toBe(input.documents);
      if (input.expect) expect(messages.join('\n')).toMatch(input.expect);
      else expect(messages).toEqual([]);
    }, 180_000); // heavy by design; minutes on a loaded machine
  }
});
