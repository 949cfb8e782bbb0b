/**
 * Structured fast-check generators for the fuzz properties: article-like text recombined
 * from ./words, random HTML trees with broken markup, feeds, JSON Lines with wrong types,
 * WARC records whose lengths lie, and gzip of any of them, whole or damaged. Random
 * strings alone rarely get past a parser's first check; these reach its rules.
 */
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import type { RawDocument } from '../../src/model/index.js';
import * as W from './words.js';

const enc = new TextEncoder();
const pick = <T>(items: readonly T[]) => fc.constantFrom(...items);

// ---------------------------------------------------------------------------
// Text

const name = fc.oneof(
  fc.tuple(pick(W.FIRST_NAMES), pick(W.LAST_NAMES)).map(([a, b]) => `${a} ${b}`),
  fc.tuple(pick(W.TITLES), pick(W.FIRST_NAMES), pick(W.LAST_NAMES)).map(([t, a, b]) => `${t} ${a} ${b}`),
  pick(W.LAST_NAMES),
  pick(W.ORGS),
  pick(W.PLACES),
);
const figure = fc.oneof(
  pick(W.FIGURES),
  fc.tuple(pick(W.QUALIFIERS), pick(W.FIGURES)).map(([q, f]) => `${q} ${f}`),
  fc.nat({ max: 2_000_000 }).map(String),
);
const claim = fc
  .tuple(figure, pick(W.PEOPLE_NOUNS), pick(W.CASUALTY_WORDS), pick(W.PLACES), pick(W.TIMES))
  .map(([f, who, kind, where, when]) => `${f} ${who} were ${kind} in ${where} ${when}`);
const eventClause = fc.tuple(name, pick(W.EVENT_VERBS), name, pick(W.TIMES)).map(([a, v, b, t]) => `${a} ${v} ${b} ${t}`);
const quoteMark = pick(W.QUOTE_MARKS);

