import { DataError } from '../../errors/data-error.ts';
import { AGGREGATES } from '../../entities/aggregates.ts';
import { economyName } from '../../entities/economy-name.ts';
import { OTHER_AGGREGATES } from '../../entities/other-aggregates.ts';
import { SCHEMA_VERSION, type CountriesFile, type CountryEntity, type Series } from '../../schema/types.ts';
import type { EtlStep } from '../etl-step.ts';
import { readWdiCountryMetadata, WDI_METADATA_ROLE } from '../read/read-wdi-country-metadata.ts';

/**
 * Every economy the canonical WDI metadata lists, plus every other code a series uses (e.g. TWN, AIA), plus the kept
 * aggregates; names from i18n-iso-countries with the report's overrides. Runs after the series steps.
 */
export function countriesFile({ sourceId }: { sourceId: string }): EtlStep {
  return {
    output: 'entities/countries.json',
    sourceIds: [sourceId],
    build: (ctx, built): CountriesFile => {
      const metadata = readWdiCountryMetadata(ctx);
      const codes = new Set<string>([...metadata.values()].filter((m) => m.region !== '').map((m) => m.code));
      for (const [output, data] of built) {
        if (output.startsWith('series/'))
          for (const code of Object.keys((data as Series).values)) if (!code.startsWith('CN-')) codes.add(code);
      }
      for (const code of Object.keys(AGGREGATES)) codes.add(code);
      const entities = [...codes].sort().map((code): CountryEntity => {
        const aggregate = AGGREGATES[code] ?? OTHER_AGGREGATES[code];
        if (aggregate)
          return {
            code,
            name: { en: aggregate.en, zh: aggregate.zh },
            kind: 'aggregate',
            region: null,
            incomeGroup: null
          };
        const name = economyName(code);
        if (!name)
          throw new DataError({
            file: ctx.rawFile({ role: WDI_METADATA_ROLE }),
            column: 'Country Code',
            expected: 'a code with English and Chinese names',
            got: code
          });
        const meta = metadata.get(code);
        return { code, name, kind: 'economy', region: meta?.region || null, incomeGroup: meta?.incomeGroup || null };
      });
      return { schema: SCHEMA_VERSION, sourceId, entities };
    }
  };
}
