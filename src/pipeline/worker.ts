/** Worker-thread entry: analyses a batch of raw documents (batches keep messaging cheap). */
import type { RawDocument } from '../model/index.js';
import { analyseDocument, type DocumentOutcome } from './document.js';

export default function analyseBatch(batch: RawDocument[]): DocumentOutcome[] {
  return batch.map(analyseDocument);
}
