/**
 * The link stage: groups documents that report the same event into stories, as they
 * arrive. Near-duplicates (the same wire copy republished, trimmed or extended; MinHash
 * and LSH) always share a story; other reports join by incremental average-link
 * clustering over words, capitalised words, canonical entities, numbers and event
 * dates. Each story carries a side-by-side comparison of its reports.
 *
 * Memory per document, kept after it is linked: a MinHash signature (256 bytes) and its LSH
 * bucket entries, at most MAX_WORDS + MAX_NAMES term ids and weights (~1 KB), postings entries
 * for those terms (each term's list capped at the most recent documents); about 6 KB of heap a
 * document (`bench/linking-cost.mjs`). The fact summary the comparison needs (about 3.5 KB) is
 * written to a temporary file and read back only for the members of a story being built.
 * Texts are not kept. Only the last `window` documents are kept comparable: a story with no
 * report among them is closed and forgotten (`LinkerOptions.window`), and terms no document
 * of the window has used are forgotten too (`Vocabulary.forget`), so memory stays flat.
 */
import { createHash } from 'node:crypto';
import type { AnalysedDocument, Story } from '../model/index.js';
export { DatePatches, type DatePatch } from './date-inference.js';
export { linkInput, mainYear, prepareLinkInput, type LinkInput } from './input.js';
import { EventClusters, type ClusterOptions } from './clusters.js';
import { compareReports, type ReportSummary } from './comparison.js';
import { inferStoryDates, publicationOnly, type DateClues, type DatePatch } from './date-inference.js';
import { internTerms, Vocabulary } from './features.js';
import { linkInput, prepareLinkInput, type LinkInput } from './input.js';
import { NearDuplicates } from './near-duplicates.js';
import { ReportSpool } from './report-spool.js';

export interface LinkerOptions extends ClusterOptions {
  /**
   * Documents kept comparable, the most recent. A story none of whose reports is among them
   * is closed: handed to `onClosed` and forgotten, so memory stays flat on any corpus. A
   * long story keeps its first reports comparable (they stand for it) and retires the rest.
   */
  window?: number;
  /** Receives each story (two or more reports) as it closes; `stories()` then gives only the open ones. */
  onClosed?: (story: Story) => void;
  /** Receives the event dates a story infers for its undated reports (see date-inference.ts), when the story is built. */
  onDated?: (patches: DatePatch[]) => void;
  /** The day a year is looked back from when only a weekday can place it; default: now. */
  today?: Date;
}

/** Default window: about 6 KB of heap a document comparable, so some 120 MB at most. */
export const DEFAULT_WINDOW = 20_000;
/** Reports of an open story that stay comparable when they leave the window. */
const KEPT_MEMBERS = 24;

/** Reports compared to pick a story's title: the choice is quadratic in this. */
const CENTRALITY_SAMPLE = 50;

export class StoryLinker {
  private readonly nearDuplicates = new NearDuplicates();
  private readonly vocabulary = new Vocabulary();
  private readonly clusters: EventClusters;
  /** Each document's summary, on disk: read back only for the members of a story being built. */
  private readonly reports = new ReportSpool();
  /** Date clues of the reports that have any (most have none); dropped with the report. */
  private readonly clues = new Map<number, DateClues>();
  private readonly window: number;
  private readonly onClosed: ((story: Story) => void) | null;
  private readonly onDated: ((patches: DatePatch[]) => void) | null;
  private readonly today: Date | undefined;

  /** Must be awaited once before `add`: the hasher is WebAssembly. */
  static async create(options: LinkerOptions = {}): Promise<StoryLinker> {
    await prepareLinkInput();
    return new StoryLinker(options);
  }

  private constructor(options: LinkerOptions) {
    this.clusters = new EventClusters(this.vocabulary, options);
    this.window = options.window ?? DEFAULT_WINDOW;
    this.onClosed = options.onClosed ?? null;
    this.onDated = options.onDated ?? null;
    this.today = options.today;
  }

  add(doc: AnalysedDocument): void {
    this.addInput(linkInput(doc));
  }

  /** Adds a document by what the linker reads of it (`linkInput`, computed where the document was). */
  addInput(input: LinkInput): void {
    const { index, copyOf } = this.nearDuplicates.addSignature(input.signature);
    const terms = internTerms(input.terms, this.vocabulary);
    this.clusters.add(terms, input.day, input.year, copyOf);
    const report = this.reports.addJson(input.summary);
    if (input.clues) this.clues.set(report, input.clues);
    if (index >= this.window) {
      this.leaveWindow(index - this.window);
      // A pass over the whole vocabulary, so only now and then: a quarter window of documents apart.
      if (index % Math.max(1, Math.floor(this.window / 4)) === 0) this.vocabulary.forget(this.vocabulary.documents - this.window);
    }
  }

  /** The open stories of two or more reports, in order of their first report. */
  stories(): Story[] {
    return this.clusters
      .groups()
      .filter((group) => group.length > 1)
      .map((group) => this.story(group));
  }

  /** A document leaves the window: its story closes when it was the story's last report. */
  private leaveWindow(i: number): void {
    const root = this.clusters.find(i);
    const group = this.clusters.membersOf(root);
    if (group.length === 0 || group[group.length - 1] > i) {
      if (group.indexOf(i) >= KEPT_MEMBERS) {
        this.clusters.retire(i);
        this.nearDuplicates.retire(i);
      }
      return;
    }
    if (group.length > 1) this.onClosed?.(this.story(group));
    for (const m of group) {
      this.nearDuplicates.retire(m);
      this.reports.forget(m);
      this.clues.delete(m);
    }
    this.clusters.close(root);
  }

  private story(group: readonly number[]): Story {
    const members = group.map((i) => this.reports.get(i));
    const central = this.mostCentral(group, members);
    const patches = inferStoryDates(
      group.map((i, at) => this.clues.get(i) ?? publicationOnly(members[at].id, members[at].published)),
      this.today,
    );
    if (patches.length) this.onDated?.(patches);
    const dates = [...members.flatMap((m) => [m.eventDate, m.published]), ...patches.map((p) => p.date)]
      .filter((d): d is string => d !== null)
      .sort();
    return {
      // Named after its first report, so the id stays when later reports join.
      story: createHash('sha256').update(`story:${members[0].id}`).digest('hex').slice(0, 20),
      documents: members.map((m) => m.id),
      title: members[central].title ?? members.find((m) => m.title)?.title ?? '',
      date: dates[0] ?? null,
      comparison: compareReports(members),
    };
  }

  /** Where in the group the member most similar on average to the others is (ties: the earliest with a title); the first reports stand for a large story. */
  private mostCentral(group: readonly number[], members: readonly ReportSummary[]): number {
    const sample = group.flatMap((i, at) => (this.clusters.isActive(i) ? [at] : [])).slice(0, CENTRALITY_SAMPLE);
    let best = sample[0] ?? 0;
    let bestScore = -Infinity;
    for (const a of sample) {
      let sum = 0;
      for (const b of sample) if (b !== a) sum += this.clusters.similarity(group[a], group[b]);
      const score = sum + (members[a].title ? 0 : -1e6);
      if (score > bestScore + 1e-12) {
        best = a;
        bestScore = score;
      }
    }
    return best;
  }

  /** Frees the temporary file of report summaries; the linker is not to be used afterwards. */
  close(): void {
    this.reports.close();
  }
}
