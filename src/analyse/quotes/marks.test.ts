import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from './marks.js';

const inner = (text: string) => findQuoteSpans(text).map((q) => text.slice(q.start, q.end));

describe('findQuoteSpans', () => {
  it.each([
    ['curly marks', 'The mayor said “we will rebuild” on Monday.', ['we will rebuild']],
    ['straight marks', 'The mayor said "we will rebuild" on Monday.', ['we will rebuild']],
    ['two quotations in one paragraph', '"First part," she said, "second part."', ['First part,', 'second part.']],
    ['doubled apostrophes as marks', "''It is a misguided approach,'' said the economist.", ['It is a misguided approach,']],
    ['guillemets', 'Il a dit «nous reviendrons» hier.', ['nous reviendrons']],
    // Found through the unclosed-quotation warning on samples/wire.jsonl: “ closing „ was read as a second opening.
    ['German low-high marks', '„Wir bauen die Brücke neu“, sagte die Bürgermeisterin am Montag.', ['Wir bauen die Brücke neu']],
    ['a nested quotation stays inside the outer one', '"He told me “never again” that day," she said.', ['He told me “never again” that day,']],
    ['an apostrophe is no mark', "The minister's office didn't comment.", []],
    ['a stray mark mid-sentence is dropped', 'The 12" pipe burst near the "station.', []],
    ['a closing mark typed as the opening one', '”The tram is late again.” ― Ines Moreau', ['The tram is late again.']],
    ['a closing mark after words still closes', 'He said “enough” and left.', ['enough']],
  ])('%s', (_name, text, expected) => {
    expect(inner(text)).toEqual(expected);
  });

  it('runs a quotation over paragraphs that open with a mark and marks the later ones continued', () => {
    const text = 'He said:\n\n"We have a plan. It is ready.\n\n"And we will carry it out."\n\nThen he left.';
    const spans = findQuoteSpans(text);
    expect(spans.map((q) => text.slice(q.start, q.end))).toEqual(['We have a plan. It is ready.', 'And we will carry it out.']);
    expect(spans.map((q) => q.continued)).toEqual([false, true]);
    expect(spans[0].close).toBeNull();
  });
});
