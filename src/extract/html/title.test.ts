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

  it('keeps soft hyphens as the page writes them', () => {
    const r = page('', '<h1>Pon&shy;toon opening de&shy;layed until April</h1>');
    expect(r.title).toBe('Pon\u00adtoon opening de\u00adlayed until April');
  });

  it('takes the metadata spelling when only one copy of the headline has soft hyphens', () => {
    const metaHas = page('<meta property="og:title" content="Pon&shy;toon opening delayed until April">', '<h1>Pontoon opening delayed until April</h1>');
    expect(metaHas.title).toBe('Pon\u00adtoon opening delayed until April');
    const headingHas = page('<meta property="og:title" content="Pontoon opening delayed until April">', '<h1>Pon&shy;toon opening delayed until April</h1>');
    expect(headingHas.title).toBe('Pontoon opening delayed until April');
  });
});

describe('title: the headline as shown (CSS text-transform)', () => {
  const styled = (style: string, heading: string, head = ''): string | null =>
    page(`${head}<style>${style}</style>`, heading).title;

  it('gives the headline in capitals when a rule for its class says uppercase', () => {
    expect(styled('.post-header .entry-title { font-weight: 700; text-transform: uppercase }', '<header class="post-header"><h1 class="entry-title">Pontoon opening delayed until April</h1></header>'))
      .toBe('PONTOON OPENING DELAYED UNTIL APRIL');
  });

  it('reads an inline style and the case rules of the page language', () => {
    const html = `<html lang="de"><head><title>Straße nach Süden gesperrt | Harbour</title></head><body><main><article>
      <h1 style="text-transform:uppercase">Straße nach Süden gesperrt</h1>
      <p>Die Straße am Hafen bleibt bis Freitag gesperrt, weil die Stadtwerke eine Leitung unter der Fahrbahn erneuern müssen und die Arbeiten länger dauern als geplant.</p>
      <p>Der Busverkehr wird über die Deichstraße umgeleitet; die Haltestelle am Fischmarkt entfällt für die Dauer der Bauarbeiten.</p>
    </article></main></body></html>`;
    expect(extractHtml(html, null).title).toBe('STRASSE NACH SÜDEN GESPERRT');
  });

  it('applies the transform to the headline without its kicker', () => {
    const heading = '<h1 class="headline"><span class="kicker">Harbour</span> <span>Pontoon opening delayed until April</span></h1>';
    expect(styled('.headline{text-transform:uppercase}', heading, '<meta property="og:title" content="Harbour: Pontoon opening delayed until April">'))
      .toBe('PONTOON OPENING DELAYED UNTIL APRIL');
  });

  it('keeps the markup case under a rule for every <h1> of the site, a phone-only rule, or a hover rule', () => {
    const heading = '<h1 class="entry-title">Pontoon opening delayed until April</h1>';
    expect(styled('h1 { text-transform: uppercase }', heading)).toBe('Pontoon opening delayed until April');
    expect(styled('@media (max-width: 600px) { .entry-title { text-transform: uppercase } }', heading)).toBe('Pontoon opening delayed until April');
    expect(styled('.entry-title:hover { text-transform: uppercase }', heading)).toBe('Pontoon opening delayed until April');
    expect(styled('.entry-title { text-transform: uppercase } .entry-title { text-transform: none }', heading)).toBe('Pontoon opening delayed until April');
  });

  it('does not capitalize words the markup writes in lower case', () => {
    expect(styled('.entry-title { text-transform: capitalize }', '<h1 class="entry-title">Pontoon opening delayed until April</h1>')).toBe('Pontoon opening delayed until April');
  });
});

