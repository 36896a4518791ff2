import type { Category, Localised } from '../../schema/types.ts';
import type { EtlStep } from '../etl-step.ts';
import { readWdiLong } from '../read/read-wdi-long.ts';
import { readWdiWide, type WdiWideQuery } from '../read/read-wdi-wide.ts';
import { seriesFromObservations } from '../series-from-observations.ts';

interface WdiSeriesDef {
  id: string;
  code: string;
  unit: string;
  category: Category;
  name: Localised;
  definition: Localised;
  /** Long file in wdi_datasets_org, or a wide bulk file. */
  from: { long: string } | { wide: Omit<WdiWideQuery, 'indicatorCode'>; sourceId: string };
}

// The WDI series the story uses; each entry is the ETL script of one output file. Declared as a table because every
// one of them is the same copy-through with a different file, unit and wording.
const DEFS: WdiSeriesDef[] = [
  {
    id: 'internet-users',
    code: 'IT.NET.USER.ZS',
    unit: '% of population',
    category: 'infrastructure',
    name: { en: 'Individuals using the Internet', zh: '互联网用户占人口比例' },
    definition: {
      en: 'Individuals who used the Internet from any location in the last three months, % of population (ITU).',
      zh: '过去三个月内在任何地点使用过互联网的个人占人口的百分比（国际电联）。'
    },
    from: {
      wide: {
        file: 'wdi_api_it_net_user_zs/API_IT.NET.USER.ZS_DS2_en_csv_v2_2160.csv',
        skipRecords: 0,
        firstYear: 2000,
        lastYear: 2023
      },
      sourceId: 'wdi-2024-11'
    }
  },
  {
    id: 'ict-service-exports',
    code: 'BX.GSR.CCIS.CD',
    unit: 'US$',
    category: 'services',
    name: { en: 'ICT service exports', zh: '信息通信技术服务出口' },
    definition: {
      en: 'Exports of computer and communications services (telecommunications, computer, postal and courier), BoP, current US$.',
      zh: '计算机和通信服务（电信、计算机、邮政和快递）出口，国际收支口径，现价美元。'
    },
    from: {
      wide: {
        file: 'wdi_api_bx_gsr_ccis_cd/API_BX.GSR.CCIS.CD_DS2_en_csv_v2_920.csv',
        skipRecords: 2,
        firstYear: 2000,
        lastYear: 2025
      },
      sourceId: 'wdi-2026-02'
    }
  },
  def(
    'fixed-broadband',
    'IT.NET.BBND.P2',
    'per 100 people',
    'infrastructure',
    ['Fixed broadband subscriptions', '固定宽带订阅'],
    [
      'Fixed subscriptions to high-speed (≥256 kbit/s) public Internet access, per 100 people.',
      '每百人中固定高速（≥256 kbit/s）公共互联网接入订阅数。'
    ]
  ),
  def(
    'mobile-subscriptions',
    'IT.CEL.SETS.P2',
    'per 100 people',
    'infrastructure',
    ['Mobile cellular subscriptions', '移动蜂窝订阅'],
    ['Subscriptions to a public mobile telephone service, per 100 people.', '每百人公共移动电话服务订阅数。']
  ),
  def(
    'secure-servers',
    'IT.NET.SECR.P6',
    'per 1 million people',
    'infrastructure',
    ['Secure Internet servers', '安全互联网服务器'],
    [
      'Distinct, publicly trusted TLS/SSL certificates, per 1 million people.',
      '每百万人拥有的公开可信 TLS/SSL 证书数量。'
    ]
  ),
  def(
    'high-tech-exports',
    'TX.VAL.TECH.CD',
    'US$',
    'goods',
    ['High-technology exports', '高科技产品出口'],
    [
      'Exports of products with high R&D intensity (aerospace, computers, pharmaceuticals, scientific instruments, electrical machinery), current US$.',
      '研发密集度高的产品（航空航天、计算机、医药、科学仪器、电气机械）出口，现价美元。'
    ]
  ),
  def(
    'high-tech-exports-share',
    'TX.VAL.TECH.MF.ZS',
    '% of manufactured exports',
    'goods',
    ['High-technology exports, share of manufactured exports', '高科技产品出口占制成品出口比重'],
    ['High-technology exports as a percentage of manufactured exports.', '高科技产品出口占制成品出口的百分比。']
  ),
  def(
    'merchandise-exports',
    'TX.VAL.MRCH.CD.WT',
    'US$',
    'goods',
    ['Merchandise exports', '货物出口'],
    ['Value of goods exported, current US$ (WTO-based).', '货物出口额，现价美元（基于世贸组织数据）。']
  ),
  def(
    'merchandise-imports',
    'TM.VAL.MRCH.CD.WT',
    'US$',
    'goods',
    ['Merchandise imports', '货物进口'],
    ['Value of goods imported, current US$ (WTO-based).', '货物进口额，现价美元（基于世贸组织数据）。']
  ),
  def(
    'exports-gdp',
    'NE.EXP.GNFS.ZS',
    '% of GDP',
    'economy',
    ['Exports of goods and services, share of GDP', '货物和服务出口占GDP比重'],
    ['Exports of goods and services as a percentage of GDP.', '货物和服务出口占国内生产总值的百分比。']
  ),
  def(
    'imports-gdp',
    'NE.IMP.GNFS.ZS',
    '% of GDP',
    'economy',
    ['Imports of goods and services, share of GDP', '货物和服务进口占GDP比重'],
    ['Imports of goods and services as a percentage of GDP.', '货物和服务进口占国内生产总值的百分比。']
  ),
  def(
    'gdp',
    'NY.GDP.MKTP.CD',
    'US$',
    'economy',
    ['GDP', '国内生产总值'],
    ['Gross domestic product at purchaser’s prices, current US$.', '按购买者价格计算的国内生产总值，现价美元。']
  ),
  def(
    'gdp-per-capita',
    'NY.GDP.PCAP.CD',
    'US$',
    'economy',
    ['GDP per capita', '人均国内生产总值'],
    ['GDP divided by midyear population, current US$.', '国内生产总值除以年中人口，现价美元。']
  ),
  def(
    'population',
    'SP.POP.TOTL',
    'people',
    'economy',
    ['Population', '人口'],
    [
      'Total midyear population, all residents regardless of legal status or citizenship.',
      '年中总人口，包括所有居民，不论法律地位或国籍。'
    ]
  ),
  def(
    'ip-receipts',
    'BX.GSR.ROYL.CD',
    'US$',
    'services',
    ['Charges for the use of intellectual property, receipts', '知识产权使用费收入'],
    [
      'Receipts for the authorised use of proprietary rights (patents, trademarks, copyrights, processes, franchises) and licences, BoP, current US$.',
      '因授权使用专有权利（专利、商标、版权、工艺、特许经营）及许可而获得的收入，国际收支口径，现价美元。'
    ]
  ),
  def(
    'ip-payments',
    'BM.GSR.ROYL.CD',
    'US$',
    'services',
    ['Charges for the use of intellectual property, payments', '知识产权使用费支出'],
    [
      'Payments for the authorised use of proprietary rights and licences, BoP, current US$.',
      '为授权使用专有权利及许可而支付的费用，国际收支口径，现价美元。'
    ]
  ),
  def(
    'rd-expenditure',
    'GB.XPD.RSDV.GD.ZS',
    '% of GDP',
    'economy',
    ['Research and development expenditure', '研发支出'],
    [
      'Gross domestic expenditure on R&D, % of GDP (UNESCO UIS).',
      '国内研发总支出占国内生产总值的百分比（联合国教科文组织统计研究所）。'
    ]
  ),
  def(
    'logistics-performance',
    'LP.LPI.OVRL.XQ',
    'score (1–5)',
    'infrastructure',
    ['Logistics Performance Index', '物流绩效指数'],
    ['Overall LPI score, 1 = low to 5 = high; survey years only.', '物流绩效指数总分，1 为低、5 为高；仅调查年份有值。']
  )
];

