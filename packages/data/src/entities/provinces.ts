/** China's 31 provincial-level divisions (mainland), keyed by ISO 3166-2:CN code. */
export type ChinaRegion = 'east' | 'central' | 'west' | 'northeast';
/** yrd = Yangtze River Delta; gba = Guangdong–Hong Kong–Macao Greater Bay Area (mainland side); jjj = Beijing–Tianjin–Hebei. */
export type ProvinceGroup = 'yrd' | 'gba' | 'jjj';

export interface Province {
  code: string;
  /** NBS administrative division code, as used by data.stats.gov.cn. */
  nbsCode: string;
  name: { en: string; zh: string };
  region: ChinaRegion;
  groups: ProvinceGroup[];
}

// Regions follow the NBS four-way split (东部/中部/西部/东北); groups follow the national regional strategies.
export const PROVINCES: Province[] = [
  { code: 'CN-BJ', nbsCode: '110000', name: { en: 'Beijing', zh: '北京市' }, region: 'east', groups: ['jjj'] },
  { code: 'CN-TJ', nbsCode: '120000', name: { en: 'Tianjin', zh: '天津市' }, region: 'east', groups: ['jjj'] },
  { code: 'CN-HE', nbsCode: '130000', name: { en: 'Hebei', zh: '河北省' }, region: 'east', groups: ['jjj'] },
  { code: 'CN-SX', nbsCode: '140000', name: { en: 'Shanxi', zh: '山西省' }, region: 'central', groups: [] },
  { code: 'CN-NM', nbsCode: '150000', name: { en: 'Inner Mongolia', zh: '内蒙古自治区' }, region: 'west', groups: [] },
  { code: 'CN-LN', nbsCode: '210000', name: { en: 'Liaoning', zh: '辽宁省' }, region: 'northeast', groups: [] },
  { code: 'CN-JL', nbsCode: '220000', name: { en: 'Jilin', zh: '吉林省' }, region: 'northeast', groups: [] },
  { code: 'CN-HL', nbsCode: '230000', name: { en: 'Heilongjiang', zh: '黑龙江省' }, region: 'northeast', groups: [] },
  { code: 'CN-SH', nbsCode: '310000', name: { en: 'Shanghai', zh: '上海市' }, region: 'east', groups: ['yrd'] },
  { code: 'CN-JS', nbsCode: '320000', name: { en: 'Jiangsu', zh: '江苏省' }, region: 'east', groups: ['yrd'] },
  { code: 'CN-ZJ', nbsCode: '330000', name: { en: 'Zhejiang', zh: '浙江省' }, region: 'east', groups: ['yrd'] },
  { code: 'CN-AH', nbsCode: '340000', name: { en: 'Anhui', zh: '安徽省' }, region: 'central', groups: ['yrd'] },
  { code: 'CN-FJ', nbsCode: '350000', name: { en: 'Fujian', zh: '福建省' }, region: 'east', groups: [] },
  { code: 'CN-JX', nbsCode: '360000', name: { en: 'Jiangxi', zh: '江西省' }, region: 'central', groups: [] },
  { code: 'CN-SD', nbsCode: '370000', name: { en: 'Shandong', zh: '山东省' }, region: 'east', groups: [] },
  { code: 'CN-HA', nbsCode: '410000', name: { en: 'Henan', zh: '河南省' }, region: 'central', groups: [] },
  { code: 'CN-HB', nbsCode: '420000', name: { en: 'Hubei', zh: '湖北省' }, region: 'central', groups: [] },
  { code: 'CN-HN', nbsCode: '430000', name: { en: 'Hunan', zh: '湖南省' }, region: 'central', groups: [] },
  { code: 'CN-GD', nbsCode: '440000', name: { en: 'Guangdong', zh: '广东省' }, region: 'east', groups: ['gba'] },
  { code: 'CN-GX', nbsCode: '450000', name: { en: 'Guangxi', zh: '广西壮族自治区' }, region: 'west', groups: [] },
  { code: 'CN-HI', nbsCode: '460000', name: { en: 'Hainan', zh: '海南省' }, region: 'east', groups: [] },
  { code: 'CN-CQ', nbsCode: '500000', name: { en: 'Chongqing', zh: '重庆市' }, region: 'west', groups: [] },
  { code: 'CN-SC', nbsCode: '510000', name: { en: 'Sichuan', zh: '四川省' }, region: 'west', groups: [] },
  { code: 'CN-GZ', nbsCode: '520000', name: { en: 'Guizhou', zh: '贵州省' }, region: 'west', groups: [] },
  { code: 'CN-YN', nbsCode: '530000', name: { en: 'Yunnan', zh: '云南省' }, region: 'west', groups: [] },
  { code: 'CN-XZ', nbsCode: '540000', name: { en: 'Tibet (Xizang)', zh: '西藏自治区' }, region: 'west', groups: [] },
  { code: 'CN-SN', nbsCode: '610000', name: { en: 'Shaanxi', zh: '陕西省' }, region: 'west', groups: [] },
  { code: 'CN-GS', nbsCode: '620000', name: { en: 'Gansu', zh: '甘肃省' }, region: 'west', groups: [] },
  { code: 'CN-QH', nbsCode: '630000', name: { en: 'Qinghai', zh: '青海省' }, region: 'west', groups: [] },
  { code: 'CN-NX', nbsCode: '640000', name: { en: 'Ningxia', zh: '宁夏回族自治区' }, region: 'west', groups: [] },
  { code: 'CN-XJ', nbsCode: '650000', name: { en: 'Xinjiang', zh: '新疆维吾尔自治区' }, region: 'west', groups: [] }
];
