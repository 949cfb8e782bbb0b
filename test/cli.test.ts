import { beforeAll, describe, expect, it } from 'vitest';
import { AnalysedDocument, Story } from '../src/model/index.js';
import { builtCliExists, jsonLines, runCli } from './helpers/cli.js';

const MIXED = 'test/fixtures/cli/mixed';

beforeAll(() => {
  if (!builtCliExists()) throw new Error('dist/ is missing: run `npm run build` (npm test does it)');
});

describe('dateline analyze', () => {
  it('writes one analysed document per input, in input order, and nothing else on stdout', () => {
    const result = runCli(['analyze', MIXED, '--jobs', '2', '--no-progress']);
    const docs = jsonLines(result.stdout).map((line) => AnalysedDocument.parse(line));
    // harbour-strike.html, library-reopens-copy.txt (sorted before library-reopens.txt); the other copy is a duplicate; the PNG fails.
    expect(docs.map((d) => d.source.path?.split('/').pop())).toEqual(['harbour-strike.html', 'library-reopens-copy.txt']);
    expect(docs[0].title).toBe('Dockworkers end three-day strike at Port Aldwin');
    expect(docs[0].published).toBe('2025-02-21');
    expect(docs[0].text).toContain('returned to work on Friday');
    expect(docs[0].text).not.toContain('All rights reserved');
    expect(docs[1].published).toBe('2025-01-10');
    expect(docs[1].text.startsWith('The central library in Vellmar')).toBe(true);
  });

  it('names each bad input on stderr, counts it, and exits 1 without stopping the batch', () => {
    const result = runCli(['analyze', MIXED, '--no-progress']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/pixel\.png.*binary/i);
    expect(result.stderr).toMatch(/dateline: 2 done, 1 failed, 1 skipped as duplicates/);
  });

  it('exits 0 when every document succeeds', () => {
    const result = runCli(['analyze', `${MIXED}/harbour-strike.html`, '--no-progress']);
    expect(result.status).toBe(0);
    expect(jsonLines(result.stdout)).toHaveLength(1);
  });

  it('gives the same ids with one thread and with two', () => {
    const one = jsonLines(runCli(['analyze', MIXED, '--jobs', '1', '--no-progress']).stdout);
    const two = jsonLines(runCli(['analyze', MIXED, '--jobs', '2', '--no-progress']).stdout);
    expect(two).toEqual(one);
  });

  it('stops at the first failure with --strict', () => {
    const result = runCli(['analyze', `${MIXED}/pixel.png`, `${MIXED}/harbour-strike.html`, '--strict', '--jobs', '1', '--no-progress']);
    expect(result.status).toBe(1);
    expect(jsonLines(result.stdout)).toHaveLength(0);
    expect(result.stderr).toContain('stopped: --strict');
  });

  it('reads standard input with -', () => {
    const html = '<html><head><title>Snow closes mountain pass</title></head><body><article><p>The Sella pass was closed on Tuesday after forty centimetres of snow fell overnight, the regional road service said. Drivers were told to use the valley road until the ploughs had cleared the upper bends, which could take until Thursday.</p><p>Two lorries that had ignored the warning signs were stuck for several hours near the summit before a recovery crew reached them.</p></article></body></html>';
    const result = runCli(['analyze', '-', '--no-progress'], html);
    const [doc] = jsonLines(result.stdout).map((line) => AnalysedDocument.parse(line));
    expect(doc.source.path).toBe('-');
    expect(doc.text).toContain('The Sella pass was closed on Tuesday');
  });

  it('writes one JSON document with --format json', () => {
    const result = runCli(['analyze', `${MIXED}/harbour-strike.html`, '--format', 'json', '--no-progress']);
    const parsed = JSON.parse(result.stdout) as { documents: unknown[]; stories: unknown[] };
    expect(parsed.documents).toHaveLength(1);
    expect(parsed.stories).toEqual([]);
  });

  it('prints a table for a person with --format table', () => {
    const result = runCli(['analyze', MIXED, '--format', 'table', '--no-progress']);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^#\s+id\s+lang\s+published\s+outlet/);
    expect(lines).toHaveLength(4);
    expect(lines[2]).toContain('Dockworkers end three-day strike');
  });

  it('exits 2 on usage errors with a clear message', () => {
    const noPath = runCli(['analyze']);
    expect(noPath.status).toBe(2);
    expect(noPath.stderr).toMatch(/missing required argument/);
    const badFormat = runCli(['analyze', MIXED, '--format', 'xml']);
    expect(badFormat.status).toBe(2);
    expect(badFormat.stderr).toMatch(/xml/);
    const badJobs = runCli(['analyze', MIXED, '--jobs', '0']);
    expect(badJobs.status).toBe(2);
    expect(badJobs.stderr).toMatch(/--jobs must be a whole number/);
  });

  it('reports a missing path and goes on', () => {
    const result = runCli(['analyze', 'test/fixtures/cli/no-such-file.html', `${MIXED}/harbour-strike.html`, '--no-progress']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('no-such-file.html');
    expect(jsonLines(result.stdout)).toHaveLength(1);
  });

  it('analyses the bundled samples: every format, every document, exit 0', () => {
    const result = runCli(['analyze', 'samples', '--no-progress']);
    expect(result.status, result.stderr).toBe(0);
    const docs = jsonLines(result.stdout).map((line) => AnalysedDocument.parse(line));
    expect(docs.length).toBeGreaterThanOrEqual(12);
    const from = (suffix: string) => docs.filter((d) => d.source.path?.endsWith(suffix));
    expect(from('world.rss').map((d) => d.source.record)).toEqual(['item 1', 'item 2', 'item 3']);
    expect(from('science.atom')).toHaveLength(2);
    expect(from('wire.jsonl').map((d) => d.source.id)).toContain('mn-20250310-0412');
    expect(from('archive.warc')).toHaveLength(1);
    expect(from('archive.warc')[0].source.url).toMatch(/^https?:\/\//);
    // The image record inside the WARC is said on stderr, and is not a failure.
    expect(result.stderr).toMatch(/archive\.warc: record \d+: skipped, Content-Type image\/png is not HTML/);
    // The windows-1252 page comes out with its accents and curly quotes intact.
    const alpine = from('alpine-post-avalanche.html')[0];
    expect(alpine.text).toContain('José Müller');
    expect(alpine.text).toMatch(/[\u2018\u2019\u201c\u201d]/);
    expect(alpine.text).not.toMatch(/[\u0080-\u009f\ufffd]/);
    // Every document is dated and has a title.
    for (const doc of docs) {
      expect(doc.title, doc.source.path ?? '').toBeTruthy();
      expect(doc.published, doc.source.path ?? '').toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('writes one story object per group of republished reports after the documents with --stories', () => {
    const result = runCli(['analyze', 'samples', '--stories', '--no-progress']);
    const lines = jsonLines(result.stdout) as Record<string, unknown>[];
    const firstStory = lines.findIndex((line) => 'story' in line);
    expect(firstStory).toBeGreaterThan(0);
    expect(lines.slice(firstStory).every((line) => 'story' in line)).toBe(true);
    const docs = lines.slice(0, firstStory).map((line) => AnalysedDocument.parse(line));
    const stories = lines.slice(firstStory).map((line) => Story.parse(line));
    // The Meridian wire copy and its republication by The Coastline Daily are one story.
    const lisbon = docs.filter((d) => /lisbon/i.test(d.title ?? '') && d.dateline?.agency === 'Meridian News').map((d) => d.id);
    expect(lisbon).toHaveLength(2);
    expect(stories.some((s) => lisbon.every((id) => s.documents.includes(id)))).toBe(true);
    // Unrelated reports are not swept into it.
    for (const story of stories) expect(story.documents.length).toBeLessThan(docs.length / 2);
  });

  it('exports coded events in the GDELT 2.0 Events layout, and names lines that are not analysed documents', () => {
    const analysed = runCli(['analyze', 'samples', '--no-progress']).stdout;
    const result = runCli(['export', '--format', 'gdelt', '--header', '-'], analysed + '{"not": "a document"}\n');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/-: line \d+: not an analysed document/);
    const rows = result.stdout.trimEnd().split('\n').map((line) => line.split('\t'));
    expect(rows[0][0]).toBe('GLOBALEVENTID');
    expect(rows.length).toBeGreaterThan(2);
    for (const row of rows.slice(1)) {
      expect(row).toHaveLength(61);
      expect(row[26]).toMatch(/^\d{3,4}$/); // EventCode
      expect(Number(row[30])).toBeGreaterThanOrEqual(-10); // GoldsteinScale
    }
  });
});
