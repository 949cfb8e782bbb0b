/** Worker-thread entry: analyses a batch of raw documents (batches keep messaging cheap). */
import { prepareLinkInput } from '../link/index.js';
import type { RawDocument } from '../model/index.js';
import { analyseDocument, serialiseOutcome, type DocumentForm, type DocumentOutcome, type SerialisedOutcome } from './document.js';

export interface BatchTask {
  docs: RawDocument[];
  form: DocumentForm;
  /** With `form: 'json'`: also what the story linker reads of each document, so the linking thread need not parse the records. */
  link?: boolean;
}

export default async function analyseBatch(task: BatchTask): Promise<DocumentOutcome[] | SerialisedOutcome[]> {
  if (task.link) await prepareLinkInput();
  const outcomes = task.docs.map(analyseDocument);
  return task.form === 'json' ? outcomes.map((outcome) => serialiseOutcome(outcome, task.link)) : outcomes;
}
