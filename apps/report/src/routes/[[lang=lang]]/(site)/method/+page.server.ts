import { formulas } from '$lib/reference/formulas';
import { getEdition, latestEditionYear } from '$lib/server/edition';
import { explorerData } from '$lib/server/index-data';
import { localeFromParam } from '$lib/i18n/locale';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
  const locale = localeFromParam(params.lang);
  const edition = getEdition(latestEditionYear);
  const { framework, spec } = explorerData(latestEditionYear);
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
    edition: latestEditionYear,
    formulas: formulas(locale),
    framework,
    spec,
    vintages: edition.manifest.sources.map((s) => ({
      id: s.id,
      publisher: s.publisher,
      dataset: s.dataset,
      vintage: s.vintage
    })),
    catalogue
  };
};
