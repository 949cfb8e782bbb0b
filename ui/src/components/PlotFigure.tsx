/**
 * An Observable Plot chart in a Preact tree. Plot adds <style> elements of its own; the
 * CSP (style-src 'self') would refuse them, so they are dropped here and the same rules
 * live in styles.css under the `chart` class.
 */
import { useEffect, useRef } from 'preact/hooks';

export const PLOT_CLASS = 'chart';

export function PlotFigure({ make, label }: { make: () => Element; label: string }) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const node = container.current;
    if (!node) return;
    const chart = make();
    chart.querySelectorAll('style').forEach((style) => style.remove());
    node.replaceChildren(chart);
    return () => node.replaceChildren();
  });
  return <div class="plot" role="img" aria-label={label} ref={container} />;
}

/** A date of the store (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`) as a point in time for a time axis. */
export function isoToDate(value: string | null): Date | null {
  if (!value) return null;
  const date = new Date(value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value);
  return Number.isNaN(date.getTime()) ? null : date;
}