/** One piece of a sentence: a word, a name, a figure, a time, a quote mark, punctuation or an odd character. */
const piece = fc.oneof(
  { weight: 6, arbitrary: pick(W.FILLER) },
  { weight: 3, arbitrary: name },
  { weight: 2, arbitrary: figure },
  { weight: 2, arbitrary: pick(W.TIMES) },
  { weight: 2, arbitrary: quoteMark },
  { weight: 2, arbitrary: pick(W.SPEECH_VERBS) },
  { weight: 2, arbitrary: pick(W.EVENT_VERBS) },
  { weight: 2, arbitrary: pick(W.PUNCTUATION) },
  { weight: 1, arbitrary: pick(W.CASUALTY_WORDS) },
  { weight: 1, arbitrary: pick(W.ODD_CHARACTERS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);

/** A sentence: either a well-formed template (quote, claim, event) or pieces thrown together. */
export const sentence = fc.oneof(
  fc.array(piece, { minLength: 1, maxLength: 25 }).map((parts) => parts.join(' ')),
  fc.tuple(quoteMark, fc.array(piece, { maxLength: 12 }), quoteMark, name, pick(W.SPEECH_VERBS)).map(
    ([open, words, close, who, verb]) => `${open}${words.join(' ')},${close} ${who} ${verb}.`,
  ),
  fc.tuple(name, pick(W.SPEECH_VERBS), quoteMark, fc.array(piece, { maxLength: 12 }), quoteMark).map(
    ([who, verb, open, words, close]) => `${who} ${verb}: ${open}${words.join(' ')}.${close}`,
  ),
  claim.map((c) => `${c}, ${'officials said'}.`),
  fc.tuple(claim, name).map(([c, who]) => `${c}, according to ${who}.`),
  eventClause.map((e) => `${e}.`),
);

const paragraph = fc.array(sentence, { minLength: 1, maxLength: 6 }).map((s) => s.join(' '));

/** An article body: paragraphs, maybe opening with a dateline, joined by blank lines, single breaks or odd whitespace. */
export const articleText = fc
  .tuple(
    fc.option(pick(W.DATELINES), { nil: undefined }),
    fc.array(paragraph, { minLength: 1, maxLength: 8 }),
    fc.constantFrom('\n\n', '\n', '\r\n\r\n', '\n \n', ' '),
  )
  .map(([dateline, paragraphs, separator]) => {
    const [first, ...rest] = paragraphs;
    return [dateline ? `${dateline} ${first}` : first, ...rest].join(separator);
  });

/** Any text: article-like most of the time, sometimes raw unicode or a full-unicode mess. */
export const anyText = fc.oneof(
  { weight: 6, arbitrary: articleText },
  { weight: 1, arbitrary: fc.string({ maxLength: 300, unit: 'grapheme' }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 300, unit: 'binary' }) },
  { weight: 1, arbitrary: fc.array(piece, { maxLength: 80 }).map((p) => p.join('')) },
);

export const publishedDate = fc.option(
  fc.oneof(
    fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    fc.constantFrom('2024-11', '2024', '2023-11-09'),
  ),
  { nil: null },
);

// ---------------------------------------------------------------------------
// HTML

const TAGS = [
  'div', 'p', 'span', 'a', 'article', 'main', 'section', 'h1', 'h2', 'h3', 'ul', 'li', 'table', 'tr', 'td', 'nav', 'footer',
  'header', 'aside', 'figure', 'figcaption', 'time', 'b', 'i', 'em', 'strong', 'blockquote', 'pre', 'code', 'form', 'noscript',
  'body', 'head', 'html', 'title', 'br', 'img', 'hr', 'textarea', 'template', 'font', 'center', 'x-widget', 'svg', 'math',
];
/** Content that must never reach the article text. */
export const HIDDEN_MARKER = 'qzxhiddenmarkerqzx';
const RAW_TAGS = ['script', 'style', 'template', 'iframe'];
/** A never-shown element whose content is the marker, exactly as the generator writes it. */
export const hiddenElement = (tag: string): string => `<${tag}>var a = "${HIDDEN_MARKER}"; if (a < b) { x = '</p>'; }</${tag}>`;
/**
 * Whether every marker of the page sits in an intact never-shown element right after a
 * tag's end: breakage next to one ("<p<template>", "<script\">") makes it text a browser shows.
 */
export const hiddenOnly = (html: string): boolean =>
  !RAW_TAGS.reduce((rest, tag) => rest.split(`>${hiddenElement(tag)}`).join('>'), html).includes(HIDDEN_MARKER);
const CLASSES = ['article-body', 'content', 'story', 'share', 'comments', 'sidebar', 'byline', 'promo', 'related', 'entry-content', 'ad', 'cookie-banner', 'post'];
const ENTITIES = ['&amp;', '&nbsp;', '&#8220;', '&#x201D;', '&bogus;', '&#99999999;', '&#0;', '&lt;', '&', '&#xD800;', '&mdash;', '&hellip;'];

const attribute = fc.oneof(
  pick(CLASSES).map((c) => `class="${c}"`),
  pick(CLASSES).map((c) => `id="${c}"`),
  fc.constantFrom('lang="en"', 'lang="de-AT"', 'lang="zz"', 'lang=""', 'hidden', 'style="display:none"', 'role="navigation"', 'aria-hidden="true"'),
  pick(W.DATE_STRINGS).map((d) => `datetime="${d}"`),
  fc.constantFrom('itemprop="articleBody"', 'itemprop="datePublished"', 'itemprop="headline"', 'rel="canonical"'),
  pick(W.HOSTS).map((h) => `href="https://${h}/2024/11/08/story"`),
  fc.string({ maxLength: 10 }).map((s) => `data-x="${s}"`),
  fc.constantFrom('class=', 'a"b=c', "onload='x'", 'class="a b  c"'),
);

const htmlText = fc.oneof(
  { weight: 4, arbitrary: sentence },
  { weight: 1, arbitrary: pick(ENTITIES) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
);

interface HtmlNode {
  tag: string | null;
  text: string;
  attrs: string[];
  children: HtmlNode[];
  closed: boolean;
}

const { node } = fc.letrec<{ node: HtmlNode; element: HtmlNode }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    htmlText.map((text): HtmlNode => ({ tag: null, text, attrs: [], children: [], closed: true })),
    tie('element'),
  ),
  element: fc.record({
    tag: pick(TAGS),
    text: fc.constant(''),
    attrs: fc.array(attribute, { maxLength: 3 }),
    children: fc.array(tie('node'), { maxLength: 5 }),
    closed: fc.oneof({ weight: 6, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
  }),
}));

function serialise(n: HtmlNode): string {
  if (n.tag === null) return n.text;
  const attrs = n.attrs.length ? ` ${n.attrs.join(' ')}` : '';
  const inner = n.children.map(serialise).join('');
  return `<${n.tag}${attrs}>${inner}${n.closed ? `</${n.tag}>` : ''}`;
}

