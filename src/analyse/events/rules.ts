/**
 * The event rules (data/events/patterns.json) and the CAMEO code table
 * (data/events/cameo.json), read and compiled once. A pattern is a sequence of
 * elements; each element is a set of surface forms, so matching is a set lookup per token.
 */
import { readDataFile } from '../../model/data-files.js';
import { inflect } from './inflect.js';

export interface Element {
  /** Forms of the one-word alternatives. */
  forms: ReadonlySet<string>;
  /** Alternatives of several words ("open+fire"): forms of each word in turn. */
  phrases: ReadonlySet<string>[][];
  optional: boolean;
}

/** A pattern step: a word to match, or a gap of `min` to `gap` tokens. */
export type Step = { kind: 'word'; element: Element } | { kind: 'gap'; gap: number; min: number };

export interface EventRule {
  id: string;
  type: string;
  cameo: string;
  mode: string | null;
  steps: Step[];
  /** Who acts: the clause subject, the speaker of an attribution tail, or the group after the trigger ("under pressure from X"). */
  source: 'subject' | 'speaker' | 'object';
  /** Prepositions that introduce the target, tried in order; "subject" = the clause subject; "inside" = a name within the match ("summoned Niger's ambassador"). */
  target: string[];
  symmetric: boolean;
  complement: 'block' | 'negate' | null;
  /** 'intent': a readiness ("prepared to", "willing to") whose complement tells what kind of intent it is. */
  governs: 'intent' | null;
  priority: number;
  example: string;
}

export interface CameoCode {
  code: string;
  name: string;
  goldstein: number | null;
  plover: string | null;
  mode: string | null;
}

export interface EventRules {
  rules: EventRule[];
  /** Rules by every form their first element can take: a token looks up the rules that may start on it. */
  byFirstForm: Map<string, EventRule[]>;
  intent: { cooperative: string; conflict: string };
  /** Nouns a trigger may modify ("riot police", "opposition party"): then it names no event. */
  modifierHeads: ReadonlySet<string>;
  /** Words that open what a protest is against ("to demand", "in protest against"): the target may be named there. */
  purpose: RegExp;
  codes: Map<string, CameoCode>;
}

interface RawRule {
  id: string;
  pattern: string;
  type: string;
  cameo: string;
  mode?: string;
  source?: string;
  target?: string[];
  symmetric?: boolean;
  complement?: string;
  governs?: string;
  priority?: number;
  example?: string;
}

let loaded: EventRules | null = null;

const readJson = (file: string): unknown => readDataFile(`events/${file}`, 'events');

function compileElement(text: string, irregular: Record<string, string[]>): Element {
  const optional = text.endsWith('?');
  const formsOf = (word: string): Set<string> =>
    new Set(word.startsWith('=') ? [word.slice(1).toLowerCase()] : inflect(word.toLowerCase(), irregular));
  const forms = new Set<string>();
  const phrases: Set<string>[][] = [];
  for (const alternative of (optional ? text.slice(0, -1) : text).split('|')) {
    if (alternative.includes('+')) phrases.push(alternative.split('+').map(formsOf));
    else for (const form of formsOf(alternative)) forms.add(form);
  }
  return { forms, phrases, optional };
}

/** Compiles one pattern; throws a message naming the rule when it cannot. */
export function compilePattern(id: string, pattern: string, irregular: Record<string, string[]>): Step[] {
  const steps: Step[] = [];
  for (const part of pattern.trim().split(/\s+/)) {
    // *N: up to N tokens (4 when bare); *M-N: at least M ("wants the army to", not "wants to").
    const gap = /^\*(?:(\d+)-)?(\d*)$/.exec(part);
    if (gap) steps.push({ kind: 'gap', gap: gap[2] ? Number(gap[2]) : 4, min: gap[1] ? Number(gap[1]) : 0 });
    else steps.push({ kind: 'word', element: compileElement(part, irregular) });
  }
  const first = steps[0];
  if (!first || first.kind !== 'word' || first.element.optional) throw new Error(`events: rule ${id}: a pattern must start with a required word`);
  if (steps[steps.length - 1].kind === 'gap') throw new Error(`events: rule ${id}: a pattern cannot end with a gap`);
  return steps;
}

function compileRule(raw: RawRule, index: number, irregular: Record<string, string[]>, codes: Map<string, CameoCode>): EventRule {
  const where = `patterns.json rule ${index + 1} (${raw.id ?? 'no id'})`;
  if (!raw.id || !raw.pattern || !raw.type || !raw.cameo) throw new Error(`events: ${where}: id, pattern, type and cameo are required`);
  if (codes.size && !codes.has(raw.cameo)) throw new Error(`events: ${where}: unknown CAMEO code ${raw.cameo}`);
  const complement = raw.complement === 'block' || raw.complement === 'negate' ? raw.complement : null;
  return {
    id: raw.id,
    type: raw.type,
    cameo: raw.cameo,
    mode: raw.mode ?? codes.get(raw.cameo)?.mode ?? null,
    steps: compilePattern(raw.id, raw.pattern, irregular),
    source: raw.source === 'speaker' || raw.source === 'object' ? raw.source : 'subject',
    target: raw.target ?? [],
    symmetric: raw.symmetric === true,
    complement,
    governs: raw.governs === 'intent' ? 'intent' : null,
    priority: raw.priority ?? 0,
    example: raw.example ?? '',
  };
}

export function eventRules(): EventRules {
  if (loaded) return loaded;
  const cameo = readJson('cameo.json') as { codes: CameoCode[] };
  const codes = new Map(cameo.codes.map((c) => [c.code, c]));
  const inflections = readJson('inflections.json') as { irregular: Record<string, string[]> };
  const patterns = readJson('patterns.json') as { rules: RawRule[]; intent: { cooperative: string; conflict: string }; modifierHeads?: string[]; protestPurpose?: string[] };
  const rules = patterns.rules.map((raw, i) => compileRule(raw, i, inflections.irregular, codes));
  const byFirstForm = new Map<string, EventRule[]>();
  for (const rule of rules) {
    const first = rule.steps[0];
    if (first.kind !== 'word') continue;
    const starts = [...first.element.forms, ...first.element.phrases.flatMap((p) => [...p[0]])];
    for (const form of new Set(starts)) {
      const list = byFirstForm.get(form);
      if (list) list.push(rule);
      else byFirstForm.set(form, [rule]);
    }
  }
  const modifierHeads = new Set((patterns.modifierHeads ?? []).flatMap((w) => inflect(w.toLowerCase(), {})));
  const escape = (phrase: string) => phrase.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
  const purposeWords = (patterns.protestPurpose ?? []).map(escape);
  const purpose = purposeWords.length ? new RegExp(`\\b(?:${purposeWords.join('|')})\\b`, 'i') : /$^/;
  loaded = { rules, byFirstForm, intent: patterns.intent, modifierHeads, purpose, codes };
  return loaded;
}
