import type { Localised } from '../schema/types.ts';

/** How an indicator's value is read from the edition's series: one series, or a ratio of two in the same year. */
export type IndicatorSource =
  | { kind: 'series'; series: string; factor?: number }
  /** numerator × factor / denominator, both taken in the same year (the latest year both have in the window). */
  | { kind: 'ratio'; numerator: string; denominator: string; factor: number };

export interface IndicatorDefinition {
  code: string;
  name: Localised;
  pillar: string;
  unit: string;
  source: IndicatorSource;
  /** Inclusive year window: the latest year with a value inside it is used. */
  window: [number, number];
  direction: 1 | -1;
  weight: number;
  /** `fixed` goalposts are natural bounds; `p95` sets the upper goalpost at the 95th percentile of the kept units. */
  goalposts: { lower: number; upper: number | 'p95' };
  note: Localised;
}

export interface AggregateDefinition {
  code: string;
  name: Localised;
  level: number;
  parent: string | null;
  weight: number;
  note: Localised;
}

export interface FrameworkDefinition {
  edition: number;
  code: string;
  name: Localised;
  /** A unit is kept when it has at least this share of the indicators whose pillar carries weight. */
  availabilityThreshold: number;
  /** Date at which Belt and Road membership is read for the group column. */
  briDate: string;
  indicators: IndicatorDefinition[];
  aggregates: AggregateDefinition[];
  /** The published index spec (DESIGN.md contract), uncertainty included. */
  spec: {
    treat: { method: 'winsorise'; winmax: number; skewThreshold: number; kurtosisThreshold: number };
    normalise: { method: 'minmax'; range: [number, number] };
    aggregate: { method: 'amean' };
    weights: Record<string, number>;
    /** `draws` Monte Carlo draws from `seed`: the published rank intervals the edition build computes. */
    uncertainty: { weightNoise: number; alternatives: Record<string, unknown[]>; draws: number; seed: number };
  };
}

const shareNote = (en: string, zh: string): Localised => ({ en, zh });

/**
 * The Digital Trade Development Index, 2026 edition. Every choice here is restated on the method page, which reads
 * the generated `index/framework.json`.
 */
