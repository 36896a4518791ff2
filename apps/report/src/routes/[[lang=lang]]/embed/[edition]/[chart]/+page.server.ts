import { error } from '@sveltejs/kit';
import { editionYears } from '$lib/server/edition';
import { storyData } from '$lib/server/story-data';
import { localeFromParam } from '$lib/i18n/locale';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
  editionYears.flatMap((year) =>
    Object.keys(storyData(year, 'en').charts).flatMap((chart) => [
      { edition: String(year), chart },
      { lang: 'zh', edition: String(year), chart }
    ])
  );

export const load: PageServerLoad = ({ params }) => {
  const year = Number(params.edition);
  if (!editionYears.includes(year)) error(404, `No edition ${params.edition}`);
  const { charts } = storyData(year, localeFromParam(params.lang));
  const chart = charts[params.chart];
  if (!chart) error(404, `No chart ${params.chart} in edition ${year}`);
  return { chart };
};
