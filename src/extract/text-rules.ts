/**
 * What the plain-text cleaner drops, as data: one rule = a name, the reason, and a pattern
 * tested against one trimmed line. The cleaner records the name of every rule that fired,
 * so a dropped line can always be explained. Order matters: the first rule that matches wins.
 */
import { parseDateLine } from './visible-date.js';

export interface LineRule {
  readonly name: string;
  /** Why such a line is page chrome, not article text. */
  readonly why: string;
  /** Tested against the trimmed line. */
  readonly test: RegExp | ((line: string) => boolean);
  /** The rule only applies to lines of at most this many words (longer lines are prose). */
  readonly maxWords?: number;
  /** A teaser label ("RELATED:"): the headline line after it goes too. */
  readonly dropsNextHeadline?: boolean;
  /** A photo caption: the same caption elsewhere (without its credit) goes too. */
  readonly caption?: boolean;
}

/** List bullets used by scraped navigation, share bars and captions. */
const SYMBOL_BULLET = String.raw`[•·▪●◦‣∙■□►▸▹➤*]`;
export const BULLET = String.raw`(?:${SYMBOL_BULLET}|[-–—](?=\s))`;
const BULLETED = String.raw`^(?:${BULLET}\s*)?`;

const SHARE_WORDS = [
  'share', 'share this', 'share on \\p{L}+', 'share via \\p{L}+', 'tweet', 'facebook', 'twitter', 'x',
  'whatsapp', 'telegram', 'linkedin', 'pinterest', 'reddit', 'e-?mail', 'print', 'copy link',
  'copy url', 'google ?\\+', 'google plus', 'instagram', 'youtube', 'tiktok', 'vk', 'messenger',
  'flipboard', 'rss',
];

/** Lone section names and widget labels that scrapers leave between lines of text. */
const SECTION_LABELS = [
  'opinion', 'news', 'world', 'world news', 'politics', 'analysis', 'middle east', 'live',
  'video', 'videos', 'audio', 'audio only', 'photos', 'gallery', 'advertisement', 'advertising',
  'ad', 'sponsored', 'sponsored content', 'breaking news', 'breaking', 'latest', 'latest news',
  'trending', "editor's picks?", 'top stories', 'most read', 'most popular', 'exclusive',
  'features?', 'business', 'sports?', 'culture', 'asia', 'europe', 'africa', 'americas', 'home',
  'menu', 'search', 'sign in', 'log in', 'login', 'register', 'subscribe', 'newsletter',
  'skip to content', 'skip to main content', 'close', 'back to top', 'loading\\.{0,3}', 'more',
  'show more', 'next', 'previous', 'next article', 'previous article', 'listen', 'listen to this article',
  'publicité', 'anzeige', 'werbung', 'publicidad', 'pubblicità',
];

const COMMENT_WIDGETS = [
  '(?:\\d+\\s+)?comments?', 'post with no comments\\.?', 'no comments(?: yet)?\\.?',
  'leave a (?:comment|reply)', 'add (?:a )?comment', '(?:view|show|hide|load|read) (?:all )?(?:\\d+ )?comments?',
  'be the first to comment\\.?', 'comments are closed\\.?', 'join the (?:conversation|discussion)',
  'share this (?:article|story|post|page)', 'share (?:the|this) (?:article|story)', 'reply', 'report',
  '(?:\\d+\\s+)?(?:likes?|shares?|views?|reactions?)',
];

const TEASER_LABELS = [
  'related', 'read more', 'read also', 'also read', 'see also', 'more on this(?: story)?',
  'related (?:articles?|stories|news|content|coverage)', 'recommended(?: stories)?',
  'you may also like', 'you might also like', 'watch', 'lire aussi', 'à lire aussi', 'a lire aussi',
  'voir aussi', 'lesen sie auch', 'mehr zum thema', 'auch interessant', 'leer más', 'lea también',
  'lee también', 'leggi anche', 'leia também', 'leia mais', 'lees ook',
];

const CALLS_TO_ACTION = [
  'follow us on', 'follow .{1,40} on (?:twitter|x|facebook|instagram|telegram)', 'sign up for',
  'subscribe to', 'subscribe now', 'click here', 'download (?:our|the) app', 'join our',
  'continue reading', 'scroll to continue', 'story continues below', 'get the latest',
  "don't miss", 'get our newsletter',
];

const any = (words: readonly string[]): string => words.map((w) => `(?:${w})`).join('|');

