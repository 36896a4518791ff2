import { DOWNLOADS } from '$lib/server/downloads';
import { getEdition, latestEditionYear } from '$lib/server/edition';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
  const { manifest, claims } = getEdition(latestEditionYear);
  return {
    edition: latestEditionYear,
    files: [...DOWNLOADS],
    series: manifest.series.length,
    claims: claims.claims.length,
    sources: manifest.sources.map((s) => ({ id: s.id, publisher: s.publisher, licence: s.licence }))
  };
};
