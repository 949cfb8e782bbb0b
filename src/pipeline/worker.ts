/** Worker-thread entry: analyses a batch of raw documents (batches keep messaging cheap). */
import type { RawDocument } from '../model/index.js';
import { analyseDocument, serialiseOutcome, type DocumentForm, type DocumentOutcome, type SerialisedOutcome } from './document.js';

export interface BatchTask {
  docs: RawDocument[];
  form: DocumentForm;
}

export default function analyseBatch(task: BatchTask): DocumentOutcome[] | SerialisedOutcome[] {
  const outcomes = task.docs.map(analyseDocument);
  return task.form === 'json' ? outcomes.map(serialiseOutcome) : outcomes;
}
