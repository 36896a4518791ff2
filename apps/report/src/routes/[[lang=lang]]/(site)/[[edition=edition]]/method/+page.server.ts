import { formulas } from '$lib/reference/formulas';
import { storyMeta } from '$lib/copy/content';
import { getEdition } from '$lib/server/edition';
import { editionData } from '$lib/server/editions';
import { methodEvidence, REDUNDANT_RHO } from '$lib/server/method-evidence';
import { explorerData, indexEditions } from '$lib/server/index-data';
import { localeFromParam } from '$lib/i18n/locale';
import { editionFromParam, editionPageEntries } from '$lib/server/edition-param';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => editionPageEntries(indexEditions);

export const load: PageServerLoad = ({ params }) => {
  const year = editionFromParam(params.edition, indexEditions);
  const locale = localeFromParam(params.lang);
  const edition = getEdition(year);
  const { framework, spec, published } = explorerData(year);
  const { method, results } = editionData(year);
  if (!method) throw new Error(`Edition ${year} has no index/method.json; run pnpm edition build ${year}`);
  if (!results?.audit)
    throw new Error(`Edition ${year} has no audit in index/results.json; run pnpm edition build ${year}`);
  const catalogue = edition.manifest.series.map((id) => {
    const s = edition.series(id);
    return {
      id,
      sourceId: s.sourceId,
      unit: s.unit,
      transformation: s.transformation,
      first: s.years[0],
      last: s.years[s.years.length - 1]
    };
  });
  return {
    edition: year,
    formulas: formulas(locale),
    framework,
    spec,
    method,
    evidence: methodEvidence({ framework, audit: results.audit }),
    redundantRho: REDUNDANT_RHO,
    auditPath: params.edition ? `/${year}/audit/` : '/audit/',
    uncertainty: results.uncertainty,
    sensitivity: results.sensitivity,
    smallRanks: (method.smallEconomies?.units ?? []).map((code) => {
      const i = framework.units.findIndex((u) => u.code === code);
      return { code, name: framework.units[i].name[locale], rank: published.rank[i] };
    }),
    vintages: edition.manifest.sources.map((s) => ({
      id: s.id,
      publisher: s.publisher,
      dataset: s.dataset,
      vintage: s.vintage
    })),
    catalogue,
    names: storyMeta(year, locale).sources
  };
};
