import type { EtlStep } from '../etl/etl-step.ts';
import { ddsExports } from '../etl/series/dds-exports.ts';
import { ddsImports } from '../etl/series/dds-imports.ts';
import { servicesExports } from '../etl/series/services-exports.ts';
import { servicesImports } from '../etl/series/services-imports.ts';
import { WDI_SERIES_STEPS } from '../etl/series/wdi-series.ts';

/** The ETL scripts of the 2026 edition, one per output file. */
export const STEPS_2026: EtlStep[] = [ddsExports, ddsImports, servicesExports, servicesImports, ...WDI_SERIES_STEPS];
