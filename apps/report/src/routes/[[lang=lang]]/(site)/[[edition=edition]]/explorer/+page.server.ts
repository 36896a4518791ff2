import { explorerData, indexEditions, UNCERTAINTY_DRAWS, UNCERTAINTY_SEED } from '$lib/server/index-data';
import { worldGeometry } from '@dtr/ui/world';
import { editionFromParam, editionPageEntries } from '$lib/server/edition-param';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => editionPageEntries(indexEditions);

export const load: PageServerLoad = ({ params }) => ({
  explorer: explorerData(editionFromParam(params.edition, indexEditions)),
  world: worldGeometry(),
  draws: UNCERTAINTY_DRAWS,
  seed: UNCERTAINTY_SEED
});
