import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import zh from 'i18n-iso-countries/langs/zh.json' with { type: 'json' };
import { NAME_OVERRIDES } from './name-overrides.ts';

countries.registerLocale(en);
countries.registerLocale(zh);

/** English and Chinese names of an economy by ISO3 (or WB code for the few non-ISO ones); undefined if unknown. */
export function economyName(iso3: string): { en: string; zh: string } | undefined {
  const extra = NAME_OVERRIDES[iso3];
  if (extra) return extra;
  if (!/^[A-Z]{3}$/.test(iso3) || !countries.isValid(iso3)) return undefined;
  const nameEn = countries.getName(iso3, 'en', { select: 'official' });
  const nameZh = countries.getName(iso3, 'zh', { select: 'official' });
  return nameEn && nameZh ? { en: nameEn, zh: nameZh } : undefined;
}
