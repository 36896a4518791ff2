import { intlLocale, type Locale } from '$lib/i18n/locale';

/**
 * A claim's value as the text states it, in the reader's locale, never rounded: "371.08 bn US$" / "3710.8亿美元".
 * Chinese groups by myriads, so an amount is re-expressed in the largest of 万亿, 亿 and 万 it reaches
 * (564 million → 5.64亿, 2,300 bn US$ → 2.3万亿美元), shifting the decimal point exactly.
 */
/** Given `n(shift)`, the value with its decimal point moved `shift` places right, builds the localised string. */
type Render = (n: (shift: number) => string) => string;
/** A Chinese amount: the unit's power of ten and the word after the myriad (美元, 元, 公里). */
type Myriad = { exp: number; suffix: string };

const units: Record<string, { en: Render; zh: Render | Myriad }> = {
  'US$ mn': { en: (n) => `${n(0)} million US$`, zh: { exp: 6, suffix: '美元' } },
  'US$ bn': { en: (n) => `${n(0)} bn US$`, zh: { exp: 9, suffix: '美元' } },
  'US$ trn': { en: (n) => `${n(0)} trillion US$`, zh: { exp: 12, suffix: '美元' } },
  'billion yuan': { en: (n) => `${n(0)} bn yuan`, zh: { exp: 9, suffix: '元' } },
  'trillion yuan': { en: (n) => `${n(0)} trillion yuan`, zh: { exp: 12, suffix: '元' } },
  '%': { en: (n) => `${n(0)}%`, zh: (n) => `${n(0)}%` },
  '% change': { en: (n) => `${n(0)}%`, zh: (n) => `${n(0)}%` },
  million: { en: (n) => `${n(0)} million`, zh: { exp: 6, suffix: '' } },
  billion: { en: (n) => `${n(0)} billion`, zh: { exp: 9, suffix: '' } },
  'million km': { en: (n) => `${n(0)} million km`, zh: { exp: 6, suffix: '公里' } },
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

const myriads: [exp: number, word: string][] = [
  [12, '万亿'],
  [8, '亿'],
  [4, '万'],
  [0, '']
];

/** The largest myriad the amount reaches, and the number written in it. */
function myriad(value: number, m: Myriad, n: (shift: number) => string): string {
  const magnitude = Math.abs(value) * 10 ** m.exp;
  const [exp, word] = myriads.find(([e]) => magnitude >= 10 ** e) ?? myriads[myriads.length - 1];
  return `${n(m.exp - exp)}${word}${m.suffix}`;
}

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
      maximumFractionDigits: d,
      useGrouping: locale === 'en'
    }).format(shifted);
  };
  const render = units[unit];
  if (!render) {
    const plain = new Intl.NumberFormat(tag, { maximumFractionDigits: decimals(value) }).format(value);
    return unit === 'count' || unit === 'rank' || unit === 'index' ? plain : `${plain} ${unit}`;
  }
  const r = render[locale];
  return typeof r === 'function' ? r(n) : myriad(value, r, n);
}
