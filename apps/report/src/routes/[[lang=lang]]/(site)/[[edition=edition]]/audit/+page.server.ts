import { localeFromParam } from '$lib/i18n/locale';
import { editionFromParam, editionPageEntries } from '$lib/server/edition-param';
import { editionData } from '$lib/server/editions';
import { indexEditions } from '$lib/server/index-data';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => editionPageEntries(indexEditions);

/** The published audit (index/results.json, computed at edition build) and the names of what it audits. */
export const load: PageServerLoad = ({ params }) => {
  const year = editionFromParam(params.edition, indexEditions);
  const locale = localeFromParam(params.lang);
  const { framework, method, results } = editionData(year);
  if (!framework || !method || !results?.audit)
    throw new Error(`Edition ${year} has no published audit in index/results.json; run pnpm edition build ${year}`);
  const names = Object.fromEntries([
    ...framework.indicators.map((i) => [i.code, i.name[locale]]),
    ...framework.aggregates.map((a) => [a.code, a.name[locale]]),
    ...method.external.map((x) => [x.code, x.name[locale]])
  ]);
  return {
    edition: year,
    audit: results.audit,
    units: framework.units.length,
    names,
    /** External measures in method.json's order. */
    externalCodes: method.external.map((x) => x.code).filter((code) => code in results.audit!.external),
    methodPath: params.edition ? `/${year}/method/` : '/method/'
  };
};