const headPart = fc.oneof(
  fc.string({ maxLength: 40 }).map((t) => `<title>${t}</title>`),
  sentence.map((t) => `<title>${t} | Valdor Gazette</title>`),
  pick(W.DATE_STRINGS).map((d) => `<meta property="article:published_time" content="${d}">`),
  pick(W.OUTLETS).map((o) => `<meta property="og:site_name" content="${o}">`),
  pick(W.HOSTS).map((h) => `<link rel="canonical" href="https://${h}/news/2024/11/08/a">`),
  fc.oneof(
    fc.json({ maxDepth: 3 }),
    fc.tuple(sentence, pick(W.DATE_STRINGS), pick(W.OUTLETS)).map(([headline, date, outlet]) =>
      JSON.stringify({ '@type': 'NewsArticle', headline, datePublished: date, publisher: { name: outlet }, articleBody: headline }),
    ),
    fc.string({ maxLength: 30 }),
  ).map((json) => `<script type="application/ld+json">${json}</script>`),
  pick(RAW_TAGS).map(hiddenElement),
);

/** Breakage applied to the serialised page: cut it short, unclosed comments or CDATA, stray brackets. */
const breakage = fc.constantFrom('', '<!--', '<![CDATA[', '<', '</', '<!DOCTYPE html>', '</html>', '<p', '"', '&#');

/** A page: optional doctype and head, a body tree, maybe cut or broken somewhere. */
export const htmlPage = fc
  .tuple(
    fc.boolean(),
    fc.array(headPart, { maxLength: 5 }),
    fc.array(node, { minLength: 1, maxLength: 6 }),
    breakage,
    fc.option(fc.nat(), { nil: undefined }),
  )
  .map(([doctype, head, body, broken, cut]) => {
    let page = `${doctype ? '<!DOCTYPE html>' : ''}<html><head>${head.join('')}</head><body>${body.map(serialise).join('')}</body></html>`;
    if (broken) page = page.slice(0, page.length / 2) + broken + page.slice(page.length / 2);
    if (cut !== undefined && cut % 4 === 0) page = page.slice(0, cut % (page.length + 1));
    return page;
  });

export const anyHtml = fc.oneof({ weight: 5, arbitrary: htmlPage }, { weight: 1, arbitrary: fc.string({ maxLength: 200 }).map((s) => `<p>${s}`) });

// ---------------------------------------------------------------------------
// Raw documents (what extract and analyseDocument read)

export const rawDocument = fc
  .record({
    kind: fc.constantFrom<RawDocument['kind']>('html', 'text'),
    html: anyHtml,
    text: anyText,
    title: fc.option(fc.oneof(sentence, fc.constant('   ')), { nil: null }),
    published: publishedDate,
    outlet: fc.option(pick(W.OUTLETS), { nil: null }),
    url: fc.option(fc.oneof(pick(W.HOSTS).map((h) => `https://${h}/2024/11/08/story`), fc.webUrl(), fc.string({ maxLength: 20 })), { nil: null }),
  })
  .map(
    (r): RawDocument => ({
      source: { path: 'fuzz.input', url: r.url, record: 'item 1' },
      kind: r.kind,
      body: r.kind === 'html' ? r.html : r.text,
      hints: { title: r.title, published: r.published, outlet: r.outlet },
      warnings: [],
    }),
  );

// ---------------------------------------------------------------------------
// Feeds

