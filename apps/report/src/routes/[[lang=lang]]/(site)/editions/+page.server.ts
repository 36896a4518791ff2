import { editionYears, getEdition, latestEditionYear } from '$lib/server/edition';
import type { PageServerLoad } from './$types';

/** Every edition in the build, newest first. */
export const load: PageServerLoad = () => ({
  latest: latestEditionYear,
  editions: [...editionYears].reverse().map((year) => {
    const { manifest, claims } = getEdition(year);
    return {
      year,
      published: manifest.published,
      series: manifest.series.length,
      sources: manifest.sources.length,
      claims: claims.claims.length
    };
  })
});
