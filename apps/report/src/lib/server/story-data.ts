import { seriesStats } from '@dtr/core';
import { ddsChina } from '$lib/charts/dds-china';
import type { ChartPayload } from '$lib/charts/payload';
import { builtinRef } from '$lib/copy/builtin-refs';
import { claimRefs } from '$lib/copy/claim-refs';
import { claimsUse } from '$lib/copy/claims-use';
import { referencesIn } from '$lib/copy/resolve';
import { resolveDeep } from '$lib/copy/resolve-deep';
import { unusedRefs } from '$lib/copy/unused-refs';
import type { Locale } from '$lib/i18n/locale';
import { sections } from '$lib/sections/registry';
import { sectionsFor } from '$lib/sections/sections-for';
import { sparklinePath } from '$lib/story/sparkline-path';
import { copyPath, sectionCopy, storyCharts, storyMeta, storyOutline } from '$lib/copy/content';
import { getEdition } from './edition';
import { editionData } from './editions';

/**
 * Everything the story page of one edition and locale shows: copy with its figures resolved, chart payloads, the
 * claims each section cites, and the columns the in-browser calculator hands to the worker. Build time only.
 */
export function storyData(year: number, locale: Locale): StoryData {
  const key = `${year}/${locale}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const data = buildStoryData(year, locale);
  cache.set(key, data);
  return data;
}

function buildStoryData(year: number, locale: Locale) {
  const edition = getEdition(year);
  const claims = claimRefs(edition.claims, locale);
  const { spec, results } = editionData(year);
  const builtin = { edition, spec, results, locale };
  const charts: Record<string, ChartPayload> = {};
  const outline = storyOutline(year);
  const chartChoices = storyCharts(edition);
  const built = sectionsFor({ ids: outline.sections, modules: sections, file: outline.file }).map((module) => {
    const raw = sectionCopy(year, locale, module.id);
    const { refs, lookups = {}, charts: buildCharts } = module.build({ edition, locale, charts: chartChoices });
    const lookup = (ref: string) => {
      const [kind, name] = [ref.slice(0, ref.indexOf(':')), ref.slice(ref.indexOf(':') + 1)];
      if (kind === 'calc') return refs[name] ?? lookups[name];
      if (kind === 'claim') return claims.get(name);
      return builtinRef(builtin, ref);
    };
    const copy = resolveDeep(raw, lookup, copyPath(year, locale, module.id));
    // A derived figure the section offers but its copy never cites is dead code or a dropped sentence: fail the build.
    const unused = unusedRefs({ refs, copy: raw });
    if (unused.length > 0)
      throw new Error(`${copyPath(year, locale, module.id)}: unused references ${unused.join(', ')}`);
    for (const chart of buildCharts(copy.charts)) charts[chart.id] = chart;
    const cited = [...new Set(referencesIn(JSON.stringify(raw)).filter((r) => r.startsWith('claim:')))].map((r) =>
      r.slice('claim:'.length)
    );
    return { ...copy, cited: edition.claims.claims.filter((c) => cited.includes(c.id)) };
  });

  // A claim story.json lists as not used must be in the ledger and uncited (claims no one decided on are counted by
  // the claims-use unit test, not failed here: a maintainer who drops a section leaves its claims undecided).
  claimsUse({
    ledger: edition.claims.claims.map((c) => c.id),
    cited: [
      ...built.flatMap((s) => s.cited.map((c) => c.id)),
      ...referencesIn(JSON.stringify(storyMeta(year, locale)))
        .filter((r) => r.startsWith('claim:'))
        .map((r) => r.slice('claim:'.length).replace(/\.year$/, ''))
    ],
    notUsed: outline.claimsNotUsed ?? {},
    file: outline.file
  });

  // The lede: each section's finding with a sparkline of the series it speaks about, in story order.
  const lede = built.flatMap((s) => {
    if (!s.finding) return [];
    const series = edition.series(s.finding.spark.series);
    const row = series.values[s.finding.spark.entity];
    if (!row)
      throw new Error(
        `${copyPath(year, locale, s.id)}: finding.spark: series "${series.id}" has no entity "${s.finding.spark.entity}"`
      );
    const known = series.years.filter((_, i) => row[i] !== null);
    return [
      {
        section: s.id,
        text: s.finding.text,
        label: s.finding.spark.label,
        path: sparklinePath({ values: row, width: 64, height: 20 }),
        years: [known[0], known[known.length - 1]] as [number, number]
      }
    ];
  });

  const dds = ddsChina(edition, chartChoices.choices.calculator);
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
    meta: resolveDeep(
      storyMeta(year, locale),
      (ref) => (ref.startsWith('claim:') ? claims.get(ref.slice('claim:'.length)) : builtinRef(builtin, ref)),
      copyPath(year, locale, 'meta')
    ),
    sections: built,
    lede,
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

export type StoryData = ReturnType<typeof buildStoryData>;

// Every prerendered page, chart slice, CSV and embed of an edition reads the same story data: build it once per
// edition and locale (edition data do not change during a build).
const cache = new Map<string, StoryData>();

/**
 * What the story page itself carries: everything but the chart payloads, which are published as slices
 * (`/charts/<edition>/<id>.json`) and drawn into the page as static markup (`static-charts.ts`).
 */
export function storyPageData(year: number, locale: Locale) {
  const { charts, ...page } = storyData(year, locale);
  return { ...page, chartIds: Object.keys(charts) };
}