function def(
  id: string,
  code: string,
  unit: string,
  category: Category,
  name: [string, string],
  definition: [string, string]
): WdiSeriesDef {
  return {
    id,
    code,
    unit,
    category,
    name: { en: name[0], zh: name[1] },
    definition: { en: definition[0], zh: definition[1] },
    from: { long: `wdi_datasets_org/${code.toLowerCase()}.csv` }
  };
}

function stepFor(d: WdiSeriesDef): EtlStep {
  const sourceId = 'long' in d.from ? 'wdi-2026-07' : d.from.sourceId;
  return {
    output: `series/${d.id}.json`,
    sourceIds: [sourceId],
    indicator: { name: d.name, definition: d.definition, category: d.category },
    build: (ctx) =>
      seriesFromObservations(
        {
          id: d.id,
          sourceId,
          unit: d.unit,
          scale: 1,
          transformation: `WDI ${d.code} from ${'long' in d.from ? 2000 : d.from.wide.firstYear} as published (values unrounded); economies plus the world, regional and income aggregates; other WB aggregates dropped.`
        },
        'long' in d.from ? readWdiLong(ctx, d.from.long) : readWdiWide(ctx, { ...d.from.wide, indicatorCode: d.code })
      )
  };
}

export const WDI_SERIES_STEPS: EtlStep[] = DEFS.map(stepFor);
