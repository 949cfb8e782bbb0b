/**
 * The words page markup uses for chrome and for content, as data. Class and id values are
 * split into tokens at spaces, `-` and `_` (and camelCase humps) before they are matched, so
 * `ad` finds `ad-slot` but not `header` or `shadow`.
 *
 * Calibrated as a set on both shared benchmarks; do not tune one entry in isolation.
 */

/** Elements never part of an article body, whatever their class. */
export const CHROME_TAGS: ReadonlySet<string> = new Set([
  'nav', 'aside', 'footer', 'menu', 'input', 'label', 'fieldset', 'legend', 'option', 'optgroup', 'datalist',
  'output', 'progress', 'meter', 'img', 'picture', 'source', 'area', 'frame', 'frameset', 'figcaption',
]);

/** ARIA roles of chrome. */
export const CHROME_ROLES: ReadonlySet<string> = new Set([
  'navigation', 'menu', 'menubar', 'menuitem', 'complementary', 'banner', 'contentinfo', 'search', 'dialog',
  'alertdialog', 'alert', 'toolbar', 'tooltip', 'button',
]);

/**
 * Class/id tokens that mark chrome: a token equal to one of these, or starting with one of
 * the prefixes, marks the element (unless a content token also marks it, see below).
 */
export const CHROME_TOKENS: readonly string[] = [
  'ad', 'ads', 'adv', 'advert', 'advertisement', 'advertising', 'adsense', 'adslot', 'adunit', 'adzone', 'dfp',
  'gpt', 'banner', 'sponsor', 'sponsored', 'promo', 'promotion', 'commercial', 'anzeige', 'werbung', 'publicite',
  'outbrain', 'taboola', 'plista', 'ligatus',
  'nav', 'navbar', 'navigation', 'menu', 'breadcrumb', 'breadcrumbs', 'pagination', 'pager', 'paging', 'skip',
  'topbar', 'toolbar', 'masthead', 'sidebar', 'sidebars', 'widget', 'widgets', 'aside', 'rail', 'sidenav',
  'footer', 'colophon', 'copyright', 'imprint',
  'comment', 'comments', 'commentlist', 'disqus', 'respond', 'reply', 'replies', 'discussion', 'forum', 'community',
  'share', 'sharing', 'shares', 'sharebar', 'sharedaddy', 'social', 'socials', 'sociallinks', 'follow', 'addthis',
  'shariff', 'email', 'mail',
  'related', 'relatedposts', 'recommended', 'recommendations', 'recirculation', 'recirc', 'more', 'moreposts',
  'popular', 'trending', 'mostread', 'mostpopular', 'meistgelesen', 'teaserlist', 'also', 'readmore', 'readnext',
  'newsletter', 'subscribe', 'subscription', 'signup', 'register', 'login', 'signin', 'paywall', 'regwall',
  'cookie', 'cookies', 'consent', 'gdpr', 'cmp', 'privacy', 'notice', 'popup', 'modal', 'overlay', 'lightbox',
  'tags', 'tag', 'tagcloud', 'tagged', 'keywords', 'categories', 'category', 'topics', 'filed',
  'byline', 'author', 'authors', 'bio', 'meta', 'metadata', 'postmeta', 'entrymeta', 'dateline', 'date',
  'timestamp', 'published', 'updated', 'posted', 'time',
  'caption', 'figcaption', 'credit', 'credits', 'photo', 'gallery', 'slideshow', 'carousel', 'slider', 'video',
  'thumbnail', 'thumb',
  'hidden', 'hide', 'invisible', 'sronly', 'sr', 'visuallyhidden', 'screenreader', 'offscreen',
  'search', 'searchform', 'rating', 'ratings', 'vote', 'poll', 'feedback', 'donate', 'donation', 'cta',
  'shop', 'shopping', 'affiliate', 'offer', 'deals', 'jobs', 'weather', 'ticker', 'breaking', 'alert',
  'rss', 'feed', 'sitemap', 'utility', 'utilities', 'tools', 'actions', 'icons', 'badge', 'badges',
  'dropdown', 'flyout', 'offcanvas', 'hamburger', 'drawer', 'sticky', 'fixed', 'skyscraper', 'leaderboard',
  'contact', 'profile', 'avatar', 'signature', 'disclaimer', 'legal', 'terms', 'nocontent', 'noprint',
  'header', 'masthead', 'branding', 'logo', 'rollover', 'popover', 'tooltip', 'hovercard',
];

