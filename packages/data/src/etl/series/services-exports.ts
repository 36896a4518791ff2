import { readUnctadServices } from '../read/read-unctad-services.ts';
import { seriesFromObservations } from '../series-from-observations.ts';
import type { EtlStep } from '../etl-step.ts';

export const servicesExports: EtlStep = {
  output: 'series/services-exports.json',
  sourceIds: ['unctad-services-total'],
  indicator: {
    name: { en: 'Services exports (total)', zh: '服务出口总额' },
    definition: {
      en: 'Exports of all services (BPM6 category S) to the world, current US$.',
      zh: '对世界的全部服务出口（BPM6 类别 S），现价美元。'
    },
    category: 'services'
  },
  build: (ctx) =>
    seriesFromObservations(
      {
        id: 'services-exports',
        sourceId: 'unctad-services-total',
        unit: 'US$',
        scale: 1e6,
        transformation:
          'UNCTADstat total services (category S) exports, US$ millions at current prices, copied as published; G001 stored as WLD, KOS as XKX, WBG (State of Palestine) as PSE.'
      },
      readUnctadServices(ctx, 'SERVICES_EXPORTS')
    )
};
