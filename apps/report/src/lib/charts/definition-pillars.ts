import type { Manifest } from '@dtr/data';
import type { Locale } from '$lib/i18n/locale';
import type { Edition } from '$lib/edition/edition';
import type { ChartCopy } from '$lib/story/story';
import { columnAt } from './column-at';
import { framePayload } from './frame-payload';
import type { ChartPayload } from './payload';

/** "China's exports by pillar": goods (high-tech and other) and services (digitally deliverable and other), US$. */
export const DEFINITION_PILLARS = 'definition-pillars';

export interface DefinitionPillars {
  year: number;
  goods: { highTech: number; other: number; total: number };
  services: { digital: number; other: number; total: number };
  sourceIds: string[];
}

/** The latest year in which all four series have a value for China. */
export function definitionPillars(
  edition: Edition,
  o: { goods: string; highTech: string; services: string; digital: string }
): DefinitionPillars {
  const ids = [o.goods, o.highTech, o.services, o.digital];
  const series = ids.map((id) => edition.series(id));
  const years = series[0].years.filter((y) => series.every((s) => Number.isFinite(columnAt(s, 'CHN', [y])[0])));
  const year = years[years.length - 1];
  const [merch, ht, svc, dds] = series.map((s) => columnAt(s, 'CHN', [year])[0]);
  return {
    year,
    goods: { highTech: ht, other: merch - ht, total: merch },
    services: { digital: dds, other: svc - dds, total: svc },
    sourceIds: [...new Set(series.map((s) => s.sourceId))]
  };
}

export function definitionPillarsChart(
  m: DefinitionPillars,
  copy: ChartCopy,
  o: { locale: Locale; manifest: Manifest }
): ChartPayload {
  const l = (k: string) => (copy.labels ?? {})[k] ?? k;
  const cells = [
    { pillar: 'goods', part: 'highTech', value: m.goods.highTech },
    { pillar: 'goods', part: 'otherGoods', value: m.goods.other },
    { pillar: 'services', part: 'digital', value: m.services.digital },
    { pillar: 'services', part: 'otherServices', value: m.services.other }
  ];
  return {
    kind: 'treemap',
    ...framePayload({
      id: DEFINITION_PILLARS,
      copy,
      ...o,
      sourceIds: m.sourceIds,
      columns: ['pillar', 'part', 'value'],
      rows: cells.map((c) => ({ pillar: l(c.pillar), part: l(c.part), value: c.value })),
      format: { unit: 'US$' }
    }),
    props: {
      data: {
        name: l('root'),
        children: ['goods', 'services'].map((p) => ({
          name: l(p),
          children: cells.filter((c) => c.pillar === p).map((c) => ({ name: l(c.part), value: c.value }))
        }))
      },
      unit: { unit: 'US$' }
    }
  };
}