export const FRAMEWORK_2026: FrameworkDefinition = {
  edition: 2026,
  code: 'DTDI',
  name: { en: 'Digital Trade Development Index', zh: '数字贸易发展指数' },
  availabilityThreshold: 0.75,
  briDate: '2023-12-31',
  indicators: [
    {
      code: 'HiTechExp',
      name: { en: 'High-technology exports, % of manufactured exports', zh: '高技术产品出口占制成品出口比重' },
      pillar: 'Goods',
      unit: '%',
      source: { kind: 'series', series: 'high-tech-exports-share' },
      window: [2019, 2025],
      direction: 1,
      weight: 1,
      goalposts: { lower: 0, upper: 100 },
      note: shareNote(
        'WDI (2026-07). A share, so bounded by 0 and 100.',
        '世界发展指标（2026年7月）。比重指标，取值介于0与100之间。'
      )
    },
    {
      code: 'ICTGoodsExp',
      name: { en: 'ICT goods exports, % of goods exports (2020 vintage)', zh: 'ICT货物出口占货物出口比重（2020年版）' },
      pillar: 'Goods',
      unit: '%',
      source: { kind: 'series', series: 'ict-goods-exports-share-wdi2020' },
      window: [2014, 2018],
      direction: 1,
      weight: 1,
      goalposts: { lower: 0, upper: 100 },
      note: shareNote(
        'Only available from the October-2020 WDI extract, so the latest year is 2018 at best; later revisions are not reflected.',
        '仅有2020年10月版世界发展指标数据，最新年份至多为2018年，未反映此后的修订。'
      )
    },
    {
      code: 'DDSExpPc',
      name: { en: 'Digitally deliverable services exports per person, US$', zh: '人均可数字化交付服务出口（美元）' },
      pillar: 'Services',
      unit: 'US$ per person',
      source: { kind: 'ratio', numerator: 'dds-exports', denominator: 'population', factor: 1 },
      window: [2019, 2025],
      direction: 1,
      weight: 1,
      goalposts: { lower: 0, upper: 'p95' },
      note: shareNote(
        'UNCTAD digitally deliverable services exports (US$) ÷ WDI population of the same year. Strongly skewed: small financial centres lead.',
        '联合国贸发会议可数字化交付服务出口（美元）÷ 同年世界发展指标人口。分布高度偏斜，小型金融中心居前。'
      )
    },
    {
      code: 'DDSShare',
      name: { en: 'Digitally deliverable services, % of services exports', zh: '可数字化交付服务占服务出口比重' },
      pillar: 'Services',
      unit: '%',
      source: { kind: 'ratio', numerator: 'dds-exports', denominator: 'services-exports', factor: 100 },
      window: [2019, 2025],
      direction: 1,
      weight: 1,
      goalposts: { lower: 0, upper: 100 },
      note: shareNote(
        'Numerator and denominator come from two UNCTAD vintages (Dec-2025 and Jul-2025), so a few shares exceed what UNCTAD itself would show; values above 100 are kept as computed.',
        '分子与分母来自联合国贸发会议两个版本（2025年12月与2025年7月），个别比重可能与其自身公布值略有出入；超过100的值按计算结果保留。'
      )
    },
    {
      code: 'ICTServGDP',
      name: { en: 'ICT service exports, % of GDP', zh: 'ICT服务出口占GDP比重' },
      pillar: 'Services',
      unit: '% of GDP',
      source: { kind: 'ratio', numerator: 'ict-service-exports', denominator: 'gdp', factor: 100 },
      window: [2019, 2025],
      direction: 1,
      weight: 1,
      goalposts: { lower: 0, upper: 'p95' },
      note: shareNote(
        'WDI ICT service exports (BoP, 2026-02) ÷ WDI GDP of the same year. Scaled by GDP rather than population so the pillar does not count population twice.',
        '世界发展指标ICT服务出口（国际收支口径，2026年2月）÷ 同年GDP。以GDP而非人口为分母，避免本支柱重复按人口缩放。'
      )
    },
    {
      code: 'InternetUse',
      name: { en: 'Individuals using the Internet, % of population', zh: '互联网用户占人口比重' },
      pillar: 'DataInfra',
      unit: '%',
      source: { kind: 'series', series: 'internet-users' },
      window: [2019, 2025],
      direction: 1,
      weight: 1,
      goalposts: { lower: 0, upper: 100 },
      note: shareNote('ITU data via WDI (November-2024 copy).', '国际电联数据，经世界发展指标（2024年11月版）。')
    },
    {
      code: 'FixedBB',
      name: { en: 'Fixed broadband subscriptions per 100 people', zh: '每百人固定宽带订阅数' },
      pillar: 'DataInfra',
      unit: 'per 100 people',
      source: { kind: 'series', series: 'fixed-broadband' },
      window: [2019, 2025],
      direction: 1,
      weight: 1,
      goalposts: { lower: 0, upper: 'p95' },
      note: shareNote('WDI (2026-07).', '世界发展指标（2026年7月）。')
    },
    {
      code: 'SecureServ',
      name: { en: 'Secure Internet servers per million people', zh: '每百万人安全互联网服务器数' },
      pillar: 'DataInfra',
      unit: 'per million people',
      source: { kind: 'series', series: 'secure-servers' },
      window: [2019, 2025],
      direction: 1,
      weight: 1,
      goalposts: { lower: 0, upper: 'p95' },
      note: shareNote(
        'WDI (2026-07). The most skewed indicator: outlier treatment usually falls back to the log transform.',
        '世界发展指标（2026年7月）。偏斜最严重的指标，异常值处理通常改用对数变换。'
      )
    },
    {
      code: 'IDI',
      name: { en: 'ICT Development Index 2024 (ITU)', zh: 'ICT发展指数2024（国际电联）' },
      pillar: 'DataInfra',
      unit: 'score (0–100)',
      source: { kind: 'series', series: 'itu-idi' },
      window: [2024, 2024],
      direction: 1,
      weight: 1,
      goalposts: { lower: 0, upper: 100 },
      note: shareNote(
        'ITU IDI 2024 overall score; itself a composite of ten connectivity indicators, which overlaps with internet users and broadband.',
        '国际电联IDI 2024总分；其本身由十项连通性指标合成，与互联网用户和宽带指标存在重叠。'
      )
    },
    {
      code: 'GVCPart',
      name: {
        en: 'GVC participation, % of gross exports (ADB MRIO)',
        zh: '全球价值链参与度（占总出口比重，亚行MRIO）'
      },
      pillar: 'Integration',
      unit: '%',
      source: { kind: 'series', series: 'gvc-participation', factor: 100 },
      window: [2017, 2022],
      direction: 1,
      weight: 1,
      goalposts: { lower: 0, upper: 100 },
      note: shareNote(
        'ADB MRIO trade-based participation (Borin–Mancini), 72 economies only. Shown in the explorer but its pillar weight is 0 in the published spec, so it does not enter the published ranking; readers can give it weight.',
        '亚行多区域投入产出表的贸易口径参与度（Borin–Mancini），仅覆盖72个经济体。探索器中展示，但在发布的设定中其支柱权重为0，不进入发布排名；读者可自行赋权。'
      )
    }
  ],
  aggregates: [
    {
      code: 'Goods',
      name: { en: 'Digital goods', zh: '数字货物' },
      level: 2,
      parent: 'DTDI',
      weight: 1,
      note: { en: 'Technology content of goods exports.', zh: '货物出口的技术含量。' }
    },
    {
      code: 'Services',
      name: { en: 'Digital services', zh: '数字服务' },
      level: 2,
      parent: 'DTDI',
      weight: 1,
      note: {
        en: 'Scale and weight of digitally deliverable services exports.',
        zh: '可数字化交付服务出口的规模与比重。'
      }
    },
    {
      code: 'DataInfra',
      name: { en: 'Data and infrastructure', zh: '数据与基础设施' },
      level: 2,
      parent: 'DTDI',
      weight: 1,
      note: { en: 'Connectivity and hosting capacity.', zh: '连通性与托管能力。' }
    },
    {
      code: 'Integration',
      name: { en: 'Integration (GVC)', zh: '价值链融入' },
      level: 2,
      parent: 'DTDI',
      weight: 0,
      note: {
        en: 'Weight 0 in the published spec: the ADB MRIO tables cover 72 economies (71 of those kept), far below the 75 % availability rule; readers can raise the weight in the explorer.',
        zh: '发布设定中权重为0：亚行MRIO表仅覆盖72个经济体（保留的经济体中有71个），远低于75%的数据可得性规则；读者可在探索器中提高其权重。'
      }
    },
    {
      code: 'DTDI',
      name: { en: 'Digital Trade Development Index', zh: '数字贸易发展指数' },
      level: 3,
      parent: null,
      weight: 1,
      note: { en: 'Arithmetic mean of the weighted pillars.', zh: '加权支柱的算术平均。' }
    }
  ],
  spec: {
    treat: { method: 'winsorise', winmax: 5, skewThreshold: 2, kurtosisThreshold: 3.5 },
    // 1, not 0, as the lower end so every score is positive and geometric-mean alternatives are defined.
    normalise: { method: 'minmax', range: [1, 100] },
    aggregate: { method: 'amean' },
    weights: {},
    uncertainty: {
      draws: 1000,
      seed: 1,
      weightNoise: 0.25,
      alternatives: {
        'treat.winmax': [3, 4, 5],
        normalise: [{ method: 'minmax', range: [1, 100] }, { method: 'rank' }],
        aggregate: [{ method: 'amean' }, { method: 'gmean' }]
      }
    }
  }
};
