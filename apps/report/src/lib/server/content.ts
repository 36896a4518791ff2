import type { Locale } from '$lib/i18n/locale';
import type { Story } from '$lib/story/story';

/** Story copy per edition and locale (`src/content/<year>/<locale>/story.json`), read at build time. */
const stories = import.meta.glob<Story>('$content/*/*/story.json', { eager: true, import: 'default' });

export function getStory(edition: number, locale: Locale): Story {
  const entry = Object.entries(stories).find(([path]) => path.endsWith(`/${edition}/${locale}/story.json`));
  if (!entry) throw new Error(`No story copy for edition ${edition}, locale ${locale}`);
  return entry[1];
}

export function storyPath(edition: number, locale: Locale): string {
  return `src/content/${edition}/${locale}/story.json`;
}
