import type { Locale } from '$lib/i18n/locale';
import type { SectionCopy, StoryMeta } from '$lib/story/story';

/** Story copy per edition and locale (`src/content/<year>/<locale>/*.json`), read at build time. */
const files = import.meta.glob<unknown>('$content/*/*/*.json', { eager: true, import: 'default' });

export function copyPath(edition: number, locale: Locale, name: string): string {
  return `src/content/${edition}/${locale}/${name}.json`;
}

function copyFile<T>(edition: number, locale: Locale, name: string): T {
  const entry = Object.entries(files).find(([path]) => path.endsWith(`/${edition}/${locale}/${name}.json`));
  if (!entry) throw new Error(`Missing copy file ${copyPath(edition, locale, name)}`);
  return entry[1] as T;
}

export const storyMeta = (edition: number, locale: Locale) => copyFile<StoryMeta>(edition, locale, 'meta');

export function sectionCopy(edition: number, locale: Locale, id: string): SectionCopy {
  const copy = copyFile<SectionCopy>(edition, locale, id);
  if (copy.id !== id) throw new Error(`${copyPath(edition, locale, id)} has id "${copy.id}", expected "${id}"`);
  return copy;
}
