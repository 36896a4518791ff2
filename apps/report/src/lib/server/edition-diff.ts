import { diffEditions, rankRows, type EditionDiff, type EditionSnapshot, type SeriesDiff } from '@dtr/data';
import type { Locale } from '$lib/i18n/locale';
import { editionYears, getEdition } from './edition';
import { editionData } from './editions';

/** Revisions listed per series on the page (all are counted); the full list is `pnpm edition diff --all`. */
const LISTED = 10;

function snapshot(year: number): EditionSnapshot {
  const edition = getEdition(year);
  const { spec } = editionData(year);
  const { results } = editionData(year);
  const rows = results ? rankRows(results) : undefined;
  return {
    edition: year,
    manifest: edition.manifest,
    series: Object.fromEntries(edition.manifest.series.map((id) => [id, edition.series(id)])),
    claims: edition.claims,
    ...(spec === null ? {} : { spec }),
    ...(rows === undefined ? {} : { ranks: rows })
  };
}

export interface Changelog {
  edition: number;
  published: string;
  /** The edition this one is compared with: the latest one before it; null for the first edition. */
  previous: number | null;
  /** The diff, with at most `LISTED` revisions listed per series and `revisedCount` counting them all. */
  diff: (Omit<EditionDiff, 'series'> & { series: (SeriesDiff & { revisedCount: number })[] }) | null;
  /** Economy names for the codes the diff mentions, in the page's locale. */
  names: Record<string, string>;
}

const cache = new Map<number, EditionDiff | null>();

/**
 * The changelog of one edition: its diff against the edition before it. Reads only that edition and earlier ones, so
 * shipping a later edition never changes this page.
 */
export function changelog(year: number, locale: Locale): Changelog {
  const previous = editionYears.filter((y) => y < year).at(-1) ?? null;
  if (!cache.has(year)) cache.set(year, previous === null ? null : diffEditions(snapshot(previous), snapshot(year)));
  const full = cache.get(year) ?? null;
  const diff = full && {
    ...full,
    series: full.series.map((s) => ({ ...s, revisedCount: s.revised.length, revised: s.revised.slice(0, LISTED) }))
  };
  const entities = editionData(year).entities.countries.entities;
  return {
    edition: year,
    published: getEdition(year).manifest.published,
    previous,
    diff,
    names: Object.fromEntries(entities.map((e) => [e.code, e.name[locale]]))
  };
}
