/**
 * The one model every stage speaks. Record types are zod schemas; TypeScript types
 * and the JSON Schema of the analysis format (../shared/spec/analysis-format.md) are
 * derived from them, so the three can never drift apart.
 *
 * Field names of the analysis format are fixed: add fields, never rename.
 */
import { z } from 'zod';

/** Why a `YYYY[-MM[-DD]]` string is not a day, month or year of the calendar, or null when it is one. */
export function calendarProblem(value: string): string | null {
  const [year, month, day] = value.split('-').map(Number);
  if (month === undefined) return null;
  if (month < 1 || month > 12) return `no month ${month} in a year`;
  if (day === undefined) return null;
  const leap = year! % 4 === 0 && (year! % 100 !== 0 || year! % 400 === 0);
  const daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  if (day < 1 || day > daysInMonth) return `no day ${day} in ${value.slice(0, 7)}`;
  return null;
}

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`: a date at the grain it is known, and one the calendar has. */
export const IsoDate = z
  .string()
  .regex(ISO_DATE, 'ISO 8601 date: YYYY-MM-DD, YYYY-MM or YYYY')
  .superRefine((value, ctx) => {
    const problem = ISO_DATE.test(value) ? calendarProblem(value) : null;
    if (problem) ctx.addIssue({ code: 'custom', message: `must be a real date: ${problem}` });
  });

/** UTF-16 offsets into the document's clean `text`, `end` exclusive. */
export const Span = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type Span = z.infer<typeof Span>;

export const EntityType = z.enum(['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'OTHER']);

export const Entity = z.object({
  id: z.string().describe('canonical id, the same across documents for the same real entity'),
  name: z.string(),
  type: EntityType,
  aliases: z.array(z.string()),
  roles: z.array(z.string()),
  country: z.string().regex(/^[A-Z]{3}$/).nullable(),
  mentions: z.array(Span),
});
export type Entity = z.infer<typeof Entity>;

export const TimeExpression = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  type: z.enum(['DATE', 'TIME', 'DURATION', 'SET']),
  value: z.string().nullable(),
  grain: z.enum(['day', 'month', 'year', 'week', 'time', 'other']),
  /**
   * Added to the shared format, present only when `value` is null because the text leaves
   * part of the date open: TimeML's X notation, `XXXX-10-07` ("October 7", no year and no
   * publication date), `XXXX-WXX-5` ("on Friday"), or `XXXX-XX-XX+P76D` ("its 77th day",
   * the 77th day of something whose start is not stated). The link stage reads these to
   * date a report from what another report of the same story pins down.
   */
  underspecified: z.string().optional(),
});
export type TimeExpression = z.infer<typeof TimeExpression>;

/** How a date was inferred from other reports of the same story, with every span it rests on. */
export const DateInference = z.object({
  reason: z.string(),
  evidence: z.array(Span.extend({ document: z.string() })),
});
export type DateInference = z.infer<typeof DateInference>;

export const Event = z.object({
  type: z.string(),
  mode: z.string().nullable(),
  cameo: z.string().nullable(),
  source: z.array(z.string()),
  target: z.array(z.string()),
  date: IsoDate.nullable(),
  location: z.string().nullable(),
  negated: z.boolean(),
  evidence: Span,
  /** Added to the shared format, present only when `date` was inferred across a story's reports (`--stories`). */
  dateInference: DateInference.optional(),
});
export type Event = z.infer<typeof Event>;

export const Quote = z.object({
  text: z.string(),
  direct: z.boolean(),
  speaker: z.string().nullable(),
  speakerText: z.string().nullable(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Quote = z.infer<typeof Quote>;

export const Claim = z.object({
  kind: z.enum(['killed', 'wounded', 'abducted', 'displaced', 'arrested', 'missing', 'other']),
  value: z.number(),
  qualifier: z.enum(['more_than', 'at_least', 'about', 'up_to', 'less_than', 'exactly']).nullable(),
  who: z.string().nullable(),
  where: z.string().nullable(),
  attribution: z.string().nullable(),
  asOf: IsoDate.nullable(),
  evidence: Span,
  /** Added to the shared format: a share of the figure named with it ("70 percent of them women and children"). */
  share: z.object({ percent: z.number(), of: z.string() }).optional(),
});
export type Claim = z.infer<typeof Claim>;

/** The date of the main event a document reports, and what decided it. */
export const EventDate = z.object({
  date: IsoDate,
  /** The rule that chose it: "lead-date", "body-date-near-publication", "publication-date", ... */
  rule: z.string(),
  /** The time expression it came from; null when it is the publication date itself. */
  evidence: Span.nullable(),
});
export type EventDate = z.infer<typeof EventDate>;

export const Dateline = z.object({
  place: z.string(),
  agency: z.string().nullable(),
});
export type Dateline = z.infer<typeof Dateline>;

export const Source = z.object({
  path: z.string().nullable().describe('file the document came from; "-" for standard input'),
  url: z.string().nullable(),
  id: z.string().nullable().optional().describe('the input\'s own id (JSON Lines `id`), echoed'),
  record: z
    .string()
    .nullable()
    .optional()
    .describe('where inside the file: "line 3", "item 2", "record 5"; null for a whole file'),
});
export type Source = z.infer<typeof Source>;

/** One analysed document: one line of `dateline analyze --format jsonl`. */
export const AnalysedDocument = z.object({
  id: z.string().describe('stable: same clean text -> same id'),
  source: Source,
  outlet: z.string().nullable(),
  title: z.string().nullable(),
  published: IsoDate.nullable(),
  dateline: Dateline.nullable(),
  language: z.string().describe('ISO 639-1, "und" when it cannot be told'),
  text: z.string(),
  entities: z.array(Entity),
  times: z.array(TimeExpression),
  events: z.array(Event),
  quotes: z.array(Quote),
  claims: z.array(Claim),
  /** Added to the shared format: best estimate of the date of the main event reported. */
  eventDate: EventDate.nullable(),
});
export type AnalysedDocument = z.infer<typeof AnalysedDocument>;

/**
 * Added to the shared format: what `Story.comparison.shared` and `onlyIn` items are. A
 * fact is an entity (by canonical id), a claim (by kind and figure), a quote (by speaker)
 * or an event (by type and actors); `figures` sets side by side the different figures
 * reports give for the same kind of claim about the same place, each with its attribution.
 */
export const ComparisonItem = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('entity'), id: z.string(), name: z.string(), type: EntityType }),
  z.object({
    kind: z.literal('claim'),
    claim: Claim.shape.kind,
    value: z.number(),
    qualifier: Claim.shape.qualifier,
    where: z.string().nullable(),
    attribution: z.string().nullable(),
  }),
  z.object({ kind: z.literal('quote'), speaker: z.string(), count: z.number().int().positive() }),
  z.object({ kind: z.literal('event'), type: z.string(), actors: z.array(z.string()) }),
  z.object({
    kind: z.literal('figures'),
    claim: Claim.shape.kind,
    where: z.string().nullable(),
    reports: z.array(
      z.object({
        document: z.string(),
        value: z.number(),
        qualifier: Claim.shape.qualifier,
        attribution: z.string().nullable(),
      }),
    ),
  }),
]);
export type ComparisonItem = z.infer<typeof ComparisonItem>;

export const Story = z.object({
  story: z.string(),
  documents: z.array(z.string()),
  title: z.string(),
  date: IsoDate.nullable(),
  comparison: z.object({
    shared: z.array(z.unknown()),
    onlyIn: z.record(z.string(), z.array(z.unknown())),
    loadedTerms: z.record(z.string(), z.array(z.string())),
  }),
});
export type Story = z.infer<typeof Story>;

/** JSON Schema (draft 2020-12) of one analysed document, derived from the zod schema. */
export function analysisJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(AnalysedDocument, { target: 'draft-2020-12' }) as Record<string, unknown>;
}

// ---------------------------------------------------------------------------
// Records that pass between the stages before analysis.

/** What the ingest stage hands to extraction: one document's decoded content. */
export const RawDocument = z.object({
  source: Source,
  /** How the body is to be read. */
  kind: z.enum(['html', 'text']),
  body: z.string(),
  /** Metadata the container already knew (feed item, JSONL fields, WARC headers). */
  hints: z.object({
    title: z.string().nullable(),
    published: IsoDate.nullable(),
    outlet: z.string().nullable(),
  }),
  /** Non-fatal notes about this input (e.g. "decoded as windows-1252"). */
  warnings: z.array(z.string()),
});
export type RawDocument = z.infer<typeof RawDocument>;

/** An input, or a part of one, that could not be read. Never stops the batch. */
export const IngestFailure = z.object({
  source: Source,
  /** Starts with the place inside the file when there is one: "line 5: invalid JSON". */
  message: z.string(),
  /** Not an error: the input holds no news document (a WARC image record, an HTTP redirect). */
  skipped: z.boolean().optional(),
});
export type IngestFailure = z.infer<typeof IngestFailure>;

export type IngestItem =
  | { ok: true; doc: RawDocument }
  | { ok: false; failure: IngestFailure };

/** What the extract stage produces: the clean article and its metadata. */
export const ExtractedArticle = z.object({
  text: z.string(),
  title: z.string().nullable(),
  published: IsoDate.nullable(),
  dateline: Dateline.nullable(),
  outlet: z.string().nullable(),
  language: z.string(),
});
export type ExtractedArticle = z.infer<typeof ExtractedArticle>;

/** Formats `source` as a person reads it in a message: `path (line 3)`. */
export function describeSource(source: Source): string {
  const where = source.path ?? source.url ?? source.id ?? '<unknown input>';
  return source.record ? `${where} (${source.record})` : where;
}

/** A one-line reason from anything thrown. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message.split('\n')[0] ?? String(error);
  return String(error);
}
