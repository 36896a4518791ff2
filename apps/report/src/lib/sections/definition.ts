import { share } from '@dtr/core';
import { formatNumber, formatPercent } from '@dtr/ui';
import { definitionPillars, definitionPillarsChart } from '$lib/charts/definition-pillars';
import { definitionTimelineChart } from '$lib/charts/definition-timeline';
import { definitionYears } from '$lib/charts/definition-years';
import { choicesFor } from './choices-for';
import type { SectionModule } from './section';

/** What digital trade is: competing definitions, the three parts the texts use, the third pillar beside goods and services. */
export const definition: SectionModule = {
  id: 'definition',
  build({ edition, locale, charts }) {
    const c = choicesFor({ charts, section: 'definition' });
    const p = definitionPillars(edition, c['definition-pillars']);
    const { documents } = c['definition-timeline'];
    const usd = (v: number) => formatNumber(v, { locale, unit: 'US$' });
    const pct = (v: number) => formatPercent(v, { locale, digits: 1 });
    const total = p.goods.total + p.services.total;
    const [ddsOfAll, ddsOfServices] = share(
      Float64Array.of(p.services.digital, p.services.digital),
      Float64Array.of(total, p.services.total)
    );
    return {
      refs: {
        ...definitionYears({ documents }),
        pillarsYear: String(p.year),
        goodsExports: usd(p.goods.total),
        servicesExports: usd(p.services.total),
        ddsExports: usd(p.services.digital),
        highTechExports: usd(p.goods.highTech),
        ddsOfAll: pct(ddsOfAll),
        ddsOfServices: pct(ddsOfServices)
      },
      charts: (copy) => [
        definitionTimelineChart(copy['definition-timeline'], { locale, manifest: edition.manifest, documents }),
        definitionPillarsChart(p, copy['definition-pillars'], { locale, manifest: edition.manifest })
      ]
    };
  }
};
