/**
 * Which subtrees are chrome (navigation, comments, sharing, ads, consent banners...) and are
 * left out before any scoring. Class names lie often enough (`<body class="has-sidebar">`,
 * WordPress `tag-…` classes on the article itself) that a chrome class alone does not remove
 * an element holding much of the page's text or the marked article body.
 */
import { chromeByClass, hasChromeRole, isBodyContainer, isHidden } from './classify.js';
import type { ElementNode } from './tree.js';
import { CHROME_TAGS } from './vocabulary.js';

export interface PruneOptions {
  /** Remove elements whose class/id names chrome (in the recall retry only comment threads and consent banners go). */
  readonly classes: boolean;
  /** Remove `<header>` elements without prose. */
  readonly headers: boolean;
}

/** Share of the page's paragraph text above which a chrome class is taken for a wrapper's misnomer. */
const WRAPPER_TEXT_SHARE = 0.5;

interface Measure {
  /** Characters of `<p>` text below each element: prose, unlike menus and link lists. */
  readonly paraLen: Map<ElementNode, number>;
  /** Elements that contain (or are) a marked article body. */
  readonly holdsBody: Set<ElementNode>;
  readonly pageParaLen: number;
}

function measure(root: ElementNode): Measure {
  const paraLen = new Map<ElementNode, number>();
  const holdsBody = new Set<ElementNode>();
  const visit = (el: ElementNode, inParagraph: boolean): number => {
    let len = 0;
    let body = false;
    const para = inParagraph || el.tag === 'p';
    for (const child of el.children) {
      if (child.kind === 'text') {
        if (para) len += child.text.length;
      } else {
        len += visit(child, para);
        if (holdsBody.has(child)) body = true;
      }
    }
    if (body || (el.tag !== 'article' && el.tag !== 'main' && isBodyContainer(el))) holdsBody.add(el);
    paraLen.set(el, len);
    return len;
  };
  const pageParaLen = visit(root, false);
  return { paraLen, holdsBody, pageParaLen };
}

/** A predicate for collectBlocks: true for subtrees to leave out. */
export function chromeFilter(root: ElementNode, options: PruneOptions): (el: ElementNode) => boolean {
  const m = measure(root);
  const bigShare = Math.max(200, m.pageParaLen * WRAPPER_TEXT_SHARE);
  return (el) => {
    if (el.tag === 'body' || el.tag === 'html') return false;
    if (isHidden(el)) return true;
    if (CHROME_TAGS.has(el.tag)) return !m.holdsBody.has(el) || el.tag === 'img';
    if (hasChromeRole(el)) return !m.holdsBody.has(el);
    if (el.tag === 'header' && options.headers && !m.holdsBody.has(el)) return true;
    const chrome = chromeByClass(el);
    if (!chrome) return false;
    if (m.holdsBody.has(el)) return false;
    // Comment threads and consent banners go even in the recall retry.
    if (chrome === 'always') return !isBodyContainer(el);
    if (!options.classes) return false;
    if (isBodyContainer(el)) return false;
    return (m.paraLen.get(el) ?? 0) < bigShare;
  };
}
