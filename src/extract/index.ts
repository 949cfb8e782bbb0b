/**
 * The extract stage: one ingested document -> the clean article and its metadata.
 *
 * The cascade, in order:
 *   1. body: HTML through the page extractor (./html) and the chrome-paragraph rules,
 *      plain text through the text cleaner (both in ./text-cleaning.ts)
 *   2. title:     container hint > page title / headline line of the text; a first
 *                 paragraph that only repeats it is dropped
 *   3. dateline:  split off the start of the first paragraph
 *   4. published: container hint > page date > a date line visible in the text
 *   5. outlet:    container hint > page site name > dateline agency > URL host
 *   6. language:  the page's `lang` when valid > detected from the text > "und"
 */
import { IsoDate, type Dateline, type ExtractedArticle, type RawDocument } from '../model/index.js';
import { characters, cutPoint } from './cut.js';
import { splitDateline } from './dateline.js';
import { extractHtml } from './html/index.js';
import { resolveLanguage } from './language.js';
import { chooseOutlet, outletFromUrl } from './outlet.js';
import { cleanText, dropChromeParagraphs } from './text-cleaning.js';
import { findVisibleDate, parseWrittenDate } from './visible-date.js';

/** What the body step found, whatever the kind of input. */
interface Body {
  text: string;
  title: string | null;
  published: string | null;
  siteName: string | null;
  language: string | null;
  url: string | null;
  /** Where to look for a visible date line: the text before chrome lines were dropped. */
  dateSource: string;
  warnings: string[];
}

/** The clean article and its metadata, from one ingested document. Never throws for odd input; a document with no usable text gets text '' (the pipeline reports it). Limits the input ran into are added to `warnings`. */
export function extract(raw: RawDocument, warnings: string[] = []): ExtractedArticle {
  const body = readBody(raw);
  warnings.push(...body.warnings);
  const title = firstNonEmpty(raw.hints.title, body.title);
  const { text, dateline } = takeDateline(withoutTitleLine(body.text, title));
  return {
    text,
    title,
    published: raw.hints.published ?? body.published ?? findVisibleDate(body.dateSource)?.date ?? null,
    dateline,
    outlet: chooseOutlet(raw.hints.outlet, body.siteName, dateline?.agency, outletFromUrl(raw.source.url ?? body.url)),
    language: resolveLanguage(body.language, text),
  };
}

/**
 * Text past this many characters is not kept (five times what the analysers read): cleaning
 * makes several copies of it, and a worker thread's heap is bounded.
 */
export const MAX_TEXT_CHARS = 1_000_000;

function readBody(raw: RawDocument): Body {
  const whole = typeof raw.body === 'string' ? raw.body : '';
  if (raw.kind === 'html') return bounded(readHtml(whole, raw.source.url));
  const cut = cutPoint(whole, MAX_TEXT_CHARS);
  const input = whole.slice(0, cut);
  const cleaned = cleanText(input);
  return {
    text: cleaned.text,
    title: cleaned.title,
    published: null,
    siteName: null,
    language: null,
    url: null,
    dateSource: input,
    warnings: cut < whole.length ? [tooLong(whole.length, cut)] : [],
  };
}

/** A page whose article text is over MAX_TEXT_CHARS, cut there. */
function bounded(body: Body): Body {
  const cut = cutPoint(body.text, MAX_TEXT_CHARS);
  if (cut === body.text.length) return body;
  return { ...body, text: body.text.slice(0, cut), warnings: [...body.warnings, tooLong(body.text.length, cut)] };
}

function tooLong(length: number, cut: number): string {
  return `text is ${characters(length)} characters; kept the first ${characters(cut)}`;
}

function readHtml(html: string, url: string | null): Body {
  let page;
  try {
    page = extractHtml(html, url);
  } catch {
    // A page the parser cannot read has no usable text; the pipeline reports empty text.
    return { text: '', title: null, published: null, siteName: null, language: null, url: null, dateSource: '', warnings: [] };
  }
  return {
    // Readability keeps some chrome paragraphs (date lines, share bars, teasers); the same rules drop them.
    text: dropChromeParagraphs(page.text).text,
    title: page.title,
    published: normalisePageDate(page.published),
    siteName: page.siteName,
    language: page.language,
    url: page.url,
    dateSource: page.text,
    warnings: page.warnings ?? [],
  };
}

/** A page date as `YYYY-MM-DD` (or coarser); written-out dates ("9 November 2023") are read too. */
function normalisePageDate(value: string | null): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  const written = parseWrittenDate(trimmed);
  if (written) return written.date;
  // Only a month or a year is known ("2023-11"); a full date that did not parse is invalid.
  return IsoDate.safeParse(trimmed).success && trimmed.length < 10 ? trimmed : null;
}

/** The headline repeated as the first paragraph (feeds and pages often do) is not body text. */
function withoutTitleLine(text: string, title: string | null): string {
  if (!title) return text;
  const [first, ...rest] = text.split('\n\n');
  const same = (a: string) => a.replace(/\s+/gu, ' ').trim().toLowerCase();
  return rest.length > 0 && same(first) === same(title) ? rest.join('\n\n') : text;
}

function takeDateline(text: string): { text: string; dateline: Dateline | null } {
  const [first, ...rest] = text.split('\n\n');
  const found = first ? splitDateline(first) : null;
  if (!found) return { text, dateline: null };
  return { text: [found.rest, ...rest].filter(Boolean).join('\n\n'), dateline: found.dateline };
}

function firstNonEmpty(...values: Array<string | null | undefined>): string | null {
  for (const value of values) {
    const tidy = value?.replace(/\s+/gu, ' ').trim();
    if (tidy) return tidy;
  }
  return null;
}
