import { rank } from '@dtr/core';
import { formatNumber, formatPercent } from '@dtr/ui';
import { economyNameLookup } from '$lib/charts/economy-name-lookup';
import { groupSwarm, groupSwarmChart } from '$lib/charts/group-swarm';
import { indicatorLines, indicatorLinesChart, latest, valueIn } from '$lib/charts/indicator-lines';
import { entityGroups } from '$lib/edition/entity-groups';
import { choicesFor } from './choices-for';
import type { SectionModule } from './section';

/** Infrastructure: internet use, fixed broadband and mobile subscriptions (WDI) and the ICT Development Index (ITU). */
export const infrastructure: SectionModule = {
  id: 'infrastructure',
  build({ edition, locale, charts }) {
    const c = choicesFor({ charts, section: 'infrastructure' });
    const { 'infra-internet': netChoice, 'infra-broadband': bbChoice, 'infra-mobile': mobChoice } = c;
    const { countries } = edition.entities;
    const name = economyNameLookup(countries, locale);
    const namesOf = (codes: string[]) => Object.fromEntries(codes.map((e) => [e, name(e)]));
    const internet = indicatorLines(edition, netChoice.series, netChoice.entities);
    const broadband = indicatorLines(edition, bbChoice.series, bbChoice.entities);
    const mobile = indicatorLines(edition, mobChoice.series, mobChoice.entities);
    const { incomeGroups } = entityGroups(edition);
    const income = new Map(incomeGroups.flatMap((g) => g.members.map((code) => [code, g.key] as const)));
    const idi = groupSwarm(edition, {
      seriesId: c['infra-idi'].series,
      groups: incomeGroups.map((g) => g.key),
      groupOf: (code) => income.get(code) ?? null,
      extraSourceIds: [countries.sourceId]
    });
    // Rank among every economy the IDI scores, not only those with an income group.
    const idiSeries = edition.series(c['infra-idi'].series);
    const idiYear = idiSeries.years.indexOf(idi.year);
    const scored = Object.entries(idiSeries.values).filter(([, row]) => row[idiYear] !== null);
    const ranks = rank(Float64Array.from(scored, ([, row]) => row[idiYear]!));
    const chinaIdi = scored.findIndex(([code]) => code === 'CHN');

    const pct = (v: number) => formatPercent(v / 100, { locale, digits: 1 });
    const per100 = (v: number) => formatNumber(v, { locale, digits: 1, compact: false });
    const net = latest(internet, 'CHN');
    const bb = latest(broadband, 'CHN');
    const mob = latest(mobile, 'CHN');
    // The texts' dated claims set which years the data are compared in.
    const claimYear = (id: string) => {
      const year = edition.claims.claims.find((c) => c.id === id)?.year;
      if (year == null) throw new Error(`Claim ${id} has no year`);
      return year;
    };
    const netClaimYear = claimYear(c.claims.internet);
    const ftthYear = claimYear(c.claims.broadband);
    const refs: Record<string, string> = {
      netFirstYear: String(internet.years[0]),
      netFirstChn: pct(valueIn(internet, 'CHN', internet.years[0])!),
      netYear: String(net.year),
      netChn: pct(net.value),
      netWld: pct(valueIn(internet, 'WLD', net.year)!),
      netGap: formatNumber(net.value - valueIn(internet, 'WLD', net.year)!, { locale, digits: 0, compact: false }),
      netClaimChn: pct(valueIn(internet, 'CHN', netClaimYear)!),
      netPrevYear: String(netClaimYear - 1),
      netPrevChn: pct(valueIn(internet, 'CHN', netClaimYear - 1)!),
      bbYear: String(bb.year),
      bbChn: per100(bb.value),
      bbWld: per100(valueIn(broadband, 'WLD', bb.year)!),
      bbClaimChn: per100(valueIn(broadband, 'CHN', ftthYear)!),
      bbPrevChn: per100(valueIn(broadband, 'CHN', ftthYear - 1)!),
      mobYear: String(mob.year),
      mobChn: per100(mob.value),
      mobWld: per100(valueIn(mobile, 'WLD', mob.year)!),
      idiYear: String(idi.year),
      idiChn: formatNumber(scored[chinaIdi][1][idiYear]!, { locale, digits: 1, compact: false }),
      idiRank: String(ranks[chinaIdi]),
      idiCount: String(scored.length)
    };
    for (const [ref, key] of Object.entries(c['infra-idi'].medians ?? {}))
      refs[ref] = formatNumber(idi.stats[key].median, { locale, digits: 1, compact: false });
    for (const [ref, code] of Object.entries(netChoice.latestYearOf ?? {}))
      refs[ref] = String(latest(internet, code).year);
    for (const [ref, code] of Object.entries(bbChoice.figures ?? {}))
      refs[ref] = per100(valueIn(broadband, code, bb.year)!);
    const ctx = { locale, manifest: edition.manifest };
    return {
      refs,
      charts: (copy) => [
        indicatorLinesChart(internet, {
          ...ctx,
          names: namesOf(netChoice.entities),
          id: 'infra-internet',
          copy: copy['infra-internet'],
          format: { unit: '%', digits: 0 }
        }),
        indicatorLinesChart(broadband, {
          ...ctx,
          names: namesOf(bbChoice.entities),
          id: 'infra-broadband',
          copy: copy['infra-broadband'],
          format: { digits: 0 }
        }),
        indicatorLinesChart(mobile, {
          ...ctx,
          names: namesOf(mobChoice.entities),
          id: 'infra-mobile',
          copy: copy['infra-mobile'],
          format: { digits: 0 }
        }),
        groupSwarmChart(idi, {
          id: 'infra-idi',
          copy: copy['infra-idi'],
          locale,
          manifest: edition.manifest,
          names: name,
          format: { digits: 1 }
        })
      ]
    };
  }
};
