/**
 * An attribution with no source, marked by a raising verb: `The ferry is expected to resume
 * sailing on Monday`, `The timetable seems too tight`. The content is two fragments, the
 * subject and the complement, as attribution corpora annotate it; the verb is the cue.
 */
import type { Token } from '../../nlp.js';
import { isQuoted, speakerBefore, type Attribution } from '../frame.js';
import { HEARSAY_ADVERBS, RAISING_VERBS } from '../data/stance-verbs.js';
import { CUE_AUXILIARIES, isContractedAuxiliary } from '../speech-verbs.js';
import type { Unit } from '../units.js';
import type { AttributionRule, UnitContext } from './rule.js';

const FORMS: ReadonlySet<string> = new Set(RAISING_VERBS.map((v) => v.form));
const HEARSAY: ReadonlySet<string> = new Set(HEARSAY_ADVERBS.map((a) => a.form));
/** Words after a comma that open another clause, where the complement ends. */
const NEXT_CLAUSE = /^(but|and|while|with|although|though|as|which|where|whereas|yet)$/i;

/** One past the last token of a complement starting at `from`: it runs to a semicolon or a comma before another clause. */
function complementEnd(tokens: readonly Token[], from: number): number {
  let end = from;
  while (end < tokens.length && !(tokens[end].text === ';' || (tokens[end].text === ',' && NEXT_CLAUSE.test(tokens[end + 1]?.text ?? '')))) end++;
  return end;
}

/**
 * The sourceless attribution whose cue is token `k`: the subject ending at `subjectEnd` and the
 * complement after the cue are its content (shared with the agentless-passive rule).
 */
export function sourceless(rule: string, unit: Unit, k: number, subjectEnd: number): Attribution[] | null {
  const tokens = unit.tokens;
  const subject = speakerBefore(unit, subjectEnd);
  if (!subject) return null;
  const end = complementEnd(tokens, k + 1);
  const last = tokens[end - 1];
  if (end <= k + 1 || !last) return null;
  const complement = { start: tokens[k + 1].start, end: last.end };
  return [{ rule, content: [subject, complement], speaker: null, cue: { start: tokens[k].start, end: tokens[k].end } }];
}

export const raising: AttributionRule = {
  name: 'raising',
  apply(context: UnitContext): Attribution[] {
    const { unit } = context;
    const tokens = unit.tokens;
    // Every raising in the unit, each after the last one's complement: "The veto is expected ..., but Republicans seem confident ...".
    const out: Attribution[] = [];
    let after = 0;
    for (let k = 1; k + 1 < tokens.length; k++) {
      const t = tokens[k];
      if (isQuoted(unit, t) || t.start < after) continue;
      let found: Attribution[] | null = null;
      // "The driver allegedly ran the light": the adverb is the cue, the subject before it and the predicate after it the content.
      if (HEARSAY.has(t.text.toLowerCase())) found = sourceless(this.name, unit, k, k);
      else if (FORMS.has(t.text)) {
        // "expected" raises only after a form of "be" ("is expected to"); "Mr. Deese expected that" is a belief with a source.
        // "He’s expected to", "they’re expected to": a contracted form of "be" counts as written out.
        if (t.text === 'expected' && (!/^(is|are|was|were|be|been|['’]s|['’]re)$/i.test(tokens[k - 1].text) || tokens[k + 1].text !== 'to')) continue;
        // "could be expected to": the subject ends before the modal and "be".
        let j = k;
        while (j > 0 && (tokens[j - 1].text.toLowerCase() === 'be' || CUE_AUXILIARIES.has(tokens[j - 1].text.toLowerCase()) || isContractedAuxiliary(tokens, j - 1))) j--;
        found = sourceless(this.name, unit, k, j);
      }
      if (!found) continue;
      out.push(...found);
      after = found[found.length - 1].content[1].end;
    }
    return out;
  },
};
