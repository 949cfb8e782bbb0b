/** How records read in the UI. */
import type { Claim } from './api.js';

const QUALIFIERS: Record<string, string> = {
  more_than: 'more than',
  at_least: 'at least',
  about: 'about',
  up_to: 'up to',
  less_than: 'fewer than',
  exactly: 'exactly',
};

export function figure(value: number, qualifier: Claim['qualifier']): string {
  const number = value.toLocaleString('en-GB');
  return qualifier ? `${QUALIFIERS[qualifier] ?? qualifier} ${number}` : number;
}

export function describeClaim(claim: Pick<Claim, 'kind' | 'value' | 'qualifier' | 'who' | 'where'>): string {
  const who = claim.who ? ` ${claim.who}` : '';
  const where = claim.where ? ` in ${claim.where}` : '';
  return `${figure(claim.value, claim.qualifier)}${who} ${claim.kind}${where}`;
}

export function dash(value: string | null | undefined): string {
  return value && value.trim() ? value : '—';
}

/** Entity ids look like `person:helena-quintas`; a quote's speaker is one, or the words the text used. */
export function isEntityId(value: string): boolean {
  return /^[a-z]+:[\p{Ll}\p{N}-]+$/u.test(value);
}
