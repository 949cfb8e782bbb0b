import { describe, expect, it } from 'vitest';
import { extractHtml } from './index.js';
import { brandName, siteNameFromTitle } from './title.js';
import { parsePage } from './tree.js';

/** A small article page: `head` goes into <head>, `top` above the body text. */
function page(head: string, top: string, url = 'https://news.example/story'): { title: string | null; source: string | null } {
  const html = `<html><head>${head}</head><body>
    <div class="site-branding"><h1 class="site-title"><a href="/">The Harbour Gazette</a></h1></div>
    <nav><a href="/">Home</a> <a href="/news">News</a></nav>
    <main><article>${top}
      <div class="article-body">
        <p>The harbour master said on Monday that the new pontoon would open to visiting yachts in April, a month later than planned, because of delays in the delivery of steel piles.</p>
        <p>Local sailing clubs had hoped to use the berths for the spring regatta, which brings several hundred visitors to the town every year, and will now have to find space elsewhere.</p>
      </div>
    </article></main></body></html>`;
  const r = extractHtml(html, url);
  return { title: r.title, source: r.sources?.title ?? null };
}

describe('title candidates', () => {
  it('takes the visible headline when og:title agrees with it', () => {
    const r = page('<meta property="og:title" content="Pontoon opening delayed until April">', '<h1>Pontoon opening delayed until April</h1>');
    expect(r).toEqual({ title: 'Pontoon opening delayed until April', source: 'heading:h1=meta' });
  });

  it('takes the JSON-LD headline as the reference', () => {
    const r = page(
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Pontoon opening delayed until April"}</script>',
      '<h1>Pontoon opening delayed until April</h1>',
    );
    expect(r.title).toBe('Pontoon opening delayed until April');
  });

  it('prefers the heading as shown when the metadata adds a kicker around it', () => {
    const r = page(
      '<meta property="og:title" content="Harbour works: Pontoon opening delayed until April">',
      '<h1>Pontoon opening delayed until April</h1>',
    );
    expect(r.title).toBe('Pontoon opening delayed until April');
  });

  it('drops a kicker printed inside the headline', () => {
    const r = page(
      '<meta property="og:title" content="Harbour: Pontoon opening delayed until April">',
      '<h1><span class="kicker">Harbour</span> <span>Pontoon opening delayed until April</span></h1>',
    );
    expect(r.title).toBe('Pontoon opening delayed until April');
  });

  it('drops a screen-reader label inside the headline', () => {
    const r = page('<title>Pontoon opening delayed until April | The Harbour Gazette</title>', '<h1><span class="sr-only">Headline:</span> Pontoon opening delayed until April</h1>');
    expect(r.title).toBe('Pontoon opening delayed until April');
  });

  it('removes the site-name suffix of <title> when nothing else names the headline', () => {
    const r = page('<title>Pontoon opening delayed until April | The Harbour Gazette</title>', '');
    expect(r).toEqual({ title: 'Pontoon opening delayed until April', source: 'title-segment' });
  });

  it('removes a site-name prefix too', () => {
    const r = page('<title>The Harbour Gazette - Pontoon opening delayed until April</title>', '');
    expect(r.title).toBe('Pontoon opening delayed until April');
  });

  it('matches a <title> segment with the post heading, not the blog name in the masthead', () => {
    const r = page('<title>The Harbour Gazette » Pontoon opening delayed until April</title>', '<h2 class="entry-title">Pontoon opening delayed until April</h2>');
    expect(r.title).toBe('Pontoon opening delayed until April');
    expect(r.source).toMatch(/^heading:/);
  });

  it('strips the site name from og:title when og:site_name names it', () => {
    const r = page(
      '<meta property="og:site_name" content="The Harbour Gazette"><meta property="og:title" content="Pontoon opening delayed until April | The Harbour Gazette">',
      '',
    );
    expect(r.title).toBe('Pontoon opening delayed until April');
  });

  it('falls back to the only <h1> near the article', () => {
    const r = page('', '<h1>Pontoon opening delayed until April</h1>');
    expect(r.title).toBe('Pontoon opening delayed until April');
  });

  it('decodes entities that the page encoded twice', () => {
    const r = page('<meta property="og:title" content="Pontoon &amp;#8211; opening delayed">', '');
    expect(r.title).toBe('Pontoon – opening delayed');
  });

  it('removes soft hyphens', () => {
    const r = page('', '<h1>Pon&shy;toon opening de&shy;layed until April</h1>');
    expect(r.title).toBe('Pontoon opening delayed until April');
  });
});

