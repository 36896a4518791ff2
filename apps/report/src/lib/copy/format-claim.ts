import { intlLocale, type Locale } from '$lib/i18n/locale';

/**
 * A claim's value as the text states it, in the reader's locale, never rounded: "371.08 bn US$" / "3710.8亿美元".
 * Chinese re-expresses billions and millions in 亿 and 万, shifting the decimal point exactly.
 */
/** Given `n(shift)`, the value with its decimal point moved `shift` places right, builds the localised string. */
type Render = (n: (shift: number) => string) => string;

const units: Record<string, { en: Render; zh: Render }> = {
  'US$ mn': { en: (n) => `${n(0)} million US$`, zh: (n) => `${n(-2)}亿美元` },
  'US$ bn': { en: (n) => `${n(0)} bn US$`, zh: (n) => `${n(1)}亿美元` },
  'US$ trn': { en: (n) => `${n(0)} trillion US$`, zh: (n) => `${n(0)}万亿美元` },
  'billion yuan': { en: (n) => `${n(0)} bn yuan`, zh: (n) => `${n(1)}亿元` },
  'trillion yuan': { en: (n) => `${n(0)} trillion yuan`, zh: (n) => `${n(0)}万亿元` },
  '%': { en: (n) => `${n(0)}%`, zh: (n) => `${n(0)}%` },
  '% change': { en: (n) => `${n(0)}%`, zh: (n) => `${n(0)}%` },
  million: { en: (n) => `${n(0)} million`, zh: (n) => `${n(2)}万` },
  billion: { en: (n) => `${n(0)} billion`, zh: (n) => `${n(1)}亿` },
  'million km': { en: (n) => `${n(0)} million km`, zh: (n) => `${n(2)}万公里` },
  'ratio (1:x)': { en: (n) => `1:${n(0)}`, zh: (n) => `1:${n(0)}` },
  times: { en: (n) => `${n(0)} times`, zh: (n) => `${n(0)}倍` },
  ZB: { en: (n) => `${n(0)} ZB`, zh: (n) => `${n(0)} ZB` },
  Gbps: { en: (n) => `${n(0)} Gbps`, zh: (n) => `${n(0)} Gbps` },
  EFlops: { en: (n) => `${n(0)} EFlops`, zh: (n) => `${n(0)} EFlops` },
  years: { en: (n) => `${n(0)} years`, zh: (n) => `${n(0)}年` },
  days: { en: (n) => `${n(0)} days`, zh: (n) => `${n(0)}天` },
  countries: { en: (n) => `${n(0)} countries`, zh: (n) => `${n(0)}个国家` },
  regions: { en: (n) => `${n(0)} regions`, zh: (n) => `${n(0)}个地区` },
  enterprises: { en: (n) => `${n(0)} enterprises`, zh: (n) => `${n(0)}家企业` }
};

function decimals(value: number): number {
  const s = String(value);
  return s.includes('.') ? s.length - s.indexOf('.') - 1 : 0;
}

export function formatClaimValue(value: number, unit: string, locale: Locale): string {
  const tag = intlLocale(locale);
  // Shifting the decimal point by `shift` places; decimals follow the stated value so nothing is rounded away.
  const n = (shift: number) => {
    const d = Math.max(0, decimals(value) - shift);
    const shifted = Number((value * 10 ** shift).toFixed(d));
    return new Intl.NumberFormat(tag, {
      minimumFractionDigits: d,
      maximumFractionDigits: d,
      useGrouping: locale === 'en'
    }).format(shifted);
  };
  const render = units[unit];
  if (!render) {
    const plain = new Intl.NumberFormat(tag, { maximumFractionDigits: decimals(value) }).format(value);
    return unit === 'count' || unit === 'rank' || unit === 'index' ? plain : `${plain} ${unit}`;
  }
  return render[locale](n);
}