const xmlText = fc.oneof(
  sentence.map((s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;')),
  sentence, // unescaped: broken XML when it holds < or &
  htmlPage.map((h) => `<![CDATA[${h}]]>`),
  fc.string({ maxLength: 30 }),
);

const feedItem = fc
  .record({
    title: fc.option(xmlText, { nil: undefined }),
    link: fc.option(pick(W.HOSTS).map((h) => `https://${h}/a?b=1&amp;c=2`), { nil: undefined }),
    date: fc.option(pick(W.DATE_STRINGS), { nil: undefined }),
    body: fc.option(xmlText, { nil: undefined }),
  })
  .map((i) => i);

type FeedItem = { title?: string; link?: string; date?: string; body?: string };
const tag = (name: string, value: string | undefined) => (value === undefined ? '' : `<${name}>${value}</${name}>`);

function rss(title: string, items: FeedItem[]): string {
  const body = items.map((i) => `<item>${tag('title', i.title)}${tag('link', i.link)}${tag('pubDate', i.date)}${tag('description', i.body)}</item>`);
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${title}</title>${body.join('\n')}</channel></rss>`;
}
function atom(title: string, items: FeedItem[]): string {
  const body = items.map(
    (i) => `<entry>${tag('title', i.title)}${i.link ? `<link href="${i.link}"/>` : ''}${tag('updated', i.date)}${i.body ? `<content type="html">${i.body}</content>` : ''}</entry>`,
  );
  return `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>${title}</title>${body.join('')}</feed>`;
}
function rdf(title: string, items: FeedItem[]): string {
  const body = items.map((i) => `<item rdf:about="x">${tag('title', i.title)}${tag('link', i.link)}${tag('dc:date', i.date)}${tag('description', i.body)}</item>`);
  return `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>${title}</title></channel>${body.join('')}</rdf:RDF>`;
}
function jsonFeed(title: string, items: FeedItem[]): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title,
    items: items.map((i, n) => ({ id: String(n), title: i.title, url: i.link, date_published: i.date, content_html: i.body })),
  });
}

export const feedText = fc
  .tuple(fc.constantFrom(rss, atom, rdf, jsonFeed), pick(W.OUTLETS), fc.array(feedItem, { maxLength: 6 }), fc.option(fc.nat(), { nil: undefined }), breakage)
  .map(([format, title, items, cut, broken]) => {
    let text = format(title, items);
    if (cut !== undefined && cut % 3 === 0) text = text.slice(0, cut % (text.length + 1));
    if (broken && cut !== undefined && cut % 3 === 1) text = text.slice(0, text.length / 2) + broken + text.slice(text.length / 2);
    return text;
  });

// ---------------------------------------------------------------------------
// JSON Lines

const wrongValue = fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 2 }), fc.object({ maxDepth: 1 }), fc.double());
const field = <T>(good: fc.Arbitrary<T>) => fc.option(fc.oneof({ weight: 4, arbitrary: good }, { weight: 1, arbitrary: wrongValue }), { nil: undefined });

const jsonRecord = fc
  .record({
    id: field(fc.string({ maxLength: 8 })),
    url: field(pick(W.HOSTS).map((h) => `https://${h}/story`)),
    title: field(sentence),
    published: field(pick(W.DATE_STRINGS)),
    outlet: field(pick(W.OUTLETS)),
    text: field(articleText),
    html: field(htmlPage),
  })
  .map((r) => JSON.stringify(r));

const jsonLine = fc.oneof(
  { weight: 6, arbitrary: jsonRecord },
  { weight: 1, arbitrary: fc.json({ maxDepth: 2 }) },
  { weight: 1, arbitrary: jsonRecord.map((l) => l.slice(0, Math.max(1, l.length - 3))) },
  { weight: 1, arbitrary: fc.constantFrom('', '   ', '\ufeff{"text": "x"}', '{"text": "a\\ud800b"}', '[1,2]', 'null', '{', '{"text": 5}') },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
);

/** JSON Lines bytes: lines with LF or CRLF, sometimes a stray invalid UTF-8 byte. */
export const jsonlBytes = fc
  .tuple(fc.array(jsonLine, { minLength: 1, maxLength: 6 }), fc.constantFrom('\n', '\r\n'), fc.option(fc.nat(), { nil: undefined }))
  .map(([lines, eol, bad]) => {
    const bytes = enc.encode(lines.join(eol));
    if (bad === undefined || bytes.length === 0) return bytes;
    const copy = Uint8Array.from(bytes);
    copy[bad % copy.length] = 0xff;
    return copy;
  });

// ---------------------------------------------------------------------------
// WARC

const WARC_TYPES = ['response', 'request', 'resource', 'metadata', 'warcinfo', 'revisit', 'conversion', 'bogus'];
const HTTP_CONTENT_TYPES = ['text/html; charset=utf-8', 'text/html; charset=windows-1252', 'text/html; charset=nonsense', 'application/pdf', 'image/png', '', 'application/octet-stream', 'application/xhtml+xml'];

const warcRecord = fc
  .record({
    version: fc.constantFrom('WARC/1.0', 'WARC/1.1', 'WARC/1.0', 'WARC/0.9', 'HTTP/1.1'),
    type: pick(WARC_TYPES),
    host: pick(W.HOSTS),
    status: fc.constantFrom('HTTP/1.1 200 OK', 'HTTP/1.1 301 Moved', 'HTTP/1.0 404 Not Found', 'garbage', ''),
    contentType: pick(HTTP_CONTENT_TYPES),
    encoding: fc.constantFrom(null, 'gzip', 'chunked', 'br', 'x-bogus'),
    body: fc.oneof(htmlPage, articleText, fc.string({ maxLength: 40 })),
    // How far Content-Length is from the truth: mostly right, sometimes lying either way.
    lie: fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: -200, max: 200 }) }, { weight: 1, arbitrary: fc.constantFrom(NaN, -1e9, 1e12) }),
  })
  .map((r) => {
    const body = enc.encode(r.body);
    const headers = [r.status, r.contentType ? `Content-Type: ${r.contentType}` : '', r.encoding ? `Content-Encoding: ${r.encoding}` : '']
      .filter(Boolean)
      .join('\r\n');
    const http = Buffer.concat([Buffer.from(`${headers}\r\n\r\n`), body]);
    const block = r.type === 'response' || r.type === 'request' || r.type === 'revisit' ? http : body;
    const length = Number.isNaN(r.lie) ? 'abc' : String(block.length + r.lie);
    const warcType = r.type === 'response' || r.type === 'request' ? 'application/http; msgtype=response' : r.contentType;
    const head =
      `${r.version}\r\nWARC-Type: ${r.type}\r\nWARC-Target-URI: https://${r.host}/2024/11/08/story\r\n` +
      `WARC-Date: 2024-11-08T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n` +
      `Content-Type: ${warcType}\r\nContent-Length: ${length}\r\n\r\n`;
    return Buffer.concat([Buffer.from(head), block, Buffer.from('\r\n\r\n')]);
  });

