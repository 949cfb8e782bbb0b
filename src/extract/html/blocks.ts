/**
 * The page as a list of text blocks: each run of inline text between two block boundaries,
 * with the element that owns it and how much of it is link text. Every later step (scoring,
 * cleaning, output) reads blocks and the per-element sums below, never the raw tree again.
 */
import type { ElementNode } from './tree.js';

/** Elements that start a new block of text (a line break in rendering). */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'html', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody',
  'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'br', 'frameset', 'noframes', 'legend', 'option',
]);

export const HEADING_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

export interface Block {
  /** Nearest block-level element around the text. */
  readonly owner: ElementNode;
  /** Whitespace collapsed to single spaces, trimmed. */
  readonly text: string;
  /** Characters of the text inside `<a>` elements. */
  readonly linkChars: number;
  /** Index in document order. */
  readonly index: number;
}

/** Sums over the blocks below an element. */
export interface ElementStats {
  chars: number;
  linkChars: number;
  blocks: number;
  /** Blocks long enough to be prose (see PROSE_MIN_CHARS). */
  proseBlocks: number;
  proseChars: number;
}

/** A block this long, with few links, reads as prose rather than a label or a menu item. */
export const PROSE_MIN_CHARS = 80;

const WHITESPACE = /\s+/g;

/** Splits the tree below `root` into blocks, skipping subtrees for which `skip` is true. */
export function collectBlocks(root: ElementNode, skip: (el: ElementNode) => boolean): Block[] {
  const blocks: Block[] = [];
  let text = '';
  let linkText = '';

  const flush = (owner: ElementNode): void => {
    if (text === '') return;
    const collapsed = text.replace(WHITESPACE, ' ').trim();
    if (collapsed !== '') {
      const linkChars = linkText === '' ? 0 : linkText.replace(WHITESPACE, ' ').trim().length;
      blocks.push({ owner, text: collapsed, linkChars: Math.min(linkChars, collapsed.length), index: blocks.length });
    }
    text = '';
    linkText = '';
  };

  const visit = (el: ElementNode, owner: ElementNode, inLink: boolean): void => {
    for (const child of el.children) {
      if (child.kind === 'text') {
        text += child.text;
        if (inLink) linkText += child.text;
        continue;
      }
      if (skip(child)) continue;
      if (child.tag === 'br' || child.tag === 'hr') {
        flush(owner);
      } else if ((child.tag === 'td' || child.tag === 'th') && !hasBlockChild(child)) {
        // A data cell is a field of its row: the row reads as one line, cells apart by a space.
        text += ' ';
        visit(child, owner, inLink);
        text += ' ';
      } else if (BLOCK_TAGS.has(child.tag)) {
        flush(owner);
        visit(child, child, inLink);
        flush(child);
      } else {
        // Inline elements render flush against their neighbours; td-like inline cells do not exist here.
        visit(child, owner, inLink || child.tag === 'a');
      }
    }
  };

  visit(root, root, false);
  flush(root);
  return blocks;
}

/** True when the element has a block-level child (a layout cell, a div of paragraphs). */
export function hasBlockChild(el: ElementNode): boolean {
  for (const child of el.children) if (child.kind === 'element' && BLOCK_TAGS.has(child.tag)) return true;
  return false;
}

/** Per-element sums over the blocks (each block counts for its owner and every ancestor). */
export function elementStats(blocks: readonly Block[]): Map<ElementNode, ElementStats> {
  const stats = new Map<ElementNode, ElementStats>();
  for (const block of blocks) {
    const chars = block.text.length;
    const prose = chars >= PROSE_MIN_CHARS && block.linkChars < chars * 0.3;
    for (let el: ElementNode | null = block.owner; el; el = el.parent) {
      let s = stats.get(el);
      if (!s) {
        s = { chars: 0, linkChars: 0, blocks: 0, proseBlocks: 0, proseChars: 0 };
        stats.set(el, s);
      }
      s.chars += chars;
      s.linkChars += block.linkChars;
      s.blocks++;
      if (prose) {
        s.proseBlocks++;
        s.proseChars += chars;
      }
    }
  }
  return stats;
}

export function linkDensity(s: ElementStats | undefined): number {
  return s && s.chars > 0 ? s.linkChars / s.chars : 0;
}

/** True when `el` is `ancestor` or lies below it. */
export function isInside(el: ElementNode, ancestor: ElementNode): boolean {
  for (let node: ElementNode | null = el; node; node = node.parent) if (node === ancestor) return true;
  return false;
}
