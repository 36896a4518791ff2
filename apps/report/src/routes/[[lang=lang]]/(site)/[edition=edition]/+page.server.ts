import { error } from '@sveltejs/kit';
import { editionYears } from '$lib/server/edition';
import { storyPageData } from '$lib/server/story-data';
import { localeFromParam } from '$lib/i18n/locale';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
  editionYears.flatMap((year) => [{ edition: String(year) }, { lang: 'zh', edition: String(year) }]);

/** The story of one edition, at a URL that keeps showing that edition's data after a newer one ships. */
export const load: PageServerLoad = ({ params }) => {
  const year = Number(params.edition);
  if (!editionYears.includes(year)) error(404, `No edition ${params.edition}`);
  return storyPageData(year, localeFromParam(params.lang));
};
