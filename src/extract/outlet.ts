/**
 * The outlet that published a document, as a readable name. Precedence (see extract):
 * container hint > page site name > dateline agency > URL host.
 *
 * From a URL we keep the host without `www.`-like and mobile prefixes (`www.reuters.com` ->
 * `reuters.com`, `m.bbc.co.uk` -> `bbc.co.uk`): simple, predictable, and it names the site.
 */

/** Host prefixes that name a server or a mobile edition, not the outlet. */
const HOST_PREFIXES = /^(?:www\d{0,2}|m|mobile|amp)\./u;
/** A site name longer than this is a page title or slogan that leaked into the field. */
const MAX_NAME_LENGTH = 80;

/** `https://www.reuters.com/world/...` -> `reuters.com`; null for no URL, a bad URL, or no dotted host. */
export function outletFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let host: string;
  try {
    const parsed = new URL(url.trim());
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    host = parsed.hostname.toLowerCase().replace(/\.$/u, '');
  } catch {
    return null;
  }
  const name = host.replace(HOST_PREFIXES, '');
  // IP addresses and single-label hosts ("localhost") name no outlet.
  if (!name.includes('.') || /^[\d.]+$/u.test(name) || name.startsWith('[')) return null;
  return name;
}

/** A site or agency name, tidied: whitespace collapsed; a bare host or URL turned into its outlet. */
export function normaliseOutletName(name: string | null | undefined): string | null {
  const tidy = name?.replace(/\s+/gu, ' ').trim() ?? '';
  if (!tidy || tidy.length > MAX_NAME_LENGTH) return null;
  if (/^https?:\/\//iu.test(tidy)) return outletFromUrl(tidy);
  if (/^www\d{0,2}\.[^\s/]+\.[a-z]{2,}$/iu.test(tidy)) return tidy.toLowerCase().replace(HOST_PREFIXES, '');
  return tidy;
}

/** The first usable candidate, in the order given (the caller's precedence). */
export function chooseOutlet(...candidates: Array<string | null | undefined>): string | null {
  for (const candidate of candidates) {
    const name = normaliseOutletName(candidate);
    if (name) return name;
  }
  return null;
}
