import type { BriFile, CountriesFile, ProvincesFile } from '@dtr/data';

/** Entity lists of each edition (countries, provinces, Belt and Road members), read at build time. */
const files = import.meta.glob<unknown>('$editions/*/entities/*.json', { eager: true, import: 'default' });

export interface EditionEntities {
  countries: CountriesFile;
  provinces: ProvincesFile;
  bri: BriFile;
}

export function editionEntities(year: number): EditionEntities {
  const file = <T>(name: string): T => {
    const entry = Object.entries(files).find(([path]) => path.endsWith(`/${year}/entities/${name}.json`));
    if (!entry) throw new Error(`Edition ${year} has no entities/${name}.json`);
    return entry[1] as T;
  };
  return { countries: file('countries'), provinces: file('provinces'), bri: file('bri') };
}
