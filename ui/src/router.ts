/** Hash routes (`#/doc/ID?start=1&end=9`): the server only serves files, the page does the rest. */
import { useEffect, useState } from 'preact/hooks';
import { withParams, type Params } from './api.js';

export interface Route {
  /** Path segments after `#/`, decoded: `['doc', 'ID']`. */
  parts: string[];
  params: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const body = hash.replace(/^#\/?/, '');
  const [path = '', query = ''] = body.split('?', 2);
  const parts = path
    .split('/')
    .filter(Boolean)
    .map((part) => {
      try {
        return decodeURIComponent(part);
      } catch {
        return part;
      }
    });
  return { parts, params: new URLSearchParams(query) };
}

export function href(parts: string[], params?: Params): string {
  return '#' + withParams('/' + parts.map(encodeURIComponent).join('/'), params);
}

export function evidenceHref(document: string, span: { start: number; end: number }): string {
  return href(['doc', document], { start: span.start, end: span.end });
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const update = () => setRoute(parseHash(location.hash));
    addEventListener('hashchange', update);
    return () => removeEventListener('hashchange', update);
  }, []);
  return route;
}

/** A whole number from the route, or null when absent or not a number. */
export function intParam(params: URLSearchParams, name: string): number | null {
  const value = params.get(name);
  return value !== null && /^\d+$/.test(value) ? Number(value) : null;
}
