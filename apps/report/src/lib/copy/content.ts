import { parseWith, storyChartsSchema, type StoryCharts } from '@dtr/data';
import type { z } from 'zod';
import type { Edition } from '$lib/edition/edition';
import { storyChartsKnown } from '$lib/edition/story-charts-known';
import type { Locale } from '$lib/i18n/locale';
import { sectionCopySchema, storyMetaSchema, storyOutlineSchema } from '$lib/story/copy-schema';
import type { SectionCopy } from '$lib/story/story';

/**
 * Story copy per edition and locale (`src/content/<year>/<locale>/*.json`), the edition's outline (`story.json`) and its
 * chart choices (`charts.json`), read at build time.
 */
const files = import.meta.glob<unknown>(['$content/*/*/*.json', '$content/*/story.json', '$content/*/charts.json'], {
  eager: true,
  import: 'default'
});

export function copyPath(edition: number, locale: Locale, name: string): string {
  return `src/content/${edition}/${locale}/${name}.json`;
}

/** A copy file validated against its schema: a misspelt or missing key fails the build with the file and JSON path. */
const parsed = new Map<string, unknown>();

function copyFile<S extends z.ZodType>(edition: number, locale: Locale, name: string, schema: S): z.infer<S> {
  const path = copyPath(edition, locale, name);
  if (parsed.has(path)) return parsed.get(path) as z.infer<S>;
  const entry = Object.entries(files).find(([path]) => path.endsWith(`/${edition}/${locale}/${name}.json`));
  if (!entry) throw new Error(`Missing copy file ${copyPath(edition, locale, name)}`);
  const copy = parseWith({ schema, value: entry[1], file: path });
  parsed.set(path, copy);
  return copy;
}

/** `src/content/<year>/story.json`: which sections the edition's story has, in order. */
export function storyOutline(edition: number): z.infer<typeof storyOutlineSchema> & { file: string } {
  const file = `src/content/${edition}/story.json`;
  const entry = Object.entries(files).find(([path]) => path.endsWith(`/${edition}/story.json`));
  if (!entry) throw new Error(`Missing ${file} (the list of the edition's sections)`);
  return { ...parseWith({ schema: storyOutlineSchema, value: entry[1], file }), file };
}

export const storyMeta = (edition: number, locale: Locale) => copyFile(edition, locale, 'meta', storyMetaSchema);

export function sectionCopy(edition: number, locale: Locale, id: string): SectionCopy {
  const copy = copyFile(edition, locale, id, sectionCopySchema);
  if (copy.id !== id) throw new Error(`${copyPath(edition, locale, id)} has id "${copy.id}", expected "${id}"`);
  return copy;
}

/**
 * `src/content/<year>/charts.json`: which series, entities, claims and texts each section charts and cites, checked
 * against the edition (an unknown id fails with the file, its JSON path, what was expected and what was there).
 */
export function storyCharts(edition: Edition): { file: string; choices: StoryCharts } {
  const file = `src/content/${edition.year}/charts.json`;
  const hit = parsedCharts.get(file);
  if (hit) return hit;
  const entry = Object.entries(files).find(([path]) => path.endsWith(`/${edition.year}/charts.json`));
  if (!entry) throw new Error(`Missing ${file} (the series, entities and claims the story's sections chart)`);
  const charts = {
    file,
    choices: parseWith({ schema: storyChartsSchema(storyChartsKnown(edition)), value: entry[1], file })
  };
  parsedCharts.set(file, charts);
  return charts;
}

const parsedCharts = new Map<string, { file: string; choices: StoryCharts }>();
