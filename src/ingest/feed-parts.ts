/**
 * A large RSS, RDF or Atom feed cut into parts of a bounded number of items, each part a
 * well-formed feed of its own (the text before the first item, that part's items, the
 * text after the last item), so that feedsmith parses one part at a time and the memory
 * a parse takes (10 to 20 times the text, measured on short items) is bounded by the part, not by the feed.
 *
 * The items are found by an XML tokenizer (htmlparser2 in XML mode), so CDATA sections,
 * comments and escaped text that mention `<item>` or `</item>` are not taken for items;
 * only the item elements at the feed's own depth count: `rss > channel > item`,
 * `rdf:RDF > item`, `feed > entry` (compared by local name, in any case, as feedsmith does).
 * The text must already be well-formed XML (feedItems validates it first).
 */
import { Parser } from 'htmlparser2';

/** Feeds up to this many characters are parsed whole: a whole parse of 2 MB of short items peaks at about 40 MB of heap. */
export const FEED_PART_THRESHOLD_CHARS = 2 * 1024 * 1024;
/** A part holds at most this many items ... */
export const FEED_PART_ITEMS = 500;
/** ... and stops taking items once it holds this many characters of them (long items make fewer per part; a part has at least one). */
export const FEED_PART_CHARS = 1024 * 1024;

/** The sizes above; tests set them low to cut small feeds. */
export interface FeedPartLimits {
  thresholdChars?: number;
  items?: number;
  chars?: number;
}

export interface FeedParts {
  /** How many item elements the feed holds. */
  items: number;
  /** The parts in feed order, each made when asked for, with the offset of its first item in the whole text. */
  parts(): Generator<{ xml: string; start: number }>;
}

/** Where the item elements are, by the root element's local name. */
const LAYOUTS: Readonly<Record<string, { item: string; parent: string | null }>> = {
  rss: { item: 'item', parent: 'channel' },
  rdf: { item: 'item', parent: null },
  feed: { item: 'entry', parent: null },
};

const localName = (name: string) => name.slice(name.indexOf(':') + 1).toLowerCase();

/**
 * The parts of `text`, or null when it should be parsed whole: a small feed, one with a
 * single part's worth of items, or one whose layout the cut does not handle (items under
 * more than one parent, or a header and footer too large to repeat in every part).
 */
export function feedParts(text: string, limits: FeedPartLimits = {}): FeedParts | null {
  if (text.length <= (limits.thresholdChars ?? FEED_PART_THRESHOLD_CHARS)) return null;
  const maxItems = limits.items ?? FEED_PART_ITEMS;
  const maxChars = limits.chars ?? FEED_PART_CHARS;
  const layout = scanLayout(text);
  if (!layout || layout.starts.length <= 1) return null;

  // Part k runs from the start of its first item to the start of part k+1's first item, so
  // whatever lies between items (whitespace, comments, other elements) goes to exactly one part.
  const cuts: number[] = [0];
  for (let i = 1, inPart = 1; i < layout.starts.length; i++) {
    if (inPart >= maxItems || layout.starts[i] - layout.starts[cuts[cuts.length - 1]] >= maxChars) {
      cuts.push(i);
      inPart = 0;
    }
    inPart++;
  }
  if (cuts.length === 1) return null;

  const { starts, lastEnd, skip } = layout;
  const header = without(text, 0, starts[0], skip);
  const footer = without(text, lastEnd, text.length, skip);
  // Repeated in every part: were they larger than a part's items, every parse would be mostly
  // header, so such a feed is read whole.
  if (header.length + footer.length > maxChars) return null;

  return {
    items: starts.length,
    *parts() {
      for (let k = 0; k < cuts.length; k++) {
        const from = starts[cuts[k]];
        const to = k + 1 < cuts.length ? starts[cuts[k + 1]] : lastEnd;
        yield { xml: header + without(text, from, to, skip) + footer, start: from };
      }
    },
  };
}

interface Layout {
  /** Offset of each item element's `<`, in feed order. */
  starts: number[];
  /** Offset just past the last item element. */
  lastEnd: number;
  /** Spans outside the items left out of every part: an RDF channel's table of contents. */
  skip: Array<[number, number]>;
}

/** One pass of the tokenizer over the text, recording where the feed's item elements start and end. */
function scanLayout(text: string): Layout | null {
  const starts: number[] = [];
  const skip: Array<[number, number]> = [];
  /** Local names of the open elements, root first. */
  const open: string[] = [];
  let layout: (typeof LAYOUTS)[string] | undefined;
  let itemDepth = -1;
  /** Offset of the element the items are in (RSS: the channel), and of the one open now. */
  let itemsParent = -1;
  let parentNow = -1;
  let tocStart = -1;
  let lastEnd = -1;
  let unsupported = false;

  const parser = new Parser(
    {
      onopentag(name) {
        const local = localName(name);
        const depth = open.length;
        open.push(local);
        const start = parser.startIndex;
        if (depth === 0) {
          layout = LAYOUTS[local];
          itemDepth = layout?.parent ? 2 : 1;
          if (!layout) unsupported = true;
          return;
        }
        if (!layout) return;
        if (depth === 1 && itemDepth === 2) parentNow = start;
        if (depth === itemDepth && local === layout.item && (!layout.parent || open[1] === layout.parent)) {
          // RSS with two channels: parts would mix them up, so such a feed is read whole.
          if (itemsParent === -1) itemsParent = parentNow;
          else if (itemsParent !== parentNow) unsupported = true;
          if (text.charCodeAt(start) !== 0x3c /* < */) unsupported = true;
          starts.push(start);
        }
        // An RDF channel lists every item's URI in <items><rdf:Seq>: as long as the items, so
        // left out (feedsmith then reads the items in document order, not in the list's order).
        if (open[0] === 'rdf' && depth === 2 && local === 'items' && open[1] === 'channel') tocStart = start;
      },
      onclosetag() {
        const local = open.pop();
        const depth = open.length;
        if (!layout) return;
        const itemEnds = depth === itemDepth && local === layout.item && (!layout.parent || open[1] === layout.parent);
        const tocEnds = tocStart >= 0 && depth === 2 && local === 'items';
        if (!itemEnds && !tocEnds) return;
        // endIndex is the '>' of `</item>` or `<item/>`, or the end of the name in `</item >`.
        const end = text.indexOf('>', parser.endIndex) + 1;
        if (end === 0) unsupported = true;
        if (itemEnds) lastEnd = end;
        else {
          skip.push([tocStart, end]);
          tocStart = -1;
        }
      },
    },
    { xmlMode: true, decodeEntities: false },
  );
  parser.end(text);
  if (unsupported || starts.length === 0 || lastEnd < starts[starts.length - 1]) return null;
  return { starts, lastEnd, skip };
}

/** text[from, to) without the skipped spans that lie inside it. */
function without(text: string, from: number, to: number, skip: ReadonlyArray<[number, number]>): string {
  let out = '';
  let at = from;
  for (const [start, end] of skip) {
    if (start < from || end > to) continue;
    out += text.slice(at, start);
    at = end;
  }
  return out + text.slice(at, to);
}

/** The 1-based line of `offset` in `text`, for messages. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) line++;
  return line;
}
