import { formatNumber, formatPercent } from '@dtr/ui';
import { conflictReasons } from '$lib/copy/conflict-reasons';
import { formatClaimValue } from '$lib/copy/format-claim';
import { ddsChina } from '$lib/charts/dds-china';
import { ddsChinaChart } from '$lib/charts/dds-china-chart';
import { ddsChinaRefs } from '$lib/charts/dds-china-refs';
import { ddsTradeRank } from '$lib/charts/dds-trade-rank';
import { economyRanking } from '$lib/charts/economy-ranking';
import { economyNames } from '$lib/charts/economy-names';
import { entityLines, entityLinesChart } from '$lib/charts/entity-lines';
import { ordinal } from '$lib/charts/ordinal';
import { DDS_RANK_TOP, servicesDdsRank, servicesDdsRankChart } from '$lib/charts/services-dds-rank';
import { servicesDdsShare, servicesDdsShareChart } from '$lib/charts/services-dds-share';
import { servicesDdsSources, servicesDdsSourcesChart } from '$lib/charts/services-dds-sources';
import { servicesIp, servicesIpChart } from '$lib/charts/services-ip';
import { choicesFor } from './choices-for';
import type { SectionModule } from './section';

export const SERVICES_ICT = 'services-ict';

/** Services: digitally deliverable services of China against the world (UNCTAD), ICT and IP services (WDI). */
export const services: SectionModule = {
  id: 'services',
  build({ edition, locale, charts }) {
    const c = choicesFor({ charts, section: 'services' });
    const ictChoice = c[SERVICES_ICT];
    const dds = ddsChina(edition, c['dds-china']);
    const share = servicesDdsShare(edition, c['services-dds-share']);
    const rank = servicesDdsRank(edition, c['services-dds-rank'].series);
    const ip = servicesIp(edition, c['services-ip']);
    const sourcesChoice = c['services-dds-sources'];
    const sources = servicesDdsSources(edition, sourcesChoice);
    const ictSeries = edition.series(ictChoice.series);
    const ictLast = ictSeries.years.filter((y, i) => ictSeries.values.CHN[i] !== null).at(-1)!;
    const ict = entityLines(edition, ictChoice.series, ictChoice.entities, ictChoice.firstYear, ictLast);
    const ictRank = economyRanking(ictSeries, ictLast, economyNames(edition.entities.countries).isEconomy);
    const tradeRank = ddsTradeRank(edition, { ...sourcesChoice, year: sources.year });

    const usd = (v: number) => formatNumber(v, { locale, unit: 'US$' });
    const pct = (v: number) => formatPercent(v, { locale, digits: 1 });
    const at = <T>(xs: T[], years: number[], y: number) => xs[years.indexOf(y)];
    const s = share.years.length - 1;
    const ipl = ip.years.length - 1;
    const ictAt = (e: string, y: number) => at(ict.values[e], ict.years, y);
    const yu = sources.stated.find((x) => x.claim.id === c.claims.ddsStated)!;
    // The ledger's reading of the expo text's garbled total, in the claim's own unit.
    const expoReading = () => {
      const reading = sources.stated.find((x) => x.claim.id === c.claims.ddsReading)!.claim;
      return formatClaimValue(reading.reading!.value, reading.unit, locale);
    };
    const refs: Record<string, string> = {
      ...ddsChinaRefs(dds, locale),
      expoReading: expoReading(),
      shareFirstYear: String(share.years[0]),
      shareLastYear: String(share.years[s]),
      shareChinaFirst: pct(share.share.CHN[0]),
      shareChinaLast: pct(share.share.CHN[s]),
      shareWorldLast: pct(share.share.WLD[s]),
      rankYear: String(rank.year),
      rankTop: String(DDS_RANK_TOP),
      rankChina: ordinal(rank.china.rank, locale),
      rankOf: String(rank.china.of),
      rankChinaValue: usd(rank.china.value),
      rankLeader: economyNames(edition.entities.countries).name(rank.ranked[0].code, locale),
      rankLeaderValue: usd(rank.ranked[0].value),
      tradeRankChina: ordinal(tradeRank.rank, locale),
      ictFirstYear: String(ict.years[0]),
      ictLastYear: String(ictLast),
      ictChinaFirst: usd(ictAt('CHN', ict.years[0])),
      ictChinaLast: usd(ictAt('CHN', ictLast)),
      ictChinaRank: ordinal(ictRank.ranked.find((d) => d.code === 'CHN')!.rank, locale),
      // WDI's value for the year one text states China's ICT service exports.
      ictChinaClaimYear: usd(ictAt('CHN', edition.claims.claims.find((x) => x.id === c.claims.ictExports)!.year!)),
      ipLastYear: String(ip.years[ipl]),
      ipReceiptsLast: usd(ip.receipts[ipl]),
      ipPaymentsLast: usd(ip.payments[ipl]),
      ipDeficitLast: usd(-ip.balance[ipl]),
      ipDeficitFirst: usd(-ip.balance[0]),
      ipFirstYear: String(ip.years[0]),
      conflictYear: String(sources.year),
      conflictReasons: conflictReasons(edition.claims, sourcesChoice.conflict, locale),
      // One decimal, as the texts and UNCTAD's release state these totals (364.2 bn = 207.0 + 157.2).
      unctadExports: formatNumber(sources.unctad.exports, { locale, unit: 'US$', digits: 1 }),
      unctadImports: formatNumber(sources.unctad.imports, { locale, unit: 'US$', digits: 1 }),
      unctadTotal: formatNumber(sources.unctad.total, { locale, unit: 'US$', digits: 1 }),
      unctadGapYu: pct(yu.total / sources.unctad.total - 1)
    };
    for (const [name, code] of Object.entries(ictChoice.figures ?? {})) refs[name] = usd(ictAt(code, ictLast));
    return {
      refs,
      charts: (copy) => [
        ddsChinaChart(dds, copy['dds-china'], { locale, manifest: edition.manifest }),
        servicesDdsShareChart(share, copy['services-dds-share'], { locale, manifest: edition.manifest }),
        servicesDdsRankChart(rank, copy['services-dds-rank'], {
          locale,
          manifest: edition.manifest,
          countries: edition.entities.countries
        }),
        entityLinesChart(ict, copy[SERVICES_ICT], {
          id: SERVICES_ICT,
          locale,
          manifest: edition.manifest,
          countries: edition.entities.countries,
          format: { unit: 'US$' }
        }),
        servicesIpChart(ip, copy['services-ip'], { locale, manifest: edition.manifest }),
        servicesDdsSourcesChart(sources, copy['services-dds-sources'], { locale, manifest: edition.manifest })
      ]
    };
  }
};
