/**
 * Name keys. `nameKey` compares spellings that differ only in case, accents and dots
 * ("U.S." = "US"); `skeletonKey` also folds transliteration variants
 * (Mahmoud/Mahmud, Sergei/Sergey, Shtayeh/Shtayyeh, Vassily/Vasily), so that one real
 * name spelt several ways gets one key.
 */
import { remembered } from '../../model/remembered.js';

const FOLDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/ph/g, 'f'],
  [/kh/g, 'h'],
  [/ck/g, 'k'],
  [/q/g, 'k'],
  [/w/g, 'v'],
  [/j/g, 'y'],
  [/ou/g, 'u'],
  [/oo/g, 'u'],
  [/ee/g, 'i'],
  [/ie/g, 'i'],
  [/y/g, 'i'],
  [/(\w)\1+/g, '$1'],
  [/h\b/g, ''],
  [/'/g, ''],
];

/** Letters Unicode does not decompose into a base and a mark, with the Latin letters they are written as. */
const UNDECOMPOSED: Readonly<Record<string, string>> = {
  ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', ı: 'i', đ: 'd', Đ: 'D', ð: 'd', Ð: 'D', ħ: 'h', Ħ: 'H', þ: 'th', Þ: 'Th', ß: 'ss', æ: 'ae', Æ: 'Ae', œ: 'oe', Œ: 'Oe',
};
const UNDECOMPOSED_LETTER = /[łŁøØıđĐðÐħĦþÞßæÆœŒ]/g;

/** Accents and marks removed: "Wałęsa" -> "Walesa", "Søren" -> "Soren", "Erdoğan" -> "Erdogan". */
export function stripDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(UNDECOMPOSED_LETTER, (c) => UNDECOMPOSED[c]);
}

/**
 * Case, accents, dots, hyphens and spacing folded: "U.S." -> "us", "al-Qaeda" -> "al qaeda".
 * Remembered, as the skeletons below: the same names come back on every page and every key is
 * a chain of regular expressions (about a quarter of the entity stage's time).
 */
export const nameKey = remembered(foldName);

function foldName(text: string): string {
  return stripDiacritics(text)
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/\./g, '')
    .replace(/[-‐–_]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** One word folded to a transliteration skeleton; vowels after the first letter lose e/o ("Mohamed" = "Muhammad"). */
const skeletonWord = remembered(foldSkeletonWord);

function foldSkeletonWord(word: string): string {
  let w = word;
  for (const [pattern, replacement] of FOLDS) w = w.replace(pattern, replacement);
  return w.slice(0, 1) + w.slice(1).replace(/e/g, 'a').replace(/o/g, 'u').replace(/(\w)\1+/g, '$1');
}

export const skeletonKey = remembered(foldSkeleton);

function foldSkeleton(text: string): string {
  return nameKey(text)
    .split(' ')
    .filter(Boolean)
    .map(skeletonWord)
    .join(' ');
}

/** Lower-case ASCII words joined by hyphens: the readable part of an id. */
export function slug(text: string): string {
  return (
    stripDiacritics(text)
      .toLowerCase()
      .replace(/['’.]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'x'
  );
}

/** Letters of an acronym for a name: "United Nations Security Council" -> "unsc"; small words are skipped. */
export function acronymOf(words: readonly string[]): string {
  return words
    .filter((w) => !/^(of|the|and|for|on|in|&|de|la)$/i.test(w))
    .map((w) => w[0] ?? '')
    .join('')
    .toLowerCase();
}

/** A short stable hash (FNV-1a, 32 bits) for document-scoped ids. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
