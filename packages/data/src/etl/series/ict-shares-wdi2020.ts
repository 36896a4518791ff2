import { numberCell } from '../../csv/number-cell.ts';
import { readTable } from '../../csv/read-table.ts';
import { yearCell } from '../../csv/year-cell.ts';
import type { Localised } from '../../schema/types.ts';
import type { EtlContext } from '../etl-context.ts';
import type { EtlStep } from '../etl-step.ts';
import type { Observation } from '../observation.ts';
import { readWdiCountryMetadata } from '../read/read-wdi-country-metadata.ts';
import { keepWdiEntity } from '../read/wdi-entity-filter.ts';
import { seriesFromObservations } from '../series-from-observations.ts';

const FILE = 'wdi_databank_2020_ict_trade_shares/wdi_databank_2020_transformedData_2000_2020.csv';
/** SOURCES.md: use this October-2020 vintage only for 2005–2018 shares. */
const YEARS = { first: 2005, last: 2018 };

interface ShareDef {
  id: string;
  column: string;
  code: string;
  unit: string;
  category: 'goods' | 'services';
  name: Localised;
  definition: Localised;
}

// The -wdi2020 suffix keeps the vintage in every id, file name and chart that uses these shares.
const DEFS: ShareDef[] = [
  {
    id: 'ict-goods-exports-share-wdi2020',
    column: 'ICT goods exports (% of total goods exports)',
    code: 'TX.VAL.ICTG.ZS.UN',
    unit: '% of total goods exports',
    category: 'goods',
    name: {
      en: 'ICT goods exports, share of goods exports (WDI, 2020 vintage)',
      zh: '信息通信技术产品出口占货物出口比重（世界发展指标2020年版）'
    },
    definition: {
      en: 'Exports of ICT goods (computers, telecom, consumer electronics, components) as % of total goods exports; World Bank data as of October 2020.',
      zh: '信息通信技术产品（计算机、通信设备、消费电子、元器件）出口占货物出口总额的百分比；世界银行2020年10月版数据。'
    }
  },
  {
    id: 'ict-goods-imports-share-wdi2020',
    column: 'ICT goods imports (% total goods imports)',
    code: 'TM.VAL.ICTG.ZS.UN',
    unit: '% of total goods imports',
    category: 'goods',
    name: {
      en: 'ICT goods imports, share of goods imports (WDI, 2020 vintage)',
      zh: '信息通信技术产品进口占货物进口比重（世界发展指标2020年版）'
    },
    definition: {
      en: 'Imports of ICT goods as % of total goods imports; World Bank data as of October 2020.',
      zh: '信息通信技术产品进口占货物进口总额的百分比；世界银行2020年10月版数据。'
    }
  },
  {
    id: 'ict-services-exports-share-wdi2020',
    column: 'ICT service exports (% of service exports, BoP)',
    code: 'BX.GSR.CCIS.ZS',
    unit: '% of service exports',
    category: 'services',
    name: {
      en: 'ICT service exports, share of service exports (WDI, 2020 vintage)',
      zh: '信息通信技术服务出口占服务出口比重（世界发展指标2020年版）'
    },
    definition: {
      en: 'Computer and communications services exports as % of service exports, BoP; World Bank data as of October 2020, since revised.',
      zh: '计算机和通信服务出口占服务出口的百分比（国际收支口径）；世界银行2020年10月版数据，其后已有修订。'
    }
  }
];

function readShare(ctx: EtlContext, column: string): Observation[] {
  const metadata = readWdiCountryMetadata(ctx);
  const table = readTable({ text: ctx.read(FILE), file: FILE, required: ['Time', 'Country Code', column] });
  const observations: Observation[] = [];
  for (const row of table.rows) {
    const year = yearCell(FILE, row, 'Time', { min: 2000, max: 2020 });
    if (year < YEARS.first || year > YEARS.last) continue;
    const entity = row.cells['Country Code'];
    if (!keepWdiEntity(metadata, entity, { file: FILE, row: row.line, column: 'Country Code' })) continue;
    const value = numberCell(FILE, row, column);
    if (value !== null) observations.push({ entity, year, value, file: FILE, line: row.line });
  }
  return observations;
}

export const ICT_SHARES_WDI2020_STEPS: EtlStep[] = DEFS.map((d) => ({
  output: `series/${d.id}.json`,
  sourceIds: ['wdi-databank-2020'],
  indicator: { name: d.name, definition: d.definition, category: d.category },
  build: (ctx) =>
    seriesFromObservations(
      {
        id: d.id,
        sourceId: 'wdi-databank-2020',
        unit: d.unit,
        scale: 1,
        transformation: `WDI ${d.code} from the October-2020 DataBank extract, ${YEARS.first}–${YEARS.last} only, NA dropped; not revised since 2020.`
      },
      readShare(ctx, d.column)
    )
}));
