import { chinaAgreementsFile } from '../etl/agreements/china-agreements-file.ts';
import { catalogueFile } from '../etl/catalogue-file.ts';
import { briFile } from '../etl/entities/bri-file.ts';
import { countriesFile } from '../etl/entities/countries-file.ts';
import { groupsFile } from '../etl/entities/groups-file.ts';
import { provincesFile } from '../etl/entities/provinces-file.ts';
import type { EtlStep } from '../etl/etl-step.ts';
import { cableMapFile } from '../etl/geo/cable-map-file.ts';
import { SERIES_READERS } from '../etl/readers/series-readers.ts';
import { catalogueSteps } from '../etl/series/catalogue-steps.ts';
import { readEntityGroupsConfig } from './read-entity-groups-config.ts';
import { readNamesConfig } from './read-names-config.ts';
import { readSeriesCatalogue } from './read-series-catalogue.ts';

/**
 * An edition's ETL steps, from its configuration alone: one step per entry of `config/series.json` (in its order; a
 * reader that needs the BRI members runs after them), then the agreements, the cable map, the entity files, the
 * entity groups (config/entity-groups.json) and the catalogue, which read what was built before them.
 */
export function editionSteps({ configDir }: { configDir: string }): EtlStep[] {
  const entries = readSeriesCatalogue({ configDir });
  const names = readNamesConfig({ configDir });
  const groups = readEntityGroupsConfig({ configDir });
  const bri = briFile({ list: groups.briList });
  const afterBri = (reader: string) => (SERIES_READERS[reader].after ?? []).includes(bri.output);
  const series = catalogueSteps({ entries, names });
  const first = series.filter((_, i) => !afterBri(entries[i].reader));
  const then = series.filter((_, i) => afterBri(entries[i].reader));
  return [
    ...first,
    bri,
    ...then,
    chinaAgreementsFile({ names }),
    cableMapFile({ names }),
    countriesFile,
    provincesFile,
    groupsFile({ config: groups }),
    catalogueFile(series)
  ];
}
