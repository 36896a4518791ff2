import { ddsChina } from '$lib/charts/dds-china';
import { ddsChinaChart } from '$lib/charts/dds-china-chart';
import { ddsChinaRefs } from '$lib/charts/dds-china-refs';
import type { SectionModule } from './section';

/** Services: digitally deliverable services of China against the world (UNCTAD). */
export const services: SectionModule = {
  id: 'services',
  build({ edition, locale }) {
    const dds = ddsChina(edition);
    return {
      refs: ddsChinaRefs(dds, locale),
      charts: (copy) => [ddsChinaChart(dds, copy['dds-china'], { locale, manifest: edition.manifest })]
    };
  }
};
