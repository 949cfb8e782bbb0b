/**
 * CSS `text-transform` as the reader sees it: a headline written "Rufe nach Aufklärung" in
 * the markup but shown (and copied) as "RUFE NACH AUFKLÄRUNG" because the page's style says
 * so. Rules come from the page's own <style> blocks and inline `style` attributes (external
 * stylesheets are not fetched), plus the utility classes of the common CSS frameworks
 * (Bootstrap's `text-uppercase`, Tailwind's `uppercase`), whose meaning is fixed.
 * Media queries are read for a desktop screen.
 */
import { compareSpecificity, matchesSelector, parseSelectorList, type Selector } from './css-selector.js';
import type { ElementNode } from './tree.js';

export type TextTransform = 'uppercase' | 'lowercase' | 'capitalize' | 'none';

interface CaseRule {
  readonly selectorText: string;
  /** Parsed on first use: most rules never meet a headline. */
  selectors: Selector[] | null;
  /** null for `inherit`/`unset`: the parent's value. */
  readonly value: TextTransform | null;
  readonly important: boolean;
  readonly order: number;
}

export interface CaseStyles {
  readonly rules: readonly CaseRule[];
  /** Each element's own declared transform (undefined: not looked up yet; null: none declared). */
  readonly declared: Map<ElementNode, TextTransform | null | 'inherit'>;
}

/** Viewport width the media queries are read for: a desktop browser window. */
const VIEWPORT_PX = 1280;
const PX_PER_EM = 16;

/** Framework utility classes, read as rules of one class each, before the page's own rules. */
const UTILITY_CLASSES: ReadonlyArray<readonly [string, TextTransform]> = [
  ['text-uppercase', 'uppercase'], ['text-lowercase', 'lowercase'], ['text-capitalize', 'capitalize'],
  ['uppercase', 'uppercase'], ['lowercase', 'lowercase'], ['capitalize', 'capitalize'], ['normal-case', 'none'],
];

