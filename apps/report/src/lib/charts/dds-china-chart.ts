import type { Manifest } from '@dtr/data';
import type { Locale } from '$lib/i18n/locale';
import type { ChartCopy } from '$lib/story/story';
import type { DdsChina } from './dds-china';
import { DDS_CHINA } from './dds-china';
import { framePayload } from './frame-payload';
import type { ChartPayload } from './payload';

const keys = ['exports', 'imports', 'balance'] as const;

/** The dds-china chart as shown: three series, and a CSV row per year with exactly those values. */
export function ddsChinaChart(m: DdsChina, copy: ChartCopy, o: { locale: Locale; manifest: Manifest }): ChartPayload {
  const at = (v: number) => (Number.isFinite(v) ? v : null);
  return {
    kind: 'line',
    props: {
      series: keys.map((k) => ({
        id: k,
        label: (copy.series ?? {})[k],
        points: m.years.map((x, i) => ({ x, y: at(m[k][i]) }))
      })),
      unit: { unit: 'US$' }
    },
    ...framePayload({
      id: DDS_CHINA,
      copy,
      locale: o.locale,
      manifest: o.manifest,
      sourceIds: m.sourceIds,
      columns: ['year', ...keys],
      rows: m.years.map((year, i) => ({
        year,
        exports: at(m.exports[i]),
        imports: at(m.imports[i]),
        balance: at(m.balance[i])
      }))
    })
  };
}
