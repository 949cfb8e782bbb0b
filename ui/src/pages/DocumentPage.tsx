/** One document: its clean text (as text), the evidence span of the URL marked, and what was extracted from it. */
import type { StoredDocument } from '../api.js';
import { MarkedText, type Mark } from '../components/MarkedText.js';
import { Status } from '../components/Status.js';
import { dash, describeClaim, isEntityId } from '../format.js';
import { evidenceHref, href, intParam } from '../router.js';
import { useApi } from '../use-api.js';

export function DocumentPage({ id, params }: { id: string; params: URLSearchParams }) {
  const loaded = useApi<StoredDocument>(`/api/documents/${encodeURIComponent(id)}`);
  const start = intParam(params, 'start');
  const end = intParam(params, 'end');
  const evidence: Mark | null = start !== null && end !== null && end > start ? { start, end, className: 'evidence', title: 'evidence' } : null;

  return (
    <Status loaded={loaded}>
      {(doc) => (
        <article class="document">
          <header>
            <h1>{doc.title ?? '(untitled)'}</h1>
            <p class="meta">
              {dash(doc.outlet)} · published {dash(doc.published)}
              {doc.dateline ? ` · ${doc.dateline.place}${doc.dateline.agency ? ` (${doc.dateline.agency})` : ''}` : ''}
              {doc.eventDate ? ` · event date ${doc.eventDate.date}` : ''}
              {doc.source.url ? (
                <>
                  {' · '}
                  <span class="source">{doc.source.url}</span>
                </>
              ) : null}
              {doc.stories.map((story) => (
                <>
                  {' · '}
                  <a href={href(['story', story])}>story</a>
                </>
              ))}
            </p>
          </header>
          <div class="document-layout">
            <MarkedText text={doc.text} marks={[]} focus={evidence} />
            <DocumentFacts doc={doc} />
          </div>
        </article>
      )}
    </Status>
  );
}

function DocumentFacts({ doc }: { doc: StoredDocument }) {
  const ev = (span: { start: number; end: number }) => evidenceHref(doc.id, span);
  return (
    <div class="facts">
      <section>
        <h2>Claims ({doc.claims.length})</h2>
        <ul class="claims">
          {doc.claims.map((claim) => (
            <li>
              <a class="evidence-link" href={ev(claim.evidence)}>
                {describeClaim(claim)}
              </a>
              <div class="meta">
                {claim.attribution ? `according to ${claim.attribution}` : 'no attribution'}
                {claim.asOf ? ` · as of ${claim.asOf}` : ''} ·{' '}
                <a href={href(['claims'], { kind: claim.kind, where: claim.where })}>over time</a>
              </div>
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h2>Quotes ({doc.quotes.length})</h2>
        <ul class="quotes">
          {doc.quotes.map((quote) => (
            <li>
              <a class="evidence-link" href={ev(quote)}>
                {quote.direct ? `“${quote.text}”` : quote.text}
              </a>
              <div class="meta">
                {quote.speaker && isEntityId(quote.speaker) ? (
                  <a href={href(['entity', quote.speaker])}>{quote.speakerText ?? quote.speaker}</a>
                ) : (
                  dash(quote.speakerText ?? quote.speaker)
                )}
              </div>
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h2>Events ({doc.events.length})</h2>
        <ul class="events">
          {doc.events.map((event) => (
            <li>
              <a class="evidence-link" href={ev(event.evidence)}>
                {event.negated ? 'not ' : ''}
                {event.type}
                {event.mode ? ` (${event.mode})` : ''}
              </a>
              <div class="meta">
                {event.source.join(', ') || '—'} → {event.target.join(', ') || '—'}
                {event.date ? ` · ${event.date}` : ''}
                {event.location ? ` · ${event.location}` : ''}
              </div>
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h2>Entities ({doc.entities.length})</h2>
        <ul class="entities">
          {doc.entities.map((entity) => (
            <li>
              <a href={href(['entity', entity.id])}>{entity.name}</a> <span class="tag">{entity.type}</span>
              {entity.mentions[0] ? (
                <>
                  {' '}
                  <a class="evidence-link" href={ev(entity.mentions[0])} title="first mention">
                    {entity.mentions.length} mention{entity.mentions.length === 1 ? '' : 's'}
                  </a>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