/** Chrome tokens that are never excused by the amount of text an element holds (comment threads can be long). */
export const ALWAYS_CHROME_TOKENS: ReadonlySet<string> = new Set([
  'comment', 'comments', 'commentlist', 'disqus', 'respond', 'replies', 'outbrain', 'taboola', 'cookie', 'consent',
  'gdpr', 'cmp', 'newsletter',
]);

/** Prefixes of chrome tokens that come in many compound spellings (`commentlist`, `sharebuttons`). */
export const CHROME_PREFIXES: readonly string[] = [
  'comment', 'share', 'social', 'related', 'advert', 'sponsor', 'newsletter', 'subscri', 'cookie', 'breadcrumb',
  'sidebar', 'widget', 'footer', 'navbar', 'promo', 'popup', 'banner', 'outbrain', 'taboola', 'disqus',
  'recommend', 'trending', 'popular', 'mostread', 'teaserlist', 'paywall',
];

/**
 * Class/id phrases (tokens joined) that name the article body outright. The first element
 * carrying one with enough text becomes a container candidate ahead of the scorer's pick.
 */
export const BODY_CONTAINER_PATTERN =
  /(?:^|\s)(?:article[-_]?(?:body|content|text|inner|main)|articlebody|entry[-_]?(?:content|body|text)|post[-_]?(?:body|content|text|entry|inner)|story[-_]?(?:body|content|text)|content[-_]?(?:body|article|text|main)|main[-_]?(?:content|text|article)|body[-_]?text|text[-_]?(?:body|content)|news[-_]?(?:body|text|content|article)|single[-_]?(?:content|post|body)|blog[-_]?(?:content|post|text|entry)|rich[-_]?text|artikel[-_]?(?:text|inhalt|body)|page[-_]?content|td[-_]post[-_]content|field[-_]?(?:body|name[-_]?body|item)|c[-_]?article[-_]?body|l[-_]?article[-_]?body|itemprop[-_]?articlebody)(?=$|\s|[-_])/i;

/** Class/id tokens that count for an element in the container scorer. */
export const POSITIVE_TOKENS: ReadonlySet<string> = new Set([
  'article', 'body', 'content', 'entry', 'hentry', 'main', 'page', 'post', 'text', 'blog', 'story', 'artikel',
  'inhalt', 'beitrag', 'paragraph', 'prose', 'richtext', 'single',
]);

/** Class/id tokens that count against an element in the container scorer. */
export const NEGATIVE_TOKENS: ReadonlySet<string> = new Set([
  'hidden', 'banner', 'combx', 'comment', 'comments', 'com', 'contact', 'foot', 'footer', 'footnote', 'masthead',
  'media', 'meta', 'outbrain', 'promo', 'related', 'scroll', 'share', 'shoutbox', 'sidebar', 'skyscraper',
  'sponsor', 'shopping', 'tags', 'tool', 'widget', 'teaser', 'nav', 'menu', 'ad', 'ads', 'social', 'header',
]);

/**
 * Whole-paragraph boilerplate lines in the main languages of the benchmarks: a short block
 * whose whole text matches is dropped even inside the article container.
 */
