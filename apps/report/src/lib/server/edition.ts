import type { ClaimsLedger, Manifest, Series } from '@dtr/data';

/**
 * Edition datasets, read at build time only (this module is server-side, so the browser never downloads a whole
 * edition: pages receive the slices their charts need).
 */
const manifests = import.meta.glob<Manifest>('$editions/*/manifest.json', { eager: true, import: 'default' });
const claimsFiles = import.meta.glob<ClaimsLedger>('$editions/*/claims.json', { eager: true, import: 'default' });
const seriesFiles = import.meta.glob<Series>('$editions/*/series/*.json', { eager: true, import: 'default' });

export interface Edition {
  year: number;
  manifest: Manifest;
  claims: ClaimsLedger;
  series(id: string): Series;
}

const editionYear = (path: string) => Number(/editions\/(\d{4})\//.exec(path)?.[1]);

export const editionYears: number[] = Object.keys(manifests)
  .map(editionYear)
  .sort((a, b) => a - b);

export const latestEditionYear: number = editionYears[editionYears.length - 1];

export function getEdition(year: number): Edition {
  const manifest = Object.entries(manifests).find(([path]) => editionYear(path) === year)?.[1];
  if (!manifest) throw new Error(`No edition ${year}; editions present: ${editionYears.join(', ')}`);
  const byId = new Map(
    Object.entries(seriesFiles)
      .filter(([path]) => editionYear(path) === year)
      .map(([, s]) => [s.id, s])
  );
  const claims = Object.entries(claimsFiles).find(([path]) => editionYear(path) === year)?.[1];
  if (!claims) throw new Error(`Edition ${year} has no claims.json`);
  return {
    year,
    manifest,
    claims,
    series(id) {
      const s = byId.get(id);
      if (!s) throw new Error(`Edition ${year} has no series "${id}" (it has: ${[...byId.keys()].join(', ')})`);
      return s;
    }
  };
}
