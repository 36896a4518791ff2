import { getContext, setContext } from 'svelte';
import type { Locale } from '../format/locale.ts';
import type { Padding } from './types.ts';

/** What a `<Chart>` hands to its layers. Properties are live getters, so layers re-render when the size changes. */
export interface ChartContext<X = unknown, Y = unknown> {
  readonly width: number;
  readonly height: number;
  readonly padding: Padding;
  readonly innerWidth: number;
  readonly innerHeight: number;
  readonly xScale: X;
  readonly yScale: Y;
  readonly locale: Locale;
  /**
   * Markup the prerendered layouts of one chart can share, because it is the same at every width up to a transform (a
   * map's outlines): `id` prefixes the shared element's id; the `owner` layout draws it, the others `<use>` it. One
   * layout alone (measured in the browser, or a single width) is always the owner.
   */
  readonly shared: { id: string; owner: boolean };
}

const key = Symbol('dtr-chart');

export function setChartContext(context: ChartContext): void {
  setContext(key, context);
}

/** The nearest `<Chart>`'s context, typed by the scales the caller knows its chart uses. */
export function getChartContext<X, Y>(): ChartContext<X, Y> {
  const context = getContext<ChartContext<X, Y> | undefined>(key);
  if (!context) throw new Error('Chart layers must be rendered inside <Chart>');
  return context;
}
