/** Loads one API resource for a component; a new key loads again, an old answer arriving late is dropped. */
import { useEffect, useState } from 'preact/hooks';
import { getJson, type Params, withParams } from './api.js';

export type Loaded<T> = { state: 'loading' } | { state: 'error'; message: string } | { state: 'done'; data: T };

const LOADING: Loaded<never> = { state: 'loading' };

export function useApi<T>(path: string | null, params?: Params): Loaded<T> {
  const key = path === null ? null : withParams(path, params);
  // The answer is kept with the key it answers: in the render after a new query, before the effect below has run, the
  // previous query's results would otherwise still show under the new one (the search page listed the newest documents
  // as if they were the search's results for a moment).
  const [answer, setAnswer] = useState<{ key: string; loaded: Loaded<T> } | null>(null);
  useEffect(() => {
    if (key === null) return;
    let current = true;
    getJson<T>(key).then(
      (data) => current && setAnswer({ key, loaded: { state: 'done', data } }),
      (error: unknown) => current && setAnswer({ key, loaded: { state: 'error', message: error instanceof Error ? error.message : String(error) } }),
    );
    return () => {
      current = false;
    };
  }, [key]);
  return answer !== null && answer.key === key ? answer.loaded : LOADING;
}
