import { join } from 'node:path';
import { chinaAgreementsFile } from '../etl/agreements/china-agreements-file.ts';
import { catalogueFile } from '../etl/catalogue-file.ts';
import { briFile } from '../etl/entities/bri-file.ts';
import { countriesFile } from '../etl/entities/countries-file.ts';
import { groupsFile } from '../etl/entities/groups-file.ts';
import { provincesFile } from '../etl/entities/provinces-file.ts';
import type { EtlStep } from '../etl/etl-step.ts';
import { cableMapFile } from '../etl/geo/cable-map-file.ts';
import { CABLE_ROUTES_ROLE } from '../etl/read/read-telegeography-routes.ts';
import { WDI_METADATA_ROLE } from '../etl/read/read-wdi-country-metadata.ts';
import { WTO_RTA_ROLE } from '../etl/read/read-wto-rtas.ts';
import { SERIES_READERS } from '../etl/readers/series-readers.ts';
import { catalogueSteps } from '../etl/series/catalogue-steps.ts';
import { readEntityGroupsConfig } from './read-entity-groups-config.ts';
import { readNamesConfig } from './read-names-config.ts';
import { readSeriesCatalogue } from './read-series-catalogue.ts';
import { readSourcesConfig } from './read-sources-config.ts';
import { sourceWithRole } from './source-with-role.ts';

/**
 * An edition's ETL steps, from its configuration alone: one step per entry of `config/series.json` (in its order; a
 * reader that needs the BRI members runs after them), then the agreements, the cable map, the entity files, the
 * entity groups (config/entity-groups.json) and the catalogue, which read what was built before them. The steps that
 * read a fixed raw file take the file and its source (id and vintage) from the registry entry whose `roles` name it.
 */
export function editionSteps({ configDir }: { configDir: string }): EtlStep[] {
  const entries = readSeriesCatalogue({ configDir });
  const names = readNamesConfig({ configDir });
  const groups = readEntityGroupsConfig({ configDir });
  const sources = readSourcesConfig({ configDir });
  const sourceOf = (role: string) =>
    sourceWithRole({ sources, role, registry: join(configDir, 'sources.json') }).source;
  const bri = briFile({ list: groups.briList });
  const afterBri = (reader: string) => (SERIES_READERS[reader].after ?? []).includes(bri.output);
  const series = catalogueSteps({ entries, names });
  const first = series.filter((_, i) => !afterBri(entries[i].reader));
  const then = series.filter((_, i) => afterBri(entries[i].reader));
  return [
    ...first,
    bri,
    ...then,
    chinaAgreementsFile({ names, sourceId: sourceOf(WTO_RTA_ROLE).id }),
    cableMapFile({ names, source: sourceOf(CABLE_ROUTES_ROLE) }),
    countriesFile({ sourceId: sourceOf(WDI_METADATA_ROLE).id }),
    provincesFile,
    groupsFile({ config: groups }),
    catalogueFile(series)
  ];
}
