import type { Manifest } from '@dtr/data';
import type { Locale } from '$lib/i18n/locale';
import type { ChartCopy } from '$lib/story/story';
import type { DdsChina } from './dds-china';
import { DDS_CHINA } from './dds-china';
import { flowsChart } from './flows-chart';
import type { ChartPayload } from './payload';

const keys = ['exports', 'imports', 'balance'] as const;

/** The dds-china chart as shown: three series, and a CSV row per year with exactly those values. */
export function ddsChinaChart(m: DdsChina, copy: ChartCopy, o: { locale: Locale; manifest: Manifest }): ChartPayload {
  return flowsChart({ ...o, id: DDS_CHINA, keys, years: m.years, values: m, sourceIds: m.sourceIds, copy });
}
