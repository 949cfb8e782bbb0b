import { describe, expect, it } from 'vitest';
import { extractBody } from './body.js';
import { parsePage } from './tree.js';

const P1 =
  'The regional rail operator will add two late-evening services between Carrow and Dunmere from January, after a survey found that many shift workers had no way home after ten.';
const P2 =
  'The new trains will leave Carrow at 23:10 and 23:55 on weekdays, and the operator said it would review passenger numbers after six months before deciding whether to keep them.';
const P3 =
  'Passenger groups welcomed the change but said weekend services, which end even earlier, were the bigger problem for people working in hospitals and care homes across the valley.';

function body(html: string): string {
  return extractBody(parsePage(html).root).paragraphs.join('\n\n');
}

/** An article with one piece of chrome `inside` the body, between the second and third paragraph. */
function withInside(inside: string): string {
  return body(`<html><body><nav><a href="/">Home</a></nav><article><div class="article-body">
    <p>${P1}</p><p>${P2}</p>${inside}<p>${P3}</p></div></article></body></html>`);
}

describe('extractBody keeps the article', () => {
  it('keeps every paragraph, in order, one per block', () => {
    expect(withInside('')).toBe([P1, P2, P3].join('\n\n'));
  });

  it('keeps subheadings, lists and quotes inside the article', () => {
    const text = withInside('<h2>What changes</h2><ul><li>two extra trains</li><li>a review after six months</li></ul><blockquote><p>“It is a start,” said one commuter.</p></blockquote>');
    expect(text).toContain('What changes\n\ntwo extra trains\n\na review after six months\n\n“It is a start,” said one commuter.');
  });

  it('reads a data table row by row', () => {
    const text = withInside('<table><tr><th>Train</th><th>Leaves</th></tr><tr><td>1</td><td>23:10</td></tr><tr><td>2</td><td>23:55</td></tr></table>');
    expect(text).toContain('Train Leaves\n\n1 23:10\n\n2 23:55');
  });

  it('joins a body split in two by an advert', () => {
    const text = body(`<html><body><div class="main"><div class="text"><p>${P1}</p><p>${P2}</p></div>
      <div class="ad-slot"><p>Advertisement</p></div><div class="text"><p>${P3}</p></div></div></body></html>`);
    expect(text).toBe([P1, P2, P3].join('\n\n'));
  });

  it('keeps a lede printed just before the body wrapper', () => {
    const lede = 'Late-night workers in the valley will finally have a train home, the operator has promised.';
    const text = body(`<html><body><div class="page"><h1>Later trains</h1><div class="lede"><p>${lede}</p></div>
      <div class="wrap"><div class="body"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div></div></div></body></html>`);
    expect(text.startsWith(lede)).toBe(true);
  });

  it('splits text at <br> into paragraphs', () => {
    expect(body(`<div class="post">${P1}<br><br>${P2}<br>${P3}</div>`)).toBe([P1, P2, P3].join('\n\n'));
  });

  it('retries without class-based pruning when the strict pass finds too little', () => {
    // The whole article sits in a wrapper whose class sounds like chrome.
    expect(body(`<body><div class="promo-frame sidebar-layout"><p>${P1}</p><p>${P2}</p></div></body>`)).toContain(P1);
  });
});

describe('extractBody leaves out chrome (negative cases)', () => {
  it.each([
    ['a share bar', '<div class="share-buttons"><a href="#">Share on Facebook</a><a href="#">Tweet</a></div>', 'Share on Facebook'],
    ['an advert box', '<div class="advertisement"><p>Buy a new sofa today with free delivery across the region</p></div>', 'sofa'],
    ['a related-links list', '<div class="related"><ul><li><a href="/a">Bus lane plans unveiled for the ring road</a></li><li><a href="/b">Station car park to close</a></li></ul></div>', 'Bus lane'],
    ['an unclassed link list', '<ul><li><a href="/a">Bus lane plans unveiled for the ring road</a></li><li><a href="/b">Station car park to close for good</a></li></ul>', 'Station car park'],
    ['a read-also line', '<p><strong>Read more: Bus lane plans unveiled for the ring road</strong></p>', 'Bus lane'],
    ['a German read-also line', '<p>Lesen Sie auch: Neue Buslinie ab Januar</p>', 'Lesen Sie auch'],
    ['a Spanish read-also line', '<p>Lea también: Nueva línea de autobús en enero</p>', 'Lea también'],
    ['a bare advert label', '<p>Anzeige</p>', 'Anzeige'],
    ['a picture credit', '<p>Foto: Archiv / Müller</p>', 'Foto:'],
    ['a figure caption', '<figure><img src="a.jpg"><figcaption>The new train at Carrow station on Monday morning.</figcaption></figure>', 'Monday morning'],
    ['a newsletter box', '<div class="newsletter-signup"><p>Get the best of the valley in your inbox every morning, sign up for free now.</p></div>', 'inbox'],
    ['a hidden element', '<div style="display:none"><p>This paragraph is hidden from readers and should never be extracted by anyone.</p></div>', 'hidden from readers'],
    ['a screen-reader skip link', '<div aria-hidden="true"><p>Icon label that is hidden from assistive technology users.</p></div>', 'Icon label'],
    ['a tweet button', '<p>Tweet</p>', 'Tweet'],
  ])('drops %s inside the article', (_name, inside, forbidden) => {
    const text = withInside(inside);
    expect(text).not.toContain(forbidden);
    expect(text).toContain(P3);
  });

  it.each([
    ['a cookie banner', '<div id="cookie-notice"><p>We use cookies to give you the best experience on our website and to analyse traffic.</p></div>', 'cookies'],
    ['a comment thread', '<section class="comments"><div class="comment"><p>I have been asking for this for years, finally someone listened to the people who work late.</p></div></section>', 'asking for this'],
    ['a site footer', '<footer><p>© 2023 Valley Courier. All rights reserved. Registered in England and Wales.</p></footer>', 'All rights reserved'],
    ['a sidebar', '<aside><h3>Most read</h3><p>Bridge to close for repairs over the winter months, council confirms.</p></aside>', 'Most read'],
  ])('drops %s around the article', (_name, chrome, forbidden) => {
    const text = body(`<html><body>${chrome}<article><div class="article-body"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div></article>${chrome}</body></html>`);
    expect(text).not.toContain(forbidden);
    expect(text).toContain(P1);
  });

  it('keeps an embedded tweet quoted in the article', () => {
    const tweet = '<div class="social-media-embed"><blockquote class="twitter-tweet"><p>Finally a train home after my shift!</p>— Night Nurse (@nightnurse)</blockquote></div>';
    expect(withInside(tweet)).toContain('Finally a train home after my shift!');
  });

  it('keeps a bare source URL line', () => {
    expect(withInside('<p><a href="https://rail.example/timetable">https://rail.example/timetable</a></p>')).toContain('https://rail.example/timetable');
  });

  it('returns nothing rather than chrome for a page without prose', () => {
    expect(extractBody(parsePage('<nav><a href="/">Home</a><a href="/news">News</a></nav>').root).paragraphs).toEqual([]);
  });
});

