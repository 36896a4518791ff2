/**
 * Names that override or extend i18n-iso-countries: codes ISO 3166 does not assign (WB's CHI, XKX), and the names the
 * report uses for China and its special administrative regions.
 */
export const NAME_OVERRIDES: Record<string, { en: string; zh: string }> = {
  CHN: { en: 'China', zh: '中国' },
  HKG: { en: 'Hong Kong SAR, China', zh: '中国香港' },
  MAC: { en: 'Macao SAR, China', zh: '中国澳门' },
  TWN: { en: 'Taiwan, China', zh: '中国台湾' },
  CHI: { en: 'Channel Islands', zh: '海峡群岛' },
  XKX: { en: 'Kosovo', zh: '科索沃' }
};
