import { describe, expect, it } from 'vitest';
import type { ExtractedArticle } from '../model/index.js';
import { MAX_ANALYSED_CHARS, readingWarnings, withinLimit } from './limits.js';
import { readText } from './nlp.js';

const article = (text: string): ExtractedArticle => ({ text, title: null, published: '2024-11-08', dateline: null, outlet: null, language: 'en' });
const SENTENCE = 'The council of Valdor voted on Tuesday to rebuild the footbridge, the mayor said. ';

describe('withinLimit', () => {
  it('leaves an article of ordinary length alone', () => {
    const warnings: string[] = [];
    const short = article(SENTENCE.repeat(100));
    expect(withinLimit(short, warnings)).toBe(short);
    expect(warnings).toEqual([]);
  });

  it('cuts a longer text at a word break before the limit and says where', () => {
    const warnings: string[] = [];
    const long = article(SENTENCE.repeat(5000));
    const cut = withinLimit(long, warnings);
    expect(cut.text.length).toBeLessThanOrEqual(MAX_ANALYSED_CHARS);
    expect(long.text.startsWith(cut.text)).toBe(true);
    expect(long.text[cut.text.length]).toBe(' ');
    expect(warnings).toEqual([
      `text is ${long.text.length.toLocaleString('en')} characters; analysed the first ${cut.text.length.toLocaleString('en')} (entities, times, quotes, claims and events after character ${cut.text.length} are not reported)`,
    ]);
  });
});

describe('readingWarnings', () => {
  it.each([
    ['ordinary sentences', SENTENCE.repeat(20)],
    ['a closed quotation', '“We will rebuild it,” the mayor said.'],
    ['a quotation running over paragraphs and closed in the last', 'The mayor said:\n\n“We will rebuild it.\n\n“It will open in May.”\n\nThen she left.'],
    ['German marks', '„Wir bauen sie neu“, sagte die Bürgermeisterin.'],
  ])('says nothing about %s', (_name, text) => {
    expect(readingWarnings(readText(text))).toEqual([]);
  });

  it('names a quotation that never closes, once, with the count of others', () => {
    const text = '“The bridge will be rebuilt by May, the mayor promised.\n\nCouncillors voted 7 to 2.\n\n“Another one opens here and never ends.';
    expect(readingWarnings(readText(text))).toEqual([
      'quotation mark opened at character 0 is never closed; read as a quotation to the end of its paragraph (and 1 more such quotation)',
    ]);
  });

  it('names a run of quoted paragraphs by its first opening mark', () => {
    const text = 'The mayor said:\n\n“We will rebuild it.\n\n“It will open in May.\n\nThen she left.';
    expect(readingWarnings(readText(text))).toEqual(['quotation mark opened at character 17 is never closed; read as a quotation to the end of its paragraph']);
  });

  it('names a stretch without a sentence break', () => {
    const names = Array.from({ length: 600 }, (_, i) => `Anna Berg${i}`).join(', ');
    const [warning] = readingWarnings(readText(`${names} and the mayor met in Valdor.`));
    expect(warning).toMatch(/^sentence of [\d,]+ tokens at character 0 \(no sentence break found\); read as one sentence$/);
  });
});
