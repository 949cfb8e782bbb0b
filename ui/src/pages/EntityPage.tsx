/** One entity: who or what it is, its names, and its events, quotes and documents over time. */
import * as Plot from '@observablehq/plot';
import type { EntityDetail } from '../api.js';
import { isoToDate, PLOT_CLASS, PlotFigure } from '../components/PlotFigure.js';
import { Snippet } from '../components/MarkedText.js';
import { Status } from '../components/Status.js';
import { dash } from '../format.js';
import { evidenceHref, href } from '../router.js';
import { useApi } from '../use-api.js';

export function EntityPage({ id }: { id: string }) {
  const loaded = useApi<EntityDetail>(`/api/entities/${encodeURIComponent(id)}`);
  return <Status loaded={loaded}>{(entity) => <Entity entity={entity} />}</Status>;
}

function Entity({ entity }: { entity: EntityDetail }) {
  const timeline = [
    ...entity.events.map((e) => ({ date: isoToDate(e.date ?? e.published), what: 'events' })),
    ...entity.quotes.map((q) => ({ date: isoToDate(q.published), what: 'quotes' })),
  ].filter((p): p is { date: Date; what: string } => p.date !== null);

  return (
    <article class="entity">
      <header>
        <h1>{entity.name}</h1>
        <p class="meta">
          <span class="tag">{entity.type}</span> · country {dash(entity.country)} · {entity.mentions} mentions in {entity.documents} documents ·{' '}
          <span class="source">{entity.id}</span>
        </p>
      </header>
      <dl class="entity-names">
        <dt>Also written</dt>
        <dd class="aliases">{entity.aliases.length ? entity.aliases.join(' · ') : '—'}</dd>
        <dt>Roles</dt>
        <dd class="roles">{entity.roles.length ? entity.roles.join(' · ') : '—'}</dd>
      </dl>
      {timeline.length > 0 ? (
        <PlotFigure
          label="events and quotes over time"
          make={() =>
            Plot.plot({
              className: PLOT_CLASS,
              width: 880,
              height: 140,
              marginLeft: 70,
              x: { type: 'utc', label: 'date' },
              y: { label: null },
              marks: [Plot.dot(timeline, Plot.dodgeX('middle', { x: 'date', y: 'what', fill: 'what', r: 4 }))],
            })
          }
        />
      ) : null}
      <section>
        <h2>Events ({entity.events.length})</h2>
        <table>
          <tbody>
            {entity.events.map((event) => (
              <tr>
                <td>{dash(event.date ?? event.published)}</td>
                <td>
                  <a class="evidence-link" href={evidenceHref(event.document, event.evidence)}>
                    {event.negated ? 'not ' : ''}
                    {event.type}
                  </a>
                </td>
                <td>
                  {event.source.join(', ') || '—'} → {event.target.join(', ') || '—'}
                </td>
                <td>{dash(event.outlet)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section>
        <h2>Quotes ({entity.quotes.length})</h2>
        <table>
          <tbody>
            {entity.quotes.map((quote) => (
              <tr>
                <td>{dash(quote.published)}</td>
                <td>
                  <a class="evidence-link" href={evidenceHref(quote.document, quote)}>
                    {quote.direct ? `“${quote.text}”` : quote.text}
                  </a>
                </td>
                <td>{dash(quote.outlet)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section>
        <h2>Documents ({entity.documentList.length})</h2>
        <ol class="results">
          {entity.documentList.map((doc) => (
            <li class="result">
              <a href={href(['doc', doc.id])}>{doc.title ?? '(untitled)'}</a>
              <div class="meta">
                {dash(doc.outlet)} · {dash(doc.published)}
              </div>
              <Snippet text={doc.snippet} />
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
