import { latestEditionYear } from '$lib/server/edition';
import { explorerData, UNCERTAINTY_DRAWS, UNCERTAINTY_SEED } from '$lib/server/index-data';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
  explorer: explorerData(latestEditionYear),
  draws: UNCERTAINTY_DRAWS,
  seed: UNCERTAINTY_SEED
});
