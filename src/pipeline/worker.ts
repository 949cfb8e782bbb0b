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
  if (task.form === 'object') return task.docs.map(analyseDocument);
  // Each document written out as soon as it is analysed: its object graph then dies young,
  // instead of a whole batch of graphs surviving (and being copied by) the young collections.
  return task.docs.map((raw) => serialiseOutcome(analyseDocument(raw), task.link));
}
