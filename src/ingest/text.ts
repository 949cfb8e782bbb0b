/**
 * A plain-text article may start with metadata: `date 2024-11-08`, `Title: ...`,
 * `published: 8 November 2024`, `url: ...`, `source: ...`, each on a line of its own,
 * or a `date 2024-11-08` run into the article's first sentence on the same line.
 * That block is lifted into hints and removed from the body; nothing else is touched
 * (boilerplate removal is the extract stage's job).
 */
import { normaliseDate } from './dates.js';

export interface TextMetadata {
  title: string | null;
  published: string | null;
  outlet: string | null;
  url: string | null;
}

export interface LiftedText {
  body: string;
  meta: TextMetadata;
  warnings: string[];
}

type Key = keyof TextMetadata;

/** The words a metadata line may start with, and the hint each fills. */
const KEYS: Readonly<Record<string, Key>> = {
  date: 'published',
  published: 'published',
  title: 'title',
  headline: 'title',
  url: 'url',
  link: 'url',
  source: 'outlet',
  outlet: 'outlet',
};

const PATTERNS = {
  /** `date 2024-11-08 Palestine's President ...`: an ISO date run into the first sentence. */
  inlineDate: /^[ \t]*(?:date|published)[ \t]*:?[ \t]*(\d{4}-\d{2}-\d{2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?[ \t]+(?=\S)/i,
  /** `Title: ...`; any key, with a colon. */
  keyColon: /^[ \t]*([a-z]+)[ \t]*:[ \t]*(.*?)[ \t]*$/i,
  /** `date 2024-11-08` / `published 8 November 2024`: a date key without a colon, alone on its line. */
  dateNoColon: /^[ \t]*(date|published)[ \t]+(\S.*?)[ \t]*$/i,
  url: /^https?:\/\/\S+$/i,
  timeOfDay: /^\d{1,2}[:.]\d{2}\b/,
} as const;

/** Metadata lines are short; a longer "Source: ..." line is the article's first sentence. */
const MAX_VALUE_CHARS = 300;

export function liftTextMetadata(text: string): LiftedText {
  const meta: TextMetadata = { title: null, published: null, outlet: null, url: null };
  const warnings: string[] = [];

  const inline = PATTERNS.inlineDate.exec(text);
  // `Date: 2024-11-08 10:30 GMT` alone on its line is the line form, not a run-in date.
  if (inline && !PATTERNS.timeOfDay.test(text.slice(inline[0].length))) {
    const published = normaliseDate(inline[1]);
    if (published) {
      meta.published = published;
      return { body: text.slice(inline[0].length), meta, warnings };
    }
  }

  let offset = 0;
  let lifted = false;
  for (;;) {
    const end = text.indexOf('\n', offset);
    const line = text.slice(offset, end < 0 ? text.length : end).replace(/\r$/, '');
    const entry = metadataLine(line);
    if (!entry) break;
    lifted = true;
    if (entry.key === 'published') {
      const published = normaliseDate(entry.value);
      if (published) meta.published = published;
      else warnings.push(`metadata line "${line.trim()}": not a recognisable date; ignored`);
    } else if (entry.key === 'url') {
      if (PATTERNS.url.test(entry.value)) meta.url = entry.value;
      else warnings.push(`metadata line "${line.trim()}": not an http(s) URL; ignored`);
    } else {
      meta[entry.key] = entry.value;
    }
    if (end < 0) {
      offset = text.length;
      break;
    }
    offset = end + 1;
  }
  if (!lifted) return { body: text, meta, warnings };

  // The blank line that usually separates a header block from the article goes with it.
  const body = text.slice(offset).replace(/^(?:[ \t]*\r?\n)+/, '');
  return { body, meta, warnings };
}

function metadataLine(line: string): { key: Key; value: string } | null {
  const withColon = PATTERNS.keyColon.exec(line);
  if (withColon) {
    const key = KEYS[withColon[1].toLowerCase()];
    const value = withColon[2];
    if (key && value && value.length <= MAX_VALUE_CHARS) return { key, value };
    return null;
  }
  const dateOnly = PATTERNS.dateNoColon.exec(line);
  if (dateOnly && normaliseDate(dateOnly[2])) return { key: 'published', value: dateOnly[2] };
  return null;
}
