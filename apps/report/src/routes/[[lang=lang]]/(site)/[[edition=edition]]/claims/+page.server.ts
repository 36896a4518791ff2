import { getEdition } from '$lib/server/edition';
import { editionFromParam, editionPageEntries } from '$lib/server/edition-param';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => editionPageEntries();

export const load: PageServerLoad = ({ params }) => {
  const year = editionFromParam(params.edition);
  const { claims } = getEdition(year);
  return { edition: year, ledger: claims };
};
