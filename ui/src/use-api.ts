/** Loads one API resource for a component; a new key loads again, an old answer arriving late is dropped. */
import { useEffect, useState } from 'preact/hooks';
import { getJson, type Params, withParams } from './api.js';

export type Loaded<T> = { state: 'loading' } | { state: 'error'; message: string } | { state: 'done'; data: T };

export function useApi<T>(path: string | null, params?: Params): Loaded<T> {
  const key = path === null ? null : withParams(path, params);
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  useEffect(() => {
    if (key === null) return;
    let current = true;
    setLoaded({ state: 'loading' });
    getJson<T>(key).then(
      (data) => current && setLoaded({ state: 'done', data }),
      (error: unknown) => current && setLoaded({ state: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [key]);
  return loaded;
}