export const LINE_RULES: readonly LineRule[] = [
  {
    name: 'date-line',
    why: 'a "Published 9 November 2023" line is metadata; extract reads the date from the raw text',
    test: (line) => parseDateLine(line) !== null,
  },
  {
    name: 'share-link',
    why: 'share bars scrape into lone network names ("facebook", "• twitter")',
    test: new RegExp(`${BULLETED}(?:${any(SHARE_WORDS)})$`, 'iu'),
  },
  {
    name: 'section-label',
    why: 'a lone section or widget label ("Opinion", "Advertisement") is navigation',
    test: new RegExp(`${BULLETED}(?:${any(SECTION_LABELS)})$`, 'iu'),
  },
  {
    name: 'comment-widget',
    why: 'comment counters and prompts ("Comments", "Post with no comments.")',
    test: new RegExp(`${BULLETED}(?:${any(COMMENT_WIDGETS)})$`, 'iu'),
  },
  {
    name: 'lone-counter',
    why: 'a number alone on a line is a widget counter (comments, shares)',
    test: /^\d{1,6}$/u,
  },
  {
    name: 'nav-bullet',
    why: 'short bulleted lines ("• Live", "• Audio Only") are menus and share bars',
    // Not dashes: "– Yes." is a line of dialogue. Not finished sentences either.
    test: new RegExp(String.raw`^${SYMBOL_BULLET}\s*\S+(?:\s+\S+){0,2}(?<![.!?…"”“„»«'’])$`, 'u'),
  },
  {
    name: 'breadcrumb',
    why: '"News > Palestine" is the site path, not text',
    test: /^\p{L}[\p{L}'’&.-]*(?:\s+\p{L}[\p{L}'’&.-]*){0,3}(?:\s*[>›»]\s*\p{L}[\p{L}'’&.-]*(?:\s+\p{L}[\p{L}'’&.-]*){0,3}){1,5}$/u,
  },
  {
    name: 'teaser-label',
    why: '"RELATED:" / "Read more:" on its own line announces a link to another story',
    test: new RegExp(`${BULLETED}(?:${any(TEASER_LABELS)})\\s*[:.»>]?$`, 'iu'),
    dropsNextHeadline: true,
  },
  {
    name: 'teaser-inline',
    why: '"Read more: <headline>" is a link to another story',
    test: new RegExp(`${BULLETED}(?:${any(TEASER_LABELS)})\\s*[:|»>–-]\\s*\\S`, 'iu'),
    maxWords: 30,
  },
  {
    name: 'caption-credit',
    why: 'a line carrying "| Photo: X" is a photo caption with its credit',
    test: /\|\s*(?:photo|image|picture|foto|photograph|credit|source)s?\b[^|]*$/iu,
    maxWords: 60,
    caption: true,
  },
  {
    name: 'caption-parenthetical-credit',
    why: 'a line ending "(Photo: Reuters)" / "(AFP Photo)" is a photo caption',
    test: /\([^()]{0,40}\b(?:photo|image|picture|foto|photograph)s?\b[^()]{0,60}\)\s*$/iu,
    maxWords: 60,
    caption: true,
  },
  {
    name: 'credit-line',
    why: '"Photo credit: ...", "Image: ..." lines credit a picture',
    test: /^(?:photo|image|picture|foto|photograph|video)s?(?:\s+(?:credits?|source|by))?\s*:\s*\S/iu,
    maxWords: 40,
    caption: true,
  },
  {
    name: 'copyright',
    why: '"© AFP" credits and "© 2023 Outlet. All rights reserved." footers',
    test: /(?:^(?:©|\(c\)\s|copyright\b)|\s©\s*\p{L}[\p{L} ./&-]{0,40}$)/iu,
    maxWords: 40,
    caption: true,
  },
  {
    name: 'byline',
    why: '"By Jane Doe, Reuters" names the author; it is not article text',
    test: /^(?:[Bb]y|[Pp]ar|[Vv]on|[Pp]or|[Dd]oor)\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|de|van|von|al|el|bin))+(?:\s*[,|–-]\s*\p{L}[\p{L} ]{0,40})?$/u,
    maxWords: 10,
  },
  {
    name: 'call-to-action',
    why: '"Follow us on Telegram", "Continue reading" are prompts, not text',
    test: new RegExp(`${BULLETED}(?:${any(CALLS_TO_ACTION)})\\b`, 'iu'),
    maxWords: 25,
  },
];

// ---------------------------------------------------------------------------
// Headlines: the title line at the top of scraped text, and the teaser headline after "RELATED:".

/** A headline is short: longer lines are the lead paragraph. */
export const HEADLINE_MAX_WORDS = 20;
export const HEADLINE_MAX_CHARS = 200;
/** Words left in lower case in a Title Case headline. */
export const TITLE_CASE_SMALL_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'for', 'of', 'in', 'on', 'at', 'to', 'by', 'with',
  'from', 'as', 'into', 'onto', 'over', 'under', 'vs', 'via', 'per', 'than', 'up', 'out', 'off',
  'is', 'are', 'was', 'be', 'after', 'amid', 'about', 'de', 'la', 'le', 'du', 'des', 'der', 'die',
  'das', 'und', 'et', 'y', 'e', 'di', 'del',
]);
/** Share of non-small words that must be capitalised for a line to read as Title Case. */
export const TITLE_CASE_MIN_SHARE = 0.8;

// ---------------------------------------------------------------------------
// Paragraph-level constants.

/** Paragraphs shorter than this are not checked for repeats ("Comment" twice is the widget rules' job). */
export const REPEAT_MIN_WORDS = 6;
/**
 * Only the opening paragraphs are checked for a repeated lead: further down, repeats are the
 * article's own (an interview asks the same question of each guest).
 */
export const LEAD_REPEAT_WINDOW = 4;
/**
 * When the cleaned text keeps less than this share of the input's characters, cleaning went
 * wrong (an unusual layout) and the original paragraphs are returned instead.
 */
export const FALLBACK_MIN_SHARE = 0.1;
