import { catalogueFile } from '../etl/catalogue-file.ts';
import { briFile } from '../etl/entities/bri-file.ts';
import { countriesFile } from '../etl/entities/countries-file.ts';
import { provincesFile } from '../etl/entities/provinces-file.ts';
import type { EtlStep } from '../etl/etl-step.ts';
import { BUSINESS_ICT_USE_STEPS } from '../etl/series/business-ict-use.ts';
import { ddsExports } from '../etl/series/dds-exports.ts';
import { ddsImports } from '../etl/series/dds-imports.ts';
import { GVC_PARTICIPATION_STEPS } from '../etl/series/gvc-participation.ts';
import { ICT_SHARES_WDI2020_STEPS } from '../etl/series/ict-shares-wdi2020.ts';
import { ituGci } from '../etl/series/itu-gci.ts';
import { ituIdi } from '../etl/series/itu-idi.ts';
import { KTI_STEPS } from '../etl/series/kti-trade.ts';
import { PROVINCE_SERIES_STEPS } from '../etl/series/province-series.ts';
import { servicesExports } from '../etl/series/services-exports.ts';
import { servicesImports } from '../etl/series/services-imports.ts';
import { WDI_SERIES_STEPS } from '../etl/series/wdi-series.ts';

const SERIES_STEPS: EtlStep[] = [
  ddsExports,
  ddsImports,
  servicesExports,
  servicesImports,
  ...WDI_SERIES_STEPS,
  ...ICT_SHARES_WDI2020_STEPS,
  ...BUSINESS_ICT_USE_STEPS,
  ituIdi,
  ituGci,
  ...GVC_PARTICIPATION_STEPS,
  ...PROVINCE_SERIES_STEPS,
  ...KTI_STEPS
];

/** The ETL scripts of the 2026 edition, one per output file; entity and catalogue steps read the built series. */
export const STEPS_2026: EtlStep[] = [
  ...SERIES_STEPS,
  countriesFile,
  provincesFile,
  briFile,
  catalogueFile(SERIES_STEPS)
];
