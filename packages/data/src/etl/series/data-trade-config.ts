import names from '../../../editions/2026/config/names.data-trade.json' with { type: 'json' };
import series from '../../../editions/2026/config/series.data-trade.json' with { type: 'json' };
import type { SeriesRule } from '../../gate/series-rule.ts';
import type { Category, Localised } from '../../schema/types.ts';
import type { AreaByLocation } from '../read/read-telegeography-landing-points.ts';

/** One entry of config/series.data-trade.json: everything about a series except how its reader computes it. */
export interface SeriesConfig {
  id: string;
  reader: 'telegeography' | 'top500' | 'itu-aggregates' | 'wto-rta';
  file: string;
  /** What the reader computes, in its own terms (e.g. "International bandwidth usage|Tbit"). */
  code: string;
  unit: string;
  scale: number;
  category: Category;
  sourceId: string;
  name: Localised;
  definition: Localised;
  transformation: string;
  rules: SeriesRule;
}

/** Name → ISO3 tables and other reader settings, from config/names.data-trade.json. */
export interface NamesConfig {
  telegeography: { countryOverrides: Record<string, string>; areas: AreaByLocation[] };
  top500: { countryOverrides: Record<string, string> };
  itu: { regions: Record<string, string> };
  wto: { countryOverrides: Record<string, string>; blocs: Record<string, number> };
}

export const DATA_TRADE_SERIES = series as SeriesConfig[];
export const DATA_TRADE_NAMES = names as unknown as NamesConfig;
