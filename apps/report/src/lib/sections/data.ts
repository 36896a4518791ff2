import { share } from '@dtr/core';
import { formatNumber, formatPercent } from '@dtr/ui';
import { economyNames } from '$lib/charts/economy-names';
import { economyRanking } from '$lib/charts/economy-ranking';
import { entityDots, entityDotsChart, latestCommonYear } from '$lib/charts/entity-dots';
import { entityLines, entityLinesChart } from '$lib/charts/entity-lines';
import { ordinal } from '$lib/charts/ordinal';
import { cableMapChart } from '$lib/charts/cable-map';
import { chinaAgreementsTimelineChart } from '$lib/charts/china-agreements-timeline';
import { economyNameLookup } from '$lib/charts/economy-name-lookup';
import { publicRecordLookups } from '$lib/charts/public-record-lookups';
import { ledgerTextSource } from '$lib/copy/ledger-text-source';
import { top500Stop } from '$lib/charts/top500-stop';
import { choicesFor } from './choices-for';
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
/** Data: what is measured (secure servers, the cybersecurity index) beside what the texts claim (flows, output, bandwidth). */
export const data: SectionModule = {
  id: 'data',
  build({ edition, locale, charts }) {
    const c = choicesFor({ charts, section: 'data' });
    const { [DATA_SERVERS]: linesChoice, [DATA_SERVERS_PEERS]: dotsChoice, [DATA_GCI]: gciChoice } = c;
    const { [DATA_CABLES]: cablesChoice, [DATA_BANDWIDTH]: bandwidthChoice, [DATA_TOP500]: top500Choice } = c;
    const servers = edition.series(linesChoice.series);
    const lastYear = latestCommonYear(edition, dotsChoice.series, dotsChoice.entities);
    const lines = entityLines(edition, linesChoice.series, linesChoice.entities, servers.years[0], lastYear);
    const dots = entityDots(edition, dotsChoice.series, dotsChoice.entities, lastYear);
    const gciYear = latestCommonYear(edition, gciChoice.series, gciChoice.entities);
    const gci = entityDots(edition, gciChoice.series, gciChoice.entities, gciYear);
    const names = economyNames(edition.entities.countries);
    const serverRank = economyRanking(edition.series(dotsChoice.series), lastYear, names.isEconomy);
    const gciRank = economyRanking(edition.series(gciChoice.series), gciYear, names.isEconomy);
    const at = (code: string, rows: { code: string; value: number }[]) => rows.find((d) => d.code === code)!.value;
    const ledger = (id: string) => {
      const claim = edition.claims.claims.find((x) => x.id === id);
      if (!claim)
        throw new Error(`Edition ${edition.manifest.edition} claims ledger has no claim "${id}" (data section)`);
      return claim;
    };
    const claim = (id: string) => claimNumber({ claim: ledger(id) });
    // The text's two output figures checked against each other (the one as a share of the other).
    const outputShare = share(
      Float64Array.of(claim(c.claims.outputValue)),
      Float64Array.of(claim(c.claims.outputWorld))
    )[0];
    const first = lines.years[0];
    const cablesSeries = edition.series(cablesChoice.series);
    const cables = entityLines(
      edition,
      cablesChoice.series,
      cablesChoice.entities,
      cablesSeries.years[0],
      cablesSeries.years.at(-1)!
    );
    const bandwidthSeries = edition.series(bandwidthChoice.series);
    const bandwidth = entityLines(
      edition,
      bandwidthChoice.series,
      bandwidthChoice.entities,
      bandwidthSeries.years[0],
      bandwidthSeries.years.at(-1)!
    );
    const perUser = edition.series(bandwidthChoice.perUser);
    const top500Series = edition.series(top500Choice.series);
    const top500 = entityLines(
      edition,
      top500Choice.series,
      top500Choice.entities,
      top500Series.years[0],
      top500Series.years.at(-1)!
    );
    const stop = top500Stop(top500);
    const rtas = edition.series(c[DATA_AGREEMENTS].series);
    const agreements = edition.agreements();
    // The texts that name the agreements no file dates (their ledger claims), credited on the agreements chart.
    const agreementTexts = [...new Set(c[DATA_AGREEMENTS].undated.map((u) => ledger(u.claim).text))];
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
    const snapshot = cablesChoice.snapshotYear;
    const region = bandwidthChoice.compare;
    // The texts' capacity claims, set beside the measured series in the claims' own years.
    const bandwidthClaim = ledger(c.claims.bandwidth);
    const computingClaim = ledger(c.claims.computing);
    const rmaxShare = edition.series(top500Choice.shareSeries);
    if (bandwidthClaim.unit !== 'Gbps' || bandwidthClaim.year === null)
      throw new Error(
        `claim ${bandwidthClaim.id}: expected a dated value in Gbps (got ${bandwidthClaim.unit}, ${bandwidthClaim.year})`
      );
    if (computingClaim.year === null) throw new Error(`claim ${computingClaim.id}: expected a year`);

    const num = (v: number) => formatNumber(v, { locale, compact: false });
    const refs: Record<string, string> = {
      serversFirstYear: String(first),
      serversLastYear: String(lastYear),
      serversChinaFirst: num(lines.values.CHN[0]),
      serversChinaLast: num(at('CHN', dots.rows)),
      serversWorldLast: num(at('WLD', dots.rows)),
      serversWorldOverChina: formatNumber(at('WLD', dots.rows) / at('CHN', dots.rows), { locale, digits: 0 }),
      serversChinaRank: ordinal(serverRank.ranked.find((d) => d.code === 'CHN')!.rank, locale),
      serversRankOf: String(serverRank.ranked.length),
      outputShareCheck: formatPercent(outputShare, { locale, digits: 2 }),
      gciYear: String(gciYear),
      gciChina: formatNumber(at('CHN', gci.rows), { locale, digits: 1 }),
      gciChinaRank: ordinal(gciRank.ranked.find((d) => d.code === 'CHN')!.rank, locale),
      gciRankOf: String(gciRank.ranked.length),
      cablesYear: String(snapshot),
      cablesListed: num(cableMap.cables.length),
      cablesPlanned: num(cableMap.cables.filter((c) => c.planned).length),
      landingPoints: num(cableMap.landingPoints.reduce((n, p) => n + p.lonLat.length / 2, 0)),
      cablesFirstYear: String(cables.years[0]),
      cablesLastYear: String(cables.years.at(-1)),
      cablesChina: num(valueIn(cables, 'CHN', snapshot)),
      cablesWorld: num(valueIn(cables, 'WLD', snapshot)),
      cablesWorldLast: num(valueIn(cables, 'WLD', cables.years.at(-1)!)),
      bandwidthFirstYear: String(bwFirst),
      bandwidthLastYear: String(bwLast),
      bandwidthWorldFirst: formatNumber(valueIn(bandwidth, 'WLD', bwFirst), { locale, digits: 1 }),
      bandwidthWorldLast: formatNumber(valueIn(bandwidth, 'WLD', bwLast), { locale, digits: 1 }),
      bandwidthAsiaPacificLast: formatNumber(valueIn(bandwidth, region, bwLast), { locale, digits: 1 }),
      bandwidthPerUserWorldLast: formatNumber(seriesAt(perUser, 'WLD', bwLast), { locale, digits: 1 }),
      // 1 Tbit/s = 1,000 Gbit/s: the text's figure in the unit of the ITU series.
      bandwidthClaimTbit: formatNumber(claimNumber({ claim: bandwidthClaim }) / 1000, { locale, digits: 1 }),
      bandwidthAsiaPacificAtClaim: formatNumber(valueIn(bandwidth, region, bandwidthClaim.year), {
        locale,
        digits: 1
      }),
      top500ChinaPeak: num(chinaPeak),
      top500ChinaPeakYear: String(top500.years[top500.values.CHN.indexOf(chinaPeak)]),
      top500LastYear: String(top500Last),
      top500ChinaLast: num(valueIn(top500, 'CHN', top500Last)),
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
    for (const [name, code] of Object.entries(dotsChoice.figures ?? {})) refs[name] = num(at(code, dots.rows));
    for (const [name, code] of Object.entries(cablesChoice.figures ?? {}))
      refs[name] = num(valueIn(cables, code, snapshot));
    for (const [name, code] of Object.entries(top500Choice.figures ?? {}))
      refs[name] = num(valueIn(top500, code, top500Last));
    const ctx = { locale, manifest: edition.manifest, countries: edition.entities.countries };
    return {
      refs,
      lookups: publicRecordLookups({ records: edition.publicRecord?.records ?? [], locale }),
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
          annotations: [{ x: snapshot, label: copy[DATA_CABLES].labels?.snapshot ?? '' }]
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
          agreements,
          undated: c[DATA_AGREEMENTS].undated,
          records: edition.publicRecord?.records ?? [],
          texts: agreementTexts.map((text) => ledgerTextSource({ ledger: edition.claims, text, locale })),
          partnerName: economyNameLookup(edition.entities.countries, locale)
        })
      ]
    };
  }
};