export const warcBytes = fc
  .tuple(fc.array(warcRecord, { minLength: 1, maxLength: 4 }), fc.option(fc.nat(), { nil: undefined }))
  .map(([records, cut]) => {
    const all = Buffer.concat(records);
    return new Uint8Array(cut !== undefined && cut % 3 === 0 ? all.subarray(0, cut % (all.length + 1)) : all);
  });

// ---------------------------------------------------------------------------
// Whole files as ingest sees them (any format, maybe gzipped, maybe damaged)

const charsetBytes = fc
  .tuple(anyText, fc.constantFrom('utf-8', 'windows-1252', 'iso-8859-1', 'shift_jis', 'utf-16', 'x-unknown', 'koi8-r'), fc.boolean())
  .map(([text, charset, markup]) => enc.encode(markup ? `<html><head><meta charset="${charset}"></head><body><p>${text}</p></body></html>` : text));

/** Byte strings that start like a known format, or not at all. */
export const fileBytes = fc.oneof(
  { weight: 3, arbitrary: anyHtml.map((h) => enc.encode(h)) },
  { weight: 3, arbitrary: anyText.map((t) => enc.encode(t)) },
  { weight: 3, arbitrary: feedText.map((t) => enc.encode(t)) },
  { weight: 3, arbitrary: jsonlBytes },
  { weight: 3, arbitrary: warcBytes },
  { weight: 1, arbitrary: charsetBytes },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 300 }) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.constantFrom([0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0x89, 0x50, 0x4e, 0x47], [0x25, 0x50, 0x44, 0x46]), fc.uint8Array({ maxLength: 100 })).map(
      ([head, rest]) => Uint8Array.from([...head, ...rest]),
    ),
  },
);

/** gzip of any file: whole, cut short, or with one byte damaged. */
export const gzipBytes = fc
  .tuple(fileBytes, fc.constantFrom('whole', 'cut', 'damaged', 'two-members'), fc.nat())
  .map(([bytes, how, at]) => {
    const packed = new Uint8Array(gzipSync(bytes));
    if (how === 'cut') return packed.subarray(0, 2 + (at % Math.max(1, packed.length - 2)));
    if (how === 'damaged') {
      const copy = Uint8Array.from(packed);
      const i = 10 + (at % Math.max(1, copy.length - 10));
      if (i < copy.length) copy[i] ^= 0x5a;
      return copy;
    }
    if (how === 'two-members') return Uint8Array.from([...packed, ...gzipSync(bytes)]);
    return packed;
  });

/** A file name: the extension is a tie-break in sniffing. */
export const fileName = fc.constantFrom('story.txt', 'page.html', 'feed.xml', 'articles.jsonl', 'crawl.warc', 'crawl.warc.gz', 'noext', '-');
