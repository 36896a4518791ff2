import { readEdition, type Edition as EditionData } from '@dtr/data';

/**
 * Every file of every edition (packages/data/editions/<year>/…), as text, read at build time: the app's one glob over
 * the editions. This module is server-side, so the browser never downloads a whole edition.
 */
const texts = import.meta.glob<string>(['$editions/*/**/*.json', '$editions/*/**/*.csv'], {
  eager: true,
  query: '?raw',
  import: 'default'
});

const PATH = /editions\/(\d{4})\/(.+)$/;

const byYear = new Map<number, Record<string, string>>();
for (const [path, text] of Object.entries(texts)) {
  const match = PATH.exec(path);
  if (!match) continue;
  const year = Number(match[1]);
  if (!byYear.has(year)) byYear.set(year, {});
  byYear.get(year)![match[2]] = text;
}

/** Years with an edition folder (a manifest.json), ascending. */
export const editionYears: number[] = [...byYear.keys()]
  .filter((y) => 'manifest.json' in byYear.get(y)!)
  .sort((a, b) => a - b);

/** The newest edition present: what pages without a year in their URL show. */
export const latestEditionYear: number = editionYears[editionYears.length - 1];

const cache = new Map<number, EditionData>();

/** One edition validated against its schemas by @dtr/data's readEdition (once per build). */
export function editionData(year: number): EditionData {
  const hit = cache.get(year);
  if (hit) return hit;
  const files = byYear.get(year);
  if (!files || !editionYears.includes(year))
    throw new Error(`No edition ${year}; editions present: ${editionYears.join(', ')}`);
  const edition = readEdition({ year, files });
  cache.set(year, edition);
  return edition;
}
