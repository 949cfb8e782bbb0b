/** Content negotiation for the one compressed answer the server keeps: story pages (migration 006_compressed_story_pages). */

/**
 * Whether an Accept-Encoding header lets a response be gzip-compressed (RFC 9110, 12.5.3): it names
 * gzip (or x-gzip), or else `*`, with a weight above 0. No header: identity only, as for curl.
 */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  let gzip: boolean | null = null;
  let any = false;
  for (const part of header.split(',')) {
    const [coding, ...params] = part.split(';').map((p) => p.trim().toLowerCase());
    const q = params.find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    const allowed = Number.isFinite(weight) && weight > 0 && q !== 'q=';
    if (coding === 'gzip' || coding === 'x-gzip') gzip = allowed;
    else if (coding === '*') any = allowed;
  }
  return gzip ?? any;
}
