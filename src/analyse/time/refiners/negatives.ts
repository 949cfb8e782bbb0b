/**
 * Drops numbers that only look like times: "3,883.36 points", "the 737 MAX",
 * "Route 66", "at 3.5 percent", phone numbers, scores ("a 2-1 win"), prices, ages.
 */
import { NON_TIME_FOLLOWERS, NON_TIME_LEADERS } from '../lexicon.js';
import type { Candidate, Refiner } from '../rule.js';
import { alternation } from '../words.js';

const FOLLOWER = new RegExp(String.raw`^\s*(?:${alternation(NON_TIME_FOLLOWERS)})(?![a-z])`, 'i');
const LEADER = new RegExp(String.raw`(?:^|[^a-z])(?:${alternation(NON_TIME_LEADERS)})\s*$`, 'i');
/** A digit run glued to the candidate by a number's punctuation: "3,883.36", "2-1", "555-1234". */
const GLUED_BEFORE = /(?:\d[.,:/-]|[$£€#]\s?)$/;
const GLUED_AFTER = /^(?:[.,:/-]\d|\d)/;
/** A span of years ("2009-2010", "1914-18") joins two years; it is not a number's punctuation. */
const YEAR_RANGE_AFTER = /^[-–](?:1[89]|20)?\d\d\b/;
const YEAR_RANGE_BEFORE = /\b(?:1[89]|20)\d\d[-–]$/;
const IS_YEAR = /^(?:1[89]|20)\d\d$/;

/** True when the candidate's number is a measure, a name, a score or a phone number. */
export function isNumberNotTime(text: string, candidate: Candidate): boolean {
  const span = text.slice(candidate.start, candidate.end);
  if (!/\d/.test(span)) return false;
  const before = text.slice(Math.max(0, candidate.start - 16), candidate.start);
  const after = text.slice(candidate.end, candidate.end + 16);
  const year = IS_YEAR.test(span);
  if (/^\d/.test(span) && GLUED_BEFORE.test(before) && !(year && YEAR_RANGE_BEFORE.test(before))) return true;
  if (/\d$/.test(span) && GLUED_AFTER.test(after) && !(year && YEAR_RANGE_AFTER.test(after))) return true;
  if (/\d$/.test(span) && FOLLOWER.test(after)) return true;
  if (/^\d/.test(span) && LEADER.test(before)) return true;
  return false;
}

export const dropNumberLookalikes: Refiner = {
  name: 'drop-number-lookalikes',
  refine: (candidates, { text }) => candidates.filter((c) => !isNumberNotTime(text, c)),
};
