import type { CableMapFile } from '@dtr/data';

/** The cable map's routes and landing points (`geo/cables.json`) of each edition, read at build time. */
const files = import.meta.glob<CableMapFile>('$editions/*/geo/cables.json', { eager: true, import: 'default' });

export function editionCableMap(year: number): CableMapFile {
  const entry = Object.entries(files).find(([path]) => path.endsWith(`/${year}/geo/cables.json`));
  if (!entry) throw new Error(`Edition ${year} has no geo/cables.json`);
  return entry[1];
}
