/**
 * Surface forms of a trigger word. Rules name a word once ("meet"); a token matches any
 * of its forms ("meets", "met", "meeting"). Over-generation is harmless: a form that is
 * not English never occurs in text.
 */
const VOWELS = /[aeiou]/;

/** Doubles the last consonant of short verbs ending consonant-vowel-consonant: ban -> bann(ed). */
function doubled(word: string): string | null {
  const m = /^(.*[^aeiou])([aeiou])([bdfgklmnprtv])$/.exec(word);
  if (!m || !VOWELS.test(m[2])) return null;
  return word + m[3];
}

export function inflect(word: string, irregular: Record<string, string[]>): string[] {
  const forms = new Set<string>([word]);
  // Multi-word or hyphenated entries are nouns used as they are ("war-games"); only add a plural.
  if (/[^a-z]/.test(word)) {
    forms.add(`${word}s`);
  } else {
    const stem = word.endsWith('e') ? word.slice(0, -1) : word;
    forms.add(`${word}s`);
    forms.add(/(s|x|z|ch|sh|o)$/.test(word) ? `${word}es` : `${word}s`);
    forms.add(`${stem}ed`);
    forms.add(`${stem}ing`);
    if (/[^aeiou]y$/.test(word)) {
      forms.add(`${word.slice(0, -1)}ies`);
      forms.add(`${word.slice(0, -1)}ied`);
    }
    const twice = doubled(word);
    if (twice) {
      forms.add(`${twice}ed`);
      forms.add(`${twice}ing`);
    }
  }
  for (const form of irregular[word] ?? []) forms.add(form);
  return [...forms];
}
