import { editionView, type Edition } from '$lib/edition/edition';
import { editionData, editionYears, latestEditionYear } from './editions';

export type { Edition };
export { editionYears, latestEditionYear };

const cache = new Map<number, Edition>();

/** One edition as charts and sections read it. */
export function getEdition(year: number): Edition {
  if (!cache.has(year)) cache.set(year, editionView(editionData(year)));
  return cache.get(year)!;
}
