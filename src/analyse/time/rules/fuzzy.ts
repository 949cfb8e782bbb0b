/**
 * Fuzzy references TimeML writes as PRESENT_REF, PAST_REF and FUTURE_REF:
 * "now", "currently", "at present", "recently", "in the past", "in the future".
 * Words the news corpora do not mark ("previously", "soon", "shortly") are left out on purpose.
 */
import type { PatternRule } from '../rule.js';
import { alternation } from '../words.js';

const REFERENCES: Readonly<Record<string, string>> = {
  now: 'PRESENT_REF', 'right now': 'PRESENT_REF', 'just now': 'PAST_REF', currently: 'PRESENT_REF',
  'at present': 'PRESENT_REF', presently: 'PRESENT_REF', nowadays: 'PRESENT_REF', 'these days': 'PRESENT_REF',
  'the present': 'PRESENT_REF', 'for now': 'PRESENT_REF', 'as of now': 'PRESENT_REF', current: 'PRESENT_REF',
  recently: 'PAST_REF', 'more recently': 'PAST_REF', 'until recently': 'PAST_REF', 'most recently': 'PAST_REF',
  recent: 'PAST_REF', 'the past': 'PAST_REF', 'at the time': 'PAST_REF', 'once upon a time': 'PAST_REF',
  'the future': 'FUTURE_REF', 'the near future': 'FUTURE_REF', future: 'FUTURE_REF', 'a later date': 'FUTURE_REF',
  'as soon as possible': 'FUTURE_REF', 'the long term': 'FUTURE_REF', 'the short term': 'FUTURE_REF',
};

/** Nouns after which "current" and "recent" are not about time ("current account", "recent years" is a duration). */
const NOT_AFTER_ADJECTIVE = /^\s+(?:account|accounts|affairs|events|flow|flows|assets|liabilities|density|year|years|months?|weeks?|days?|decades?|quarters?|period|session|term|season|sea|river|of)\b/i;
/** "the past" followed by a unit or a number is a duration frame, not PAST_REF. */
const NOT_AFTER_PAST = /^\s+(?:\d|several|few|many|two|three|four|five|six|seven|eight|nine|ten|year|month|week|day|decade|quarter|century|weekend|hour)/i;

export const fuzzyReference: PatternRule = {
  name: 'fuzzy-reference',
  pattern: new RegExp(String.raw`\b(?:in\s+)?(${alternation(Object.keys(REFERENCES).filter((k) => REFERENCES[k]))})\b(?!-)`, 'gi'),
  extract: (m, { text }) => {
    const word = m[1].toLowerCase().replace(/\s+/g, ' ');
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
    if ((word === 'current' || word === 'recent') && NOT_AFTER_ADJECTIVE.test(after)) return null;
    if ((word === 'the past' || word === 'the present' || word === 'the future') && (NOT_AFTER_PAST.test(after) || /^\s*(?:tense|perfect)/i.test(after))) return null;
    const start = m.index + m[0].length - m[1].length;
    return { type: 'DATE', value: REFERENCES[word], grain: 'other', start };
  },
};

export const FUZZY_RULES: readonly PatternRule[] = [fuzzyReference];
