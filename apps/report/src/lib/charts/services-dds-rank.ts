import type { CountriesFile, Manifest } from '@dtr/data';
import type { Locale } from '$lib/i18n/locale';
import type { Edition } from '$lib/edition/edition';
import type { ChartCopy } from '$lib/story/story';
import { framePayload } from './frame-payload';
import { economyNames } from './economy-names';
import { economyRanking, type EconomyRanking } from './economy-ranking';
import type { ChartPayload } from './payload';

/** "The largest exporters of digitally deliverable services": the top economies in the latest year (UNCTAD). */
export const SERVICES_DDS_RANK = 'services-dds-rank';

export const DDS_RANK_TOP = 10;

export interface ServicesDdsRank extends EconomyRanking {
  /** China's rank among economies. */
  china: { rank: number; value: number; of: number };
  sourceIds: string[];
}

export function servicesDdsRank(edition: Edition, seriesId: string): ServicesDdsRank {
  const dds = edition.series(seriesId);
  const names = economyNames(edition.entities.countries);
  const year = dds.years[dds.years.length - 1];
  const r = economyRanking(dds, year, names.isEconomy);
  const chn = r.ranked.find((d) => d.code === 'CHN');
  if (!chn) throw new Error(`${seriesId} has no value for China in ${year}`);
  return { ...r, china: { rank: chn.rank, value: chn.value, of: r.ranked.length }, sourceIds: [dds.sourceId] };
}

export function servicesDdsRankChart(
  m: ServicesDdsRank,
  copy: ChartCopy,
  o: { locale: Locale; manifest: Manifest; countries: CountriesFile }
): ChartPayload {
  const names = economyNames(o.countries);
  const top = m.ranked.slice(0, DDS_RANK_TOP);
  return {
    kind: 'dots',
    ...framePayload({
      id: SERVICES_DDS_RANK,
      copy,
      locale: o.locale,
      manifest: o.manifest,
      sourceIds: m.sourceIds,
      columns: ['rank', 'economy', 'exports'],
      rows: top.map((d) => ({ rank: d.rank, economy: names.name(d.code, o.locale), exports: d.value })),
      format: { unit: 'US$' }
    }),
    props: {
      data: top.map((d) => ({ id: d.code, label: names.name(d.code, o.locale), value: d.value })),
      valueLabel: (copy.labels ?? {}).value
    }
  };
}
