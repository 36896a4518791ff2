import type { Locale } from '$lib/i18n/locale';

/** What a chart frame needs, on the story page and in its embed: words, series, the CSV rows, sources. */
export interface LinePoint {
  x: number;
  y: number | null;
}

export interface ChartPayload {
  id: string;
  edition: number;
  locale: Locale;
  title: string;
  subtitle: string;
  description: string;
  notes: string;
  series: { id: string; label: string; points: LinePoint[] }[];
  unit: string;
  columns: { key: string; label: string }[];
  rows: Record<string, string | number | null>[];
  sources: { label: string; url: string; licence: string }[];
  citation: string;
}
