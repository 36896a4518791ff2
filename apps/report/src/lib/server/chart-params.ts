import { error } from '@sveltejs/kit';
import type { ChartPayload } from '$lib/charts/payload';
import { localeFromParam } from '$lib/i18n/locale';
import { editionYears } from './edition';
import { storyData } from './story-data';

/** Every chart of every edition, in both locales: the prerender entries of the per-chart routes. */
export function chartEntries() {
  return editionYears.flatMap((year) =>
    Object.keys(storyData(year, 'en').charts).flatMap((chart) => [
      { edition: String(year), chart },
      { lang: 'zh', edition: String(year), chart }
    ])
  );
}

/** The chart a per-chart route names, or a 404. */
export function chartFromParams(params: { lang?: string; edition: string; chart: string }): ChartPayload {
  const year = Number(params.edition);
  if (!editionYears.includes(year)) error(404, `No edition ${params.edition}`);
  const chart = storyData(year, localeFromParam(params.lang)).charts[params.chart];
  if (!chart) error(404, `No chart ${params.chart} in edition ${year}`);
  return chart;
}
