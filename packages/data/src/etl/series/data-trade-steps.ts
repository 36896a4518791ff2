import { DataError } from '../../errors/data-error.ts';
import type { BriFile } from '../../schema/types.ts';
import type { EtlContext } from '../etl-context.ts';
import type { EtlStep } from '../etl-step.ts';
import type { Observation } from '../observation.ts';
import { readItuAggregates } from '../read/read-itu-aggregates.ts';
import { readTop500List, type Top500List } from '../read/read-top500-list.ts';
import { readWtoRtas } from '../read/read-wto-rtas.ts';
import { seriesFromObservations } from '../series-from-observations.ts';
import { rtaCounts } from '../wto/rta-counts.ts';
import { type CableMeasure, cableObservations } from './cable-observations.ts';
import { DATA_TRADE_NAMES, DATA_TRADE_SERIES, type SeriesConfig } from './data-trade-config.ts';
import { telegeographyData } from './telegeography-data.ts';
import { top500Observations } from './top500-observations.ts';

/** TOP500 lists in the raw folder: every June and November 2000-06 … 2025-06 except these. */
export const TOP500_MISSING = ['2021-06', '2022-11'];
const TOP500_YEARS = { first: 2000, last: 2025 };
/** Years of the agreements-in-force series: the first GATT-era agreement (EU Treaty, 1958) to the export's last full year. */
const RTA_YEARS = { first: 1958, last: 2025 };
/** Parties counted in rtas-in-force, ISO3 → the WTO's name. */
const RTA_PARTIES = { CHN: 'China', HKG: 'Hong Kong, China', MAC: 'Macao, China' };
const ITU_FIRST_YEAR = 2015;

export function top500ListNames(): string[] {
  const names: string[] = [];
  for (let year = TOP500_YEARS.first; year <= TOP500_YEARS.last; year += 1)
    for (const month of ['06', '11']) names.push(`${year}-${month}`);
  return names.filter((n) => n <= '2025-06' && !TOP500_MISSING.includes(n));
}

const TOP500_CACHE = new WeakMap<EtlContext, Top500List[]>();
function top500Lists(ctx: EtlContext): Top500List[] {
  const cached = TOP500_CACHE.get(ctx);
  if (cached) return cached;
  const lists = top500ListNames().map((list) =>
    readTop500List({ ctx, list, countryOverrides: DATA_TRADE_NAMES.top500.countryOverrides })
  );
  TOP500_CACHE.set(ctx, lists);
  return lists;
}

async function observations(config: SeriesConfig, ctx: EtlContext, built: ReadonlyMap<string, unknown>): Promise<Observation[]> {
  if (config.reader === 'telegeography') {
    const bri = built.get('entities/bri.json') as BriFile | undefined;
    if (!bri) throw new DataError({ file: `series/${config.id}.json`, expected: 'entities/bri.json built before this step', got: 'not built' });
    const data = telegeographyData({ ctx, names: DATA_TRADE_NAMES.telegeography });
    return cableObservations({ data, measure: config.code as CableMeasure, bri });
  }
  if (config.reader === 'top500') {
    const [measure, month] = config.code.split('-') as ['systems' | 'share', '06' | '11'];
    return top500Observations({ lists: top500Lists(ctx), month, measure, years: TOP500_YEARS });
  }
  if (config.reader === 'itu-aggregates') {
    const [indicator, block] = config.code.split('|');
    const regions = DATA_TRADE_NAMES.itu.regions;
    const cells = await readItuAggregates(ctx, { file: config.file, indicator, block });
    const wanted = cells.filter((c) => c.label in regions && c.year >= ITU_FIRST_YEAR);
    for (const label of Object.keys(regions))
      if (!wanted.some((c) => c.label === label))
        throw new DataError({ file: config.file, column: 'A', expected: `a row "${label}" under "${indicator}"`, got: 'none' });
    return wanted.map((c) => ({ entity: regions[c.label], year: c.year, value: c.value, file: c.file, line: c.row, column: c.column }));
  }
  const rtas = await readWtoRtas(ctx, config.file);
  return rtaCounts({ rtas, parties: RTA_PARTIES, years: RTA_YEARS, file: config.file });
}

/** One ETL step per entry of config/series.data-trade.json. */
export const DATA_TRADE_STEPS: EtlStep[] = DATA_TRADE_SERIES.map(
  (config): EtlStep => ({
    output: `series/${config.id}.json`,
    sourceIds: [config.sourceId],
    indicator: { name: config.name, definition: config.definition, category: config.category },
    rules: config.rules,
    build: async (ctx, built) =>
      seriesFromObservations(
        { id: config.id, sourceId: config.sourceId, unit: config.unit, scale: config.scale, transformation: config.transformation },
        await observations(config, ctx, built)
      )
  })
);
