import { localeFromParam } from '$lib/i18n/locale';
import { storyMeta } from '$lib/copy/content';
import { getEdition } from '$lib/server/edition';
import { editionFromParam, editionPageEntries } from '$lib/server/edition-param';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => editionPageEntries();

export const load: PageServerLoad = ({ params }) => {
  const year = editionFromParam(params.edition);
  const edition = getEdition(year);
  const seriesBySource: Record<string, string[]> = {};
  for (const id of edition.manifest.series) (seriesBySource[edition.series(id).sourceId] ??= []).push(id);
  return {
    edition: year,
    published: edition.manifest.published,
    sources: edition.manifest.sources,
    seriesBySource,
    records: edition.publicRecord?.records ?? [],
    names: storyMeta(year, localeFromParam(params.lang)).sources
  };
};
