import { availableRefs } from '$lib/copy/available-refs';
import { storyCharts, storyOutline } from '$lib/copy/content';
import type { Locale } from '$lib/i18n/locale';
import { sections } from '$lib/sections/registry';
import { sectionsFor } from '$lib/sections/sections-for';
import { getEdition } from './edition';
import { editionData } from './editions';

export interface EditionRef {
  ref: string;
  en: string;
  zh: string;
}

/** One locale's references: the built-in ones, and each story section's `{calc:…}` figures as `<section>/calc:<name>`. */
function localeRefs(year: number, locale: Locale): Map<string, string> {
  const edition = getEdition(year);
  const { spec, results } = editionData(year);
  const refs = availableRefs({ edition, spec, results, locale });
  const outline = storyOutline(year);
  const charts = storyCharts(edition);
  for (const module of sectionsFor({ ids: outline.sections, modules: sections, file: outline.file })) {
    const { refs: own, lookups = {} } = module.build({ edition, locale, charts });
    for (const [name, value] of Object.entries({ ...lookups, ...own })) refs.set(`${module.id}/calc:${name}`, value);
  }
  return refs;
}

/** `pnpm edition refs <year>`: every reference the edition's copy can use, with its value in both locales, sorted. */
export function editionRefs(year: number): EditionRef[] {
  const en = localeRefs(year, 'en');
  const zh = localeRefs(year, 'zh');
  return [...new Set([...en.keys(), ...zh.keys()])]
    .sort()
    .map((ref) => ({ ref, en: en.get(ref) ?? '', zh: zh.get(ref) ?? '' }));
}