export const BOILERPLATE_LINE = new RegExp(
  '^(?:' +
    [
      // sharing and tools
      '(?:share|teilen|partager|compartir|condividi|compartilhe|udostępnij|поделиться)(?: (?:this|on|via|auf|sur|en|su|article|artikel|story|post|page|seite))*\\s*:?',
      'print(?: this)?(?: article| page)?', 'drucken', 'imprimer', 'e-?mail', 'tweet', 'facebook', 'twitter', 'whatsapp',
      'pinterest', 'linkedin', 'xing', 'telegram', 'reddit', 'flipboard', 'copy link', 'link kopieren', 'comments?',
      'kommentare?', 'commentaires?', 'comentarios?', '\\d+ comments?', '\\d+ kommentare?', 'leave a (?:comment|reply)',
      'tell us what you think\\.*', 'post a comment', 'add comment',
      // advertising
      'advert(?:isement)?', 'anzeige', 'werbung', 'publicité', 'publicidad', 'pubblicità', 'reklama', 'реклама',
      'sponsored(?: content)?', 'story continues below(?: advertisement)?', 'continue reading below',
      'article continues below(?: advertisement)?', 'weiterlesen nach der anzeige', 'scroll to continue.*',
      // navigation between stories
      'more:?', 'related:?', 'related (?:articles|stories|posts|content|coverage)', 'see also:?', 'siehe auch:?',
      "don[’']?t miss:?", 'you (?:may|might) also like\\.*:?', 'recommended(?: for you)?:?', 'most (?:read|popular)',
      'mehr zum thema:?', 'das könnte (?:sie|dich) auch interessieren:?', 'auch interessant:?', 'weitere artikel:?',
      'zum seitenanfang', 'back to top', 'nach oben', 'top', 'next article', 'previous article', 'nächster artikel',
      'close', 'schließen', 'fermer', 'cerrar', 'loading\\.*', 'wird geladen\\.*', 'tags:?', 'schlagwörter:?',
      'themen:?', 'image \\d+ of \\d+', 'bild \\d+ (?:von|aus) \\d+', '\\d+ ?/ ?\\d+', 'photo:?', 'foto:?',
      // picture credits and captions' labels
      '\\(?(?:fotos?|photos?|bild(?:er)?|images?|credits?|quelle|kuva|fot\\.|zdjęcie|imagen|crédito|crédit|photograph)\\s*[:/©].{0,100}',
      '(?:foto|photo|bild|image)\\s*(?:credit)?\\s*:?\\s*©.{0,100}',
      // labels of link lists and info boxes after the article
      'explore further', 'weitere informationen:?', 'mehr informationen:?', 'kontakt:?', 'contact:?', 'zusatzinformationen:?',
      'neueste artikel', 'neueste beiträge', 'latest (?:news|articles|posts)', 'mehr themen:?', 'zum weiterlesen:?',
      'weitere beiträge.{0,60}', 'lust auf mehr\\??', 'temas relacionados', 'le puede interesar:?', 'permalien', 'permalink',
      '(?:kategorie|kategorien|category|categories|rubrik|catégorie|categoría)\\s*:.{0,80}', '\\d+ min(?:ute)?s? read',
      'über den autor', 'about the author', 'inhaltsverzeichnis', 'table of contents', 'kommentieren', 'drukuj', 'pdf',
      '- ?anzeige ?-',
      // promotion and disclosure lines around the article
      '\\*?(?:werbung|anzeige)\\s*[.:*–-].{0,150}', 'dieser (?:beitrag|artikel) enthält (?:werbung|affiliate-links).{0,150}',
      'this (?:post|article) contains (?:affiliate links|references to products).{0,200}',
      'follow (?:us|the [\\w ]{1,40}) on .{0,150}', 'folgen sie uns auf .{0,100}', 'möchten sie (?:den|diesen) artikel teilen\\?',
      'mehr zum thema (?:auf|bei) .{1,40}', 'mehr aus (?:dem|der|den) .{1,40}', 'entdecke weitere .{1,40}', 'keep reading',
      'vorschau auf den nächsten artikel', 'dowiedz się więcej', '\\[?czytaj więcej\\]?', 'submit your letter to the editor.{0,60}',
      'sie müssen (?:sich )?(?:einloggen|anmelden|registriert sein).{0,120}', 'you must be logged in.{0,120}',
      'titelbild\\s*:.{0,100}', 'quellen ausblenden', 'quellen einblenden', 'quellenangaben:?', 'last (?:modified|updated):?',
      'zuletzt (?:geändert|aktualisiert):?', 'aktualisiert am:?',
      // legal
      'cookie.{0,200}', '(?:all )?rights reserved\\.?', 'alle rechte vorbehalten\\.?', 'tous droits réservés\\.?',
      'todos los derechos reservados\\.?', '(?:copyright )?©.{0,120}',
    ].join('|') +
    ')$',
  'i',
);

