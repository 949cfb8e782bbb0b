/**
 * A light element tree built in one pass of htmlparser2's tokenizer.
 *
 * A full DOM (linkedom, jsdom) costs 20 ms or more per news page before any extraction
 * starts; this tree keeps only what extraction reads (tag, attributes, children, text)
 * and drops scripts, styles and other never-visible content while parsing. The page's
 * metadata carriers (meta, link, title, JSON-LD) are collected on the way.
 */
import { Parser } from 'htmlparser2';

export interface ElementNode {
  readonly kind: 'element';
  readonly tag: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: TreeNode[];
  parent: ElementNode | null;
}

export interface TextNode {
  readonly kind: 'text';
  text: string;
  parent: ElementNode;
}

export type TreeNode = ElementNode | TextNode;

export interface ParsedPage {
  /** The `<html>` element (synthesised when the page has none). */
  readonly root: ElementNode;
  /** Every `<meta>`, in document order. */
  readonly metas: ReadonlyArray<Readonly<Record<string, string>>>;
  /** Every `<link>`, in document order. */
  readonly links: ReadonlyArray<Readonly<Record<string, string>>>;
  /** Raw text of each `<script type="application/ld+json">`. */
  readonly jsonLd: readonly string[];
  /** Publication timestamps that other inline scripts carry as JSON (`"published_at": "2019-03-02T06:22:28"`), in order. */
  readonly scriptDates: readonly string[];
  /** Text of each `<style>` element, for the text-transform of the headline (capped at STYLE_SCAN_CHARS in all). */
  readonly styles: readonly string[];
  /** Text of the first `<title>` outside `<svg>`. */
  readonly title: string | null;
  /** True when the page nests deeper than MAX_DEPTH and the deeper elements were flattened. */
  readonly flattened: boolean;
}

/** Content never shown as text; dropped with everything inside. */
const DROPPED_SUBTREES: ReadonlySet<string> = new Set([
  'script', 'style', 'template', 'svg', 'math', 'canvas', 'iframe', 'object', 'embed',
  'select', 'textarea', 'button', 'video', 'audio', 'map', 'dialog',
  // Ruby annotations (furigana) repeat the base text in another script.
  'rt', 'rp',
]);

/**
 * A publication date held in a script's JSON state (shop systems, single-page apps), for
 * pages that declare it nowhere else. Only keys that name the publication, never "date".
 */
const SCRIPT_DATE =
  /"(?:datePublished|published_at|publishedAt|publishDate|publish_date|publicationDate|firstPublished|first_published_at|pubDate)"\s*:\s*"([^"]{8,40})"/;
/** Characters of one inline script searched for SCRIPT_DATE: app bundles can be megabytes. */
const SCRIPT_SCAN_CHARS = 200_000;

/** Characters of <style> text kept per page: theme sheets inlined whole can be megabytes. */
const STYLE_SCAN_CHARS = 1_000_000;

/** Nesting deeper than this is flattened (real pages stay far below it). */
export const MAX_DEPTH = 1000;

/** Elements that have no content of their own; kept only for their attributes (img alt, br). */
export const VOID: ReadonlySet<string> = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);

function newElement(tag: string, attrs: Record<string, string>, parent: ElementNode | null): ElementNode {
  return { kind: 'element', tag, attrs, children: [], parent };
}

