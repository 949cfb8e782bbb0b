/** Search: words and filters in the URL (`#/search?q=dam&outlet=...`), results with snippets, the latest stories. */
import type { DocumentSummary, Page, SearchPage as ResultPage, StorySummary } from '../api.js';
import { Snippet } from '../components/MarkedText.js';
import { Status } from '../components/Status.js';
import { dash } from '../format.js';
import { href, intParam } from '../router.js';
import { useApi } from '../use-api.js';

const PAGE_SIZE = 20;
const FILTERS = ['q', 'outlet', 'entity', 'from', 'to', 'eventType', 'claimKind'] as const;
const CLAIM_KINDS = ['killed', 'wounded', 'abducted', 'displaced', 'arrested', 'missing', 'other'];

export function SearchPage({ params }: { params: URLSearchParams }) {
  const filters = Object.fromEntries(FILTERS.map((name) => [name, params.get(name) ?? ''])) as Record<(typeof FILTERS)[number], string>;
  const offset = intParam(params, 'offset') ?? 0;
  const results = useApi<ResultPage<DocumentSummary>>('/api/search', { ...filters, limit: PAGE_SIZE, offset });
  const stories = useApi<Page<StorySummary>>('/api/stories', { limit: 8 });

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    location.hash = href(['search'], Object.fromEntries(FILTERS.map((name) => [name, String(form.get(name) ?? '')])));
  };

  return (
    <div class="search-layout">
      <section>
        <h1>Search</h1>
        {/* Keyed by the query so the fields show the search being shown, also after Back. */}
        <form class="search-form" onSubmit={submit} role="search" key={params.toString()}>
          <label class="wide">
            Words <input name="q" type="search" defaultValue={filters.q} placeholder='dam "civil protection" -football' />
          </label>
          <label>
            Outlet <input name="outlet" defaultValue={filters.outlet} />
          </label>
          <label>
            Entity <input name="entity" defaultValue={filters.entity} placeholder="name, alias or id" />
          </label>
          <label>
            From <input name="from" defaultValue={filters.from} placeholder="YYYY-MM-DD" />
          </label>
          <label>
            To <input name="to" defaultValue={filters.to} placeholder="YYYY-MM-DD" />
          </label>
          <label>
            Event type <input name="eventType" defaultValue={filters.eventType} placeholder="ASSAULT" />
          </label>
          <label>
            Claim kind
            <select name="claimKind">
              <option value="">any</option>
              {CLAIM_KINDS.map((kind) => (
                <option value={kind} selected={kind === filters.claimKind}>
                  {kind}
                </option>
              ))}
            </select>
          </label>
          <button type="submit">Search</button>
        </form>
        <Status loaded={results}>
          {(page) => (
            <>
              <p class="count">
                {page.total === 0 ? 'No documents match.' : `${page.offset + 1}–${page.offset + page.items.length} of ${page.total}${page.totalIsLowerBound ? '+' : ''} documents`}
              </p>
              <ol class="results">
                {page.items.map((doc) => (
                  <li class="result">
                    <a href={href(['doc', doc.id])}>{doc.title ?? '(untitled)'}</a>
                    <div class="meta">
                      {dash(doc.outlet)} · {dash(doc.published)}
                      {doc.stories.map((story) => (
                        <>
                          {' · '}
                          <a href={href(['story', story])}>story</a>
                        </>
                      ))}
                    </div>
                    <Snippet text={doc.snippet} />
                  </li>
                ))}
              </ol>
              <Pager total={page.total} more={page.totalIsLowerBound} shown={page.items.length} offset={page.offset} limit={page.limit} params={params} />
            </>
          )}
        </Status>
      </section>
      <aside>
        <h2>Latest stories</h2>
        <Status loaded={stories}>
          {(page) =>
            page.items.length === 0 ? (
              <p class="status">No stories yet.</p>
            ) : (
              <ul class="stories">
                {page.items.map((story) => (
                  <li>
                    <a href={href(['story', story.story])}>{story.title}</a>
                    <div class="meta">
                      {dash(story.date)} · {story.documents} reports: {story.outlets.join(', ')}
                    </div>
                  </li>
                ))}
              </ul>
            )
          }
        </Status>
      </aside>
    </div>
  );
}

/** `more`: the total is a lower bound ("1000+"), so there is a next page as long as this one is full. */
function Pager(props: { total: number; more: boolean; shown: number; offset: number; limit: number; params: URLSearchParams }) {
  const { total, more, shown, offset, limit, params } = props;
  const at = (next: number) => href(['search'], { ...Object.fromEntries(params), offset: next || undefined });
  return (
    <nav class="pager" aria-label="pages">
      {offset > 0 ? <a href={at(Math.max(0, offset - limit))}>← Previous</a> : <span />}
      {(more ? shown === limit : offset + limit < total) ? <a href={at(offset + limit)}>Next →</a> : <span />}
    </nav>
  );
}
