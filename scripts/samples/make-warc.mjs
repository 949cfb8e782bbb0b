// Writes samples/archive.warc: an uncompressed WARC/1.0 file with a warcinfo record,
// one request/response pair for an HTML article and one image/png response that
// readers must skip. Content-Length values are byte counts of Buffers, never string
// lengths, because the article contains multi-byte UTF-8 characters (’ “ ” £ –).
// Dates and record ids are fixed so re-running the script reproduces the same bytes.
// Run: node scripts/samples/make-warc.mjs
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const OUT = fileURLToPath(new URL('../../samples/archive.warc', import.meta.url));
const CRLF = '\r\n';
const CAPTURED_AT = '2025-03-11T08:14:52Z';
const ARTICLE_URL = 'https://www.riversideobserver.example/news/crime/2025/03/10/former-customs-chief-jailed-six-years';
const IMAGE_URL = 'https://www.riversideobserver.example/static/img/pixel.png';

const ARTICLE_HTML = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Former customs chief jailed for six years over bribes to wave through containers | Riverside Observer</title>
<meta property="og:site_name" content="Riverside Observer">
<meta property="og:title" content="Former customs chief jailed for six years over bribes to wave through containers">
<meta property="article:published_time" content="2025-03-10T17:30:00+00:00">
<link rel="canonical" href="${ARTICLE_URL}">
<link rel="stylesheet" href="/static/css/observer.css">
</head>
<body>
<div class="cookie-banner">We use cookies to make this site work and to understand how it is used. <button>Accept</button> <button>Reject</button></div>
<header class="masthead">
<a class="logo" href="/">Riverside Observer</a>
<nav><a href="/news">News</a> <a href="/news/crime">Crime</a> <a href="/sport">Sport</a> <a href="/whats-on">What’s On</a> <a href="/property">Property</a> <a href="/jobs">Jobs</a> <a href="/announcements">Announcements</a></nav>
</header>
<div class="advert leaderboard">Advertisement</div>
<main>
<article>
<h1>Former customs chief jailed for six years over bribes to wave through containers</h1>
<div class="byline">By Owen Harcourt, Crime Reporter</div>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email</a></div>
<figure><img src="/static/img/2025/03/court-exterior.jpg" alt=""><figcaption>Marrow Bay Crown Court, where the trial took place. Picture: Observer</figcaption></figure>
<div class="article-body">
<p>A former head of customs at the Port of Marrow Bay has been jailed for six years for taking more than £380,000 in bribes to let shipping containers through without inspection.</p>
<p>Graham Pell, 61, of Hollins Road, Westmere, was convicted last month of misconduct in public office and conspiracy to commit bribery after a seven-week trial at Marrow Bay Crown Court.</p>
<p>Sentencing him on Monday, Judge Harriet Copeland said Pell had “sold the trust placed in him, container by container, for years”. “You were the person whose job it was to stop this. Instead you made it possible,” she told him.</p>
<p>The court heard that between 2019 and 2022 Pell received cash payments and holidays from a freight agent, Darren Keane, in return for marking at least 140 containers as checked when they had not been opened. Prosecutors said some of the containers held undeclared cigarettes and counterfeit clothing on which an estimated £4.2 million in duty was evaded.</p>
<div class="advert mpu">Advertisement</div>
<p>Keane, 47, who pleaded guilty, was jailed for four years and eight months. Two other men, a warehouse manager and a lorry driver, received suspended sentences.</p>
<p>The scheme came to light in March 2023, when a junior officer reported that containers she had flagged for inspection had been cleared without her knowledge. Police arrested Pell and three other men in dawn raids the following month.</p>
<p>“This was a betrayal of colleagues who do a difficult job honestly every day,” said Detective Inspector Ruth Adeyemi of the regional organised crime unit, who led the investigation.</p>
<p>Pell’s barrister, Nicholas Frame KC, told the court that his client had been “drawn in gradually” at a time of serious financial difficulty after his divorce, and that he had lost his pension and his reputation.</p>
<p>The port operator said it had since introduced random second checks on cleared containers and a rule that two officers must sign off every release.</p>
<p>Proceedings to recover Pell’s assets under the Proceeds of Crime Act will be heard in the summer.</p>
</div>
</article>
<aside class="related"><h3>Related stories</h3><ul>
<li><a href="/news/crime/2025/02/14/customs-chief-guilty">Customs chief found guilty after seven-week trial</a></li>
<li><a href="/news/2024/11/03/port-expansion-approved">Port expansion approved despite objections</a></li>
</ul></aside>
<section class="newsletter"><h3>Get the Observer daily email</h3><p>The day’s local news, every evening at 6pm.</p><input type="email" placeholder="Email address"><button>Sign up</button></section>
<section class="comments"><h3>Comments (12)</h3>
<div class="comment"><b>westmere_resident</b><p>Six years seems light for the damage done.</p></div>
<div class="comment"><b>PortWorker22</b><p>Credit to the junior officer who spoke up. That takes courage.</p></div>
</section>
</main>
<footer><a href="/contact">Contact us</a> · <a href="/privacy">Privacy notice</a> · <a href="/terms">Terms</a> · © 2025 Riverside Observer Newspapers Ltd</footer>
</body>
</html>
`;

// A real 1x1 transparent PNG: enough for a reader to see an image payload it must skip.
const PNG_1X1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/** WARC digests are SHA-1 in base32 (RFC 4648 alphabet), as written by common crawlers. */
function sha1Base32(buf) {
  const digest = createHash('sha1').update(buf).digest();
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of digest) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += alphabet[(value << (5 - bits)) & 31];
  return `sha1:${out}`;
}

/** Stable urn:uuid derived from a name, so the file is reproducible. */
function recordId(name) {
  const h = createHash('sha1').update(`dateline-samples:${name}`).digest('hex');
  return `<urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}>`;
}

function httpMessage(startLine, headers, body) {
  const head = [startLine, ...headers.map(([k, v]) => `${k}: ${v}`)].join(CRLF) + CRLF + CRLF;
  return Buffer.concat([Buffer.from(head, 'utf8'), body]);
}

function record(headers, block) {
  const all = [...headers, ['Content-Length', String(block.length)]];
  const head = ['WARC/1.0', ...all.map(([k, v]) => `${k}: ${v}`)].join(CRLF) + CRLF + CRLF;
  return Buffer.concat([Buffer.from(head, 'utf8'), block, Buffer.from(CRLF + CRLF, 'utf8')]);
}

const warcinfo = Buffer.from(
  [
    'software: dateline scripts/samples/make-warc.mjs',
    'format: WARC File Format 1.0',
    'conformsTo: http://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.0/',
    'description: Dateline sample archive; invented pages, free to use under the MIT licence',
    'isPartOf: dateline-samples',
  ].join(CRLF) + CRLF,
  'utf8',
);

const requestBlock = httpMessage(
  'GET /news/crime/2025/03/10/former-customs-chief-jailed-six-years HTTP/1.1',
  [
    ['Host', 'www.riversideobserver.example'],
    ['User-Agent', 'Mozilla/5.0 (compatible; DatelineSampleCrawler/1.0)'],
    ['Accept', 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.8'],
    ['Accept-Language', 'en-GB,en;q=0.8'],
    ['Connection', 'close'],
  ],
  Buffer.alloc(0),
);

const articleBody = Buffer.from(ARTICLE_HTML, 'utf8');
const articleBlock = httpMessage(
  'HTTP/1.1 200 OK',
  [
    ['Date', 'Tue, 11 Mar 2025 08:14:52 GMT'],
    ['Server', 'nginx'],
    ['Content-Type', 'text/html; charset=utf-8'],
    ['Content-Length', String(articleBody.length)],
    ['Cache-Control', 'max-age=300'],
    ['Connection', 'close'],
  ],
  articleBody,
);

const imageBlock = httpMessage(
  'HTTP/1.1 200 OK',
  [
    ['Date', 'Tue, 11 Mar 2025 08:14:53 GMT'],
    ['Server', 'nginx'],
    ['Content-Type', 'image/png'],
    ['Content-Length', String(PNG_1X1.length)],
    ['Connection', 'close'],
  ],
  PNG_1X1,
);

const requestId = recordId('article-request');
const records = [
  record(
    [
      ['WARC-Type', 'warcinfo'],
      ['WARC-Date', CAPTURED_AT],
      ['WARC-Record-ID', recordId('warcinfo')],
      ['WARC-Filename', 'archive.warc'],
      ['Content-Type', 'application/warc-fields'],
    ],
    warcinfo,
  ),
  record(
    [
      ['WARC-Type', 'request'],
      ['WARC-Target-URI', ARTICLE_URL],
      ['WARC-Date', CAPTURED_AT],
      ['WARC-Record-ID', requestId],
      ['WARC-Concurrent-To', recordId('article-response')],
      ['WARC-Block-Digest', sha1Base32(requestBlock)],
      ['Content-Type', 'application/http; msgtype=request'],
    ],
    requestBlock,
  ),
  record(
    [
      ['WARC-Type', 'response'],
      ['WARC-Target-URI', ARTICLE_URL],
      ['WARC-Date', CAPTURED_AT],
      ['WARC-Record-ID', recordId('article-response')],
      ['WARC-IP-Address', '192.0.2.44'],
      ['WARC-Block-Digest', sha1Base32(articleBlock)],
      ['WARC-Payload-Digest', sha1Base32(articleBody)],
      ['Content-Type', 'application/http; msgtype=response'],
    ],
    articleBlock,
  ),
  record(
    [
      ['WARC-Type', 'response'],
      ['WARC-Target-URI', IMAGE_URL],
      ['WARC-Date', '2025-03-11T08:14:53Z'],
      ['WARC-Record-ID', recordId('image-response')],
      ['WARC-IP-Address', '192.0.2.44'],
      ['WARC-Block-Digest', sha1Base32(imageBlock)],
      ['WARC-Payload-Digest', sha1Base32(PNG_1X1)],
      ['Content-Type', 'application/http; msgtype=response'],
    ],
    imageBlock,
  ),
];

const file = Buffer.concat(records);
writeFileSync(OUT, file);
console.log(`wrote ${OUT} (${records.length} records, ${file.length} bytes)`);
