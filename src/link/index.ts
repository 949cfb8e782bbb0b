/**
 * The link stage: groups documents that report the same story. First step: near-
 * duplicates (the same wire copy republished, trimmed or extended), found with MinHash
 * and LSH. Same-event clustering across outlets and the side-by-side comparison
 * (issue 8) build on this.
 */
import { createHash } from 'node:crypto';
import type { AnalysedDocument, Story } from '../model/index.js';
import { loadHasher } from './minhash.js';
import { NearDuplicates } from './near-duplicates.js';

interface Member {
  id: string;
  title: string | null;
  date: string | null;
}

export class StoryLinker {
  private readonly nearDuplicates = new NearDuplicates();
  private readonly members: Member[] = [];

  /** Must be awaited once before `add`: the hasher is WebAssembly. */
  static async create(): Promise<StoryLinker> {
    await loadHasher();
    return new StoryLinker();
  }

  private constructor() {}

  add(doc: AnalysedDocument): void {
    this.nearDuplicates.add(doc.text);
    this.members.push({ id: doc.id, title: doc.title, date: doc.eventDate?.date ?? doc.published });
  }

  /** One story per group of two or more reports, in order of their first report. */
  stories(): Story[] {
    return this.nearDuplicates.groups().map((group) => {
      const members = group.map((i) => this.members[i]);
      const dates = members.map((m) => m.date).filter((d): d is string => d !== null).sort();
      return {
        // Named after its first report, so the id stays when later reports join.
        story: createHash('sha256').update(`story:${members[0].id}`).digest('hex').slice(0, 20),
        documents: members.map((m) => m.id),
        title: members.find((m) => m.title)?.title ?? '',
        date: dates[0] ?? null,
        comparison: { shared: [], onlyIn: {}, loadedTerms: {} },
      };
    });
  }
}
