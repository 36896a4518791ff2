import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };

countries.registerLocale(en);

/**
 * ISO3 code of a country name as a publisher spells it: the source's own override first (config), then
 * i18n-iso-countries' English names and aliases; undefined when neither knows the name.
 */
export function iso3FromName(options: { name: string; overrides: Readonly<Record<string, string>> }): string | undefined {
  const name = options.name.trim();
  const override = options.overrides[name];
  if (override !== undefined) return override;
  return countries.getAlpha3Code(name, 'en') ?? undefined;
}
