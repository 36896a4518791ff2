import { explorerData, indexEditions, uncertaintyRun } from '$lib/server/index-data';
import { worldGeometry } from '@dtr/ui/world';
import { editionFromParam, editionPageEntries } from '$lib/server/edition-param';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => editionPageEntries(indexEditions);

export const load: PageServerLoad = ({ params }) => {
  const year = editionFromParam(params.edition, indexEditions);
  return { explorer: explorerData(year), world: worldGeometry(), ...uncertaintyRun(year) };
};
