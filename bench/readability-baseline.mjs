// Baselines for bench/extraction.mjs: Mozilla Readability 0.6 on linkedom and on jsdom,
// with the same output shape as our extractor ({ text, title, published }).
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

let JSDOM = null;
let VirtualConsole = null;

/** Loads jsdom lazily: it is a devDependency and slow to import. */
export async function loadJsdom() {
  if (JSDOM) return true;
  try {
    ({ JSDOM, VirtualConsole } = await import('jsdom'));
    return true;
  } catch {
    return false;
  }
}

function fromArticle(article) {
  const text = (article?.textContent ?? '')
    .split(/\n\s*\n+/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
  return {
    text,
    title: article?.title?.trim() || null,
    published: article?.publishedTime?.slice(0, 10) ?? null,
  };
}

export function readabilityLinkedom(html) {
  const { document } = parseHTML(html);
  return fromArticle(new Readability(document).parse());
}

export function readabilityJsdom(html, url) {
  if (!JSDOM) throw new Error('jsdom is not loaded; call loadJsdom() first');
  // A fresh VirtualConsole with no sink drops jsdom's CSS parse complaints.
  const virtualConsole = new VirtualConsole();
  let dom;
  try {
    dom = new JSDOM(html, url && /^https?:/.test(url) ? { url, virtualConsole } : { virtualConsole });
  } catch {
    dom = new JSDOM(html, { virtualConsole });
  }
  try {
    return fromArticle(new Readability(dom.window.document).parse());
  } finally {
    dom.window.close();
  }
}
