import { formatNumber } from '@dtr/ui';
import { explorerData, indexEditions, uncertaintyRun } from '$lib/server/index-data';
import { worldGeometry } from '@dtr/ui/world';
import { explorerHeadline } from '$lib/explorer/headline';
import { intlLocale, localeFromParam } from '$lib/i18n/locale';
import { messages } from '$lib/i18n/messages';
import { getEdition } from '$lib/server/edition';
import { editionFromParam, editionPageEntries } from '$lib/server/edition-param';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => editionPageEntries(indexEditions);

export const load: PageServerLoad = ({ params }) => {
  const year = editionFromParam(params.edition, indexEditions);
  const locale = localeFromParam(params.lang);
  const explorer = explorerData(year);
  const { framework, published } = explorer;
  const h = explorerHeadline({ framework, result: published, code: 'CHN' });
  const name = (code: string) => framework.units.find((u) => u.code === code)!.name[locale];
  // The population of the largest of the top economies, from its latest year: what makes "small economies" true.
  const pop = getEdition(year).series('population');
  const latest = (code: string) => {
    const row = pop.values[code];
    if (!row) throw new Error(`Edition ${year} series population has no ${code}`);
    const v = [...row].reverse().find((x) => x !== null);
    if (v == null) throw new Error(`Edition ${year} series population has no value for ${code}`);
    return v * pop.scale;
  };
  const t = messages(locale);
  const ord = (n: number) => t.story.ordinal({ n });
  return {
    explorer,
    headline: {
      rank: t.explorer.headline({ name: name(h.code), rank: ord(h.rank), low: ord(h.low), high: ord(h.high) }),
      small: t.explorer.smallTop({
        top: new Intl.ListFormat(intlLocale(locale), { type: 'conjunction' }).format(h.top.map(name)),
        maxPopulation: formatNumber(Math.max(...h.top.map(latest)), { locale })
      }),
      zero: h.zeroPillars.map((p) =>
        t.explorer.zeroPillar({
          pillar: framework.aggregates.find((a) => a.code === p.code)!.name[locale],
          coverage: p.coverage,
          ranked: h.ranked
        })
      )
    },
    world: worldGeometry(),
    ...uncertaintyRun(year)
  };
};
