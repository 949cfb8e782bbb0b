/**
 * One raw document through extract and analyse: the unit of work a worker thread runs.
 */
import { createHash } from 'node:crypto';
import { analyse } from '../analyse/index.js';
import { extract } from '../extract/index.js';
import type { AnalysedDocument, RawDocument, Source } from '../model/index.js';

export type DocumentOutcome =
  | { ok: true; doc: AnalysedDocument; warnings: string[] }
  | { ok: false; source: Source; message: string };

/** Stable id: the same clean text always gets the same id, wherever it came from. */
export function documentId(text: string): string {
  return createHash('sha256').update(text.normalize('NFC')).digest('hex').slice(0, 20);
}

export function analyseDocument(raw: RawDocument): DocumentOutcome {
  let article;
  try {
    article = extract(raw);
  } catch (error) {
    return { ok: false, source: raw.source, message: `extraction failed: ${errorMessage(error)}` };
  }
  if (!article.text.trim()) {
    return { ok: false, source: raw.source, message: 'no article text found' };
  }
  let analysis;
  try {
    analysis = analyse(article);
  } catch (error) {
    return { ok: false, source: raw.source, message: `analysis failed: ${errorMessage(error)}` };
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
  return { ok: true, doc, warnings: raw.warnings };
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
