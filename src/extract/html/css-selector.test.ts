import { describe, expect, it } from 'vitest';
import { compareSpecificity, matchesSelector, parseSelectorList } from './css-selector.js';
import { parsePage, walkElements, type ElementNode } from './tree.js';

const page = parsePage(`<html><body class="single post-12"><div id="main" class="wrap">
  <header class="post-header"><h1 class="entry-title big" data-role="headline" lang="de-AT">Pontoon opening delayed</h1></header>
  <ul class="menu"><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul>
</div></body></html>`);

function find(tag: string): ElementNode {
  let found: ElementNode | null = null;
  walkElements(page.root, (el) => {
    if (!found && el.tag === tag) found = el;
  });
  return found!;
}

const h1 = find('h1');
const matches = (selector: string, el = h1): boolean => parseSelectorList(selector).some((s) => matchesSelector(el, s));

describe('matchesSelector', () => {
  it.each([
    ['.entry-title', true],
    ['h1.entry-title.big', true],
    ['#main .post-header h1', true],
    ['.wrap > header > .entry-title', true],
    ['body.single .entry-title', true],
    ['[data-role="headline"]', true],
    ['[lang|=de]', true],
    ['[class~=big]', true],
    ['[class^="entry"]', true],
    ['h1:first-child', true],
    ['h1:not(.small)', true],
    ['.menu a, .entry-title', true],
    ['*', true],
  ])('%s matches the headline', (selector, expected) => {
    expect(matches(selector)).toBe(expected);
  });

  it.each([
    ['.entry', 'a class name is a whole token'],
    ['.Entry-title', 'class names are case-sensitive'],
    ['#main > h1', 'child, not descendant'],
    ['.menu h1', 'wrong ancestor'],
    ['h1:not(.big)', 'negation'],
    ['.entry-title:hover', 'a state the page is not in when read'],
    ['.entry-title::before', 'a generated box, not the text'],
    ['header + h1', 'sibling combinators are not read'],
    ['h1:nth-child(2)', 'unsupported pseudo-classes match nothing'],
    ['h1[', 'broken selector'],
    ['', 'empty selector'],
  ])('%s does not match (%s)', (selector) => {
    expect(matches(selector)).toBe(false);
  });

  it('matches links in the menu, the first and the last', () => {
    const links: ElementNode[] = [];
    walkElements(page.root, (el) => {
      if (el.tag === 'a') links.push(el);
    });
    expect(links.map((a) => matches('.menu li:first-child a', a))).toEqual([true, false]);
    expect(links.map((a) => matches('.menu li:last-child > a', a))).toEqual([false, true]);
  });
});

describe('specificity', () => {
  it('orders id over class over type', () => {
    const [id] = parseSelectorList('#main');
    const [cls] = parseSelectorList('.wrap .post-header h1');
    const [type] = parseSelectorList('body div header h1');
    expect(id.specificity).toEqual([1, 0, 0]);
    expect(cls.specificity).toEqual([0, 2, 1]);
    expect(compareSpecificity(id.specificity, cls.specificity)).toBeGreaterThan(0);
    expect(compareSpecificity(type.specificity, cls.specificity)).toBeLessThan(0);
  });
});
