/**
 * Sentences and tokens of a clean text, with UTF-16 offsets into it: read once per
 * document and shared by every analyser (entities, quotes, claims, events).
 * wink-nlp does the splitting; this module only maps its tokens back onto the text.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export interface Token {
  text: string;
  start: number;
  end: number;
}

export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** Index of the sentence's first token in `ReadText.tokens`. */
  firstToken: number;
  /** One past the index of its last token. */
  endToken: number;
}

export interface ReadText {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

/**
 * wink-nlp adds every token it has not met to its lexicon (about 160 bytes each), so a
 * thread's reader would grow with every new name and number of a long run (32 MB after
 * 200,000 new tokens); it is built again after this many characters read. A build takes
 * about 120 ms, once per few thousand articles.
 */
let charactersPerReader = 5_000_000;

/** How many characters a reader reads before it is built again (tests lower it to see rebuilds). */
export function setReaderBudget(characters: number): void {
  charactersPerReader = characters;
}

let nlp: ReturnType<typeof winkNLP> | null = null;
let charactersRead = 0;

/**
 * The model as wink-nlp is given it. Its custom-entity loader serialises its own module
 * state again on every call (a model loaded twenty times no longer fits in a string), and
 * custom entities are never used: that loader runs once.
 */
let reloadable: typeof model | null = null;
function modelToLoad(): typeof model {
  if (!reloadable) {
    const loadCer = model.metaCER as () => unknown;
    let cer: unknown;
    reloadable = { ...model, metaCER: () => (cer ??= loadCer()) };
  }
  return reloadable;
}

/**
 * Loaded on first use: a process that never analyses text never pays for the model.
 * Only sentence splitting runs: tokens and sentences are all we read, and wink-nlp's default
 * pipe (negation, sentiment, part of speech, entities) took 40% more of its time for nothing.
 */
function reader(text: string): ReturnType<typeof winkNLP> {
  if (nlp === null || charactersRead > charactersPerReader) {
    // Let go of the old reader first, so that the collector may take it while the new one is built.
    nlp = null;
    nlp = winkNLP(modelToLoad(), ['sbd']);
    charactersRead = 0;
  }
  charactersRead += text.length;
  return nlp;
}

/**
 * A word with its possessive ending as one token ("Trump's"). wink-nlp splits the ending off
 * unless the whole form is already in its lexicon, and it adds forms it has read to the
 * lexicon ("Trump's," before a comma is kept whole and remembered): left alone, a document's
 * tokens, and so its entities, would depend on the documents read before it on the thread.
 */
const POSSESSIVE = /^(.*\p{L})(['’][sS])$/u;

export function readText(text: string): ReadText {
  const engine = reader(text);
  const its = engine.its;
  const doc = engine.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const tokens: Token[] = [];
  // wink-nlp index -> index of the first of our tokens at or after it (line breaks are tokens there, not here).
  const ours: number[] = [];
  let cursor = 0;
  for (const value of values) {
    ours.push(tokens.length);
    if (!value.trim()) continue;
    // wink-nlp keeps each token's characters; find them from where the last one ended.
    const at = text.indexOf(value, cursor);
    if (at < 0) continue;
    const possessive = POSSESSIVE.exec(value);
    if (possessive) {
      const base = possessive[1].length;
      tokens.push({ text: value.slice(0, base), start: at, end: at + base }, { text: value.slice(base), start: at + base, end: at + value.length });
    } else {
      tokens.push({ text: value, start: at, end: at + value.length });
    }
    cursor = at + value.length;
  }
  ours.push(tokens.length);
  const sentences: Sentence[] = [];
  doc.sentences().each((sentence: { out(what: unknown): unknown }) => {
    const [first, last] = sentence.out(its.span) as [number, number];
    const firstToken = ours[first];
    const endToken = ours[last + 1];
    if (endToken <= firstToken) return;
    const start = tokens[firstToken].start;
    const end = tokens[endToken - 1].end;
    sentences.push({ text: text.slice(start, end), start, end, firstToken, endToken });
  });
  return { text, tokens, sentences };
}
