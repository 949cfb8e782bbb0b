/**
 * Filling a store of 100,000 documents through full analysis takes hours on a small
 * machine; the store bench analyses a smaller set through the real CLI and multiplies it
 * here, in SQL (bound values only), with every row a document owns.
 */
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { compressStoryPages } from '../dist/store/story-pages.js';

const COPY = '~'; // joins an original id and its copy number: ids stay unique and readable

/**
 * Copies every stored document (and its entities, events, quotes, claims and story
 * memberships) until the store holds `target` documents (dist/ built: the copies' story pages are
 * compressed by the store's code). Each copy gets a new id, a
 * publication date moved back by its copy number of days, its title marked and a closing
 * paragraph of corpus words, so the full-text index and the date index see distinct rows.
 */
export async function multiplyStore(url, target, words) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const base = Number((await client.query('select count(*) as n from documents')).rows[0].n);
    const extra = target - base;
    if (extra <= 0) return { base, factor: 1 };
    const factor = Math.ceil(target / base);
    await client.query('begin');
    await client.query(
      `create temp table copies on commit drop as
       select d.id || $3 || c as id, d.id as original, c, d.seq
       from documents d cross join generate_series(1, $1::int) c order by c, d.seq limit $2`,
      [factor - 1, extra, COPY],
    );
    await client.query('create index on copies (original)');
    const shifted = (column) =>
      `case when ${column} ~ '^\\d{4}-\\d{2}-\\d{2}' then to_char(left(${column}, 10)::date - m.c, 'YYYY-MM-DD') || substr(${column}, 11) else ${column} end`;
    await client.query(
      `insert into documents (id, source, outlet, title, published, language, text, analysis)
       select m.id, d.source, d.outlet, d.title || ' (update ' || m.c || ')', ${shifted('d.published')}, d.language,
         d.text || E'\\n\\nUpdate ' || m.c || ': ' || ($1::text[])[1 + (m.c * 7 + m.seq) % cardinality($1::text[])] || ' '
           || ($1::text[])[1 + (m.c * 13 + m.seq * 3) % cardinality($1::text[])] || ' '
           || ($1::text[])[1 + (m.c * 31 + m.seq * 5) % cardinality($1::text[])] || '.',
         d.analysis
       from copies m join documents d on d.id = m.original order by m.c, m.seq`,
      [words],
    );
    await client.query(`insert into document_entities (document, entity, mentions)
       select m.id, x.entity, x.mentions from copies m join document_entities x on x.document = m.original`);
    await client.query(`insert into events (document, ord, type, mode, cameo, source, target, date, location, negated, evidence, date_inference)
       select m.id, x.ord, x.type, x.mode, x.cameo, x.source, x.target, x.date, x.location, x.negated, x.evidence, x.date_inference
       from copies m join events x on x.document = m.original`);
    await client.query(`insert into quotes (document, ord, text, direct, speaker, speaker_text, start, "end")
       select m.id, x.ord, x.text, x.direct, x.speaker, x.speaker_text, x.start, x."end"
       from copies m join quotes x on x.document = m.original`);
    await client.query(`insert into claims (document, ord, kind, value, qualifier, who, place, attribution, as_of, evidence, share)
       select m.id, x.ord, x.kind, x.value, x.qualifier, x.who, x.place, x.attribution, x.as_of, x.evidence, x.share
       from copies m join claims x on x.document = m.original`);
    const stories = Number((await client.query('select count(*) as n from stories')).rows[0].n);
    await client.query(
      `insert into stories (id, ord, title, date, documents, outlets, comparison)
       select s.id || $1 || m.c, s.ord + m.c * $2::int, s.title, ${shifted('s.date')}, 0, s.outlets, s.comparison
       from stories s join (select distinct c from copies) m on true
       where exists (select 1 from story_documents sd join copies k on k.original = sd.document and k.c = m.c where sd.story = s.id)`,
      [COPY, stories],
    );
    await client.query(
      `insert into story_documents (story, document, ord)
       select sd.story || $1 || m.c, m.id, sd.ord from story_documents sd join copies m on m.original = sd.document`,
      [COPY],
    );
    await client.query(`update stories s set documents = n.n from (select story, count(*) as n from story_documents group by story) n
       where n.story = s.id and s.documents = 0`);
    await client.query(`update entities e set documents = n.n from (select entity, count(*) as n from document_entities group by entity) n
       where n.entity = e.id`);
    // Story pages are written at link time; the copies' pages by the same SQL function (migration 003_serving).
    await client.query('update stories set page = story_page(id) where page is null');
    // The server's response cache learns from this counter that the store changed (migration 003_serving).
    await client.query('update store_version set version = version + 1');
    await client.query('commit');
    // And compressed, as the relink compresses them (migration 006_compressed_story_pages), with the store's own code.
    const db = new Kysely({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 1 }) }) });
    try {
      await compressStoryPages(db);
    } finally {
      await db.destroy();
    }
    await client.query('vacuum analyze');
    return { base, factor };
  } finally {
    await client.end();
  }
}

