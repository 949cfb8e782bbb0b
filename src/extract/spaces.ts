/**
 * Whitespace as `\s` reads it, by character code: the text-cleaning passes count words and
 * check spacing on every paragraph, and a scan is cheaper than a regular expression that
 * builds a new string.
 */

/** Whether a UTF-16 code unit is whitespace or a line terminator (`\s`, with or without the u flag; what `trim` removes). */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Runs of non-whitespace (what `/\S+/g` matches), counted. */
export function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** Whitespace runs made single spaces, ends trimmed; a text already so is returned as it is. */
export function collapse(text: string): string {
  return isCollapsed(text) ? text : text.replace(/\s+/gu, ' ').trim();
}

function isCollapsed(text: string): boolean {
  const n = text.length;
  if (n === 0) return true;
  if (isSpace(text.charCodeAt(0)) || isSpace(text.charCodeAt(n - 1))) return false;
  for (let i = 1; i < n - 1; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c) && (c !== 32 || isSpace(text.charCodeAt(i + 1)))) return false;
  }
  return true;
}

/** Characters that are not whitespace (the length of the text with every `\s` removed). */
export function nonSpaceLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) n++;
  return n;
}
