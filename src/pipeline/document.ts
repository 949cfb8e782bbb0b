/**
 * One raw document through extract and analyse: the unit of work a worker thread runs.
 */
import { createHash } from 'node:crypto';
import { analyse } from '../analyse/index.js';
import { extract } from '../extract/index.js';
import { linkInput, type LinkInput } from '../link/index.js';
import { errorMessage, type AnalysedDocument, type RawDocument, type Source } from '../model/index.js';

export type DocumentOutcome =
  | { ok: true; doc: AnalysedDocument; warnings: string[] }
  | { ok: false; source: Source; message: string };

/**
 * A document already written as its JSON Lines record. A worker thread sends this instead of
 * the object graph when the caller only writes documents out: a string crosses threads as one
 * copy, and the calling thread neither rebuilds the graph nor serialises it again.
 */
export type SerialisedOutcome =
  /** `link`: what the story linker reads of the document, when the caller links (`BatchTask.link`). */
  | { ok: true; id: string; source: Source; json: string; warnings: string[]; link?: LinkInput }
  | { ok: false; source: Source; message: string };

/** How documents come back from analysis: as objects, or as their JSON records. */
export type DocumentForm = 'object' | 'json';

export function serialiseOutcome(outcome: DocumentOutcome, link = false): SerialisedOutcome {
  if (!outcome.ok) return outcome;
  const { doc, warnings } = outcome;
  return { ok: true, id: doc.id, source: doc.source, json: JSON.stringify(doc), warnings, ...(link && { link: linkInput(doc) }) };
}

/** Stable id: the same clean text always gets the same id, wherever it came from. */
export function documentId(text: string): string {
  return createHash('sha256').update(text.normalize('NFC')).digest('hex').slice(0, 20);
}

export function analyseDocument(raw: RawDocument): DocumentOutcome {
  // Messages start with the place inside the file, as ingest's do: "item 3: no article text found".
  const failed = (message: string): DocumentOutcome => ({
    ok: false,
    source: raw.source,
    message: raw.source.record ? `${raw.source.record}: ${message}` : message,
  });
  // The input's own warnings, then any limit extraction or analysis ran into.
  const warnings = [...raw.warnings];
  let article;
  try {
    article = extract(raw, warnings);
  } catch (error) {
    return failed(`extraction failed: ${errorMessage(error)}`);
  }
  if (!article.text.trim()) {
    return failed('no article text found');
  }
  let analysis;
  try {
    analysis = analyse(article, warnings);
  } catch (error) {
    return failed(`analysis failed: ${errorMessage(error)}`);
  }
  const doc: AnalysedDocument = {
    id: documentId(article.text),
    source: raw.source,
    outlet: article.outlet,
    title: article.title,
    published: article.published,
    dateline: article.dateline,
    language: article.language,
    text: article.text,
    ...analysis,
  };
  return { ok: true, doc, warnings };
}
