import { readSdmxCsv } from '../read/read-sdmx-csv.ts';
import { seriesFromObservations } from '../series-from-observations.ts';
import type { EtlStep } from '../etl-step.ts';

export const ddsExports: EtlStep = {
  output: 'series/dds-exports.json',
  sourceIds: ['unctad-data360-de'],
  indicator: {
    name: { en: 'Digitally deliverable services exports', zh: '可数字化交付服务出口' },
    definition: {
      en: 'Exports of services that can be delivered remotely over computer networks (insurance and pension, financial, IP charges, telecommunications, computer and information, other business, audiovisual and recreational services), UNCTAD definition.',
      zh: '可通过计算机网络远程交付的服务出口（保险和养老金、金融、知识产权使用费、电信计算机和信息、其他商业服务、视听和娱乐服务），采用联合国贸发会议定义。'
    },
    category: 'services'
  },
  build: (ctx) =>
    seriesFromObservations(
      {
        id: 'dds-exports',
        sourceId: 'unctad-data360-de',
        unit: 'US$',
        scale: 1e6,
        transformation:
          'UNCTAD_DE_DIG_SERVTRADE_ANN_EXP rows copied as published (US$ millions); OBS_STATUS "O" (missing value) rows stored as null.'
      },
      readSdmxCsv(ctx, { indicator: 'UNCTAD_DE_DIG_SERVTRADE_ANN_EXP', unitMeasure: 'USD', unitMult: '6' })
    )
};
