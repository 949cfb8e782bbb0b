/**
 * A small CSS selector matcher for the light tree: type, class, id and attribute selectors,
 * descendant and child combinators, `:first-child`, `:last-child`, `:not()`. Enough to tell
 * which style rules reach a headline; not a browser. A selector using anything else
 * (sibling combinators, :hover, pseudo-elements) is read as matching nothing: a rule that
 * applies only on hover or to a ::before box does not change the headline's text.
 */
import type { ElementNode } from './tree.js';

interface AttributeTest {
  readonly name: string;
  /** `=`, `~=`, `|=`, `^=`, `$=`, `*=`, or '' for presence. */
  readonly op: string;
  readonly value: string;
  readonly caseless: boolean;
}

interface Compound {
  readonly tag: string | null;
  readonly ids: readonly string[];
  readonly classes: readonly string[];
  readonly attributes: readonly AttributeTest[];
  readonly structural: ReadonlyArray<'first-child' | 'last-child' | 'only-child' | 'root'>;
  readonly not: readonly Compound[];
}

export interface Selector {
  /** Compounds left to right; `combinators[i]` joins compounds i and i+1. */
  readonly compounds: readonly Compound[];
  readonly combinators: ReadonlyArray<' ' | '>'>;
  /** [ids, classes + attributes + pseudo-classes, types], compared in that order. */
  readonly specificity: readonly [number, number, number];
}

const IDENT = String.raw`-?(?:[A-Za-z_\u00a0-\uffff]|\\.)(?:[\w\u00a0-\uffff-]|\\.)*`;
const TOKEN = new RegExp(
  String.raw`^(?:(\s+)|(>)|([+~])|(\*)|(${IDENT})|\.(${IDENT})|#(${IDENT})|\[\s*(${IDENT})\s*(?:([~|^$*]?=)\s*(?:"([^"]*)"|'([^']*)'|(${IDENT}))\s*([iIsS])?\s*)?\]|(::?)(${IDENT})(?:\(((?:[^()]|\([^()]*\))*)\))?)`,
);

/** Pseudo-classes that always hold on a page as loaded. */
const STATIC_TRUE: ReadonlySet<string> = new Set(['link', 'any-link', 'defined', 'lang', 'dir']);

/** The selectors of a comma-separated list that this matcher understands. */
export function parseSelectorList(text: string): Selector[] {
  const out: Selector[] = [];
  for (const part of splitTopLevel(text)) {
    const selector = parseSelector(part);
    if (selector) out.push(selector);
  }
  return out;
}

function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter(Boolean);
}

function parseSelector(text: string): Selector | null {
  const compounds: Compound[] = [];
  const combinators: Array<' ' | '>'> = [];
  const specificity: [number, number, number] = [0, 0, 0];
  let pending: ' ' | '>' | null = null;
  let rest = text.trim();
  while (rest) {
    const compound = parseCompound(rest, specificity);
    if (!compound) return null;
    if (compounds.length) combinators.push(pending ?? ' ');
    compounds.push(compound.compound);
    rest = compound.rest;
    pending = null;
    const combinator = /^\s*([>+~])\s*|^\s+/.exec(rest);
    if (!combinator) break;
    if (combinator[1] === '+' || combinator[1] === '~') return null;
    pending = combinator[1] === '>' ? '>' : ' ';
    rest = rest.slice(combinator[0].length);
  }
  if (rest || pending || !compounds.length) return null;
  return { compounds, combinators, specificity };
}

