import { getEdition, latestEditionYear } from '$lib/server/edition';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
  const { claims } = getEdition(latestEditionYear);
  return { edition: latestEditionYear, ledger: claims };
};
