import { share } from '@dtr/core';
import { formatNumber, formatPercent } from '@dtr/ui';
import { economyNames } from '$lib/charts/economy-names';
import { economyRanking } from '$lib/charts/economy-ranking';
import { entityDots, entityDotsChart, latestCommonYear } from '$lib/charts/entity-dots';
import { entityLines, entityLinesChart } from '$lib/charts/entity-lines';
import { ordinal } from '$lib/charts/ordinal';
import type { SectionModule } from './section';

export const DATA_SERVERS = 'data-secure-servers';
export const DATA_SERVERS_PEERS = 'data-secure-servers-peers';
export const DATA_GCI = 'data-cybersecurity';
const LINE_PEERS = ['CHN', 'WLD', 'JPN', 'KOR', 'VNM', 'IND'];
const DOT_PEERS = ['CHN', 'WLD', 'USA', 'DEU', 'GBR', 'JPN', 'KOR', 'VNM', 'IND'];
const GCI_PEERS = ['CHN', 'USA', 'DEU', 'GBR', 'JPN', 'KOR', 'VNM', 'IND'];

/** Data: what is measured (secure servers, the cybersecurity index) beside what the texts claim (flows, output, bandwidth). */
export const data: SectionModule = {
  id: 'data',
  build({ edition, locale }) {
    const servers = edition.series('secure-servers');
    const lastYear = latestCommonYear(edition, 'secure-servers', DOT_PEERS);
    const lines = entityLines(edition, 'secure-servers', LINE_PEERS, servers.years[0], lastYear);
    const dots = entityDots(edition, 'secure-servers', DOT_PEERS, lastYear);
    const gciYear = latestCommonYear(edition, 'itu-gci', GCI_PEERS);
    const gci = entityDots(edition, 'itu-gci', GCI_PEERS, gciYear);
    const names = economyNames(edition.entities.countries);
    const serverRank = economyRanking(servers, lastYear, names.isEconomy);
    const gciRank = economyRanking(edition.series('itu-gci'), gciYear, names.isEconomy);
    const at = (code: string, rows: { code: string; value: number }[]) => rows.find((d) => d.code === code)!.value;
    const claim = (id: string) => edition.claims.claims.find((c) => c.id === id)!.value;
    // The text's two output figures checked against each other: 6.6 ZB of 67 ZB.
    const outputShare = share(
      Float64Array.of(claim('yu-data-output-value')),
      Float64Array.of(claim('yu-data-output-world'))
    )[0];
    const first = lines.years[0];

    const num = (v: number) => formatNumber(v, { locale, compact: false });
    const refs: Record<string, string> = {
      serversFirstYear: String(first),
      serversLastYear: String(lastYear),
      serversChinaFirst: num(lines.values.CHN[0]),
      serversChinaLast: num(at('CHN', dots.rows)),
      serversWorldLast: num(at('WLD', dots.rows)),
      serversUsaLast: num(at('USA', dots.rows)),
      serversWorldOverChina: formatNumber(at('WLD', dots.rows) / at('CHN', dots.rows), { locale, digits: 0 }),
      serversChinaRank: ordinal(serverRank.ranked.find((d) => d.code === 'CHN')!.rank, locale),
      serversRankOf: String(serverRank.ranked.length),
      outputShareCheck: formatPercent(outputShare, { locale, digits: 2 }),
      gciYear: String(gciYear),
      gciChina: formatNumber(at('CHN', gci.rows), { locale, digits: 1 }),
      gciChinaRank: ordinal(gciRank.ranked.find((d) => d.code === 'CHN')!.rank, locale),
      gciRankOf: String(gciRank.ranked.length)
    };
    const ctx = { locale, manifest: edition.manifest, countries: edition.entities.countries };
    return {
      refs,
      charts: (copy) => [
        entityLinesChart(lines, copy[DATA_SERVERS], { id: DATA_SERVERS, ...ctx, format: { digits: 0 } }),
        entityDotsChart(dots, copy[DATA_SERVERS_PEERS], { id: DATA_SERVERS_PEERS, ...ctx, format: { digits: 0 } }),
        entityDotsChart(gci, copy[DATA_GCI], { id: DATA_GCI, ...ctx, format: { digits: 1 } })
      ]
    };
  }
};