describe('title: which of several headlines', () => {
  /** `top` goes above the article, `inside` into it, above the body text. */
  const article = (head: string, top: string, inside = ''): string | null =>
    extractHtml(
      `<html><head>${head}</head><body>${top}<main><article>${inside}<div class="article-body">
        <p>The harbour master said on Monday that the new pontoon would open to visiting yachts in April, a month later than planned, because of delays in the delivery of steel piles.</p>
        <p>Local sailing clubs had hoped to use the berths for the spring regatta, which brings several hundred visitors to the town every year, and will now have to find space elsewhere.</p>
      </div></article></main></body></html>`,
      'https://news.example/story',
    ).title;

  it('takes a heading that agrees with og:title when the JSON-LD headline is another one', () => {
    const head = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Regatta moves after pontoon delay"}</script>
      <meta property="og:title" content="Pontoon opening delayed until April">`;
    const top = '<div class="top"><h1 class="article-headline">Pontoon opening delayed until April</h1></div><div class="promo"><h1>The Gazette newsletter</h1></div>';
    expect(article(head, top)).toBe('Pontoon opening delayed until April');
  });

  it('takes a heading that agrees with the second of two JSON-LD headlines', () => {
    const head = `<script type="application/ld+json">[{"@type":"NewsArticle","headline":"Regatta moves after pontoon delay"},
      {"@type":"NewsArticle","headline":"Pontoon opening delayed until April"}]</script>`;
    const top = '<div class="top"><h1>Pontoon opening delayed until April</h1></div><div class="promo"><h1>The Gazette newsletter</h1></div>';
    expect(article(head, top)).toBe('Pontoon opening delayed until April');
  });

  it('takes the <h1> equal to the JSON-LD headline over a styled heading equal to og:title, even in a breadcrumb', () => {
    const head = `<title>Harbour works: pontoon opening delayed until April | Gazette</title>
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour works: pontoon opening delayed until April"}</script>
      <meta property="og:title" content="Pontoons: steel piles arrive late">`;
    const top = `<nav><ol class="breadcrumb"><li><a href="/">Gazette</a></li><li><h1>Harbour works: pontoon opening delayed until April</h1></li></ol></nav>
      <article><header><h2 class="article-headline">Pontoons: steel piles arrive late</h2></header>`;
    expect(article(head, top)).toBe('Harbour works: pontoon opening delayed until April');
  });

  it('takes the element marked itemprop=headline when no metadata agrees', () => {
    const head = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Pontoon: late"}</script>';
    expect(article(head, '<main><h1 itemprop="headline"><div class="title__name">Steel piles arrive late at the harbour</div></h1></main>')).toBe('Steel piles arrive late at the harbour');
  });

  it('takes the only <h1>, even away from the body, over a differently worded og:title', () => {
    const head = '<meta property="og:title" content="Leasing a berth or buying one: which pays off?">';
    const top = '<div class="hero"><h1 class="entry-title">Berths: lease or buy?</h1></div><div><div><div><div><div class="spacer"></div></div></div></div></div>';
    expect(article(head, top)).toBe('Berths: lease or buy?');
  });

  it('takes the first of several <h1>s near the body, but not a label ending in a colon', () => {
    const head = '<meta property="og:title" content="Join our harbour club today!">';
    expect(article(head, '', '<h1>Pontoon opening delayed until April</h1><h1>How to apply</h1>')).toBe('Pontoon opening delayed until April');
    expect(article(head, '', '<h1>Donate to the club:</h1><h1>How to apply</h1>')).toBe('Join our harbour club today!');
  });

  it('takes og:title over an <h1> near the body when the page has many <h1>s', () => {
    const head = '<meta property="og:title" content="The most beautiful end of the world: Montauk">';
    const top = '<div class="promo"><h1>Our newsletter</h1></div><div class="shop"><h1>Travel guides</h1></div>';
    expect(article(head, top, '<h1>If not now, when?</h1>')).toBe('The most beautiful end of the world: Montauk');
    expect(article(head, '', '<h1>If not now, when?</h1>')).toBe('If not now, when?');
  });

  it('takes a short <h1> near the body', () => {
    expect(article('<meta property="og:title" content="Professional design for harbour businesses | Quay Studio">', '', '<h1>Design</h1>')).toBe('Design');
  });

  it('takes the heading that opens the body over a <title> naming the site and section', () => {
    const top = '<div id="menu"><a href="/">Home</a> <a href="/training">Training</a></div><div id="body"><h2>Boat crew training</h2>';
    const html = `<html><head><title>Harbour Fire Brigade - Training</title></head><body>${top}
      <p>Every member of the boat crew trains twice a month on the river, in all weathers, with the two inflatable boats the brigade keeps at the harbour station.</p>
      <p>New members first learn knots, radio procedure and first aid on land before they join the exercises on the water in their second year.</p></div></body></html>`;
    expect(extractHtml(html, null).title).toBe('Boat crew training');
  });

  it('never takes a heading that is only a link to the front page', () => {
    const head = '<title>Salsa steps - Rueda in Berlin</title>';
    const top = '<div id="header"><h1><a href="/"><span>Rueda in Berlin</span></a></h1></div><div id="page-title">Salsa steps</div>';
    expect(article(head, top)).toBe('Salsa steps');
  });

  it('takes the <title> over the first of many <h1>s (sections of a one-page site)', () => {
    const html = `<html><head><title>harbour-pictures</title></head><body>
      <div class="intro"><div><h1>Pictures of the harbour</h1></div><div><h1>Bilder vom Hafen</h1></div><div><h1>Photos du port</h1></div></div>
      <div class="gallery"><div><div><div><div class="text">
        <p>These photographs of boats, cranes and quays were taken over twenty years, in every season and at every hour of the day and night.</p>
        <p>In the reduced size shown here they may be used under the licence described below; ask us for the full resolution.</p>
      </div></div></div></div></div>
    </body></html>`;
    expect(extractHtml(html, 'https://harbour-pictures.example/').title).toBe('harbour-pictures');
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

