import { describe, expect, it } from 'vitest';
import { applyTextTransform, readCaseStyles, textTransformOf } from './text-transform.js';
import { parsePage, walkElements, type ElementNode } from './tree.js';

/** The transform in force on the first element with class `target`. */
function transformOf(html: string): string {
  const page = parsePage(html);
  let target: ElementNode | null = null;
  walkElements(page.root, (el) => {
    if (!target && (el.attrs.class ?? '').split(' ').includes('target')) target = el;
  });
  return textTransformOf(target!, readCaseStyles(page.styles));
}

const heading = '<div class="post"><h1 class="title"><span class="target">Pontoon delayed</span></h1></div>';

describe('textTransformOf', () => {
  it.each([
    ['a rule on the heading, inherited by its text', '.post .title { text-transform: uppercase }', 'uppercase'],
    ['the more specific rule', '.post .title { text-transform: uppercase } .title { text-transform: none }', 'uppercase'],
    ['the later of two equal rules', '.title { text-transform: uppercase } .title { text-transform: lowercase }', 'lowercase'],
    ['an !important rule over a more specific one', '.title { text-transform: uppercase !important } .post .title { text-transform: none }', 'uppercase'],
    ['a rule inside a desktop media query', '@media screen and (min-width: 768px) { .title { text-transform: uppercase } }', 'uppercase'],
    ['not a phone-only rule', '@media (max-width: 767px) { .title { text-transform: uppercase } }', 'none'],
    ['not a print rule', '@media print { .title { text-transform: uppercase } }', 'none'],
    ['not a rule in a comment', '/* .title { text-transform: uppercase } */ .title { color: red }', 'none'],
    ['past @font-face and @keyframes blocks', '@font-face { font-family: X; src: url(x.woff) } @keyframes f { from { opacity: 0 } to { opacity: 1 } } .title { text-transform: uppercase }', 'uppercase'],
    ['not a bare type rule for every h1', 'h1 { text-transform: uppercase }', 'none'],
    ['an inherit on the span, taking the heading value', '.title { text-transform: uppercase } .post .target { text-transform: inherit }', 'uppercase'],
  ])('reads %s', (_name, css, expected) => {
    expect(transformOf(`<html><head><style>${css}</style></head><body>${heading}</body></html>`)).toBe(expected);
  });

  it('reads inline styles and framework utility classes', () => {
    expect(transformOf('<body><h1 style="color:red; text-transform: uppercase"><span class="target">Pontoon</span></h1></body>')).toBe('uppercase');
    expect(transformOf('<body><h1 class="text-uppercase"><span class="target">Pontoon</span></h1></body>')).toBe('uppercase');
    expect(transformOf('<body><h1 class="uppercase"><b class="target normal-case">Pontoon</b></h1></body>')).toBe('none');
  });

  it('lets an inline style beat a sheet rule unless the rule is !important', () => {
    const css = '<style>.title { text-transform: uppercase }</style>';
    expect(transformOf(`${css}<h1 class="title target" style="text-transform:none">Pontoon</h1>`)).toBe('none');
    expect(transformOf(`<style>.title { text-transform: uppercase !important }</style><h1 class="title target" style="text-transform:none">Pontoon</h1>`)).toBe('uppercase');
  });

  it('is none when the page has no style', () => {
    expect(transformOf(`<body>${heading}</body>`)).toBe('none');
  });
});

describe('applyTextTransform', () => {
  it.each([
    ['Straße nach Süden', 'uppercase', 'de', 'STRASSE NACH SÜDEN'],
    ['istanbul ve izmir', 'uppercase', 'tr', 'İSTANBUL VE İZMİR'],
    ['Ειδήσεις', 'uppercase', 'el', 'ΕΙΔΗΣΕΙΣ'],
    ['Pontoon DELAYED', 'lowercase', null, 'pontoon delayed'],
    ['l’opening of the pontoon-bridge', 'capitalize', 'en', 'L’opening Of The Pontoon-Bridge'],
    ['Pontoon delayed', 'none', null, 'Pontoon delayed'],
    ['Pontoon delayed', 'uppercase', 'not a language tag!', 'PONTOON DELAYED'],
  ] as const)('%s -> %s (%s)', (text, transform, lang, expected) => {
    expect(applyTextTransform(text, transform, lang)).toBe(expected);
  });

  it('capitalizes a text node only where a word starts', () => {
    expect(applyTextTransform('tar adds evidence', 'capitalize', null, 'h')).toBe('tar Adds Evidence');
    expect(applyTextTransform('tar adds evidence', 'capitalize', null, ' ')).toBe('Tar Adds Evidence');
  });
});