describe('extractBody recall retry', () => {
  it('still leaves out comment threads when it relaxes the class rules', () => {
    const text = body(`<body><div class="promo-frame"><p>${P1}</p></div><div class="comments"><p>${P2}</p><p>${P3}</p></div></body>`);
    expect(text).toContain(P1);
    expect(text).not.toContain(P2);
  });
});

describe('extractBody drops paywall and app prompts', () => {
  it.each([
    ['To view the full story, please subscribe to The Valley Times.'],
    ['If you are seeing this message but you are already a subscriber, you can log in for immediate access.'],
    ['Subscribe now to our digital edition for the full story.'],
    ['Jetzt Abo abschließen und den ganzen Artikel weiterlesen.'],
    ['For the latest stories download our news app for iOS and Android.'],
  ])('drops "%s"', (prompt) => {
    expect(withInside(`<p>${prompt}</p>`)).toBe([P1, P2, P3].join('\n\n'));
  });

  it('keeps prose about subscriptions (negative case)', () => {
    const line = 'The streaming service said it had lost 200,000 subscribers in the spring, its first fall in a decade, and would raise prices.';
    expect(withInside(`<p>${line}</p>`)).toBe([P1, P2, line, P3].join('\n\n'));
  });
});

describe('extractBody measures the prose on the page', () => {
  it('counts prose outside the chosen container, not menus', () => {
    const result = extractBody(parsePage(`<html><body><nav><a href="/">Home</a></nav>
      <div class="story"><p>${P1}</p><p>${P2}</p></div><div class="other"><p>${P3}</p></div>
      <ul><li><a href="/a">A link in a list of links</a></li><li><a href="/b">Another link in the list</a></li></ul></body></html>`).root);
    expect(result.pageProseChars).toBe(P1.length + P2.length + P3.length);
  });
});

describe('extractBody drops promotion, disclosure and label lines', () => {
  it.each([
    ['*Werbung. Dieser Beitrag enthält Werbung für eine Gartenmarke.'],
    ['Anzeige - Heute mal ausgehen? Wie wäre es mit:'],
    ['This post contains references to products from one or more of our advertisers.'],
    ['Follow The Valley Times on Twitter and Instagram @valleytimes'],
    ['Möchten Sie den Artikel teilen?'],
    ['Mehr zum Thema auf Bahnportal.de'],
    ['Mehr aus dem Ressort'],
    ['Entdecke weitere Reisegeschichten'],
    ['Sie müssen sich einloggen, um sich an einer Diskussion beteiligen zu können.'],
    ['LE PUEDE INTERESAR: Nuevos trenes nocturnos en el valle'],
    ['Das Thema könnte dich auch interessieren: Neue Nachtzüge'],
    ['Titelbild: Bahnhof Carrow am Abend'],
    ['Last Modified:'],
  ])('drops "%s"', (line) => {
    expect(withInside(`<p>${line}</p>`)).toBe([P1, P2, P3].join('\n\n'));
  });

  it.each([
    ['Mehr Geld für die Nachtzüge fordern die Gewerkschaften schon lange.'],
    ['Werbung für die neuen Züge machte der Betreiber vor allem im Radio, sagte der Sprecher.'],
    ['Follow-up checks on the new trains are planned for the spring.'],
  ])('keeps "%s" (negative case)', (line) => {
    expect(withInside(`<p>${line}</p>`)).toBe([P1, P2, line, P3].join('\n\n'));
  });
});
