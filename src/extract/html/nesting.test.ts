import { describe, expect, it } from 'vitest';
import { shallowHtml } from './nesting.js';

const PARAGRAPH = 'The harbour board met on Tuesday and agreed to dredge the channel before the autumn storms. ';

describe('shallowHtml', () => {
  it('drops the tags past the depth limit and keeps their text', () => {
    const html = `${'<section>'.repeat(30_000)}<p>${PARAGRAPH}</p>${'</section>'.repeat(30_000)}`;
    const shallow = shallowHtml(html);
    expect(shallow.flattened).toBe(true);
    expect(shallow.html.match(/<section>/g)).toHaveLength(1000);
    expect(shallow.html.match(/<\/section>/g)).toHaveLength(1000);
    expect(shallow.html).toContain(`<p>${PARAGRAPH}</p>`);
  });

  it('leaves a long page alone when end tags of paragraphs and list items are left out', () => {
    const items = Array.from({ length: 3000 }, (_, i) => `<li>Item ${i}<p>${PARAGRAPH}`).join('\n');
    const html = `<html><body><div class="story"><ul>${items}</ul></div></body></html>`;
    expect(html.length).toBeGreaterThan(100_000);
    expect(shallowHtml(html)).toEqual({ html, flattened: false });
  });

  it('does not scan short pages', () => {
    const html = `${'<div>'.repeat(5000)}x`;
    expect(shallowHtml(html)).toEqual({ html, flattened: false });
  });
});
