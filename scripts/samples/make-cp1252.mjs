// Writes samples/html/alpine-post-avalanche.html as real windows-1252 bytes, so the
// corpus has one page whose charset must be sniffed and decoded, not assumed UTF-8.
// The page text lives here (not in a UTF-8 copy under samples/) so the corpus holds
// the article only once. Run: node scripts/samples/make-cp1252.mjs
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';

const OUT = fileURLToPath(new URL('../../samples/html/alpine-post-avalanche.html', import.meta.url));

const page = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<title>Avalanche cuts off Grindelmatt, stranding 340 visitors &#8211; The Alpine Post</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="One ski instructor killed and two skiers missing after an avalanche blocked the only road into the Valais village.">
<link rel="stylesheet" href="/css/alpinepost.css">
<script>var ap_ads = { zone: 'news-switzerland', lang: 'en' };</script>
</head>
<body>
<div class="cookiebar">Cookies help us deliver our services. By using this site you accept our use of cookies. <a href="/en/privacy">Learn more</a> <button>OK</button></div>
<header>
  <div class="logo"><a href="/en/">The Alpine Post</a> <small>News from Switzerland in English</small></div>
  <div class="lang-switch"><a href="/de/">Deutsch</a> · <a href="/fr/">Français</a> · <a href="/it/">Italiano</a> · <strong>English</strong></div>
  <nav>
    <a href="/en/switzerland">Switzerland</a>
    <a href="/en/politics">Politics</a>
    <a href="/en/business">Business</a>
    <a href="/en/mountains">Mountains &amp; weather</a>
    <a href="/en/culture">Culture</a>
    <a href="/en/living-here">Living here</a>
  </nav>
</header>
<div class="ad-wide">Anzeige · Advertisement</div>
<div id="wrapper">
<div id="content">
  <div class="article">
    <div class="topic"><a href="/en/mountains">Mountains &amp; weather</a></div>
    <h1>Avalanche cuts off Grindelmatt, stranding 340 visitors</h1>
    <p class="lead">A ski instructor was killed and two skiers are missing after a slide buried the only road into the Valais village.</p>
    <p class="author">By Lukas Imboden, Sion</p>
    <p class="pubdate">Published 14 March 2025</p>
    <div class="sharing">Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">WhatsApp</a> <a href="#">E-mail</a></div>
    <div class="picture">
      <img src="/img/2025/grindelmatt-road.jpg" alt="">
      <span class="legend">The road into Grindelmatt lies under several metres of snow. (Keystone / Daniel Roth)</span>
    </div>
    <div class="text">
      <p>An avalanche swept across the only road into Grindelmatt on Thursday afternoon, killing a ski instructor and cutting off the village in the canton of Valais, where about 340 tourists and 900 residents are now waiting for the snow to be cleared.</p>
      <p>Two off-piste skiers who were in the area when the slope gave way are still missing, the cantonal police said on Friday. Five people were injured, one seriously, and were flown to the hospital in Sion.</p>
      <p>The slide came down at 3.40pm below the Hohwang ridge, burying a 400-metre stretch of the road and part of a blue piste under up to eight metres of snow. The instructor, a 31-year-old man from the Bernese Oberland, was guiding a group of beginners on the lower slopes; his four pupils were pulled out alive by other skiers within minutes.</p>
      <p>“We had been warning about the snowpack for days — the danger level was four out of five,” said Anna-Lena Zurbriggen, head of the Grindelmatt mountain rescue service. “We had closed the upper runs. Nobody expected it to reach so far down.”</p>
      <div class="ad-inline">Anzeige · Advertisement</div>
      <p>Rescuers with dogs and probes searched the debris until darkness fell on Thursday and started again at first light. Helicopters from Air Rhône Rescue have been unable to fly since late on Friday morning because of low cloud.</p>
      <p>In the village, hotels have extended bookings free of charge, and the municipality has opened the school gym for visitors whose holiday flats lie above the danger line. At Café Bergblick on the main square, the owner, José Müller, has been serving soup to anyone who comes in.</p>
      <p>“We’ve got bread, we’ve got soup, we’ve got time,” Müller said. “Some of the guests are worried about their flights home, of course. But everyone is calm.”</p>
      <p>Renée Favre, a teacher from Lausanne who is staying in the village with her family, said the mood was “strange but friendly”. “The children think it’s an adventure. For us it’s a bit more complicated — my husband has to be back at work on Monday.”</p>
      <p>The cantonal roads office said engineers would first have to set off further avalanches on the slopes above with explosives before clearing could start. The road is not expected to reopen before Sunday evening at the earliest. The municipality put the cost of the clean-up at 1.2 million Swiss francs (about €1.25 million).</p>
      <p>The national avalanche warning service said more than 60 centimetres of fresh snow had fallen in parts of the Valais since Monday. It was the deadliest avalanche in the canton this winter; in January, two ski tourers died in a slide above the Val d’Hérens.</p>
    </div>
    <div class="article-tools"><a href="#">Print</a> · <a href="#">Report an error</a> · <a href="#">Republish this article</a></div>
  </div>
  <div class="related">
    <h3>Related articles</h3>
    <ul>
      <li><a href="/en/mountains/avalanche-danger-explained">What the five avalanche danger levels mean…</a></li>
      <li><a href="/en/mountains/record-snow-valais">Record snowfall brings joy – and risk – to Valais resorts</a></li>
      <li><a href="/en/living-here/winter-tyres">Winter tyres: what the rules say</a></li>
    </ul>
  </div>
  <div class="newsletter">
    <h3>Our weekly briefing</h3>
    <p>The best of The Alpine Post in your inbox every Friday – Swiss news, explained in English.</p>
    <form><input type="email" placeholder="E-mail"> <input type="submit" value="Subscribe"></form>
  </div>
  <div class="comments">
    <h3>Comments (5)</h3>
    <div class="comment"><b>Zoë H.</b> <i>15.03.2025, 09:12</i><p>We were there last year – lovely village. Thinking of the instructor’s family.</p></div>
    <div class="comment"><b>Beat S.</b> <i>15.03.2025, 10:40</i><p>Level four and people still go off-piste. When will they learn?</p></div>
    <a href="#">Show all comments</a>
  </div>
</div>
<div id="sidebar">
  <div class="ad-box">Anzeige · Advertisement</div>
  <div class="most-read"><h3>Most read</h3>
    <ol>
      <li><a href="/en/business/franc-strength-exporters">Strong franc squeezes watchmakers</a></li>
      <li><a href="/en/politics/referendum-june">What’s on the ballot in June</a></li>
    </ol>
  </div>
</div>
</div>
<footer>
  <p><a href="/en/about">About us</a> | <a href="/en/contact">Contact</a> | <a href="/en/imprint">Imprint</a> | <a href="/en/privacy">Data protection</a></p>
  <p>© The Alpine Post AG, Sion — all rights reserved.</p>
</footer>
</body>
</html>
`;

const bytes = iconv.encode(page, 'windows-1252');
// iconv-lite silently turns unencodable characters into '?'; refuse to write a lossy page.
if (iconv.decode(bytes, 'windows-1252') !== page) {
  throw new Error('make-cp1252: the page has characters windows-1252 cannot encode');
}
writeFileSync(OUT, bytes);
console.log(`wrote ${OUT} (${bytes.length} bytes, windows-1252)`);
