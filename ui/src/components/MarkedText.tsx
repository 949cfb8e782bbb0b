/**
 * Article text with some stretches marked. The text goes into the page as text nodes
 * only: whatever markup an article contains is shown, never interpreted.
 */
import { useEffect, useRef } from 'preact/hooks';

export interface Mark {
  start: number;
  end: number;
  className: string;
  title?: string;
}

interface Props {
  text: string;
  marks: Mark[];
  /** This mark is scrolled into view when the text is shown. */
  focus?: Mark | null;
  className?: string;
}

/** Marks in text order, overlaps dropped (the earlier one wins), clipped to the text. */
export function orderMarks(text: string, marks: Mark[]): Mark[] {
  const sorted = marks
    .filter((m) => m.start < m.end && m.start >= 0 && m.start < text.length)
    .map((m) => ({ ...m, end: Math.min(m.end, text.length) }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mark[] = [];
  for (const mark of sorted) {
    const last = kept[kept.length - 1];
    if (!last || mark.start >= last.end) kept.push(mark);
  }
  return kept;
}

export function MarkedText({ text, marks, focus, className }: Props) {
  const focused = useRef<HTMLElement>(null);
  const all = focus ? [{ ...focus }, ...marks.filter((m) => m.end <= focus.start || m.start >= focus.end)] : marks;
  const ordered = orderMarks(text, all);

  useEffect(() => {
    focused.current?.scrollIntoView({ block: 'center' });
  }, [focus?.start, focus?.end, text]);

  const pieces = [];
  let at = 0;
  for (const mark of ordered) {
    if (mark.start > at) pieces.push(text.slice(at, mark.start));
    const isFocus = focus !== null && focus !== undefined && mark.start === focus.start && mark.end === focus.end;
    pieces.push(
      <mark class={mark.className} title={mark.title} ref={isFocus ? focused : undefined} id={isFocus ? 'evidence' : undefined}>
        {text.slice(mark.start, mark.end)}
      </mark>,
    );
    at = mark.end;
  }
  if (at < text.length) pieces.push(text.slice(at));
  return <div class={className ?? 'article-text'}>{pieces}</div>;
}

/** Marks every whole-word occurrence of each term, ignoring case. */
export function termMarks(text: string, terms: string[], className: string): Mark[] {
  const marks: Mark[] = [];
  for (const term of terms) {
    if (!term.trim()) continue;
    const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu');
    for (const match of text.matchAll(pattern)) {
      marks.push({ start: match.index, end: match.index + match[0].length, className, title: `loaded term: ${term}` });
    }
  }
  return marks;
}

/** A search snippet: `«` and `»` around the matched words become marks. */
export function Snippet({ text }: { text: string }) {
  const parts = text.split(/([«»])/);
  const out = [];
  let inside = false;
  for (const part of parts) {
    if (part === '«') inside = true;
    else if (part === '»') inside = false;
    else if (part) out.push(inside ? <mark>{part}</mark> : part);
  }
  return <p class="snippet">{out}</p>;
}
