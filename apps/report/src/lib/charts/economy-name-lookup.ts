import type { CountriesFile } from '@dtr/data';
import type { Locale } from '$lib/i18n/locale';

/** Name of an economy or aggregate in the reader's language, from the edition's entity list (the code if unlisted). */
export function economyNameLookup(countries: CountriesFile, locale: Locale): (code: string) => string {
  const names = new Map(countries.entities.map((e) => [e.code, e.name[locale]]));
  return (code) => names.get(code) ?? code;
}