/** One compound selector (`h1.title#main[lang]`) from the front of `text`, counting its specificity. */
function parseCompound(text: string, specificity: [number, number, number]): { compound: Compound; rest: string } | null {
  let tag: string | null = null;
  const ids: string[] = [];
  const classes: string[] = [];
  const attributes: AttributeTest[] = [];
  const structural: Array<Compound['structural'][number]> = [];
  const not: Compound[] = [];
  let rest = text;
  let parts = 0;
  for (;;) {
    const m = TOKEN.exec(rest);
    // Whitespace and combinators end the compound; the caller reads them.
    if (!m || m[1] || m[2] || m[3]) break;
    if (m[4]) {
      if (parts) return null;
    } else if (m[5]) {
      if (parts) return null;
      tag = unescape(m[5]).toLowerCase();
      specificity[2]++;
    } else if (m[6]) {
      classes.push(unescape(m[6]));
      specificity[1]++;
    } else if (m[7]) {
      ids.push(unescape(m[7]));
      specificity[0]++;
    } else if (m[8]) {
      attributes.push({
        name: unescape(m[8]).toLowerCase(),
        op: m[9] ?? '',
        value: m[10] ?? m[11] ?? (m[12] ? unescape(m[12]) : ''),
        caseless: m[13] === 'i' || m[13] === 'I',
      });
      specificity[1]++;
    } else if (m[14]) {
      // Pseudo-elements (::before, :first-letter) and states (:hover) never describe the headline's own text.
      if (m[14] === '::') return null;
      const name = m[15].toLowerCase();
      const arg = m[16];
      if (name === 'not' && arg !== undefined) {
        for (const inner of splitTopLevel(arg)) {
          const parsed = parseCompound(inner, [0, 0, 0]);
          if (!parsed || parsed.rest.trim()) return null;
          not.push(parsed.compound);
        }
        specificity[1]++;
      } else if (name === 'first-child' || name === 'last-child' || name === 'only-child' || name === 'root') {
        structural.push(name);
        specificity[1]++;
      } else if (STATIC_TRUE.has(name)) {
        specificity[1]++;
      } else {
        return null;
      }
    }
    rest = rest.slice(m[0].length);
    parts++;
  }
  if (!parts) return null;
  return { compound: { tag, ids, classes, attributes, structural, not }, rest };
}

function unescape(ident: string): string {
  return ident.replace(/\\(.)/g, '$1');
}

/** Whether the selector matches the element in its tree. */
export function matchesSelector(el: ElementNode, selector: Selector): boolean {
  return matchFrom(el, selector, selector.compounds.length - 1);
}

function matchFrom(el: ElementNode, selector: Selector, index: number): boolean {
  if (!matchesCompound(el, selector.compounds[index])) return false;
  if (index === 0) return true;
  const combinator = selector.combinators[index - 1];
  if (combinator === '>') return el.parent !== null && matchFrom(el.parent, selector, index - 1);
  for (let up = el.parent; up; up = up.parent) if (matchFrom(up, selector, index - 1)) return true;
  return false;
}

function matchesCompound(el: ElementNode, c: Compound): boolean {
  if (c.tag !== null && c.tag !== el.tag) return false;
  if (c.ids.length && !c.ids.every((id) => el.attrs.id === id)) return false;
  if (c.classes.length) {
    const own = (el.attrs.class ?? '').split(/\s+/);
    if (!c.classes.every((cls) => own.includes(cls))) return false;
  }
  for (const a of c.attributes) if (!matchesAttribute(el.attrs[a.name], a)) return false;
  for (const s of c.structural) if (!matchesStructural(el, s)) return false;
  for (const n of c.not) if (matchesCompound(el, n)) return false;
  return true;
}

function matchesAttribute(actual: string | undefined, test: AttributeTest): boolean {
  if (actual === undefined) return false;
  const have = test.caseless ? actual.toLowerCase() : actual;
  const want = test.caseless ? test.value.toLowerCase() : test.value;
  switch (test.op) {
    case '':
      return true;
    case '=':
      return have === want;
    case '~=':
      return have.split(/\s+/).includes(want);
    case '|=':
      return have === want || have.startsWith(`${want}-`);
    case '^=':
      return want !== '' && have.startsWith(want);
    case '$=':
      return want !== '' && have.endsWith(want);
    default:
      return want !== '' && have.includes(want);
  }
}

function matchesStructural(el: ElementNode, test: Compound['structural'][number]): boolean {
  if (test === 'root') return el.parent === null;
  const parent = el.parent;
  if (!parent) return false;
  const siblings = parent.children.filter((c): c is ElementNode => c.kind === 'element');
  if (test === 'first-child') return siblings[0] === el;
  if (test === 'last-child') return siblings[siblings.length - 1] === el;
  return siblings.length === 1;
}

/** Negative when a is less specific than b. */
export function compareSpecificity(a: Selector['specificity'], b: Selector['specificity']): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}
