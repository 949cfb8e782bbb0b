/**
 * Picks the element that holds the article body, Readability-style: every prose block gives
 * points to the elements above it (fewer the further up), each element starts from what its
 * tag and class say, link-heavy elements lose in proportion, and the best one wins. Sibling
 * elements that read like the same article (split bodies, a lede outside the main div) join it.
 */
import { hasBlockChild, HEADING_TAGS, isInside, linkDensity, type Block, type ElementStats } from './blocks.js';
import { classWeight, isBodyContainer } from './classify.js';
import type { ElementNode } from './tree.js';

/** Blocks shorter than this give no points (labels, bylines, buttons). */
const MIN_SCORED_CHARS = 25;
/** How many ancestors above a block receive its points. */
const SCORED_ANCESTORS = 5;
/** Commas of the main scripts: Latin, CJK (full-width and ideographic), Arabic. */
const COMMAS = /[,，、،]/g;

const TAG_BASE: Readonly<Record<string, number>> = {
  div: 5, article: 8, main: 5, section: 3, pre: 3, td: 3, blockquote: 3,
  address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3,
  h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5,
};

export interface Container {
  /** The winning element. */
  readonly top: ElementNode;
  /** Elements whose blocks make the body: the winner and any siblings that joined it. */
  readonly parts: readonly ElementNode[];
  readonly score: number;
}

function blockPoints(block: Block): number {
  const chars = block.text.length;
  if (chars < MIN_SCORED_CHARS || HEADING_TAGS.has(block.owner.tag)) return 0;
  if (block.linkChars > chars * 0.5) return 0;
  // Commas mark prose, but lists of names and places are comma-dense too: count at most one per 40 characters.
  const commas = Math.min(block.text.match(COMMAS)?.length ?? 0, Math.floor(chars / 40));
  return 1 + commas + Math.min(Math.floor(chars / 100), 3);
}

function initialScore(el: ElementNode): number {
  return (TAG_BASE[el.tag] ?? 0) + classWeight(el) + (isBodyContainer(el) ? 10 : 0);
}

/** The best container for the article body, or null when no block reads as prose. */
export function chooseContainer(blocks: readonly Block[], stats: Map<ElementNode, ElementStats>): Container | null {
  const finals = candidateScores(blocks, stats);
  let top: ElementNode | null = null;
  let topScore = -Infinity;
  for (const [el, final] of finals) {
    if (final > topScore) {
      topScore = final;
      top = el;
    }
  }
  if (!top) return null;
  top = climbToCommonAncestor(top, topScore, finals);
  topScore = finals.get(top) ?? topScore;
  const parts = joinSiblings(top, topScore, finals, stats);
  for (const lead of leadBefore(top, stats)) if (!parts.includes(lead)) parts.push(lead);
  for (const twin of sameClassTwins(top, stats)) if (!parts.includes(twin)) parts.push(twin);
  return { top, parts, score: topScore };
}

/** Every candidate element's final score (points from the prose below it, link-density discounted). */
export function candidateScores(blocks: readonly Block[], stats: Map<ElementNode, ElementStats>): Map<ElementNode, number> {
  const scores = new Map<ElementNode, number>();
  // Blocks sharing an owner (text split by <br>) count as one paragraph of that owner.
  const ownerPoints = new Map<ElementNode, number>();
  for (const block of blocks) {
    const points = blockPoints(block);
    if (points > 0) ownerPoints.set(block.owner, (ownerPoints.get(block.owner) ?? 0) + points);
  }
  for (const [owner, points] of ownerPoints) {
    // A leaf paragraph passes its points up; an element mixing loose text with blocks is
    // itself the parent of that text.
    let el: ElementNode | null = owner.tag === 'p' || !hasBlockChild(owner) ? owner.parent : owner;
    for (let level = 0; el && level < SCORED_ANCESTORS; level++, el = el.parent) {
      if (!scores.has(el)) scores.set(el, initialScore(el));
      const share = level === 0 ? 1 : level === 1 ? 0.5 : 1 / (level * 3);
      scores.set(el, scores.get(el)! + points * share);
    }
  }
  const finals = new Map<ElementNode, number>();
  for (const [el, raw] of scores) {
    const s = stats.get(el);
    // Points earned only from short lines (name lists, link-free menus) count half.
    const prose = s && s.chars > 0 ? 0.7 + 0.3 * Math.min(1, (s.proseChars / s.chars) * 2) : 0.7;
    finals.set(el, raw * (1 - linkDensity(s)) * prose);
  }
  return finals;
}

/**
 * Elements elsewhere on the page with exactly the winner's class that hold prose: a body
 * split into several wrappers by inline ads, pull quotes or figures.
 */
function sameClassTwins(top: ElementNode, stats: Map<ElementNode, ElementStats>): ElementNode[] {
  const cls = firstClass(top);
  if (!cls) return [];
  // Only within a few levels of the winner: a page-wide class (`row`, `container`) elsewhere is not the article.
  let scope: ElementNode = top;
  for (let i = 0; i < TWIN_SCOPE_LEVELS && scope.parent; i++) scope = scope.parent;
  const twins: ElementNode[] = [];
  for (const [el, s] of stats) {
    if (el === top || el.tag !== top.tag || firstClass(el) !== cls) continue;
    if (s.proseBlocks === 0 || linkDensity(s) > 0.3) continue;
    if (!isInside(el, scope) || isInside(el, top) || isInside(top, el)) continue;
    twins.push(el);
  }
  return twins;
}

