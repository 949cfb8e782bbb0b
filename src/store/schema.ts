/**
 * The tables as kysely sees them. Columns that hold analysis records keep the analysis
 * format's shapes (jsonb), so a stored document reads back exactly as it was analysed.
 */
import type { ColumnType, Generated } from 'kysely';
import type { DateInference, Dateline, EventDate, Source, Span, TimeExpression, Entity } from '../model/index.js';

/** jsonb: written as JSON text, read back parsed. */
type Json<T> = ColumnType<T, string, string>;

export interface DocumentAnalysis {
  dateline: Dateline | null;
  entities: Entity[];
  times: TimeExpression[];
  eventDate: EventDate | null;
}

export interface DocumentsTable {
  id: string;
  seq: Generated<number>;
  source: Json<Source>;
  outlet: string | null;
  title: string | null;
  published: string | null;
  language: string;
  text: string;
  /** The parts of the analysis with no table of their own. */
  analysis: Json<DocumentAnalysis>;
  ingested_at: Generated<Date>;
}

export interface EntitiesTable {
  id: string;
  name: string;
  type: string;
  country: string | null;
  aliases: string[];
  roles: string[];
  documents: number;
  mentions: number;
}

export interface EntityNamesTable {
  /** lower(name or alias) */
  name: string;
  entity: string;
}

export interface DocumentEntitiesTable {
  document: string;
  entity: string;
  mentions: number;
}

export interface EventsTable {
  document: string;
  ord: number;
  type: string;
  mode: string | null;
  cameo: string | null;
  source: string[];
  target: string[];
  date: string | null;
  location: string | null;
  negated: boolean;
  evidence: Json<Span>;
  /** How `date` was inferred from other reports of the document's stories; null when it was read (migration 004). */
  date_inference: ColumnType<DateInference | null, string | null | undefined, string | null>;
}

export interface QuotesTable {
  document: string;
  ord: number;
  text: string;
  direct: boolean;
  speaker: string | null;
  speaker_text: string | null;
  start: number;
  end: number;
}

export interface ClaimsTable {
  document: string;
  ord: number;
  kind: string;
  value: number;
  qualifier: string | null;
  who: string | null;
  place: string | null;
  attribution: string | null;
  as_of: string | null;
  evidence: Json<Span>;
  share: Json<{ percent: number; of: string } | null>;
}

export interface StoriesTable {
  id: string;
  ord: number;
  title: string;
  date: string | null;
  documents: number;
  outlets: string[];
  comparison: Json<unknown>;
}

export interface StoryDocumentsTable {
  story: string;
  document: string;
  ord: number;
}

export interface SourcesTable {
  key: string;
  /** null: the input failed analysis (`message` says why). */
  document: string | null;
  message: string | null;
  recorded_at: Generated<Date>;
}

export type QueueState = 'queued' | 'done' | 'failed';

export interface QueueTable {
  id: Generated<number>;
  key: string;
  raw: Json<unknown>;
  state: Generated<QueueState>;
  document: string | null;
  message: string | null;
  queued_at: Generated<Date>;
  finished_at: Date | null;
}

export interface Schema {
  documents: DocumentsTable;
  entities: EntitiesTable;
  entity_names: EntityNamesTable;
  document_entities: DocumentEntitiesTable;
  events: EventsTable;
  quotes: QuotesTable;
  claims: ClaimsTable;
  stories: StoriesTable;
  story_documents: StoryDocumentsTable;
  sources: SourcesTable;
  queue: QueueTable;
}
