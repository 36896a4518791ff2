import { AGGREGATES } from './aggregates.ts';
import { economyName } from './economy-name.ts';
import { OTHER_AGGREGATES } from './other-aggregates.ts';
import { PROVINCES } from './provinces.ts';

const PROVINCE_CODES = new Set(PROVINCES.map((province) => province.code));

/** True for codes a series may use: an economy's ISO3, a kept WB or other aggregate, or a Chinese province code. */
export function isEntityCode(code: string): boolean {
  return code in AGGREGATES || code in OTHER_AGGREGATES || PROVINCE_CODES.has(code) || economyName(code) !== undefined;
}
