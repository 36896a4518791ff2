import countries from 'i18n-iso-countries';

/** ISO 3166-2:CN codes of the 31 mainland provinces, autonomous regions and municipalities. */
export const CN_PROVINCES = [
  'CN-AH',
  'CN-BJ',
  'CN-CQ',
  'CN-FJ',
  'CN-GD',
  'CN-GS',
  'CN-GX',
  'CN-GZ',
  'CN-HA',
  'CN-HB',
  'CN-HE',
  'CN-HI',
  'CN-HL',
  'CN-HN',
  'CN-JL',
  'CN-JS',
  'CN-JX',
  'CN-LN',
  'CN-NM',
  'CN-NX',
  'CN-QH',
  'CN-SC',
  'CN-SD',
  'CN-SH',
  'CN-SN',
  'CN-SX',
  'CN-TJ',
  'CN-XJ',
  'CN-XZ',
  'CN-YN',
  'CN-ZJ'
] as const;

/** Groups that claims speak about; codes are ours, the edition's entity table may name them differently. */
export const CLAIM_GROUPS: Readonly<Record<string, string>> = {
  WLD: 'World',
  BRI: 'Belt and Road Initiative members',
  'CN-YRD': 'Yangtze River Delta (Shanghai, Jiangsu, Zhejiang, Anhui)',
  'CN-CENTRAL-WEST': 'Central and western provinces of China'
};

const provinces: ReadonlySet<string> = new Set(CN_PROVINCES);

/** True for an ISO 3166-1 alpha-3 code, a mainland province code or a known group code. */
export function isClaimEntity(code: string): boolean {
  if (code in CLAIM_GROUPS || provinces.has(code)) return true;
  return /^[A-Z]{3}$/.test(code) && countries.alpha3ToAlpha2(code) !== undefined;
}
