import { error } from '@sveltejs/kit';
import { explorerData, indexEditions, UNCERTAINTY_DRAWS, UNCERTAINTY_SEED } from '$lib/server/index-data';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
  indexEditions.flatMap((year) => [{ edition: String(year) }, { lang: 'zh', edition: String(year) }]);

export const load: PageServerLoad = ({ params }) => {
  const year = Number(params.edition);
  if (!indexEditions.includes(year)) error(404, `No index in edition ${params.edition}`);
  return { explorer: explorerData(year), draws: UNCERTAINTY_DRAWS, seed: UNCERTAINTY_SEED };
};
