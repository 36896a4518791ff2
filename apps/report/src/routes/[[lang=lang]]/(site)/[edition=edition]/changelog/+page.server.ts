import { error } from '@sveltejs/kit';
import { editionYears } from '$lib/server/edition';
import { changelog } from '$lib/server/edition-diff';
import { localeFromParam } from '$lib/i18n/locale';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
  editionYears.flatMap((year) => [{ edition: String(year) }, { lang: 'zh', edition: String(year) }]);

export const load: PageServerLoad = ({ params }) => {
  const year = Number(params.edition);
  if (!editionYears.includes(year)) error(404, `No edition ${params.edition}`);
  return changelog(year, localeFromParam(params.lang));
};
