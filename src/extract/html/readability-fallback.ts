/**
 * Last resort for pages where the block scorer finds no body: Mozilla Readability on a
 * linkedom DOM (about ten times slower, so it only runs when needed).
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { collectBlocks } from './blocks.js';
import { keepBlock } from './body.js';
import { parsePage } from './tree.js';

/** Readability's article text as paragraphs joined by blank lines, or '' when it finds none. */
export function readabilityText(html: string): string {
  let content: string | null | undefined;
  try {
    const { document } = parseHTML(html);
    // Readability's types expect a DOM Document; linkedom's is structurally close enough.
    content = new Readability(document as unknown as Document).parse()?.content;
  } catch {
    return '';
  }
  if (!content) return '';
  // Re-read Readability's HTML with our own block splitter so paragraphs match the main path.
  const { root } = parsePage(content);
  return collectBlocks(root, () => false)
    .filter(keepBlock)
    .map((b) => b.text)
    .join('\n\n');
}