const TWIN_SCOPE_LEVELS = 5;

/** How many elements before the winner's wrapper are checked for a lede. */
const LEAD_LOOKBACK = 3;

/**
 * A lede (standfirst) printed just before the wrapper of the winner, one level up: short
 * prose blocks with no links, directly preceding; the search stops at anything else (the headline).
 */
function leadBefore(top: ElementNode, stats: Map<ElementNode, ElementStats>): ElementNode[] {
  const wrapper = top.parent;
  const outer = wrapper?.parent;
  if (!wrapper || !outer || wrapper.tag === 'body' || outer.tag === 'html') return [];
  const index = outer.children.indexOf(wrapper);
  const leads: ElementNode[] = [];
  let looked = 0;
  for (let i = index - 1; i >= 0 && looked < LEAD_LOOKBACK; i--) {
    const sibling = outer.children[i];
    if (sibling.kind !== 'element') continue;
    const s = stats.get(sibling);
    if (!s || s.chars === 0) continue;
    looked++;
    if (s.chars < 80 || s.blocks > 3 || s.proseChars < s.chars * 0.8 || linkDensity(s) > 0.1) break;
    // Text beside a picture is its caption, not a lede.
    if (holdsMedia(sibling)) break;
    leads.push(sibling);
  }
  return leads;
}

function firstClass(el: ElementNode): string | null {
  const cls = el.attrs.class?.trim();
  if (!cls) return null;
  const space = cls.search(/\s/);
  return space < 0 ? cls : cls.slice(0, space);
}

/**
 * When several near-best candidates sit under one ancestor of the winner (an article split
 * into sections), that ancestor is the body.
 */
function climbToCommonAncestor(top: ElementNode, topScore: number, finals: Map<ElementNode, number>): ElementNode {
  const rivals: ElementNode[] = [];
  for (const [el, score] of finals) if (el !== top && score >= topScore * 0.75) rivals.push(el);
  if (rivals.length < 2) return top;
  for (let ancestor = top.parent; ancestor && ancestor.tag !== 'body' && ancestor.tag !== 'html'; ancestor = ancestor.parent) {
    let inside = 0;
    for (const rival of rivals) {
      for (let el: ElementNode | null = rival; el; el = el.parent) {
        if (el === ancestor) {
          inside++;
          break;
        }
      }
    }
    if (inside >= 2) return ancestor;
  }
  return top;
}

const PARAGRAPH_SIBLINGS: ReadonlySet<string> = new Set(['p', 'blockquote', 'ul', 'ol', 'pre']);
const SENTENCE_END = /[.!?。！？…]["'”’»)]?(?:\s|$)/;

function joinSiblings(
  top: ElementNode,
  topScore: number,
  finals: Map<ElementNode, number>,
  stats: Map<ElementNode, ElementStats>,
): ElementNode[] {
  const parent = top.parent;
  if (!parent) return [top];
  const threshold = Math.max(10, topScore * 0.2);
  const topClass = top.attrs.class ?? '';
  const parts: ElementNode[] = [];
  for (const sibling of parent.children) {
    if (sibling.kind !== 'element') continue;
    if (sibling === top) {
      parts.push(sibling);
      continue;
    }
    const s = stats.get(sibling);
    if (!s || s.chars === 0) continue;
    const bonus = topClass !== '' && sibling.attrs.class === topClass ? topScore * 0.2 : 0;
    const score = finals.get(sibling);
    if (score !== undefined && score + bonus >= threshold) {
      parts.push(sibling);
      continue;
    }
    const density = linkDensity(s);
    if (PARAGRAPH_SIBLINGS.has(sibling.tag) || !hasBlockChild(sibling)) {
      if (s.chars > 80 && density < 0.25) parts.push(sibling);
      else if (s.chars <= 80 && density === 0 && SENTENCE_END.test(paragraphTail(sibling))) parts.push(sibling);
    } else if (s.chars > 80 && density < 0.25 && s.proseChars >= s.chars * 0.6) {
      // A wrapper of prose beside the winner: the rest of a body split by an inline ad or figure.
      parts.push(sibling);
    }
  }
  return parts;
}

const MEDIA_TAGS: ReadonlySet<string> = new Set(['img', 'picture', 'figure', 'figcaption', 'video', 'source']);

function holdsMedia(el: ElementNode): boolean {
  for (const child of el.children) {
    if (child.kind !== 'element') continue;
    if (MEDIA_TAGS.has(child.tag) || holdsMedia(child)) return true;
  }
  return false;
}

function paragraphTail(el: ElementNode): string {
  let text = '';
  const visit = (node: ElementNode): void => {
    for (const child of node.children) {
      if (child.kind === 'text') text += child.text;
      else visit(child);
    }
  };
  visit(el);
  return text.trimEnd();
}
