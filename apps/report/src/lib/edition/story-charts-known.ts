import type { StoryChartsKnown } from '@dtr/data';
import type { Edition } from './edition';
import { entityGroups } from './entity-groups';

/** The ids an edition has, by kind, that `src/content/<year>/charts.json` may name. */
export function storyChartsKnown(edition: Edition): StoryChartsKnown {
  const { countries, provinces } = edition.entities;
  const { incomeGroups, provinceGroups } = entityGroups(edition);
  return {
    year: edition.year,
    series: new Set(edition.manifest.series),
    entities: new Set([...countries.entities.map((e) => e.code), ...provinces.provinces.map((p) => p.code)]),
    claims: new Set(edition.claims.claims.map((c) => c.id)),
    datedClaims: new Set(edition.claims.claims.filter((c) => c.year !== null).map((c) => c.id)),
    conflicts: new Set(edition.claims.conflicts.map((c) => c.id)),
    sources: new Set(edition.manifest.sources.map((s) => s.id)),
    texts: new Set(edition.claims.texts.map((t) => t.text.slice(0, t.text.indexOf('_')))),
    incomeGroups: new Set(incomeGroups.map((g) => g.key)),
    provinceGroups: new Set(provinceGroups.map((g) => g.key)),
    publicRecords: new Set((edition.publicRecord?.records ?? []).map((r) => r.id))
  };
}
