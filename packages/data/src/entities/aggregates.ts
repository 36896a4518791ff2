/** World Bank aggregates kept in the edition (world, seven regions, income groups); the others are dropped. */
export const AGGREGATES: Record<string, { en: string; zh: string; kind: 'world' | 'region' | 'income' }> = {
  WLD: { en: 'World', zh: '世界', kind: 'world' },
  EAS: { en: 'East Asia & Pacific', zh: '东亚与太平洋', kind: 'region' },
  ECS: { en: 'Europe & Central Asia', zh: '欧洲与中亚', kind: 'region' },
  LCN: { en: 'Latin America & Caribbean', zh: '拉丁美洲与加勒比', kind: 'region' },
  MEA: { en: 'Middle East, North Africa, Afghanistan & Pakistan', zh: '中东、北非、阿富汗与巴基斯坦', kind: 'region' },
  NAC: { en: 'North America', zh: '北美', kind: 'region' },
  SAS: { en: 'South Asia', zh: '南亚', kind: 'region' },
  SSF: { en: 'Sub-Saharan Africa', zh: '撒哈拉以南非洲', kind: 'region' },
  HIC: { en: 'High income', zh: '高收入', kind: 'income' },
  UMC: { en: 'Upper middle income', zh: '中高收入', kind: 'income' },
  LMC: { en: 'Lower middle income', zh: '中低收入', kind: 'income' },
  LIC: { en: 'Low income', zh: '低收入', kind: 'income' },
  MIC: { en: 'Middle income', zh: '中等收入', kind: 'income' },
  LMY: { en: 'Low & middle income', zh: '中低收入国家合计', kind: 'income' }
};
