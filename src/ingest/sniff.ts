/**
 * What kind of input a file is, told from its first bytes; the file name only breaks
 * ties (a page with few tags named .html is HTML, the same bytes named .txt are text).
 */

export type Format = 'html' | 'text' | 'feed' | 'jsonl' | 'warc';

export type Sniffed =
  | { format: Format }
  | { format: 'empty' }
  | { format: 'binary'; what: string }
  | { format: 'xml'; root: string }
  /** A JSON document spread over lines (or an array): not JSON Lines. */
  | { format: 'json' }
  /** Only whitespace so far and the stream goes on: look further. */
  | { format: 'undecided' };

/** Known binary signatures: the name goes into the failure message. */
const MAGIC: ReadonlyArray<{ what: string; bytes: readonly number[]; at?: number }> = [
  { what: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { what: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { what: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { what: 'WebP image', bytes: [0x57, 0x45, 0x42, 0x50], at: 8 },
  { what: 'TIFF image', bytes: [0x49, 0x49, 0x2a, 0x00] },
  { what: 'TIFF image', bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { what: 'PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { what: 'ZIP archive (or Office/EPUB document)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { what: 'ZIP archive', bytes: [0x50, 0x4b, 0x05, 0x06] },
  { what: '7-Zip archive', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { what: 'RAR archive', bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07] },
  { what: 'tar archive', bytes: [0x75, 0x73, 0x74, 0x61, 0x72], at: 257 },
  { what: 'bzip2-compressed data', bytes: [0x42, 0x5a, 0x68] },
  { what: 'xz-compressed data', bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { what: 'zstd-compressed data', bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { what: 'ELF executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { what: 'Mach-O executable', bytes: [0xcf, 0xfa, 0xed, 0xfe] },
  { what: 'Mach-O executable', bytes: [0xce, 0xfa, 0xed, 0xfe] },
  { what: 'Java class or Mach-O universal binary', bytes: [0xca, 0xfe, 0xba, 0xbe] },
  { what: 'WebAssembly module', bytes: [0x00, 0x61, 0x73, 0x6d] },
  { what: 'SQLite database', bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66] },
  { what: 'old Microsoft Office document', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { what: 'MP3 audio', bytes: [0x49, 0x44, 0x33] },
  { what: 'Ogg media', bytes: [0x4f, 0x67, 0x67, 0x53] },
  { what: 'MP4/QuickTime video', bytes: [0x66, 0x74, 0x79, 0x70], at: 4 },
  { what: 'WOFF font', bytes: [0x77, 0x4f, 0x46, 0x46] },
  { what: 'WOFF2 font', bytes: [0x77, 0x4f, 0x46, 0x32] },
];

/** Share of control bytes (other than tab, newlines, form feed, escape) above which a file is not text. */
const CONTROL_SHARE_LIMIT = 0.1;
/** How much of the start is weighed for binary content and HTML tag density. */
const SNIFF_WINDOW = 8192;
const TAG_WINDOW_CHARS = 4096;
/** This many common HTML tags near the start make a page HTML whatever its name. */
const TAGS_FOR_HTML = 4;

/** First element names that only an HTML document starts with. */
const HTML_FIRST_ELEMENTS: ReadonlySet<string> = new Set([
  'html', 'head', 'meta', 'body', 'title', 'link', 'script', 'style', 'base', 'noscript',
  'div', 'p', 'article', 'section', 'main', 'header', 'nav', 'span', 'table', 'h1', 'h2', 'h3',
  'ul', 'ol', 'form', 'iframe', 'center', 'font', 'br', 'img', 'a', 'frameset', 'template',
]);

const FEED_ROOTS: ReadonlySet<string> = new Set(['rss', 'feed', 'rdf:rdf', 'rdf']);

const HTML_EXTENSIONS: ReadonlySet<string> = new Set(['html', 'htm', 'xhtml', 'shtml', 'php', 'asp', 'aspx']);

const PATTERNS = {
  warc: /^WARC\/\d+\.\d+\r?\n/,
  jsonFeed: /"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//,
  jsonArray: /^\[\s*\{\s*"/,
  xmlDeclaration: /^<\?xml[\s\S]*?\?>/i,
  processingInstruction: /^<\?[\s\S]*?\?>/,
  comment: /^<!--[\s\S]*?-->/,
  doctype: /^<!doctype\s+([^\s>[]+)[^>[]*(?:\[[\s\S]*?\])?\s*>/i,
  element: /^<([a-zA-Z][\w.:-]*)/,
  commonTag: /<\/?(?:p|div|span|a|br|hr|h[1-6]|ul|ol|li|table|tr|td|img|script|style|article|section|header|footer|nav|main|aside|title|meta|link|strong|em|b|i|figure|blockquote|time|body|head|html)\b[^<>]*>/gi,
} as const;

export interface SniffInput {
  /** The first bytes of the (decompressed) stream. */
  head: Uint8Array;
  /** True when `head` is the whole stream. */
  complete: boolean;
  /** File name (for the extension tie-break); `-` for standard input. */
  name: string;
}

export function sniffFormat({ head, complete, name }: SniffInput): Sniffed {
  // A WARC carries images and PDFs inside its records: its signature wins over the binary check.
  if (PATTERNS.warc.test(String.fromCharCode(...head.subarray(0, 16)))) return { format: 'warc' };
  const binary = binaryKind(head);
  if (binary) return { format: 'binary', what: binary };

  const text = headText(head).replace(/^[\s\u00a0]+/, '');
  if (!text) return complete ? { format: 'empty' } : { format: 'undecided' };

  if (PATTERNS.warc.test(text)) return { format: 'warc' };
  if (text.startsWith('{')) {
    if (PATTERNS.jsonFeed.test(text)) return { format: 'feed' };
    return isPrettyJson(text) ? { format: 'json' } : { format: 'jsonl' };
  }
  if (PATTERNS.jsonArray.test(text)) return { format: 'json' };
  if (text.startsWith('<')) {
    const markup = sniffMarkup(text);
    if (markup) return markup;
  }
  const tags = countCommonTags(text);
  if (tags >= TAGS_FOR_HTML) return { format: 'html' };
  if (HTML_EXTENSIONS.has(extensionOf(name))) return { format: 'html' };
  return { format: 'text' };
}

/** Whether a payload of unknown type (e.g. a WARC record without Content-Type) is HTML. */
export function looksLikeHtml(head: Uint8Array): boolean {
  return sniffFormat({ head, complete: true, name: '' }).format === 'html';
}

/** Why the bytes are not text ("looks like PNG image", "contains NUL bytes"), or null for text. */
export function binaryKind(head: Uint8Array): string | null {
  for (const magic of MAGIC) {
    const at = magic.at ?? 0;
    if (head.length >= at + magic.bytes.length && magic.bytes.every((b, i) => head[at + i] === b)) return `looks like ${magic.what}`;
  }
  if (isUtf16Bom(head)) return null;
  const window = head.subarray(0, SNIFF_WINDOW);
  if (window[0] === 0x4d && window[1] === 0x5a && window.subarray(0, 64).includes(0)) return 'looks like Windows executable';
  if (window.includes(0)) return 'contains NUL bytes';
  let control = 0;
  for (const b of window) {
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) control++;
  }
  if (window.length && control / window.length > CONTROL_SHARE_LIMIT) {
    return `${Math.round((100 * control) / window.length)}% control characters`;
  }
  return null;
}

/** File extension without `.gz`, lower case: `a/b.HTML.gz` -> `html`. */
export function extensionOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const parts = base.toLowerCase().split('.');
  if (parts.length > 1 && parts[parts.length - 1] === 'gz') parts.pop();
  return parts.length > 1 ? (parts.pop() ?? '') : '';
}

/** Enough of the start as a string to look at its markup: ASCII-compatible bytes read as Latin-1. */
function headText(head: Uint8Array): string {
  const window = head.subarray(0, SNIFF_WINDOW);
  if (isUtf16Bom(window)) return new TextDecoder(window[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(window);
  const start = window[0] === 0xef && window[1] === 0xbb && window[2] === 0xbf ? 3 : 0;
  return Buffer.from(window.buffer, window.byteOffset + start, window.length - start).toString('latin1');
}

function isUtf16Bom(head: Uint8Array): boolean {
  return (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
}

/** Reads past the XML prolog, comments and doctype to the first element. */
function sniffMarkup(text: string): Sniffed | null {
  let rest = text;
  let sawXmlDeclaration = false;
  for (;;) {
    rest = rest.replace(/^\s+/, '');
    const declaration = PATTERNS.xmlDeclaration.exec(rest);
    if (declaration) {
      sawXmlDeclaration = true;
      rest = rest.slice(declaration[0].length);
      continue;
    }
    const skipped = PATTERNS.processingInstruction.exec(rest) ?? PATTERNS.comment.exec(rest);
    if (skipped) {
      rest = rest.slice(skipped[0].length);
      continue;
    }
    const doctype = PATTERNS.doctype.exec(rest);
    if (doctype) {
      const name = doctype[1].toLowerCase();
      if (name === 'html') return { format: 'html' };
      if (FEED_ROOTS.has(name)) return { format: 'feed' };
      rest = rest.slice(doctype[0].length);
      continue;
    }
    break;
  }
  const element = PATTERNS.element.exec(rest);
  if (!element) return null;
  const root = element[1].toLowerCase();
  if (FEED_ROOTS.has(root) || root.endsWith(':rdf')) return { format: 'feed' };
  if (HTML_FIRST_ELEMENTS.has(root)) return { format: 'html' };
  if (sawXmlDeclaration) return { format: 'xml', root: element[1] };
  return null;
}

/**
 * Every JSON Lines line is a whole object, so it ends with `}`. A first line that is
 * complete and does not (`{` alone, `{"a": 1,`) belongs to pretty-printed JSON.
 */
function isPrettyJson(text: string): boolean {
  const newline = text.indexOf('\n');
  return newline >= 0 && !text.slice(0, newline).trim().endsWith('}');
}

function countCommonTags(text: string): number {
  return text.slice(0, TAG_WINDOW_CHARS).match(PATTERNS.commonTag)?.length ?? 0;
}
