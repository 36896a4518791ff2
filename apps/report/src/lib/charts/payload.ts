import type {
  BarChart,
  Beeswarm,
  DotPlot,
  Heatmap,
  LineChart,
  ProvinceTileMap,
  SlopeChart,
  Timeline,
  Treemap,
  WorldMap
} from '@dtr/ui';
import type { Component, ComponentProps } from 'svelte';
import type { Locale } from '$lib/i18n/locale';

/**
 * A chart as the page and its embed receive it: the frame's words and CSV rows, plus the props of one @dtr/ui chart
 * kind. Page data is serialised, so props carry no functions: number formats are described by `format`, and ChartView
 * turns that into the component's formatter.
 */
export interface FramePayload {
  id: string;
  edition: number;
  locale: Locale;
  title: string;
  subtitle: string;
  description: string;
  notes: string;
  /** `lang`: the column's values are in that language; `langKey`: the row field holding each value's language. */
  columns: { key: string; label: string; lang?: string; langKey?: string }[];
  rows: Record<string, string | number | null>[];
  /** The chart's own licence, derived from its sources (frame-licence.ts). */
  licence: {
    kind: 'cc-by' | 'cc-by-nc-sa' | 'source-terms';
    /** The licence's name and the sources' own wording, as the disclosure, CSV and SVG print it. */
    label: string;
    /** The licence's name alone ("CC BY-NC-SA 3.0", "the source's terms"), for the one-line credit and the citation. */
    short: string;
    href: string | null;
    /** The label in runs when part of it (a licensor's own wording) is in another language than the chart. */
    parts?: { text: string; lang?: string }[];
  };
  /** `lang` is set when the label is a text's own title in another language than the chart. */
  /** `short` (an author, a publisher and year) is what the one-line credit prints; `label` is the whole title. */
  sources: { label: string; url: string; licence: string; lang?: string; short?: string }[];
  citation: string;
  format?: ValueFormat;
}

/** How values print: `percent` for shares stored as fractions (0.567 → 56.7 %), else numbers with an optional unit. */
export interface ValueFormat {
  percent?: boolean;
  unit?: string;
  scale?: number;
  digits?: number;
}

/** Props a payload may not set: ChartView supplies them from the frame. */
type Supplied = 'locale' | 'title' | 'description' | 'formatValue' | 'formatY' | 'highlight';
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any component, as ComponentProps itself constrains
type Props<C extends Component<any>> = Omit<ComponentProps<C>, Supplied>;

export type KindPayload =
  | { kind: 'line'; props: Props<typeof LineChart> }
  | { kind: 'bar'; props: Props<typeof BarChart> }
  | { kind: 'slope'; props: Props<typeof SlopeChart> }
  | { kind: 'dots'; props: Props<typeof DotPlot> }
  | { kind: 'beeswarm'; props: Props<typeof Beeswarm> }
  | { kind: 'world'; props: Props<typeof WorldMap> }
  | { kind: 'provinces'; props: Props<typeof ProvinceTileMap> }
  | { kind: 'treemap'; props: Props<typeof Treemap> }
  | { kind: 'heatmap'; props: Props<typeof Heatmap> }
  | { kind: 'timeline'; props: Props<typeof Timeline> };

export type ChartPayload = FramePayload & KindPayload;
export type ChartKind = KindPayload['kind'];