/** Parses a page; never throws on malformed markup (the tokenizer is forgiving). */
export function parsePage(html: string): ParsedPage {
  const root = newElement('html', {}, null);
  const metas: Record<string, string>[] = [];
  const links: Record<string, string>[] = [];
  const jsonLd: string[] = [];
  let title: string | null = null;
  let current = root;
  let depth = 0;
  let flattened = false;
  let sawHtml = false;
  // Depth inside a dropped subtree; > 0 means tokens are ignored.
  let dropDepth = 0;
  let dropTag = '';
  let inTitle = false;
  let titleText = '';
  let jsonLdText: string | null = null;
  const scriptDates: string[] = [];
  let scriptText: string | null = null;
  const styles: string[] = [];
  let styleChars = 0;
  let styleText: string | null = null;

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (dropDepth > 0) {
          if (name === dropTag) dropDepth++;
          return;
        }
        if (name === 'meta') {
          metas.push(attrs);
          return;
        }
        if (name === 'link') {
          links.push(attrs);
          return;
        }
        if (name === 'title') {
          // No <title> is ever shown as text. The page's title is the first that says something
          // (templates print an empty one before the real one); any other is dropped.
          if (!title?.trim()) {
            inTitle = true;
            titleText = '';
          } else {
            dropDepth = 1;
            dropTag = name;
          }
          return;
        }
        if (name === 'script' && /ld\+json/i.test(attrs.type ?? '')) {
          jsonLdText = '';
          dropDepth = 1;
          dropTag = name;
          return;
        }
        if (DROPPED_SUBTREES.has(name)) {
          dropDepth = 1;
          dropTag = name;
          if (name === 'script' && scriptDates.length === 0) scriptText = '';
          if (name === 'style' && styleChars < STYLE_SCAN_CHARS) styleText = '';
          return;
        }
        if (name === 'html') {
          // Keep the attributes (lang) of the page's own <html>; ignore stray ones.
          if (!sawHtml) Object.assign(root.attrs as Record<string, string>, attrs);
          sawHtml = true;
          return;
        }
        // No <head> element: the tokenizer does not close it when body content starts early,
        // and what it legitimately holds (meta, link, title, JSON-LD) is collected above.
        if (name === 'head') return;
        // htmlparser2 keeps a second <body> as a child; flatten so body content stays reachable.
        if (name === 'body' && current !== root) return;
        const el = newElement(name, attrs, current);
        current.children.push(el);
        // Past MAX_DEPTH elements stay open but flat, so later recursive walks cannot overflow the stack.
        if (!VOID.has(name) && depth < MAX_DEPTH) {
          current = el;
          depth++;
        } else if (!VOID.has(name)) {
          flattened = true;
        }
      },
      ontext(text) {
        if (dropDepth > 0) {
          if (jsonLdText !== null) jsonLdText += text;
          else if (scriptText !== null && scriptText.length < SCRIPT_SCAN_CHARS) scriptText += text;
          else if (styleText !== null && styleText.length < STYLE_SCAN_CHARS) styleText += text;
          return;
        }
        if (inTitle) {
          titleText += text;
          return;
        }
        const last = current.children[current.children.length - 1];
        if (last && last.kind === 'text') last.text += text;
        else current.children.push({ kind: 'text', text, parent: current });
      },
      onclosetag(name) {
        if (dropDepth > 0) {
          if (name === dropTag && --dropDepth === 0) {
            if (jsonLdText !== null) jsonLd.push(jsonLdText);
            const scriptDate = scriptText === null ? undefined : SCRIPT_DATE.exec(scriptText)?.[1];
            if (scriptDate) scriptDates.push(scriptDate);
            if (styleText !== null) {
              styles.push(styleText.slice(0, STYLE_SCAN_CHARS - styleChars));
              styleChars += styleText.length;
            }
            jsonLdText = null;
            scriptText = null;
            styleText = null;
          }
          return;
        }
        if (inTitle && name === 'title') {
          inTitle = false;
          title = titleText;
          return;
        }
        if (VOID.has(name) || name === 'html') return;
        // Close the nearest open element of that name; unmatched end tags are ignored.
        let levels = 1;
        for (let el: ElementNode | null = current; el && el !== root; el = el.parent, levels++) {
          if (el.tag === name) {
            current = el.parent ?? root;
            depth -= levels;
            return;
          }
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: false },
  );
  parser.end(html);
  return { root, metas, links, jsonLd, scriptDates, styles, title, flattened };
}

/** Depth-first walk over elements below `el` (not `el` itself); return false from `visit` to skip a subtree. */
export function walkElements(el: ElementNode, visit: (child: ElementNode) => boolean | void): void {
  for (const child of el.children) {
    if (child.kind !== 'element') continue;
    if (visit(child) === false) continue;
    walkElements(child, visit);
  }
}

/** All text below a node, concatenated as written (no block separation). */
export function rawText(node: TreeNode): string {
  if (node.kind === 'text') return node.text;
  let out = '';
  for (const child of node.children) out += rawText(child);
  return out;
}

/** First descendant element with the given tag, in document order. */
export function findFirst(el: ElementNode, tag: string): ElementNode | null {
  for (const child of el.children) {
    if (child.kind !== 'element') continue;
    if (child.tag === tag) return child;
    const found = findFirst(child, tag);
    if (found) return found;
  }
  return null;
}
