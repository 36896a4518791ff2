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
  const { external } = editionData(year);
  const index = results.scores[results.codes[results.codes.length - 1]];
  const byUnit = new Map((external ?? []).map((r) => [r.unit, r.values]));
  /**
   * Each external measure against the index, one point per ranked economy that has both; a measure whose values span
   * more than two orders of magnitude (GDP per capita, population) is plotted as its natural logarithm.
   */
  const scatters = method.external.map((x) => {
    const points = results.units.flatMap((u, i) => {
      const v = byUnit.get(u)?.[x.code];
      const y = index[i];
      return v === null || v === undefined || y === null ? [] : [{ id: u, v, y }];
    });
    const values = points.map((p) => p.v);
    const log = Math.min(...values) > 0 && Math.max(...values) / Math.min(...values) > 100;
    return {
      code: x.code,
      log,
      points: points.map((p) => ({
        id: p.id,
        label: framework.units.find((f) => f.code === p.id)?.name[locale] ?? p.id,
        x: log ? Math.log(p.v) : p.v,
        y: p.y
      }))
    };
  });
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
    scatters,
    indexCode: results.codes[results.codes.length - 1],
    /** External measures in method.json's order. */
    externalCodes: method.external.map((x) => x.code).filter((code) => code in results.audit!.external),
    methodPath: params.edition ? `/${year}/method/` : '/method/'
  };
};
