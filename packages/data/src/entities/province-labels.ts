import type { ProvincesFile } from '../schema/types.ts';

export const REGION_LABELS: ProvincesFile['regions'] = {
  east: { en: 'East', zh: '东部' },
  central: { en: 'Central', zh: '中部' },
  west: { en: 'West', zh: '西部' },
  northeast: { en: 'Northeast', zh: '东北' }
};

export const GROUP_LABELS: ProvincesFile['groups'] = {
  yrd: { en: 'Yangtze River Delta', zh: '长三角' },
  gba: { en: 'Guangdong–Hong Kong–Macao Greater Bay Area (Guangdong side)', zh: '粤港澳大湾区（广东部分）' },
  jjj: { en: 'Beijing–Tianjin–Hebei', zh: '京津冀' }
};
