/**
 * `dateline claims`: a figure's history across documents — casualty counts, arrests,
 * displaced people — newest first, each with its qualifier, as-of date, attribution,
 * outlet and the sentence it came from.
 */
import { ClaimQuery, MAX_PAGE, type ClaimRow } from '../model/views.js';
import { openStore } from '../store/index.js';
import { streamWriter } from './output.js';
import { storeOptions, type StoreFlags } from './store-options.js';

export const CLAIM_FORMATS = ['table', 'jsonl'] as const;

export interface ClaimsOptions extends StoreFlags {
  kind?: string;
  where?: string;
  from?: string;
  to?: string;
  format: (typeof CLAIM_FORMATS)[number];
}

/** A usage error: the message names the option. */
export class UsageError extends Error {}

const OPTION_NAMES: Record<string, string> = { kind: '--kind', where: '--where', from: '--from', to: '--to' };

export function parseClaimQuery(options: Pick<ClaimsOptions, 'kind' | 'where' | 'from' | 'to'>): ClaimQuery {
  const parsed = ClaimQuery.safeParse({ kind: options.kind, where: options.where, from: options.from, to: options.to, limit: MAX_PAGE });
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const option = OPTION_NAMES[String(issue.path[0])] ?? String(issue.path[0]);
  throw new UsageError(`${option}: ${issue.message}`);
}

export async function claimsCommand(options: ClaimsOptions): Promise<number> {
  const query = parseClaimQuery(options);
  const store = await openStore(storeOptions(options));
  const write = streamWriter(process.stdout);
  let count = 0;
  try {
    for (let offset = 0; ; offset += query.limit) {
      const page = await store.claims({ ...query, offset });
      for (const claim of page.items) {
        await write(options.format === 'jsonl' ? JSON.stringify(claim) + '\n' : claimBlock(claim));
        count += 1;
      }
      if (offset + query.limit >= page.total || page.items.length === 0) break;
    }
  } finally {
    await store.close();
  }
  if (options.format === 'table' && count === 0) await write('no figures match\n');
  return 0;
}

const QUALIFIERS: Record<NonNullable<ClaimRow['qualifier']>, string> = {
  more_than: 'more than',
  at_least: 'at least',
  about: 'about',
  up_to: 'up to',
  less_than: 'less than',
  exactly: 'exactly',
};

/** One claim for a person: the figure and its date, where it came from, the sentence. */
export function claimBlock(claim: ClaimRow): string {
  const figure = [claim.qualifier ? QUALIFIERS[claim.qualifier] : '', claim.value.toLocaleString('en-US'), claim.who ?? '', claim.kind]
    .filter(Boolean)
    .join(' ');
  const asOf = claim.asOf ? `as of ${claim.asOf}` : `published ${claim.published ?? 'undated'}`;
  const where = claim.where ? ` in ${claim.where}` : '';
  const by = claim.attribution ? `, according to ${claim.attribution}` : '';
  const from = [claim.outlet, claim.published, claim.title].filter(Boolean).join(' · ');
  const sentence = claim.evidence.text.replace(/\s+/g, ' ');
  return `${asOf}  ${figure}${where}${by}\n  ${from} (${claim.document})\n  “${sentence}”\n\n`;
}

