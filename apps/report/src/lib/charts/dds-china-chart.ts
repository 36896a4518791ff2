import type { Manifest } from '@dtr/data';
import type { Locale } from '$lib/i18n/locale';
import type { ChartCopy } from '$lib/story/story';
import { chartCitation } from './citation';
import { chartSources } from './chart-sources';
import type { DdsChina } from './dds-china';
import { DDS_CHINA } from './dds-china';
import type { ChartPayload } from './payload';

const keys = ['exports', 'imports', 'balance'] as const;

/** The dds-china chart as shown: three series, and a CSV row per year with exactly those values. */
export function ddsChinaChart(m: DdsChina, copy: ChartCopy, o: { locale: Locale; manifest: Manifest }): ChartPayload {
  const sources = chartSources(o.manifest, m.sourceIds);
  const at = (v: number) => (Number.isFinite(v) ? v : null);
  return {
    kind: 'line',
    id: DDS_CHINA,
    edition: o.manifest.edition,
    locale: o.locale,
    title: copy.title,
    subtitle: copy.subtitle,
    description: copy.description,
    notes: copy.notes,
    props: {
      series: keys.map((k) => ({
        id: k,
        label: (copy.series ?? {})[k],
        points: m.years.map((x, i) => ({ x, y: at(m[k][i]) }))
      })),
      unit: { unit: 'US$' }
    },
    columns: (['year', ...keys] as const).map((key) => ({ key, label: (copy.columns ?? {})[key] })),
    rows: m.years.map((year, i) => ({
      year,
      exports: at(m.exports[i]),
      imports: at(m.imports[i]),
      balance: at(m.balance[i])
    })),
    sources,
    citation: chartCitation({
      locale: o.locale,
      edition: o.manifest.edition,
      id: DDS_CHINA,
      title: copy.title,
      sources: sources.map((s) => `${s.label}, ${s.licence}`)
    })
  };
}
