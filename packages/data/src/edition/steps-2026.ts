import rules from '../../editions/2026/config/series-rules.json' with { type: 'json' };
import { chinaAgreementsFile } from '../etl/agreements/china-agreements-file.ts';
import { catalogueFile } from '../etl/catalogue-file.ts';
import { cableMapFile } from '../etl/geo/cable-map-file.ts';
import { briFile } from '../etl/entities/bri-file.ts';
import { countriesFile } from '../etl/entities/countries-file.ts';
import { provincesFile } from '../etl/entities/provinces-file.ts';
import type { EtlStep } from '../etl/etl-step.ts';
import { BUSINESS_ICT_USE_STEPS } from '../etl/series/business-ict-use.ts';
import { DATA_TRADE_STEPS } from '../etl/series/data-trade-steps.ts';
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
import type { SeriesRule } from '../gate/series-rule.ts';
import { withRules } from './with-rules.ts';

const TABLE_SERIES_STEPS: EtlStep[] = [
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

/** The series of the first release, with their rules from config/series-rules.json. */
const SERIES_STEPS = withRules({ steps: TABLE_SERIES_STEPS, rules: rules as Record<string, SeriesRule> });

/**
 * The ETL scripts of the 2026 edition, one per output file; entity and catalogue steps read the built series, and
 * the data-trade series (config/series.data-trade.json) read the BRI members built before them.
 */
export const STEPS_2026: EtlStep[] = [
  ...SERIES_STEPS,
  briFile,
  ...DATA_TRADE_STEPS,
  chinaAgreementsFile,
  cableMapFile,
  countriesFile,
  provincesFile,
  catalogueFile([...SERIES_STEPS, ...DATA_TRADE_STEPS])
];
