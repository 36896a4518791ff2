/**
 * Units a claim may use. `dimension` groups units that convert into each other and `scale` is the factor to the base
 * of that dimension, so "US$ bn" compares with a dataset in "US$ mn". Counts name what they count where the text does.
 */
export interface UnitInfo {
  dimension: string;
  scale: number;
}

export const UNITS: Readonly<Record<string, UnitInfo>> = {
  'US$ mn': { dimension: 'US$', scale: 1e6 },
  'US$ bn': { dimension: 'US$', scale: 1e9 },
  'US$ trn': { dimension: 'US$', scale: 1e12 },
  'billion yuan': { dimension: 'yuan', scale: 1e9 },
  'trillion yuan': { dimension: 'yuan', scale: 1e12 },
  '%': { dimension: 'share', scale: 1 },
  '% change': { dimension: 'change', scale: 1 },
  'per 100 people': { dimension: 'per 100 people', scale: 1 },
  index: { dimension: 'index', scale: 1 },
  'ratio (1:x)': { dimension: 'ratio (1:x)', scale: 1 },
  times: { dimension: 'times', scale: 1 },
  rank: { dimension: 'rank', scale: 1 },
  years: { dimension: 'years', scale: 1 },
  days: { dimension: 'days', scale: 1 },
  count: { dimension: 'count', scale: 1 },
  million: { dimension: 'count', scale: 1e6 },
  billion: { dimension: 'count', scale: 1e9 },
  countries: { dimension: 'countries', scale: 1 },
  regions: { dimension: 'regions', scale: 1 },
  enterprises: { dimension: 'enterprises', scale: 1 },
  ZB: { dimension: 'bytes', scale: 1e21 },
  Gbps: { dimension: 'bit/s', scale: 1e9 },
  EFlops: { dimension: 'flop/s', scale: 1e18 },
  'million km': { dimension: 'km', scale: 1e6 },
  /** A named claim: the text names an agreement (its `subject`) and states no figure; `value` is null. */
  agreement: { dimension: 'agreement', scale: 1 }
};

/** Units whose claims hold no number: the text names something (`subject`), and `value` is null. */
export const NAMED_UNITS: readonly string[] = ['agreement'];
