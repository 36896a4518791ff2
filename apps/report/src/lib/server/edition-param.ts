import { error } from '@sveltejs/kit';
import { editionYears, latestEditionYear } from './edition';

/**
 * The edition a page shows: the `[[edition]]` path segment when present (`/2026/sources/`), else the latest
 * (`/sources/`), so a page's URL with a year keeps showing that edition after a newer one ships.
 */
export function editionFromParam(param: string | undefined, available: number[] = editionYears): number {
  if (param === undefined) return latestEditionYear;
  const year = Number(param);
  if (!available.includes(year)) error(404, `No edition ${param}`);
  return year;
}

/** Prerender entries for a page under `[[lang]]/[[edition]]`: the latest without a year, and every edition with one. */
export function editionPageEntries(available: number[] = editionYears) {
  return [
    {},
    { lang: 'zh' },
    ...available.flatMap((y) => [{ edition: String(y) }, { lang: 'zh', edition: String(y) }])
  ];
}
