import type { Locale } from '$lib/i18n/locale';

/**
 * A chart as the page and its embed receive it: the frame's words and CSV rows, plus the props of one chart kind.
 * ChartView picks the @dtr/ui component by `kind`.
 */
export interface FramePayload {
  id: string;
  edition: number;
  locale: Locale;
  title: string;
  subtitle: string;
  description: string;
  notes: string;
  columns: { key: string; label: string }[];
  rows: Record<string, string | number | null>[];
  sources: { label: string; url: string; licence: string }[];
  citation: string;
}

export interface LinePoint {
  x: number;
  y: number | null;
}

export interface LinePayload {
  kind: 'line';
  series: { id: string; label: string; points: LinePoint[] }[];
  unit: string;
  scale?: number;
  area?: string | null;
}

export type ChartPayload = FramePayload & LinePayload;
