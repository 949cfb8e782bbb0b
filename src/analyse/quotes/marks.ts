/**
 * Spans between double quotation marks, straight or curly, read paragraph by paragraph.
 * A paragraph that opens a quote and does not close it continues into the next
 * paragraph when that one opens with a quote mark (the newspaper convention); each
 * paragraph's part is its own span so a reader can cite it.
 */

export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** First character inside the marks. */
  start: number;
  /** One past the last character inside the marks. */
  end: number;
  /** Offset of the closing mark; null when the paragraph ended first. */
  close: number | null;
  /** One past the closing mark (or `end` when unclosed). */
  after: number;
  /** True for the second and later paragraphs of a quote running over several. */
  continued: boolean;
}

const OPENING = new Set(['“', '„', '«']);
const CLOSING = new Set(['”', '»']);
const STRAIGHT = '"';
/** „like this“: the low opening mark and the high mark that closes it. */
const LOW_OPENING = '„';
const LOW_CLOSER = '“';
/** Two apostrophes stand for a straight double mark in some archives (''like this''). */
const DOUBLED = "''";
/** Every character the scan acts on (the apostrophe only when doubled): the rest of a paragraph is skipped. */
const MARKS = /["“”„«»']/g;
/** What may stand before a straight mark that opens a quote. */
const BEFORE_OPENING = /[\s([{\u2014\u2013\-/:,]/;

interface Open {
  at: number;
  /** Length of the opening mark: 2 for ''. */
  width: number;
  straight: boolean;
  /** The opening mark itself: „ is closed by “ in German and other central European usage. */
  mark: string;
}

export interface Paragraph {
  start: number;
  end: number;
}

export function paragraphsOf(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].trim()) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

function looksOpening(text: string, at: number, width: number, paragraph: Paragraph): boolean {
  const before = at === paragraph.start ? ' ' : text[at - 1];
  const after = text[at + width] ?? ' ';
  return BEFORE_OPENING.test(before) && !/\s/.test(after);
}

/** The outermost quotation spans of one paragraph; an unclosed one runs to the paragraph's end. */
function spansOfParagraph(text: string, paragraph: Paragraph): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const stack: Open[] = [];
  const closeAt = (open: Open, close: number, width: number): void => {
    if (stack.length === 0) spans.push({ open: open.at, start: open.at + open.width, end: close, close, after: close + width, continued: false });
  };
  const marks = MARKS;
  marks.lastIndex = paragraph.start;
  for (let found = marks.exec(text); found && found.index < paragraph.end; found = marks.exec(text)) {
    let i = found.index;
    const c = found[0];
    if (c === LOW_CLOSER && stack[stack.length - 1]?.mark === LOW_OPENING) {
      const open = stack.pop();
      if (open) closeAt(open, i, 1);
    } else if (OPENING.has(c)) {
      stack.push({ at: i, width: 1, straight: false, mark: c });
    } else if (CLOSING.has(c)) {
      const open = stack.pop();
      if (open) closeAt(open, i, 1);
      // ”Like this”: a closing mark typed where an opening one belongs, at the start of a quotation.
      else if (looksOpening(text, i, 1, paragraph)) stack.push({ at: i, width: 1, straight: false, mark: c });
    } else if (c === STRAIGHT || text.startsWith(DOUBLED, i)) {
      const width = c === STRAIGHT ? 1 : 2;
      const top = stack[stack.length - 1];
      if (top?.straight) {
        stack.pop();
        closeAt(top, i, width);
      } else if (looksOpening(text, i, width, paragraph)) {
        stack.push({ at: i, width, straight: true, mark: c });
      } else if (top && width === 1) {
        // A straight mark closing a curly opening: typed by hand, still a close.
        stack.pop();
        closeAt(top, i, width);
      }
      i += width - 1;
    }
    marks.lastIndex = i + 1;
  }
  if (stack.length) {
    const open = stack[0];
    spans.push({ open: open.at, start: open.at + open.width, end: paragraph.end, close: null, after: paragraph.end, continued: false });
  }
  return spans;
}

const opensWithMark = (text: string, p: Paragraph): boolean =>
  OPENING.has(text[p.start]) || text[p.start] === STRAIGHT || text.startsWith(DOUBLED, p.start);

/**
 * Every quotation span in `text`, in order. An unclosed span is kept only when it opens
 * its paragraph (a quote running on) or the next paragraph carries it on; a stray mark
 * mid-sentence is not a quote.
 */
export function findQuoteSpans(text: string, paragraphs: Paragraph[] = paragraphsOf(text)): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let carrying = false;
  paragraphs.forEach((paragraph, index) => {
    const spans = spansOfParagraph(text, paragraph);
    const next = paragraphs[index + 1];
    for (const span of spans) {
      if (span.close === null) {
        const runsOn = next !== undefined && opensWithMark(text, next);
        const opensParagraph = span.open === paragraph.start;
        if (!runsOn && !opensParagraph) continue;
      }
      out.push({ ...span, continued: carrying && span.open === paragraph.start });
    }
    const last = spans[spans.length - 1];
    carrying = !!last && last.close === null && next !== undefined && opensWithMark(text, next);
  });
  return out;
}
