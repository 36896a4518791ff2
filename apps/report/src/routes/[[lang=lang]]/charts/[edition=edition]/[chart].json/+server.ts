import { error, json } from '@sveltejs/kit';
import { editionYears } from '$lib/server/edition';
import { storyData } from '$lib/server/story-data';
import { localeFromParam } from '$lib/i18n/locale';
import type { EntryGenerator, RequestHandler } from './$types';

/**
 * One chart's data slice (`/charts/<edition>/<id>.json`, `/zh/charts/…`): the payload the story page fetches to make a
 * prerendered chart interactive. Static files, one per chart, edition and locale.
 */
export const prerender = true;

export const entries: EntryGenerator = () =>
  editionYears.flatMap((year) =>
    Object.keys(storyData(year, 'en').charts).flatMap((chart) => [
      { edition: String(year), chart },
      { lang: 'zh', edition: String(year), chart }
    ])
  );

export const GET: RequestHandler = ({ params }) => {
  const year = Number(params.edition);
  if (!editionYears.includes(year)) error(404, `No edition ${params.edition}`);
  const chart = storyData(year, localeFromParam(params.lang)).charts[params.chart];
  if (!chart) error(404, `No chart ${params.chart} in edition ${year}`);
  return json(chart);
};