describe('title negative cases', () => {
  it('takes a <title> that is only the site name as a last resort, after any headline', () => {
    const head = '<meta property="og:site_name" content="The Harbour Gazette"><title>The Harbour Gazette</title>';
    expect(page(head, '<h2 class="entry-title">Pontoon opening delayed until April</h2>').title).toBe('Pontoon opening delayed until April');
    expect(page(head, '')).toEqual({ title: 'The Harbour Gazette', source: 'title' });
  });

  it('never takes the masthead <h1> over a <title> headline', () => {
    const r = page('<title>Pontoon opening delayed until April</title>', '');
    expect(r.title).toBe('Pontoon opening delayed until April');
  });

  it('has no title when the page gives none', () => {
    expect(extractHtml('<p>Only a paragraph of text, without any heading or title element at all.</p>', null).title).toBeNull();
  });
});

describe('siteNameFromTitle', () => {
  it.each([
    ['Pontoon opening delayed – The Harbour Gazette', 'Pontoon opening delayed', 'The Harbour Gazette'],
    ['The Harbour Gazette | Pontoon opening delayed', 'Pontoon opening delayed', 'The Harbour Gazette'],
    ['News | Pontoon opening delayed | The Harbour Gazette', 'Pontoon opening delayed', null],
    ['Pontoon opening delayed', 'Pontoon opening delayed', null],
    ['Something else entirely | Site', 'Pontoon opening delayed', null],
  ])('%s -> %s', (pageTitle, headline, expected) => {
    expect(siteNameFromTitle(pageTitle, headline)).toBe(expected);
  });
});

describe('brandName', () => {
  it.each([
    ['the logo image alt', '<div class="logo"><a href="/"><img src="l.png" alt="The Harbour Gazette"></a></div>', 'The Harbour Gazette'],
    ['the masthead link without its tagline', '<div class="site-branding"><a href="/">The Harbour Gazette</a> <small>News from the coast</small></div>', 'The Harbour Gazette'],
    ['nothing when there is no logo', '<div class="menu"><a href="/">Home</a></div>', null],
    ['nothing for a bare "Logo" alt', '<div class="logo"><img src="l.png" alt="Logo"></div>', null],
  ])('reads %s', (_name, html, expected) => {
    expect(brandName(parsePage(`<body>${html}<article><p>Text</p></article></body>`).root)).toBe(expected);
  });
});

