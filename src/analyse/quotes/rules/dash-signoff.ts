/**
 * A quotation signed after a dash, as in reader panels and epigraphs:
 * `"Trump must stop portraying us as gangsters." ― Carla Sanchez`.
 */
import { isQuoted, type Attribution } from '../frame.js';
import type { AttributionRule, UnitContext } from './rule.js';

const DASH = /^[\u2015\u2014\u2013]$|^--$/;
const MAX_NAME_TOKENS = 8;

export const dashSignoff: AttributionRule = {
  name: 'dash-signoff',
  apply(context: UnitContext): Attribution[] {
    const { unit } = context;
    const tokens = unit.tokens;
    const dash = tokens.findIndex((t, i) => DASH.test(t.text) && i > 0 && !isQuoted(unit, t) && /^[”"'.,!?]+$/.test(tokens[i - 1].text));
    if (dash < 0 || !unit.quotes.length) return [];
    let end = tokens.length;
    while (end > dash + 1 && /^[.,;]$/.test(tokens[end - 1].text)) end--;
    if (end <= dash + 1 || end - dash - 1 > MAX_NAME_TOKENS || !/^[A-Z]/.test(tokens[dash + 1].text)) return [];
    if (tokens.slice(dash + 1, end).some((t) => isQuoted(unit, t))) return [];
    const speaker = { start: tokens[dash + 1].start, end: tokens[end - 1].end };
    return [{ rule: this.name, content: [{ start: unit.start, end: tokens[dash].start }], speaker, cue: { start: tokens[dash].start, end: tokens[dash].end } }];
  },
};
