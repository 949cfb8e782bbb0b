/**
 * Rebuilding stories: every stored document, in ingest order, through the same linker
 * `dateline analyze --stories` uses; then the story tables, and the event dates the stories
 * infer, are replaced in one transaction, so readers see the old stories or the new, never a mix.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import { DatePatches, StoryLinker, type DatePatch } from '../link/index.js';
import type { AnalysedDocument, Story } from '../model/index.js';
import type { Reader } from './reader.js';
import type { Schema } from './schema.js';
import { inTransaction } from './retry.js';
import { compressStoryPages } from './story-pages.js';
import { bumpVersion } from './version.js';

/** Documents read (and stories written) per query: memory stays flat whatever the store's size. */
const PAGE = 200;
const ROWS_PER_INSERT = 1000;

export async function relinkStories(db: Kysely<Schema>, reader: Reader): Promise<number> {
  // Stories that close as the linker's window moves on are collected with the open ones at the end.
  const closed: Story[] = [];
  const dates = new DatePatches();
  const linker = await StoryLinker.create({ onClosed: (story) => closed.push(story), onDated: dates.add });
  let stories: Story[];
  try {
    let last = 0;
    for (;;) {
      const page = await db.selectFrom('documents').select('seq').where('seq', '>', last).orderBy('seq').limit(PAGE).execute();
      if (page.length === 0) break;
      const docs = await reader.loadDocuments(sql`d.seq > ${last} and d.seq <= ${page[page.length - 1].seq}`);
      for (const doc of docs) linker.add(asRead(doc));
      last = page[page.length - 1].seq;
    }
    stories = [...closed, ...linker.stories()];
  } finally {
    linker.close();
  }
  await inTransaction(db, async (trx) => {
    await replaceInferredDates(trx, dates.all());
    await trx.deleteFrom('story_documents').execute();
    await trx.deleteFrom('stories').execute();
    for (let i = 0; i < stories.length; i += PAGE) {
      const chunk = stories.slice(i, i + PAGE);
      await trx.insertInto('stories').values(chunk.map((story, j) => storyRow(story, i + j))).execute();
      const members = chunk.flatMap((story) => story.documents.map((document, ord) => ({ story: story.story, document, ord })));
      for (let j = 0; j < members.length; j += ROWS_PER_INSERT) {
        await trx.insertInto('story_documents').values(members.slice(j, j + ROWS_PER_INSERT)).execute();
      }
    }
    await sql`update stories s set outlets = array(
      select distinct d.outlet from story_documents sd join documents d on d.id = sd.document
      where sd.story = s.id and d.outlet is not null order by d.outlet)`.execute(trx);
    // Each story's page, whole, so that serving one is reading one row (migration 003_serving).
    await sql`update stories set page = story_page(id), page_gzip = null`.execute(trx);
    await compressStoryPages(trx);
    await bumpVersion(trx);
  });
  return stories.length;
}

/** A document as analysed, without the dates earlier relinks inferred: the linker infers them again from what the reports say now. */
function asRead(doc: AnalysedDocument): AnalysedDocument {
  if (!doc.events.some((e) => e.dateInference)) return doc;
  return { ...doc, events: doc.events.map(({ dateInference, ...e }) => (dateInference ? { ...e, date: null } : e)) };
}

/** Withdraws every inferred date, then writes the new ones; a date read from its report is never replaced. */
async function replaceInferredDates(trx: Transaction<Schema>, patches: DatePatch[]): Promise<void> {
  await trx.updateTable('events').set({ date: null, date_inference: null }).where('date_inference', 'is not', null).execute();
  for (let i = 0; i < patches.length; i += ROWS_PER_INSERT) {
    const chunk = patches.slice(i, i + ROWS_PER_INSERT);
    await sql`update events e set date = p.date, date_inference = p.inference::jsonb
      from unnest(${chunk.map((p) => p.document)}::text[], ${chunk.map((p) => p.event)}::int[],
                  ${chunk.map((p) => p.date)}::text[], ${chunk.map((p) => JSON.stringify(p.inference))}::text[])
        as p(document, ord, date, inference)
      where e.document = p.document and e.ord = p.ord and e.date is null`.execute(trx);
  }
}

function storyRow(story: Story, ord: number) {
  return {
    id: story.story,
    ord,
    title: story.title,
    date: story.date,
    documents: story.documents.length,
    outlets: [],
    comparison: JSON.stringify(story.comparison),
  };
}
