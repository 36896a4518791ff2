import { readSdmxCsv } from '../read/read-sdmx-csv.ts';
import { seriesFromObservations } from '../series-from-observations.ts';
import type { EtlStep } from '../etl-step.ts';

export const ddsImports: EtlStep = {
  output: 'series/dds-imports.json',
  sourceIds: ['unctad-data360-de'],
  indicator: {
    name: { en: 'Digitally deliverable services imports', zh: '可数字化交付服务进口' },
    definition: {
      en: 'Imports of services that can be delivered remotely over computer networks, UNCTAD definition.',
      zh: '可通过计算机网络远程交付的服务进口，采用联合国贸发会议定义。'
    },
    category: 'services'
  },
  build: (ctx) =>
    seriesFromObservations(
      {
        id: 'dds-imports',
        sourceId: 'unctad-data360-de',
        unit: 'US$',
        scale: 1e6,
        transformation:
          'UNCTAD_DE_DIG_SERVTRADE_ANN_IMP rows copied as published (US$ millions); OBS_STATUS "O" (missing value) rows stored as null.'
      },
      readSdmxCsv(ctx, { indicator: 'UNCTAD_DE_DIG_SERVTRADE_ANN_IMP', unitMeasure: 'USD', unitMult: '6' })
    )
};
