/** The Dateline web UI: hash routes over the JSON API, no server-side rendering. */
import { render } from 'preact';
import { ClaimsPage } from './pages/ClaimsPage.js';
import { DocumentPage } from './pages/DocumentPage.js';
import { EntityPage } from './pages/EntityPage.js';
import { SearchPage } from './pages/SearchPage.js';
import { StoryPage } from './pages/StoryPage.js';
import { href, useRoute, type Route } from './router.js';
import './styles.css';

function Page({ route }: { route: Route }) {
  const [name = 'search', id] = route.parts;
  if (name === 'search') return <SearchPage params={route.params} />;
  if (name === 'claims') return <ClaimsPage params={route.params} />;
  if (id !== undefined) {
    if (name === 'doc') return <DocumentPage id={id} params={route.params} />;
    if (name === 'story') return <StoryPage id={id} />;
    if (name === 'entity') return <EntityPage id={id} />;
  }
  return (
    <p class="error" role="alert">
      No page at {location.hash}. <a href={href(['search'])}>Search</a>
    </p>
  );
}

function App() {
  const route = useRoute();
  return (
    <>
      <header class="site">
        <a class="brand" href={href(['search'])}>
          Dateline
        </a>
        <nav>
          <a href={href(['search'])}>Search</a>
          <a href={href(['claims'])}>Claims</a>
          <a href="/openapi.json">API</a>
        </nav>
      </header>
      <main>
        <Page route={route} />
      </main>
    </>
  );
}

render(<App />, document.getElementById('app')!);
