import type { CountriesFile } from '@dtr/data';
import type { Locale } from '$lib/i18n/locale';

/** Names of the economies of an edition's entity list, and whether a code is an economy (not an aggregate). */
export function economyNames(countries: CountriesFile) {
  const entities = new Map(countries.entities.map((e) => [e.code, e]));
  return {
    name: (code: string, locale: Locale) => entities.get(code)?.name[locale] ?? code,
    isEconomy: (code: string) => entities.get(code)?.kind === 'economy'
  };
}