/**
 * Cross-links to other stories inside a body: a label, a colon, a headline. Dropped when
 * the block is short; labels in English, German, French, Spanish, Portuguese, Italian,
 * Polish and Russian.
 */
export const READ_ALSO_LINE = new RegExp(
  '^(?:' +
    [
      '(?:read|see|watch|listen)(?: more| also| next)?', 'also read', 'more on this', 'related(?: article| story)?',
      'recommended', 'more', 'click here',
      'lesen sie (?:auch|mehr|hier)', 'lies auch', 'auch lesen', 'mehr (?:dazu|zum thema|lesen)', 'siehe auch',
      'zum thema', 'das (?:thema )?könnte (?:sie|dich) auch interessieren', 'video', 'audio',
      'lesen sie auch (?:die folgenden|diese) (?:beiträge|artikel)',
      '(?:à )?lire (?:aussi|également|la suite)', 'voir aussi', 'à voir aussi', 'sur le même sujet',
      'lea(?: también| además| más)?', 'lee(?: también| además| más)?', 'leer más', '(?:también )?(?:te|le) puede interesar', 'ver también',
      'leia (?:também|mais)', 'veja (?:também|mais)', 'saiba mais',
      'leggi (?:anche|tutto)', 'vedi anche', 'guarda anche',
      'czytaj (?:też|także|więcej)', 'zobacz (?:też|także)',
      'читайте (?:также|тоже)', 'смотрите также',
    ].join('|') +
    ')\\s*[:：>»]',
  'i',
);

/** A byline: "By Ann Hollis", "Von Jana Köhler", "Par Claire Martin, envoyée spéciale". */
export const BYLINE = /^(?:by|von|par|por|di|door|av|przez|от|autor(?:in)?:?|author:?|text:?)\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|van|von|de|der|da|di|del|la|le|und|and|&|y|et|i))*\s*(?:[,|/–-].{0,60})?$/u;

/** A cookie or privacy-consent notice, whatever element it hides in ("This website uses cookies..."). */
export const CONSENT_NOTICE =
  /\bcookies?\b.{0,200}\b(?:website|site|seite|webseite|sitio|utilis|nutz|use[sd]?|verwende|akzept|accept|consent|zustimm|einverst|agree|navigat|aceptas?|continu)|\b(?:website|site|seite|webseite|sitio|we|wir|nous|usamos|utilizamos) (?:uses?|verwendet|nutzt|utilise|usamos|utilizamos|verwenden|nutzen|use) (?:\w+ ){0,3}cookies?\b|^%d bloggern gefällt das|^%d bloggers like this/i;

/**
 * A paywall or app prompt printed where the article stops ("To view the full story, please
 * subscribe", "Already a subscriber? Log in", "Jetzt abonnieren und weiterlesen", "download
 * our app for iOS and Android"). Only short lines: an article about subscription prices is prose.
 */
export const SUBSCRIPTION_NOTICE = new RegExp(
  [
    '\\bsubscri(?:be|ber|bers|ption)\\b.{0,120}\\b(?:full (?:story|article)|to (?:read|continue|view|access)|log ?in|sign ?in|immediate access|welcome gift|edition)\\b',
    '\\b(?:to (?:read|view|continue reading|access) (?:the|this) (?:full|whole|entire|rest))\\b.{0,80}\\bsubscri',
    '\\balready (?:a )?subscriber\\b',
    '\\b(?:abonnieren|abonnement|abonnent(?:in)?|abo)\\b.{0,100}\\b(?:weiterlesen|weiter lesen|vollständig|ganzen artikel|anmelden|einloggen|freischalten)\\b',
    '\\b(?:abonnez-vous|abonné)\\b.{0,100}\\b(?:lire la suite|article complet|connecte)',
    '\\b(?:suscríbete|suscriptor)\\b.{0,100}\\b(?:seguir leyendo|nota completa|artículo completo|inicia sesión)',
    '\\bdownload (?:the|our) .{0,50}\\bapps?\\b.{0,40}\\b(?:ios|android|app store|google play)\\b',
  ].join('|'),
  'i',
);
