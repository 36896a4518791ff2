import { getEdition, latestEditionYear } from '$lib/server/edition';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
  const edition = getEdition(latestEditionYear);
  const seriesBySource: Record<string, string[]> = {};
  for (const id of edition.manifest.series) (seriesBySource[edition.series(id).sourceId] ??= []).push(id);
  return {
    edition: latestEditionYear,
    published: edition.manifest.published,
    sources: edition.manifest.sources,
    seriesBySource
  };
};
