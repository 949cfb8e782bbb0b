/**
 * A title-case headline whose verb no lexicon lists: `Mayor Ruiz Slams Ferry Operator Over
 * Delays`, `Harbour Union Backs Strike Ballot`. The capitalised words before the first verb
 * in the third person are the subject, what follows the content. Only the headline (the
 * first paragraph) is read, and `findQuotes` keeps the attribution only when the subject
 * names a person, organisation or group, as for `subject-verb`.
 */
import { isQuoted, type Attribution } from '../frame.js';
import { NOT_ATTRIBUTING_VERBS } from '../data/stance-verbs.js';
import type { AttributionRule, UnitContext } from './rule.js';

const MAX_SUBJECT_TOKENS = 4;
const MIN_CONTENT_WORDS = 2;
/** A title-case verb in the third person: "Slams", "Backs"; "-ss", "-us", "-is" end no verbs. */
const TITLE_VERB = /^[A-Z][a-z]{2,}s$/;
/** Title-case words in -s that are nouns in headlines far more often than verbs. */
const HEADLINE_NOUNS = new Set(['news', 'times', 'rules', 'states', 'affairs', 'politics', 'economics', 'games', 'sales', 'taxes', 'votes', 'polls', 'jobs', 'forces', 'years', 'lives', 'rights', 'talks', 'ties', 'arms', 'plans', 'results', 'prices', 'costs', 'funds', 'gains', 'cuts']);

export const headlineVerb: AttributionRule = {
  name: 'headline-verb',
  apply(context: UnitContext): Attribution[] {
    const { unit } = context;
    const tokens = unit.tokens;
    if (unit.paragraph !== 0 || !tokens.length) return [];
    for (let i = 1; i <= MAX_SUBJECT_TOKENS && i < tokens.length; i++) {
      const t = tokens[i];
      if (isQuoted(unit, t)) return [];
      const lower = t.text.toLowerCase();
      if (TITLE_VERB.test(t.text) && !/(ss|us|is)$/.test(lower) && !HEADLINE_NOUNS.has(lower) && !NOT_ATTRIBUTING_VERBS.has(lower)) {
        let end = tokens.length;
        while (end > i + 1 && /^[.!?]$/.test(tokens[end - 1].text)) end--;
        const words = tokens.slice(i + 1, end).filter((w) => /[\p{L}\p{N}]/u.test(w.text)).length;
        if (words < MIN_CONTENT_WORDS) return [];
        const speaker = { start: tokens[0].start, end: tokens[i - 1].end };
        return [{ rule: this.name, content: [{ start: tokens[i + 1].start, end: tokens[end - 1].end }], speaker, cue: { start: t.start, end: t.end } }];
      }
      // The subject is a run of capitalised words ("Black Lawmakers", "Retired General").
      if (!/^[A-Z][\p{L}’'-]*$/u.test(t.text)) return [];
    }
    return [];
  },
};
