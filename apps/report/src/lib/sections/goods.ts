import { share } from '@dtr/core';
import { formatNumber, formatPercent } from '@dtr/ui';
import { messages } from '$lib/i18n/messages';
import { chinaFlows, chinaFlowsChart } from '$lib/charts/china-flows';
import { columnAt } from '$lib/charts/column-at';
import { entityDots, entityDotsChart, latestCommonYear } from '$lib/charts/entity-dots';
import { sourceVintage } from '$lib/charts/source-vintage';
import { conflictReasons } from '$lib/copy/conflict-reasons';
import { choicesFor } from './choices-for';
import type { SectionModule } from './section';
import { claimNumber } from '$lib/copy/claim-number';

export const GOODS_MERCHANDISE = 'goods-merchandise';
export const GOODS_HIGH_TECH = 'goods-high-tech';
export const GOODS_ICT = 'goods-ict';

/** Goods: China's merchandise trade, its high-tech and ICT goods exports against the world and peers (WDI). */
export const goods: SectionModule = {
  id: 'goods',
  build({ edition, locale, charts }) {
    const c = choicesFor({ charts, section: 'goods' });
    const { exports, imports } = c[GOODS_MERCHANDISE];
    const htChoice = c[GOODS_HIGH_TECH];
    const ictChoice = c[GOODS_ICT];
    const merch = chinaFlows(edition, exports, imports);
    const htYear = latestCommonYear(edition, htChoice.series, htChoice.entities);
    const ht = entityDots(edition, htChoice.series, htChoice.entities, htYear);
    const ictYear = latestCommonYear(edition, ictChoice.series, ictChoice.yearFrom);
    const ict = entityDots(edition, ictChoice.series, ictChoice.entities, ictYear);
    const htUsd = edition.series(htChoice.valueSeries);
    const htChinaOfWorld = share(columnAt(htUsd, 'CHN', [htYear]), columnAt(htUsd, 'WLD', [htYear]))[0];
    const mx = edition.series(exports);
    const last = merch.years.length - 1;
    const lastYear = merch.years[last];
    const worldShare = share(columnAt(mx, 'CHN', [lastYear]), columnAt(mx, 'WLD', [lastYear]))[0];
    const firstYear = merch.years[0];
    const worldShareFirst = share(columnAt(mx, 'CHN', [firstYear]), columnAt(mx, 'WLD', [firstYear]))[0];
    const htOf = (e: string) => ht.rows.find((d) => d.code === e)!.value;
    const ictOf = (e: string) => ict.rows.find((d) => d.code === e)!.value;
    // The base the one text's share implies: its value ÷ its share (both claims of one text).
    const claim = (id: string) => claimNumber({ claim: edition.claims.claims.find((x) => x.id === id)! });
    const impliedBase = claim(c.claims.cbecValue) / (claim(c.claims.cbecShare) / 100);

    const usd = (v: number) => formatNumber(v, { locale, unit: 'US$' });
    const pct = (v: number) => formatPercent(v, { locale, digits: 1 });
    const pts = (v: number) => formatPercent(v / 100, { locale, digits: 1 });
    const refs: Record<string, string> = {
      ictVintage: sourceVintage(edition.manifest, ictChoice.vintageSource, locale),
      cbecShareRatio: formatNumber(claim(c.claims.cbecShare) / claim(c.claims.cbecShareEarlier), {
        locale,
        digits: 1
      }),
      merchFirstYear: String(firstYear),
      merchLastYear: String(lastYear),
      merchExportsFirst: usd(merch.exports[0]),
      merchExportsLast: usd(merch.exports[last]),
      merchImportsLast: usd(merch.imports[last]),
      merchBalanceLast: usd(merch.balance[last]),
      merchWorldShareFirst: pct(worldShareFirst),
      merchWorldShareLast: pct(worldShare),
      htYear: String(htYear),
      htChina: pts(htOf('CHN')),
      htWorld: pts(htOf('WLD')),
      htChinaUsd: usd(columnAt(htUsd, 'CHN', [htYear])[0]),
      htChinaOfWorld: pct(htChinaOfWorld),
      ictYear: String(ictYear),
      ictChina: pts(ictOf('CHN')),
      cbecImpliedBase: formatNumber(impliedBase * 1e12, { locale, unit: messages(locale).story.yuan, digits: 1 }),
      cbecReasons: conflictReasons(edition.claims, c.conflict, locale)
    };
    for (const [name, code] of Object.entries(htChoice.figures ?? {})) refs[name] = pts(htOf(code));
    for (const [name, code] of Object.entries(ictChoice.figures ?? {})) refs[name] = pts(ictOf(code));
    const ctx = { locale, manifest: edition.manifest, countries: edition.entities.countries };
    return {
      refs,
      charts: (copy) => [
        chinaFlowsChart(merch, copy[GOODS_MERCHANDISE], { id: GOODS_MERCHANDISE, locale, manifest: edition.manifest }),
        entityDotsChart(ht, copy[GOODS_HIGH_TECH], { id: GOODS_HIGH_TECH, ...ctx, format: { unit: '%', digits: 1 } }),
        entityDotsChart(ict, copy[GOODS_ICT], { id: GOODS_ICT, ...ctx, format: { unit: '%', digits: 1 } })
      ]
    };
  }
};
