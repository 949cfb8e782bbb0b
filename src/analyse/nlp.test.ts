import { describe, expect, it } from 'vitest';
import { readText, setReaderBudget } from './nlp.js';

describe('readText', () => {
  const text =
    'PORT ALDWIN (Coastal Wire) - Union leader Hannah Orme said U.S. shipping lines lost about $2.5 million. ' +
    '"Our members have shown what the port is worth," she said on Friday.\n\nMr. Delacroix left at 3 p.m. and did not comment.';
  const read = readText(text);

  it('splits sentences without breaking on abbreviations', () => {
    expect(read.sentences.map((s) => s.text)).toEqual([
      'PORT ALDWIN (Coastal Wire) - Union leader Hannah Orme said U.S. shipping lines lost about $2.5 million.',
      '"Our members have shown what the port is worth," she said on Friday.',
      'Mr. Delacroix left at 3 p.m. and did not comment.',
    ]);
  });

  it('gives every token and sentence offsets into the text', () => {
    for (const token of read.tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
    for (const sentence of read.sentences) {
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
      expect(read.tokens[sentence.firstToken].start).toBe(sentence.start);
      expect(read.tokens[sentence.endToken - 1].end).toBe(sentence.end);
    }
    expect(read.tokens.map((t) => t.text)).toContain('U.S.');
  });

  it('copes with empty text and text with no sentence end', () => {
    expect(readText('').sentences).toEqual([]);
    expect(readText('Breaking news from Vellmar').sentences).toHaveLength(1);
  });

  it("reads a possessive the same way whatever the thread read before", () => {
    const later = "The council backed Orsolya Tandt's plan for the pier.";
    const words = (t: string) => readText(t).tokens.map((token) => token.text);
    const first = words(later);
    // A possessive before a comma once made wink-nlp keep the form whole from then on.
    words("The plan was Orsolya Tandt's, the mayor said, and Tandt's aides agreed.");
    expect(words(later)).toEqual(first);
    expect(first).toContain('Tandt');
    expect(first).toContain("'s");
  });

  it('reads the same after its reader is rebuilt to shed the words it learned, however often', () => {
    const text = 'Harbour master Ilse Varga counted 4,512 crates at Pier 9 on Monday. She said none were lost.';
    const before = readText(text);
    setReaderBudget(text.length * 2);
    try {
      // A rebuild every other text: 25 rebuilds (the model's own loader once failed after about 20).
      for (let i = 0; i < 50; i++) {
        const read = readText(text.replace('4,512', String(1000 + i)).replace('Varga', `Varga${i}`));
        expect(read.sentences).toHaveLength(2);
      }
      expect(readText(text)).toEqual(before);
    } finally {
      setReaderBudget(5_000_000);
    }
  });
});