const DECLARATION = /(?:^|;|\{)\s*text-transform\s*:\s*([a-z-]+)\s*(!\s*important)?/gi;

/** Reads the text-transform rules of the page's style sheets (the text of its <style> elements). */
export function readCaseStyles(sheets: readonly string[]): CaseStyles {
  const rules: CaseRule[] = UTILITY_CLASSES.map(([cls, value], order) => ({
    selectorText: `.${cls}`,
    selectors: null,
    value,
    important: false,
    order,
  }));
  for (const sheet of sheets) {
    if (!/text-transform/i.test(sheet)) continue;
    collectRules(sheet.replace(/\/\*[\s\S]*?(?:\*\/|$)/g, ' '), rules);
  }
  return { rules, declared: new Map() };
}

function collectRules(css: string, rules: CaseRule[]): void {
  // Each open group (@media, @supports) records whether its rules apply on a desktop screen.
  const groups: boolean[] = [];
  let i = 0;
  while (i < css.length) {
    const open = css.indexOf('{', i);
    const close = css.indexOf('}', i);
    if (open < 0 && close < 0) break;
    if (close >= 0 && (open < 0 || close < open)) {
      groups.pop();
      i = close + 1;
      continue;
    }
    // Statements such as `@import url(x);` or `@charset "utf-8";` before the prelude.
    const prelude = css.slice(i, open).split(';').pop()!.trim();
    const applies = groups.every(Boolean);
    if (prelude.startsWith('@')) {
      const name = /^@([\w-]+)/.exec(prelude)?.[1]?.toLowerCase() ?? '';
      if (name === 'media' || name === 'supports' || name === 'layer' || name === 'container' || name === 'document') {
        groups.push(name !== 'media' || mediaApplies(prelude.slice(6)));
        i = open + 1;
      } else {
        i = skipBlock(css, open);
      }
      continue;
    }
    const end = css.indexOf('}', open);
    const body = end < 0 ? css.slice(open + 1) : css.slice(open + 1, end);
    if (applies && prelude) {
      for (const m of `;${body}`.matchAll(DECLARATION)) {
        const value = transformValue(m[1]);
        if (value !== undefined) rules.push({ selectorText: prelude, selectors: null, value, important: !!m[2], order: rules.length });
      }
    }
    i = end < 0 ? css.length : end + 1;
  }
}

/** Index just past the block opened at `open`, nested blocks included (@keyframes, @font-face). */
function skipBlock(css: string, open: number): number {
  let depth = 0;
  for (let j = open; j < css.length; j++) {
    if (css[j] === '{') depth++;
    else if (css[j] === '}' && --depth === 0) return j + 1;
  }
  return css.length;
}

/** Whether a media query list holds on a desktop screen VIEWPORT_PX wide. */
function mediaApplies(query: string): boolean {
  return query
    .toLowerCase()
    .split(',')
    .some((branch) => {
      if (/^\s*not\b/.test(branch) || /orientation\s*:\s*portrait/.test(branch)) return false;
      if (/\b(?:print|speech)\b/.test(branch) && !/\b(?:screen|all)\b/.test(branch)) return false;
      for (const m of branch.matchAll(/\(\s*(min|max)-width\s*:\s*([\d.]+)\s*(px|em|rem)?\s*\)/g)) {
        const px = Number(m[2]) * (m[3] === 'em' || m[3] === 'rem' ? PX_PER_EM : 1);
        if (m[1] === 'min' ? VIEWPORT_PX < px : VIEWPORT_PX > px) return false;
      }
      return true;
    });
}

function transformValue(raw: string): TextTransform | null | undefined {
  const v = raw.toLowerCase();
  if (v === 'uppercase' || v === 'lowercase' || v === 'capitalize' || v === 'none') return v;
  if (v === 'initial' || v === 'revert' || v === 'revert-layer') return 'none';
  if (v === 'inherit' || v === 'unset') return null;
  return undefined;
}

/** The transform in force on an element: its own declaration, else its parent's (the property inherits). */
export function textTransformOf(el: ElementNode, styles: CaseStyles): TextTransform {
  for (let node: ElementNode | null = el; node; node = node.parent) {
    const own = declaredOn(node, styles);
    if (own !== null && own !== 'inherit') return own;
  }
  return 'none';
}

function declaredOn(el: ElementNode, styles: CaseStyles): TextTransform | 'inherit' | null {
  const cached = styles.declared.get(el);
  if (cached !== undefined) return cached;
  let best: { value: TextTransform | null; important: boolean; specificity: Selector['specificity']; order: number } | null = null;
  for (const rule of styles.rules) {
    rule.selectors ??= parseSelectorList(rule.selectorText);
    for (const selector of rule.selectors) {
      // A rule for every h1 of the site (`h1 { text-transform: uppercase }`) is theme typography that
      // a template's later sheets often undo; measured on trafilatura-eval, such rules disagreed with
      // the headline as shown more often than not. Rules naming a class, id or attribute are read.
      if (selector.specificity[0] + selector.specificity[1] === 0) continue;
      if (!matchesSelector(el, selector)) continue;
      const candidate = { value: rule.value, important: rule.important, specificity: selector.specificity, order: rule.order };
      if (!best || outranks(candidate, best)) best = candidate;
    }
  }
  // An inline style beats every rule of a sheet except an !important one.
  const inline = el.attrs.style === undefined ? null : /(?:^|;)\s*text-transform\s*:\s*([a-z-]+)\s*(!\s*important)?/i.exec(el.attrs.style);
  const inlineValue = inline ? transformValue(inline[1]) : undefined;
  let result: TextTransform | 'inherit' | null = best ? (best.value ?? 'inherit') : null;
  if (inlineValue !== undefined && (!best?.important || inline![2])) result = inlineValue ?? 'inherit';
  styles.declared.set(el, result);
  return result;
}

function outranks(
  a: { important: boolean; specificity: Selector['specificity']; order: number },
  b: { important: boolean; specificity: Selector['specificity']; order: number },
): boolean {
  if (a.important !== b.important) return a.important;
  return (compareSpecificity(a.specificity, b.specificity) || a.order - b.order) > 0;
}

/**
 * Text as shown under a transform. `before` is the character shown just before it, so that
 * `capitalize` knows whether the text starts a word.
 */
export function applyTextTransform(text: string, transform: TextTransform, lang: string | null, before = ' '): string {
  switch (transform) {
    case 'uppercase':
      return localeCase(text, lang, true);
    case 'lowercase':
      return localeCase(text, lang, false);
    case 'capitalize':
      // A word starts after anything but a letter, digit, mark or apostrophe ("l’homme" -> "L’homme").
      return `${before}${text}`
        .replace(/(^|[^\p{L}\p{N}\p{M}'’])(\p{L})/gu, (_, lead: string, letter: string) => lead + localeCase(letter, lang, true))
        .slice(before.length);
    default:
      return text;
  }
}

function localeCase(text: string, lang: string | null, upper: boolean): string {
  if (lang) {
    try {
      return upper ? text.toLocaleUpperCase(lang) : text.toLocaleLowerCase(lang);
    } catch {
      // not a valid language tag: the default mapping below
    }
  }
  return upper ? text.toUpperCase() : text.toLowerCase();
}
