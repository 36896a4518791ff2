import { share } from '@dtr/core';
import { formatNumber, formatPercent } from '@dtr/ui';
import { economyNames } from '$lib/charts/economy-names';
import { economyRanking } from '$lib/charts/economy-ranking';
import { entityDots, entityDotsChart, latestCommonYear } from '$lib/charts/entity-dots';
import { entityLines, entityLinesChart } from '$lib/charts/entity-lines';
import { ordinal } from '$lib/charts/ordinal';
import { cableMapChart } from '$lib/charts/cable-map';
import { chinaAgreementsTimelineChart } from '$lib/charts/china-agreements-timeline';
import { top500Stop } from '$lib/charts/top500-stop';
import type { SectionModule } from './section';
import { claimNumber } from '$lib/copy/claim-number';

export const DATA_SERVERS = 'data-secure-servers';
export const DATA_SERVERS_PEERS = 'data-secure-servers-peers';
export const DATA_GCI = 'data-cybersecurity';
export const DATA_CABLE_MAP = 'data-cable-map';
export const DATA_CABLES = 'data-cables';
export const DATA_BANDWIDTH = 'data-bandwidth';
export const DATA_TOP500 = 'data-top500';
export const DATA_AGREEMENTS = 'data-agreements';
const CABLE_ENTITIES = ['CHN', 'HKG', 'BRI', 'WLD'];
const BANDWIDTH_ENTITIES = ['WLD', 'IAP', 'IEU', 'IAM', 'IAR', 'ICS', 'IAF'];
const TOP500_ENTITIES = ['CHN', 'USA', 'JPN', 'DEU'];
/** The snapshot year of the TeleGeography data (Nov 2022): later ready-for-service years were plans then. */
const CABLES_SNAPSHOT_YEAR = 2022;
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
    const ledger = (id: string) => {
      const c = edition.claims.claims.find((x) => x.id === id);
      if (!c) throw new Error(`Edition ${edition.manifest.edition} claims ledger has no claim "${id}" (data section)`);
      return c;
    };
    const claim = (id: string) => claimNumber({ claim: ledger(id) });
    // The text's two output figures checked against each other: 6.6 ZB of 67 ZB.
    const outputShare = share(
      Float64Array.of(claim('yu-data-output-value')),
      Float64Array.of(claim('yu-data-output-world'))
    )[0];
    const first = lines.years[0];
    const cablesSeries = edition.series('cables-cumulative');
    const cables = entityLines(
      edition,
      'cables-cumulative',
      CABLE_ENTITIES,
      cablesSeries.years[0],
      cablesSeries.years.at(-1)!
    );
    const bandwidthSeries = edition.series('intl-bandwidth');
    const bandwidth = entityLines(
      edition,
      'intl-bandwidth',
      BANDWIDTH_ENTITIES,
      bandwidthSeries.years[0],
      bandwidthSeries.years.at(-1)!
    );
    const perUser = edition.series('intl-bandwidth-per-user');
    const top500Series = edition.series('top500-systems-june');
    const top500 = entityLines(
      edition,
      'top500-systems-june',
      TOP500_ENTITIES,
      top500Series.years[0],
      top500Series.years.at(-1)!
    );
    const stop = top500Stop(top500);
    const rtas = edition.series('rtas-in-force');
    const agreements = edition.agreements();
    // The cable counts for BRI members use the edition's member list (membership as of each year).
    const entities = edition.entities;
    const briSource = entities.bri.sourceId;
    const cableMap = edition.cableMap();
    const valueIn = (m: { years: number[]; values: Record<string, number[]> }, code: string, year: number) =>
      m.values[code][m.years.indexOf(year)];
    const seriesAt = (s: { years: number[]; values: Record<string, (number | null)[]> }, code: string, year: number) =>
      s.values[code][s.years.indexOf(year)] as number;
    const chinaPeak = Math.max(...top500.values.CHN.filter(Number.isFinite));
    const top500Last = top500.years.at(-1)!;
    const bwFirst = bandwidth.years[0];
    const bwLast = bandwidth.years.at(-1)!;
    const rtaLast = rtas.years.at(-1)!;
    // The texts' capacity claims, set beside the measured series in the claims' own years.
    const bandwidthClaim = ledger('yu-bandwidth-2021');
    const computingClaim = ledger('yu-computing-2022-scale');
    const rmaxShare = edition.series('top500-rmax-share-june');
    if (bandwidthClaim.unit !== 'Gbps' || bandwidthClaim.year === null)
      throw new Error(
        `claim yu-bandwidth-2021: expected a dated value in Gbps (got ${bandwidthClaim.unit}, ${bandwidthClaim.year})`
      );
    if (computingClaim.year === null) throw new Error('claim yu-computing-2022-scale: expected a year');

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
      gciRankOf: String(gciRank.ranked.length),
      cablesYear: String(CABLES_SNAPSHOT_YEAR),
      cablesListed: num(cableMap.cables.length),
      cablesPlanned: num(cableMap.cables.filter((c) => c.planned).length),
      landingPoints: num(cableMap.landingPoints.length),
      cablesFirstYear: String(cables.years[0]),
      cablesLastYear: String(cables.years.at(-1)),
      cablesChina: num(valueIn(cables, 'CHN', CABLES_SNAPSHOT_YEAR)),
      cablesHongKong: num(valueIn(cables, 'HKG', CABLES_SNAPSHOT_YEAR)),
      cablesBri: num(valueIn(cables, 'BRI', CABLES_SNAPSHOT_YEAR)),
      cablesWorld: num(valueIn(cables, 'WLD', CABLES_SNAPSHOT_YEAR)),
      cablesWorldLast: num(valueIn(cables, 'WLD', cables.years.at(-1)!)),
      bandwidthFirstYear: String(bwFirst),
      bandwidthLastYear: String(bwLast),
      bandwidthWorldFirst: formatNumber(valueIn(bandwidth, 'WLD', bwFirst), { locale, digits: 1 }),
      bandwidthWorldLast: formatNumber(valueIn(bandwidth, 'WLD', bwLast), { locale, digits: 1 }),
      bandwidthAsiaPacificLast: formatNumber(valueIn(bandwidth, 'IAP', bwLast), { locale, digits: 1 }),
      bandwidthPerUserWorldLast: formatNumber(seriesAt(perUser, 'WLD', bwLast), { locale, digits: 1 }),
      // 1 Tbit/s = 1,000 Gbit/s: the text's figure in the unit of the ITU series.
      bandwidthClaimTbit: formatNumber(claimNumber({ claim: bandwidthClaim }) / 1000, { locale, digits: 1 }),
      bandwidthAsiaPacificAtClaim: formatNumber(valueIn(bandwidth, 'IAP', bandwidthClaim.year), {
        locale,
        digits: 1
      }),
      top500ChinaPeak: num(chinaPeak),
      top500ChinaPeakYear: String(top500.years[top500.values.CHN.indexOf(chinaPeak)]),
      top500LastYear: String(top500Last),
      top500ChinaLast: num(valueIn(top500, 'CHN', top500Last)),
      top500UsaLast: num(valueIn(top500, 'USA', top500Last)),
      top500Stop: String(stop),
      top500ChinaShareAtClaim: formatPercent(seriesAt(rmaxShare, 'CHN', computingClaim.year) / 100, {
        locale,
        digits: 1
      }),
      rtaLastYear: String(rtaLast),
      rtaChina: num(seriesAt(rtas, 'CHN', rtaLast)),
      rtaWorld: num(seriesAt(rtas, 'WLD', rtaLast)),
      agreementsListed: num(agreements.agreements.length)
    };
    const ctx = { locale, manifest: edition.manifest, countries: edition.entities.countries };
    return {
      refs,
      charts: (copy) => [
        entityLinesChart(lines, copy[DATA_SERVERS], { id: DATA_SERVERS, ...ctx, format: { digits: 0 } }),
        entityDotsChart(dots, copy[DATA_SERVERS_PEERS], { id: DATA_SERVERS_PEERS, ...ctx, format: { digits: 0 } }),
        entityDotsChart(gci, copy[DATA_GCI], { id: DATA_GCI, ...ctx, format: { digits: 1 } }),
        cableMapChart({
          id: DATA_CABLE_MAP,
          copy: copy[DATA_CABLE_MAP],
          locale,
          manifest: edition.manifest,
          map: cableMap,
          bri: entities.bri
        }),
        entityLinesChart({ ...cables, sourceIds: [...cables.sourceIds, briSource] }, copy[DATA_CABLES], {
          id: DATA_CABLES,
          ...ctx,
          format: { digits: 0 },
          annotations: [{ x: CABLES_SNAPSHOT_YEAR, label: copy[DATA_CABLES].labels?.snapshot ?? '' }]
        }),
        entityLinesChart(bandwidth, copy[DATA_BANDWIDTH], { id: DATA_BANDWIDTH, ...ctx, format: { digits: 1 } }),
        entityLinesChart(top500, copy[DATA_TOP500], {
          id: DATA_TOP500,
          ...ctx,
          format: { digits: 0 },
          ...(stop ? { annotations: [{ x: stop, label: copy[DATA_TOP500].labels?.stop ?? '' }] } : {})
        }),
        chinaAgreementsTimelineChart({
          id: DATA_AGREEMENTS,
          copy: copy[DATA_AGREEMENTS],
          locale,
          manifest: edition.manifest,
          agreements
        })
      ]
    };
  }
};
