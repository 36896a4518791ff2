import { formatNumber, formatPercent } from '@dtr/ui';
import { guangdongShare, guangdongShareChart } from '$lib/charts/guangdong-share';
import { provinceInequality, provinceInequalityChart } from '$lib/charts/province-inequality';
import { provinceMap } from '$lib/charts/province-map';
import { provincePanel } from '$lib/charts/province-panel';
import { regionShares, regionSharesChart } from '$lib/charts/region-shares';
import { entityGroups } from '$lib/edition/entity-groups';
import { choicesFor } from './choices-for';
import type { SectionModule } from './section';

/** Guangdong among China's provinces: foreign trade, express volume and GDP (NBS), shares, ranks and inequality. */
export const guangdong: SectionModule = {
  id: 'guangdong',
  build({ edition, locale, charts }) {
    const { panels, regions: cited } = choicesFor({ charts, section: 'guangdong' });
    const { provinces } = edition.entities;
    const trade = provincePanel(edition, provinces, panels.trade);
    const express = provincePanel(edition, provinces, panels.express);
    // GDP from the first year of the trade panel, so the inequality lines share one period.
    const gdp = provincePanel(edition, provinces, panels.gdp, trade.years[0]);
    const tradeShare = guangdongShare(trade);
    const expressShare = guangdongShare(express);
    const gdpShare = guangdongShare(gdp);
    const inequality = provinceInequality({ trade, express, gdp });
    const last = (m: { years: number[] }) => m.years[m.years.length - 1];
    const regions = regionShares(entityGroups(edition).provinceGroups, {
      trade: { panel: trade, year: last(trade) },
      gdp: { panel: gdp, year: last(gdp) },
      express: { panel: express, year: last(express) }
    });

    // Each figure in its panel's own unit (US$ for trade, yuan for GDP), as the edition's series state it.
    const unit = { trade: edition.series(panels.trade).unit, gdp: edition.series(panels.gdp).unit };
    const name = new Map(provinces.provinces.map((p) => [p.code, p.name[locale]]));
    const pct = (v: number) => formatPercent(v, { locale, digits: 1 });
    const idx = (v: number | null) => formatNumber(v, { locale, digits: 2, compact: false });
    const n = tradeShare.years.length - 1;
    const second = tradeShare.codes.find((c) => c !== 'CN-GD')!;
    const gdAt = (m: { values: Record<string, (number | null)[]> }, i: number) => m.values['CN-GD'][i]!;
    const gi = inequality.years.indexOf(last(gdp));
    const li = inequality.years.length - 1;
    const refs: Record<string, string> = {
      provinceCount: String(trade.codes.length),
      tradeFirstYear: String(trade.years[0]),
      tradeYear: String(last(trade)),
      tradeGd: formatNumber(gdAt(trade, n), { locale, unit: unit.trade }),
      tradeNational: formatNumber(trade.total[n], { locale, unit: unit.trade }),
      tradeShareGdFirst: pct(tradeShare.shares['CN-GD'][0]),
      tradeShareGd: pct(tradeShare.shares['CN-GD'][n]),
      tradeRankGd: String(tradeShare.rankGd[n]),
      tradeSecond: name.get(second)!,
      tradeShareSecond: pct(tradeShare.shares[second][n]),
      expressYear: String(last(express)),
      expressGd: formatNumber(gdAt(express, express.years.length - 1), { locale }),
      expressShareGd: pct(expressShare.shares['CN-GD'][express.years.length - 1]),
      expressRankGd: String(expressShare.rankGd[express.years.length - 1]),
      expressGdFirst: formatNumber(gdAt(express, 0), { locale }),
      gdpYear: String(last(gdp)),
      gdpGd: formatNumber(gdAt(gdp, gdp.years.length - 1), { locale, unit: unit.gdp }),
      gdpShareGd: pct(gdpShare.shares['CN-GD'][gdp.years.length - 1]),
      gdpRankGd: String(gdpShare.rankGd[gdp.years.length - 1]),
      giniTradeFirst: idx(inequality.gini.trade[0]),
      giniTrade: idx(inequality.gini.trade[li]),
      theilTrade: idx(inequality.theil.trade[li]),
      giniExpress: idx(inequality.gini.express[li]),
      giniGdp: idx(inequality.gini.gdp[gi]),
      theilGdp: idx(inequality.theil.gdp[gi])
    };
    for (const [prefix, key] of Object.entries(cited)) {
      refs[`${prefix}Trade`] = pct(regions.shares[key].trade);
      refs[`${prefix}Gdp`] = pct(regions.shares[key].gdp);
      refs[`${prefix}Express`] = pct(regions.shares[key].express);
    }
    const ctx = { locale, manifest: edition.manifest, provinces };
    return {
      refs,
      charts: (copy) => [
        provinceMap(trade, {
          ...ctx,
          id: 'guangdong-trade-map',
          year: last(trade),
          copy: copy['guangdong-trade-map'],
          format: { unit: unit.trade }
        }),
        guangdongShareChart(tradeShare, { ...ctx, id: 'guangdong-trade-share', copy: copy['guangdong-trade-share'] }),
        provinceMap(express, {
          ...ctx,
          id: 'guangdong-express-map',
          year: last(express),
          copy: copy['guangdong-express-map'],
          format: {}
        }),
        provinceInequalityChart(inequality, {
          locale,
          manifest: edition.manifest,
          id: 'guangdong-inequality',
          copy: copy['guangdong-inequality']
        }),
        regionSharesChart(regions, {
          locale,
          manifest: edition.manifest,
          id: 'guangdong-regions',
          copy: copy['guangdong-regions']
        })
      ]
    };
  }
};
