/** A figure over time (`#/claims?kind=killed&where=Portugal`): a chart by outlet and attribution, and the table. */
import * as Plot from '@observablehq/plot';
import type { ClaimRow, Page } from '../api.js';
import { isoToDate, PLOT_CLASS, PlotFigure } from '../components/PlotFigure.js';
import { Status } from '../components/Status.js';
import { dash, figure } from '../format.js';
import { evidenceHref, href } from '../router.js';
import { useApi } from '../use-api.js';

const FILTERS = ['kind', 'where', 'from', 'to'] as const;
const CLAIM_KINDS = ['killed', 'wounded', 'abducted', 'displaced', 'arrested', 'missing', 'other'];

export function ClaimsPage({ params }: { params: URLSearchParams }) {
  const filters = Object.fromEntries(FILTERS.map((name) => [name, params.get(name) ?? ''])) as Record<(typeof FILTERS)[number], string>;
  const loaded = useApi<Page<ClaimRow>>('/api/claims', { ...filters, limit: 200 });

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    location.hash = href(['claims'], Object.fromEntries(FILTERS.map((name) => [name, String(form.get(name) ?? '')])));
  };

  return (
    <section class="claims-page">
      <h1>Claims{filters.kind ? `: ${filters.kind}` : ''}{filters.where ? ` in ${filters.where}` : ''}</h1>
      <form class="search-form" onSubmit={submit} key={params.toString()}>
        <label>
          Kind
          <select name="kind">
            <option value="">any</option>
            {CLAIM_KINDS.map((kind) => (
              <option value={kind} selected={kind === filters.kind}>
                {kind}
              </option>
            ))}
          </select>
        </label>
        <label>
          Where <input name="where" defaultValue={filters.where} placeholder="place name or id" />
        </label>
        <label>
          From <input name="from" defaultValue={filters.from} placeholder="YYYY-MM-DD" />
        </label>
        <label>
          To <input name="to" defaultValue={filters.to} placeholder="YYYY-MM-DD" />
        </label>
        <button type="submit">Show</button>
      </form>
      <Status loaded={loaded}>{(page) => <Claims page={page} />}</Status>
    </section>
  );
}

interface Point {
  date: Date;
  value: number;
  series: string;
  label: string;
}

function seriesOf(claim: ClaimRow): string {
  return `${claim.outlet ?? 'unknown outlet'} — ${claim.attribution ?? 'unattributed'}`;
}

function Claims({ page }: { page: Page<ClaimRow> }) {
  if (page.items.length === 0) return <p class="status">No claims match.</p>;
  const points: Point[] = [];
  for (const claim of page.items) {
    const date = isoToDate(claim.asOf ?? claim.published);
    if (date) points.push({ date, value: claim.value, series: seriesOf(claim), label: `${figure(claim.value, claim.qualifier)} ${claim.kind}` });
  }
  const undated = page.items.length - points.length;

  return (
    <>
      {points.length > 0 ? (
        <PlotFigure
          label="the figure over time, one colour per outlet and attribution"
          make={() =>
            Plot.plot({
              className: PLOT_CLASS,
              width: 880,
              height: 360,
              marginLeft: 60,
              x: { type: 'utc', label: 'as-of date (or publication date)' },
              y: { grid: true, label: 'figure', zero: true },
              color: { legend: true, type: 'categorical' },
              marks: [
                Plot.line(points, { x: 'date', y: 'value', stroke: 'series', sort: 'date', strokeOpacity: 0.6 }),
                Plot.dot(points, { x: 'date', y: 'value', fill: 'series', r: 5, tip: true, title: (p: Point) => `${p.label}\n${p.series}` }),
              ],
            })
          }
        />
      ) : null}
      <p class="count">
        {page.total} claims{page.total > page.items.length ? `, the ${page.items.length} newest shown` : ''}
        {undated > 0 ? `; ${undated} without a date are in the table only` : ''}
      </p>
      <table class="claims-table">
        <thead>
          <tr>
            <th>date</th>
            <th>figure</th>
            <th>kind</th>
            <th>where</th>
            <th>according to</th>
            <th>outlet</th>
            <th>evidence</th>
          </tr>
        </thead>
        <tbody>
          {page.items.map((claim) => (
            <tr>
              <td>{claim.asOf ? `as of ${claim.asOf}` : `published ${dash(claim.published)}`}</td>
              <td class="number">{figure(claim.value, claim.qualifier)}</td>
              <td>{claim.kind}{claim.who ? ` (${claim.who})` : ''}</td>
              <td>{dash(claim.where)}</td>
              <td>{dash(claim.attribution)}</td>
              <td>{dash(claim.outlet)}</td>
              <td>
                <a class="evidence-link" href={evidenceHref(claim.document, claim.evidence)}>
                  {claim.evidence.text.length > 90 ? claim.evidence.text.slice(0, 90) + '…' : claim.evidence.text}
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
