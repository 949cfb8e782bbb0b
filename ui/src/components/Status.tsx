import type { ComponentChildren } from 'preact';
import type { Loaded } from '../use-api.js';

/** Shows loading or the API's error for a resource, or renders it once it is there. */
export function Status<T>({ loaded, children }: { loaded: Loaded<T>; children: (data: T) => ComponentChildren }) {
  if (loaded.state === 'loading') return <p class="status">Loading…</p>;
  if (loaded.state === 'error') return <p class="error" role="alert">{loaded.message}</p>;
  return <>{children(loaded.data)}</>;
}
