import type { Locale } from '@dtr/ui';

// Chinese names of the economies that appear in the gallery fixtures (English names come from the data).
const zhNames: Record<string, string> = {
  CHN: '中国',
  IND: '印度',
  USA: '美国',
  DEU: '德国',
  IRL: '爱尔兰',
  GBR: '英国',
  SGP: '新加坡',
  JPN: '日本',
  KOR: '韩国',
  BRA: '巴西',
  IDN: '印度尼西亚',
  VNM: '越南',
  NGA: '尼日利亚',
  PAK: '巴基斯坦',
  EGY: '埃及',
  HKG: '中国香港',
  MAC: '中国澳门',
  BRN: '文莱',
  AUS: '澳大利亚',
  MYS: '马来西亚',
  THA: '泰国',
  NZL: '新西兰',
  MNG: '蒙古',
  BTN: '不丹',
  ITA: '意大利'
};

/** Display name of an economy: the data's English name, or its Chinese name where the gallery has one. */
export function economyName(iso3: string, english: string, locale: Locale): string {
  return locale === 'zh' ? (zhNames[iso3] ?? english) : english;
}

/** ITU IDI regions. */
export const regions: Record<string, Record<Locale, string>> = {
  AFR: { en: 'Africa', zh: '非洲' },
  AMS: { en: 'Americas', zh: '美洲' },
  ARB: { en: 'Arab States', zh: '阿拉伯国家' },
  ASP: { en: 'Asia-Pacific', zh: '亚太' },
  CIS: { en: 'CIS', zh: '独联体' },
  EUR: { en: 'Europe', zh: '欧洲' }
};

/** NBS sector names as they appear in the data, with English translations. */
export const sectors: Record<string, Record<Locale, string>> = {
  第一产业: { en: 'Primary', zh: '第一产业' },
  第二产业: { en: 'Secondary', zh: '第二产业' },
  第三产业: { en: 'Tertiary', zh: '第三产业' }
};
