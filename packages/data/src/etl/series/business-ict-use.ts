import type { Localised } from '../../schema/types.ts';
import type { EtlStep } from '../etl-step.ts';
import { readSdmxCsv } from '../read/read-sdmx-csv.ts';
import { seriesFromObservations } from '../series-from-observations.ts';

interface UseDef {
  id: string;
  indicator: string;
  employees?: boolean;
  name: Localised;
}

// UNCTAD core indicators on ICT use by businesses (Partnership on Measuring ICT for Development, B1–B12).
const DEFS: UseDef[] = [
  {
    id: 'business-computers',
    indicator: 'UNCTAD_DE_ICT_CORE_UBS_ANN_ALL_B1',
    name: { en: 'Businesses using computers', zh: '使用计算机的企业比例' }
  },
  {
    id: 'business-employees-computers',
    indicator: 'UNCTAD_DE_ICT_CORE_UBS_ANN_ALL_B2',
    employees: true,
    name: { en: 'Persons employed routinely using computers', zh: '日常使用计算机的从业人员比例' }
  },
  {
    id: 'business-internet',
    indicator: 'UNCTAD_DE_ICT_CORE_UBS_ANN_ALL_B3',
    name: { en: 'Businesses using the Internet', zh: '使用互联网的企业比例' }
  },
  {
    id: 'business-employees-internet',
    indicator: 'UNCTAD_DE_ICT_CORE_UISIC4_ANN_00_B4',
    employees: true,
    name: { en: 'Persons employed routinely using the Internet', zh: '日常使用互联网的从业人员比例' }
  },
  {
    id: 'business-web-presence',
    indicator: 'UNCTAD_DE_ICT_CORE_UISIC4_ANN_00_B5',
    name: { en: 'Businesses with a web presence', zh: '拥有网络形象的企业比例' }
  },
  {
    id: 'business-intranet',
    indicator: 'UNCTAD_DE_ICT_CORE_UISIC3N1_ANN_00_B6',
    name: { en: 'Businesses with an intranet', zh: '拥有内联网的企业比例' }
  },
  {
    id: 'business-receiving-orders',
    indicator: 'UNCTAD_DE_ICT_CORE_UISIC3N1_ANN_00_B7',
    name: { en: 'Businesses receiving orders over the Internet', zh: '通过互联网接收订单的企业比例' }
  },
  {
    id: 'business-placing-orders',
    indicator: 'UNCTAD_DE_ICT_CORE_UISIC4_ANN_00_B8',
    name: { en: 'Businesses placing orders over the Internet', zh: '通过互联网下订单的企业比例' }
  },
  {
    id: 'business-lan',
    indicator: 'UNCTAD_DE_ICT_CORE_UBS_ANN_ALL_B10',
    name: { en: 'Businesses with a local area network', zh: '拥有局域网的企业比例' }
  },
  {
    id: 'business-extranet',
    indicator: 'UNCTAD_DE_ICT_CORE_UISIC4_ANN_00_B11',
    name: { en: 'Businesses with an extranet', zh: '拥有外联网的企业比例' }
  },
  {
    id: 'business-online-customer-services',
    indicator: 'UNCTAD_DE_ICT_CORE_UISIC4_ANN_00_B12_ICUST',
    name: { en: 'Businesses using the Internet to provide customer services', zh: '利用互联网提供客户服务的企业比例' }
  },
  {
    id: 'business-online-delivery',
    indicator: 'UNCTAD_DE_ICT_CORE_UBS_ANN_ALL_B12_IDEL',
    name: { en: 'Businesses using the Internet to deliver products online', zh: '利用互联网在线交付产品的企业比例' }
  }
];

export const BUSINESS_ICT_USE_STEPS: EtlStep[] = DEFS.map((d) => ({
  output: `series/${d.id}.json`,
  sourceIds: ['unctad-data360-de'],
  indicator: {
    name: d.name,
    definition: {
      en: `${d.name.en}, ${d.employees ? '% of persons employed' : '% of businesses'} (UNCTAD core indicator ${d.indicator.replace(/^.*_(B\d+.*)$/, '$1')}); survey coverage and firm-size scope vary by economy.`,
      zh: `${d.name.zh}（联合国贸发会议核心指标 ${d.indicator.replace(/^.*_(B\d+.*)$/, '$1')}），单位为${d.employees ? '从业人员' : '企业'}百分比；各经济体调查范围和企业规模口径不同。`
    },
    category: 'data'
  },
  build: (ctx) =>
    seriesFromObservations(
      {
        id: d.id,
        sourceId: 'unctad-data360-de',
        unit: d.employees ? '% of persons employed' : '% of businesses',
        scale: 1,
        transformation: `${d.indicator} copied as published; OBS_STATUS "O" (missing value) rows stored as null.`
      },
      readSdmxCsv(ctx, { indicator: d.indicator, unitMeasure: d.employees ? 'PT_SAL' : 'PT_BS', unitMult: '0' })
    )
}));
