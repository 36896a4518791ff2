import { seriesStats } from '@dtr/core';
import { DDS_CHINA, ddsChina } from '$lib/charts/dds-china';
import { ddsChinaChart } from '$lib/charts/dds-china-chart';
import { ddsChinaRefs } from '$lib/charts/dds-china-refs';
import type { ChartPayload } from '$lib/charts/payload';
import { resolveDeep } from '$lib/copy/resolve-deep';
import type { Locale } from '$lib/i18n/locale';
import { getStory, storyPath } from './content';
import { getEdition } from './edition';

/**
 * Everything the story page of one edition and locale shows: copy with its figures resolved, chart payloads and the
 * raw columns the in-browser calculator hands to the worker. Runs at build time only.
 */
export function storyData(year: number, locale: Locale) {
  const edition = getEdition(year);
  const dds = ddsChina(edition);
  const refs = ddsChinaRefs(dds, locale);
  const lookup = (ref: string) => (ref.startsWith('calc:') ? refs[ref.slice('calc:'.length)] : undefined);
  const story = resolveDeep(getStory(year, locale), lookup, storyPath(year, locale));
  const charts: Record<string, ChartPayload> = {
    [DDS_CHINA]: ddsChinaChart(dds, story.charts[DDS_CHINA], { locale, manifest: edition.manifest })
  };
  const window = seriesStats({
    years: Float64Array.from(dds.years),
    exports: Float64Array.from(dds.exports),
    imports: Float64Array.from(dds.imports),
    world: Float64Array.from(dds.worldExports),
    from: dds.firstYear,
    to: dds.lastYear
  });
  return {
    edition: year,
    story,
    charts,
    calculator: {
      years: dds.years,
      exports: dds.exports,
      imports: dds.imports,
      world: dds.worldExports,
      // The same numbers the worker will compute, so the page reads right before (and without) JavaScript.
      initial: {
        cagrExports: window.cagrExports,
        cagrImports: window.cagrImports,
        shareFrom: window.shareOfWorld[0],
        shareTo: window.shareOfWorld[window.shareOfWorld.length - 1]
      }
    }
  };
}

export type StoryData = ReturnType<typeof storyData>;
