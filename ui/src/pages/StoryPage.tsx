/**
 * A story: its reports side by side (one column per report), the facts they share, what
 * only one of them has, their loaded words marked in the text, and the figures they
 * disagree on with who gave each.
 */
import type { ComparisonItem, StoryDetail } from '../api.js';
import { MarkedText, termMarks } from '../components/MarkedText.js';
import { Status } from '../components/Status.js';
import { dash, figure, isEntityId } from '../format.js';
import { evidenceHref, href } from '../router.js';
import { useApi } from '../use-api.js';

type Report = StoryDetail['reports'][number];
type Figures = Extract<ComparisonItem, { kind: 'figures' }>;

export function StoryPage({ id }: { id: string }) {
  const loaded = useApi<StoryDetail>(`/api/stories/${encodeURIComponent(id)}`);
  return <Status loaded={loaded}>{(story) => <Story story={story} />}</Status>;
}

function Story({ story }: { story: StoryDetail }) {
  // The comparison's items are typed loosely in the model; the API gives ComparisonItem values.
  const shared = story.comparison.shared as ComparisonItem[];
  const figures = shared.filter((item): item is Figures => item.kind === 'figures');
  const facts = shared.filter((item) => item.kind !== 'figures');
  const reportById = new Map(story.reports.map((r) => [r.id, r]));
  const outletOf = (doc: string) => reportById.get(doc)?.outlet ?? doc;

  return (
    <article class="story">
      <header>
        <h1>{story.title}</h1>
        <p class="meta">
          {dash(story.date)} · {story.reports.length} reports: {story.reports.map((r) => r.outlet ?? r.id).join(', ')}
        </p>
      </header>

      {figures.length > 0 ? (
        <section class="figures">
          <h2>Figures that disagree</h2>
          {figures.map((item) => (
            <table class="figure-table">
              <caption>
                <a href={href(['claims'], { kind: item.claim, where: item.where })}>{item.claim}</a>
                {item.where ? ` in ${item.where}` : ''}
              </caption>
              <thead>
                <tr>
                  <th>report</th>
                  <th>figure</th>
                  <th>according to</th>
                </tr>
              </thead>
              <tbody>
                {item.reports.map((r) => {
                  const claim = reportById.get(r.document)?.claims.find((c) => c.kind === item.claim && c.value === r.value);
                  return (
                    <tr>
                      <td>{outletOf(r.document)}</td>
                      <td>
                        {claim ? <a class="evidence-link" href={evidenceHref(r.document, claim.evidence)}>{figure(r.value, r.qualifier)}</a> : figure(r.value, r.qualifier)}
                      </td>
                      <td>{dash(r.attribution)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          ))}
        </section>
      ) : null}

      <section>
        <h2>Shared by the reports</h2>
        {facts.length === 0 ? <p class="status">Nothing in common was found.</p> : <FactList items={facts} />}
      </section>

      <section>
        <h2>Side by side</h2>
        <div class="reports">
          {story.reports.map((report) => (
            <ReportColumn
              report={report}
              onlyHere={(story.comparison.onlyIn[report.id] ?? []) as ComparisonItem[]}
              loaded={story.comparison.loadedTerms[report.id] ?? []}
            />
          ))}
        </div>
      </section>
    </article>
  );
}

function ReportColumn({ report, onlyHere, loaded }: { report: Report; onlyHere: ComparisonItem[]; loaded: string[] }) {
  return (
    <div class="report">
      <h3 class="outlet">{report.outlet ?? '(unknown outlet)'}</h3>
      <a class="report-title" href={href(['doc', report.id])}>
        {report.title ?? '(untitled)'}
      </a>
      <div class="meta">{dash(report.published)}</div>
      {loaded.length > 0 ? (
        <p class="loaded-terms">
          Loaded terms:{' '}
          {loaded.map((term) => (
            <mark class="loaded">{term}</mark>
          ))}
        </p>
      ) : null}
      <details class="only-in" open={onlyHere.length > 0 && onlyHere.length <= 12}>
        <summary>Only in this report ({onlyHere.length}): the others left it out</summary>
        <FactList items={onlyHere} />
      </details>
      <MarkedText className="article-text report-text" text={report.text} marks={termMarks(report.text, loaded, 'loaded')} />
    </div>
  );
}

function FactList({ items }: { items: ComparisonItem[] }) {
  return (
    <ul class="facts-list">
      {items.map((item) => (
        <li>
          <Fact item={item} />
        </li>
      ))}
    </ul>
  );
}

function Fact({ item }: { item: ComparisonItem }) {
  switch (item.kind) {
    case 'entity':
      return (
        <>
          <a href={href(['entity', item.id])}>{item.name}</a> <span class="tag">{item.type}</span>
        </>
      );
    case 'claim':
      return (
        <>
          {figure(item.value, item.qualifier)} {item.claim}
          {item.where ? ` in ${item.where}` : ''}
          {item.attribution ? <span class="meta"> — according to {item.attribution}</span> : null}
        </>
      );
    case 'quote':
      return (
        <>
          quoted:{' '}
          {isEntityId(item.speaker) ? <a href={href(['entity', item.speaker])}>{item.speaker}</a> : item.speaker}
          {item.count > 1 ? ` (${item.count} quotes)` : ''}
        </>
      );
    case 'event':
      return (
        <>
          <span class="tag">{item.type}</span> {item.actors.join(', ')}
        </>
      );
    case 'figures':
      return (
        <>
          {item.claim}: {item.reports.map((r) => figure(r.value, r.qualifier)).join(' / ')}
        </>
      );
  }
}
