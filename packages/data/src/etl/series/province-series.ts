import type { Category, Localised } from '../../schema/types.ts';
import type { EtlContext } from '../etl-context.ts';
import type { EtlStep } from '../etl-step.ts';
import type { Observation } from '../observation.ts';
import { readNbsGdp, readNbsSectorShare } from '../read/read-nbs-gdp.ts';
import { readNbsLong } from '../read/read-nbs-long.ts';
import { seriesFromObservations } from '../series-from-observations.ts';

interface ProvinceDef {
  id: string;
  sourceId: 'nbs-provincial-trade-express' | 'nbs-provincial-gdp';
  unit: string;
  scale: number;
  category: Category;
  name: Localised;
  definition: Localised;
  transformation: string;
  read(ctx: EtlContext): Observation[];
}

const TRADE_DIR = 'nbs_china_provincial_trade_express';

// NBS files carry no units; each unit below is the NBS definition of the indicator, stated as unit × scale.
const DEFS: ProvinceDef[] = [
  {
    id: 'province-trade-by-location',
    sourceId: 'nbs-provincial-trade-express',
    unit: 'US$',
    scale: 1e3,
    category: 'goods',
    name: { en: 'Foreign trade by location of the trading unit', zh: '经营单位所在地进出口总额' },
    definition: {
      en: 'Total goods imports plus exports, attributed to the province where the trading unit is registered (NBS A060101).',
      zh: '按经营单位所在地统计的货物进出口总额（国家统计局 A060101）。'
    },
    transformation: 'NBS A060101 copied as published; the NBS unit is thousand US$ (scale 1e3).',
    read: (ctx) => readNbsLong(ctx, `${TRADE_DIR}/A060101.csv`, 'A060101')
  },
  {
    id: 'province-trade-by-destination',
    sourceId: 'nbs-provincial-trade-express',
    unit: 'US$',
    scale: 1e3,
    category: 'goods',
    name: { en: 'Foreign trade by domestic destination and source of goods', zh: '境内目的地和货源地进出口总额' },
    definition: {
      en: 'Total goods imports plus exports, attributed to the province where imports are consumed and exports are produced (NBS A060201).',
      zh: '按境内目的地和货源地统计的货物进出口总额（国家统计局 A060201）。'
    },
    transformation: 'NBS A060201 copied as published; the NBS unit is thousand US$ (scale 1e3).',
    read: (ctx) => readNbsLong(ctx, `${TRADE_DIR}/A060201.csv`, 'A060201')
  },
  {
    id: 'province-express',
    sourceId: 'nbs-provincial-trade-express',
    unit: 'pieces',
    scale: 1e4,
    category: 'goods',
    name: { en: 'Express delivery volume', zh: '快递量' },
    definition: {
      en: 'Parcels and documents handled by express delivery enterprises (NBS A0G0E01).',
      zh: '快递服务企业业务量（国家统计局 A0G0E01）。'
    },
    transformation: 'NBS A0G0E01 copied as published; the NBS unit is 万件, 10,000 pieces (scale 1e4).',
    read: (ctx) => readNbsLong(ctx, `${TRADE_DIR}/A0G0E.csv`, 'A0G0E01')
  },
  {
    id: 'province-internet-users',
    sourceId: 'nbs-provincial-trade-express',
    unit: 'persons',
    scale: 1e4,
    category: 'infrastructure',
    name: { en: 'Internet users (2016)', zh: '互联网上网人数（2016年）' },
    definition: {
      en: 'Number of Internet users by province, 2016 only (NBS A0G0J01).',
      zh: '各省互联网上网人数，仅2016年（国家统计局 A0G0J01）。'
    },
    transformation: 'NBS A0G0J01 copied as published, 2016 only; the NBS unit is 万人, 10,000 persons (scale 1e4).',
    read: (ctx) => readNbsLong(ctx, `${TRADE_DIR}/A0G0J.csv`, 'A0G0J01')
  },
  {
    id: 'province-gdp',
    sourceId: 'nbs-provincial-gdp',
    unit: 'CNY',
    scale: 1e8,
    category: 'economy',
    name: { en: 'Gross regional product', zh: '地区生产总值' },
    definition: {
      en: 'Provincial GDP at current prices; CHN is the national total (NBS E0103, first releases).',
      zh: '各省地区生产总值（现价）；CHN 为全国合计（国家统计局 E0103，初步核算数）。'
    },
    transformation:
      'Flattened project JSON copied as published; the unit is 亿元, 100 million CNY (scale 1e8); 中国 stored as CHN.',
    read: (ctx) => readNbsGdp(ctx)
  },
  ...(
    [
      ['primary', '第一产业', 'Primary', '第一产业'],
      ['secondary', '第二产业', 'Secondary', '第二产业'],
      ['tertiary', '第三产业', 'Tertiary', '第三产业']
    ] as const
  ).map(([key, sector, en, zh]): ProvinceDef => ({
    id: `province-gdp-${key}-share`,
    sourceId: 'nbs-provincial-gdp',
    unit: '% of GDP',
    scale: 1,
    category: 'economy',
    name: { en: `${en} sector share of GDP`, zh: `${zh}占地区生产总值比重` },
    definition: {
      en: `${en} industry value added as % of gross regional product.`,
      zh: `${zh}增加值占地区生产总值的百分比。`
    },
    transformation: `Sector ${sector} of the flattened project JSON copied as published; 中国 stored as CHN.`,
    read: (ctx) => readNbsSectorShare(ctx, sector)
  }))
];

export const PROVINCE_SERIES_STEPS: EtlStep[] = DEFS.map((d) => ({
  output: `series/${d.id}.json`,
  sourceIds: [d.sourceId],
  indicator: { name: d.name, definition: d.definition, category: d.category },
  build: (ctx) =>
    seriesFromObservations(
      { id: d.id, sourceId: d.sourceId, unit: d.unit, scale: d.scale, transformation: d.transformation },
      d.read(ctx)
    )
}));
