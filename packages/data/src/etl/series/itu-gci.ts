import type { EtlStep } from '../etl-step.ts';
import { readSdmxCsv } from '../read/read-sdmx-csv.ts';
import { seriesFromObservations } from '../series-from-observations.ts';

export const ituGci: EtlStep = {
  output: 'series/itu-gci.json',
  sourceIds: ['itu-gci'],
  indicator: {
    name: { en: 'Global Cybersecurity Index (ITU GCI)', zh: '全球网络安全指数（国际电联）' },
    definition: {
      en: 'ITU Global Cybersecurity Index overall score, 0–100, across legal, technical, organisational, capacity-development and cooperation measures; editions 2020 and 2024.',
      zh: '国际电联全球网络安全指数总分（0–100），涵盖法律、技术、组织、能力建设和合作措施；2020年和2024年两版。'
    },
    category: 'data'
  },
  build: (ctx) =>
    seriesFromObservations(
      {
        id: 'itu-gci',
        sourceId: 'itu-gci',
        unit: 'score (0–100)',
        scale: 1,
        transformation: 'ITU_GCI_GCI_OVRL_SCRE copied as published; years between the two editions are null.'
      },
      readSdmxCsv(ctx, {
        file: 'itu_idi_2024/itu_gci_2024.csv',
        indicator: 'ITU_GCI_GCI_OVRL_SCRE',
        unitMeasure: '0_TO_100',
        unitMult: '0'
      })
    )
};
