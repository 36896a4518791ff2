import type { Locale } from '@dtr/ui';

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