describe('title: kickers, hidden parts and section names', () => {
  const bare = (head: string, body: string, bodyAttrs = ''): string | null =>
    extractHtml(
      `<html><head>${head}</head><body${bodyAttrs}><main><article>${body}<div class="article-body">
        <p>The harbour master said on Monday that the new pontoon would open to visiting yachts in April, a month later than planned, because of delays in the delivery of steel piles.</p>
        <p>Local sailing clubs had hoped to use the berths for the spring regatta, which brings several hundred visitors to the town every year, and will now have to find space elsewhere.</p>
      </div></article></main></body></html>`,
      'https://news.example/story',
    ).title;

  it.each([
    ['an unclassed first word in its own span, when og:title has it too',
      '<meta property="og:title" content="Ehestreit eskaliert - jetzt spricht der Anwalt">',
      '<h1><span class="mc">Ehestreit</span> eskaliert - jetzt spricht der Anwalt</h1>', '', 'Ehestreit eskaliert - jetzt spricht der Anwalt'],
    ['a kicker classed as one, even when og:title repeats it',
      '<meta property="og:title" content="Hafen: Pontoon opening delayed until April">',
      '<h1><span class="kicker">Hafen:</span> <span>Pontoon opening delayed until April</span></h1>', '', 'Pontoon opening delayed until April'],
    ['a kicker inside the link that wraps the headline',
      '<script type="application/ld+json">{"@type":"Article","headline":"Patch 4.2 - winter bugfix build"}</script>',
      '<h1><a href="/t/1"><span class="label">Patch Notes</span><span>&nbsp;</span>Patch 4.2 - winter bugfix build</a></h1>', '', 'Patch 4.2 - winter bugfix build'],
    ['a kicker set apart by a separator only screen readers get',
      '<meta property="og:title" content="Strompreise, Abschöpfung: Regierung drosselt Bioenergie">',
      '<h1><span class="topline-green">Strompreise – Abschöpfung</span><span class="invisible">: </span><span>Regierung drosselt Bioenergie, Branche protestiert</span></h1>', '',
      'Regierung drosselt Bioenergie, Branche protestiert'],
    ['headings (as shown, with curly quotes) on a page whose <body> class mentions a logo',
      '<meta property="og:title" content="Pontoon \'delayed\' until April">', '<h1>Pontoon ‘delayed’ until April</h1>', ' class="single has-mobile-logo"',
      'Pontoon ‘delayed’ until April'],
    ['not a screen-reader-only <h1> naming the page type',
      '<title>Harbour Office - detail</title><meta property="og:title" content="Pontoon opening delayed until April">',
      '<h1 class="hide-accessible">detail</h1><h1 class="page-headline">Pontoon opening delayed until April</h1>', '', 'Pontoon opening delayed until April'],
    ['a headline inside a field whose label is hidden',
      '<title>Pontoon \'delayed\' again | Harbour</title>',
      '<h1 class="page-title"><span class="field field--label-hidden">Pontoon ‘delayed’ again</span></h1>', '', 'Pontoon ‘delayed’ again'],
    ['a colon only screen readers get, attached to the kicker',
      '<title>Abrechnung: Musiker fordern ein neues Modell</title>',
      '<h2 class="headline"> <span class="emphasis"> <span>Abrechnung</span> <span class="o-VisuallyHidden">: </span> </span> <span>Musiker fordern ein neues Modell</span> </h2>', '',
      'Abrechnung: Musiker fordern ein neues Modell'],
    ['not a section heading equal to a short <title> segment',
      '<title>Harbour Office - Notices - Pontoon opening delayed until April because of late steel piles</title>',
      '<h1>Notices</h1>', '', 'Pontoon opening delayed until April because of late steel piles'],
  ])('takes %s', (_name, head, body, bodyAttrs, expected) => {
    expect(bare(head, body, bodyAttrs)).toBe(expected);
  });

  it('keeps a short headline that opens the <title> (negative case for section names)', () => {
    expect(bare('<title>Emden - Sehenswürdigkeiten und Attraktionen der Stadt</title>', '<h1>Emden</h1>')).toBe('Emden');
  });
});

describe('a site name in an unmarked heading', () => {
  it('takes the <title> headline over a heading that repeats its last, shorter segment', () => {
    const html = `<html><head><title>Why the river ferry stopped running | Quayside Notes</title></head><body>
      <div class="content"><h1>Quayside Notes</h1>
        <p>The ferry across the river at Millbrook made its last crossing on Sunday after the operator said the landing stage on the north bank was no longer safe to use.</p>
        <p>Commuters who relied on the crossing now face a drive of twenty minutes round by the bridge, and the parish council has asked the county to repair the landing stage before the summer.</p>
      </div></body></html>`;
    expect(extractHtml(html, 'https://riverside-blogs.example/2024/ferry').title).toBe('Why the river ferry stopped running');
  });

  it('keeps a heading that repeats the last segment when that segment is the longer headline', () => {
    const html = `<html><head><title>History | The mill that ground for three centuries</title></head><body>
      <div><h1>The mill that ground for three centuries</h1></div>
      <div class="content">
        <p>The water mill at Ashford ground flour from 1702 until the last miller retired in 1998, and the trust that now owns it hopes to have the wheel turning again by next spring.</p>
        <p>Volunteers have spent two winters rebuilding the sluice gates and replacing the oak teeth of the great spur wheel, using drawings found in the county archive.</p>
      </div></body></html>`;
    expect(extractHtml(html, 'https://ashford-trust.example/mill').title).toBe('The mill that ground for three centuries');
  });
});

