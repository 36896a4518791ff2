import { localeFromParam } from '$lib/i18n/locale';
import { storyMeta } from '$lib/copy/content';
import { DOWNLOADS } from '$lib/server/downloads';
import { getEdition } from '$lib/server/edition';
import { editionFromParam, editionPageEntries } from '$lib/server/edition-param';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => editionPageEntries();

export const load: PageServerLoad = ({ params }) => {
  const year = editionFromParam(params.edition);
  const { manifest, claims } = getEdition(year);
  const names = storyMeta(year, localeFromParam(params.lang)).sources;
  return {
    edition: year,
    files: [...DOWNLOADS],
    series: manifest.series.length,
    claims: claims.claims.length,
    sources: manifest.sources.map((s) => ({
      id: s.id,
      name: names[s.id]?.name ?? s.publisher,
      licence: names[s.id]?.licence ?? s.licence,
      vintage: s.vintage
    }))
  };
};
