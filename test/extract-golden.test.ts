/**
 * Golden pages: whole HTML pages we wrote, with the clean text and metadata a user
 * expects (test/fixtures/extract/<slug>/{source.html, expected.txt, expected.json}).
 * The floors only go up.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.js';
import { ingestBytes } from '../src/ingest/index.js';
import type { RawDocument } from '../src/model/index.js';
import { shingleF1 } from './helpers/shingles.js';

const ROOT = new URL('./fixtures/extract/', import.meta.url).pathname;
const BODY_F1_FLOOR = 0.95;

async function rawDocument(path: string): Promise<RawDocument> {
  for await (const item of ingestBytes(path, readFileSync(path))) {
    if (item.ok) return item.doc;
    throw new Error(item.failure.message);
  }
  throw new Error(`${path}: no document`);
}

describe.each(readdirSync(ROOT).sort())('golden page %s', (slug) => {
  const dir = join(ROOT, slug);
  const expectedText = readFileSync(join(dir, 'expected.txt'), 'utf8');
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<string, unknown>;

  it('extracts the article body and nothing else', async () => {
    const article = extract(await rawDocument(join(dir, 'source.html')));
    const score = shingleF1(article.text, expectedText);
    expect(score.f1, `P=${score.precision.toFixed(3)} R=${score.recall.toFixed(3)}`).toBeGreaterThanOrEqual(BODY_F1_FLOOR);
  });

  it('reads title, date, outlet, language and dateline', async () => {
    const article = extract(await rawDocument(join(dir, 'source.html')));
    expect({
      title: article.title,
      published: article.published,
      outlet: article.outlet,
      language: article.language,
      dateline: article.dateline,
    }).toEqual(expected);
  });
});
