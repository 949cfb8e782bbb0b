/**
 * Pages nested tens of thousands of elements deep. htmlparser2 keeps its open elements in
 * an array it shifts and unshifts, so parsing costs the square of the depth (100,000
 * levels: seconds, and Readability's DOM parses the page again). Such a page is made
 * shallow before any parser sees it: tags past MAX_DEPTH are dropped, their text kept.
 */
import { MAX_DEPTH, VOID } from './tree.js';

/** A page shorter than this cannot nest deep enough to be slow (5 bytes a level at least); it is not scanned. */
const SCAN_FROM_CHARS = 100_000;
/** Elements whose end tag is often left out: they would make an honest page look deep. */
const IMPLIED_END: ReadonlySet<string> = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'thead', 'tbody', 'tfoot', 'colgroup', 'rb', 'rt', 'rp', 'optgroup', 'html', 'head', 'body']);
const TAG = /<(\/?)([a-zA-Z][^\s/>]*)[^>]*>/g;

/** The page with its tags past MAX_DEPTH dropped, and whether any were. */
export function shallowHtml(html: string): { html: string; flattened: boolean } {
  if (html.length < SCAN_FROM_CHARS) return { html, flattened: false };
  let depth = 0;
  // Open tags dropped and not yet closed: their end tags go too.
  let excess = 0;
  let flattened = false;
  const out = html.replace(TAG, (tag: string, close: string, name: string) => {
    const lower = name.toLowerCase();
    if (VOID.has(lower) || IMPLIED_END.has(lower)) return tag;
    if (!close) {
      if (depth < MAX_DEPTH) {
        depth++;
        return tag;
      }
      excess++;
      flattened = true;
      return '';
    }
    if (excess > 0) {
      excess--;
      return '';
    }
    if (depth > 0) depth--;
    return tag;
  });
  return flattened ? { html: out, flattened } : { html, flattened: false };
}
