import { share } from '@dtr/core';
import { formatNumber, formatPercent } from '@dtr/ui';
import { definitionPillars, definitionPillarsChart } from '$lib/charts/definition-pillars';
import { definitionTimelineChart, definitionYears } from '$lib/charts/definition-timeline';
import { choicesFor } from './choices-for';
import type { SectionModule } from './section';

/** What digital trade is: competing definitions, the three parts the texts use, the third pillar beside goods and services. */
export const definition: SectionModule = {
  id: 'definition',
  build({ edition, locale, charts }) {
    const p = definitionPillars(edition, choicesFor({ charts, section: 'definition' })['definition-pillars']);
    const usd = (v: number) => formatNumber(v, { locale, unit: 'US$' });
    const pct = (v: number) => formatPercent(v, { locale, digits: 1 });
    const total = p.goods.total + p.services.total;
    const [ddsOfAll, ddsOfServices] = share(
      Float64Array.of(p.services.digital, p.services.digital),
      Float64Array.of(total, p.services.total)
    );
    return {
      refs: {
        ...definitionYears(),
        pillarsYear: String(p.year),
        goodsExports: usd(p.goods.total),
        servicesExports: usd(p.services.total),
        ddsExports: usd(p.services.digital),
        highTechExports: usd(p.goods.highTech),
        ddsOfAll: pct(ddsOfAll),
        ddsOfServices: pct(ddsOfServices)
      },
      charts: (copy) => [
        definitionTimelineChart(copy['definition-timeline'], { locale, manifest: edition.manifest }),
        definitionPillarsChart(p, copy['definition-pillars'], { locale, manifest: edition.manifest })
      ]
    };
  }
};
