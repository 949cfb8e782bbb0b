/**
 * The article body of a parsed page, as paragraphs. A cascade:
 *   1. strict: chrome removed by tag, role and class; best container; link-heavy and
 *      chrome-classed parts inside it dropped;
 *   2. recall retry: class-based pruning off, when the strict result is short or thin
 *      compared with the prose the page holds;
 * the longer of the two wins when the strict one looks truncated. Returns the best attempt,
 * never nothing when the page has prose.
 */
import {
  collectBlocks,
  elementStats,
  linkDensity,
  PROSE_MIN_CHARS,
  type Block,
  type ElementStats,
} from './blocks.js';
import { classWeight, isBodyContainer } from './classify.js';
import { isDateLine } from './date-text.js';
import { chromeFilter, type PruneOptions } from './prune.js';
import { chooseContainer, type Container } from './score.js';
import type { ElementNode } from './tree.js';
import { BOILERPLATE_LINE, BYLINE, CONSENT_NOTICE, READ_ALSO_LINE, SUBSCRIPTION_NOTICE } from './vocabulary.js';

export interface BodyResult {
  readonly paragraphs: readonly string[];
  /** The chosen container (for locating the headline and date near it), or null. */
  readonly container: ElementNode | null;
  /** Which attempt of the cascade produced the text. */
  readonly attempt: 'strict' | 'relaxed' | 'none';
  /** Characters of prose blocks on the whole page outside chrome: how much an article there could hold. */
  readonly pageProseChars: number;
}

/** Below this many characters a strict result is retried with relaxed pruning. */
const SHORT_BODY_CHARS = 400;

/** Groups that may be dropped inside the article container when they look like chrome. */
const GROUP_TAGS: ReadonlySet<string> = new Set([
  'div', 'section', 'ul', 'ol', 'dl', 'table', 'form', 'figure', 'header', 'span', 'aside', 'center', 'details',
]);

/** Longest line checked for a paywall prompt. */
const SUBSCRIPTION_NOTICE_MAX_CHARS = 250;

const BARE_URL = /^(?:https?:\/\/|www\.)\S+$|^[\w-]+(?:\.[\w-]+)+\/\S*$/i;

export function extractBody(root: ElementNode): BodyResult {
  const strict = attempt(root, { classes: true, headers: true });
  const strictChars = charCount(strict.paragraphs);
  const pageProseChars = strict.pageProseChars;
  if (strictChars >= SHORT_BODY_CHARS) return { ...strict, attempt: 'strict', pageProseChars };
  const relaxed = attempt(root, { classes: false, headers: false });
  if (charCount(relaxed.paragraphs) > strictChars * 1.5 + 50) return { ...relaxed, attempt: 'relaxed', pageProseChars };
  return strictChars > 0
    ? { ...strict, attempt: 'strict', pageProseChars }
    : { ...relaxed, attempt: relaxed.paragraphs.length ? 'relaxed' : 'none', pageProseChars };
}

function charCount(paragraphs: readonly string[]): number {
  let n = 0;
  for (const p of paragraphs) n += p.length;
  return n;
}

interface Attempt {
  paragraphs: string[];
  container: ElementNode | null;
  pageProseChars: number;
}

function attempt(root: ElementNode, options: PruneOptions): Attempt {
  const blocks = collectBlocks(root, chromeFilter(root, options));
  const stats = elementStats(blocks);
  const pageProseChars = proseChars(blocks);
  const container = chooseContainer(blocks, stats);
  if (!container) return { paragraphs: [], container: null, pageProseChars };
  return { paragraphs: bodyParagraphs(blocks, stats, container), container: container.top, pageProseChars };
}

function proseChars(blocks: readonly Block[]): number {
  let n = 0;
  for (const b of blocks) if (b.text.length >= PROSE_MIN_CHARS && b.linkChars < b.text.length * 0.3) n += b.text.length;
  return n;
}

function bodyParagraphs(blocks: readonly Block[], stats: Map<ElementNode, ElementStats>, container: Container): string[] {
  const parts = new Set(container.parts);
  const verdicts = new Map<ElementNode, boolean>();
  const paragraphs: string[] = [];
  for (const block of blocks) {
    if (!keptByAncestors(block.owner, parts, stats, verdicts)) continue;
    if (!keepBlock(block)) continue;
    paragraphs.push(block.text);
  }
  return dropHeaderLines(paragraphs);
}

/**
 * Date and byline lines above the first paragraph of prose belong to the article's header
 * (dates and authors are metadata); further down they may be content and are kept.
 */
function dropHeaderLines(paragraphs: string[]): string[] {
  let first = 0;
  while (first < paragraphs.length && paragraphs[first].length < PROSE_MIN_CHARS) first++;
  if (first === 0 || first === paragraphs.length) return paragraphs;
  const head = paragraphs.slice(0, first).filter((p) => !isDateLine(p) && !BYLINE.test(p));
  return head.length === first ? paragraphs : [...head, ...paragraphs.slice(first)];
}

/**
 * True when the block's owner lies inside one of the parts and no group between it and the
 * part looks like chrome. Verdicts are memoised per element.
 */
function keptByAncestors(
  owner: ElementNode,
  parts: ReadonlySet<ElementNode>,
  stats: Map<ElementNode, ElementStats>,
  verdicts: Map<ElementNode, boolean>,
): boolean {
  const path: ElementNode[] = [];
  let verdict: boolean | undefined;
  for (let el: ElementNode | null = owner; el; el = el.parent) {
    const known = verdicts.get(el);
    if (known !== undefined) {
      verdict = known;
      break;
    }
    if (parts.has(el)) {
      verdict = true;
      break;
    }
    path.push(el);
  }
  if (verdict === undefined) verdict = false;
  // Walk down from the part: the first chrome-looking group condemns everything below it.
  for (let i = path.length - 1; i >= 0; i--) {
    const el = path[i];
    if (verdict && GROUP_TAGS.has(el.tag) && looksLikeChrome(el, stats.get(el))) verdict = false;
    verdicts.set(el, verdict);
  }
  return verdict;
}

/** Readability's conditional cleaning, on block sums: link lists, label clusters, chrome classes. */
function looksLikeChrome(el: ElementNode, s: ElementStats | undefined): boolean {
  if (!s || s.chars === 0 || isBodyContainer(el)) return false;
  const density = linkDensity(s);
  const weight = classWeight(el);
  if (density > 0.5) return true;
  if (s.proseBlocks === 0 && density > 0.25) return true;
  if (weight < 0 && s.proseChars < s.chars * 0.5) return true;
  // Many short items and no prose: a menu or a tag list without links.
  if (s.proseBlocks === 0 && s.blocks >= 6 && s.chars / s.blocks < 30 && el.tag !== 'table') return true;
  return false;
}

/** False for blocks that are chrome by their own text and links, wherever they stand. */
export function keepBlock(block: Block): boolean {
  const text = block.text;
  if (block.owner.tag === 'h1') return false;
  if (text.length < 200 && (BOILERPLATE_LINE.test(text) || READ_ALSO_LINE.test(text))) return false;
  if (text.length < 400 && CONSENT_NOTICE.test(text)) return false;
  if (text.length < SUBSCRIPTION_NOTICE_MAX_CHARS && SUBSCRIPTION_NOTICE.test(text)) return false;
  // A short line that is all link: "Read more", a tag, a related headline; a bare URL is kept
  // (articles cite sources that way).
  if (block.linkChars >= text.length * 0.8 && text.length < PROSE_MIN_CHARS * 2 && !BARE_URL.test(text)) return false;
  return true;
}
