/**
 * Aggregates that are not World Bank ones: the ITU/BDT regions of the ITU Facts and Figures workbook, and the Belt and
 * Road members counted with their join dates (membership as of each year, from entities/bri.json). Three-letter codes
 * outside ISO 3166 and the World Bank's list (I… for the ITU regions), as the entity schema requires.
 */
export const OTHER_AGGREGATES: Record<string, { en: string; zh: string; kind: 'itu-region' | 'group' }> = {
  IAF: { en: 'Africa (ITU region)', zh: '非洲（国际电联区域）', kind: 'itu-region' },
  IAM: { en: 'Americas (ITU region)', zh: '美洲（国际电联区域）', kind: 'itu-region' },
  IAR: { en: 'Arab States (ITU region)', zh: '阿拉伯国家（国际电联区域）', kind: 'itu-region' },
  IAP: { en: 'Asia-Pacific (ITU region)', zh: '亚太（国际电联区域）', kind: 'itu-region' },
  ICS: { en: 'CIS (ITU region)', zh: '独联体（国际电联区域）', kind: 'itu-region' },
  IEU: { en: 'Europe (ITU region)', zh: '欧洲（国际电联区域）', kind: 'itu-region' },
  BRI: { en: 'Belt and Road members (as of each year)', zh: '“一带一路”合作国家（按当年成员）', kind: 'group' }
};
