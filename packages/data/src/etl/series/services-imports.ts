import { readUnctadServices } from '../read/read-unctad-services.ts';
import { seriesFromObservations } from '../series-from-observations.ts';
import type { EtlStep } from '../etl-step.ts';

export const servicesImports: EtlStep = {
  output: 'series/services-imports.json',
  sourceIds: ['unctad-services-total'],
  indicator: {
    name: { en: 'Services imports (total)', zh: '服务进口总额' },
    definition: {
      en: 'Imports of all services (BPM6 category S) from the world, current US$.',
      zh: '自世界的全部服务进口（BPM6 类别 S），现价美元。'
    },
    category: 'services'
  },
  build: (ctx) =>
    seriesFromObservations(
      {
        id: 'services-imports',
        sourceId: 'unctad-services-total',
        unit: 'US$',
        scale: 1e6,
        transformation:
          'UNCTADstat total services (category S) imports, US$ millions at current prices, copied as published; G001 stored as WLD, KOS as XKX, WBG (State of Palestine) as PSE.'
      },
      readUnctadServices(ctx, 'SERVICES_IMPORTS')
    )
};
