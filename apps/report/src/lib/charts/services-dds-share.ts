import { share } from '@dtr/core';
import type { Manifest } from '@dtr/data';
import type { Locale } from '$lib/i18n/locale';
import type { Edition } from '$lib/edition/edition';
import type { ChartCopy } from '$lib/story/story';
import { framePayload } from './frame-payload';
import { columnAt } from './column-at';
import { finite } from './finite';
import type { ChartPayload } from './payload';

/** "Digitally deliverable services as a share of all services exports": China and the world (UNCTAD). */
export const SERVICES_DDS_SHARE = 'services-dds-share';

const entities = ['CHN', 'WLD'] as const;

export interface ServicesDdsShare {
  years: number[];
  share: Record<(typeof entities)[number], number[]>;
  sourceIds: string[];
}

/** DDS exports ÷ all services exports, for the years both UNCTAD series cover. */
export function servicesDdsShare(edition: Edition, o: { digital: string; services: string }): ServicesDdsShare {
  const dds = edition.series(o.digital);
  const all = edition.series(o.services);
  const years = dds.years.filter((y) => all.years.includes(y));
  const of = (e: string) => [...share(columnAt(dds, e, years), columnAt(all, e, years))];
  return { years, share: { CHN: of('CHN'), WLD: of('WLD') }, sourceIds: [dds.sourceId, all.sourceId] };
}

export function servicesDdsShareChart(
  m: ServicesDdsShare,
  copy: ChartCopy,
  o: { locale: Locale; manifest: Manifest }
): ChartPayload {
  return {
    kind: 'line',
    ...framePayload({
      id: SERVICES_DDS_SHARE,
      copy,
      ...o,
      sourceIds: [...new Set(m.sourceIds)],
      columns: ['year', ...entities],
      rows: m.years.map((year, i) => ({ year, CHN: finite(m.share.CHN[i]), WLD: finite(m.share.WLD[i]) })),
      format: { percent: true, digits: 1 }
    }),
    props: {
      series: entities.map((e) => ({
        id: e,
        label: (copy.series ?? {})[e],
        points: m.years.map((x, i) => ({ x, y: finite(m.share[e][i]) }))
      })),
      // Axis ticks in percentage points; values and tooltips use the frame's percent format.
      unit: { scale: 100 }
    }
  };
}
