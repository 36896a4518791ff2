import type { EtlStep } from '../etl-step.ts';
import { readItuIdi } from '../read/read-itu-idi.ts';
import { seriesFromObservations } from '../series-from-observations.ts';

export const ituIdi: EtlStep = {
  output: 'series/itu-idi.json',
  sourceIds: ['itu-idi-2024'],
  indicator: {
    name: { en: 'ICT Development Index (ITU IDI)', zh: '信息通信技术发展指数（国际电联）' },
    definition: {
      en: 'ITU ICT Development Index, 0–100, measuring universal and meaningful connectivity; 2024 scores and the 2023 scores published alongside them.',
      zh: '国际电联信息通信技术发展指数（0–100），衡量普遍且有意义的连通性；包括2024年得分及同时公布的2023年得分。'
    },
    category: 'infrastructure'
  },
  build: (ctx) =>
    seriesFromObservations(
      {
        id: 'itu-idi',
        sourceId: 'itu-idi-2024',
        unit: 'score (0–100)',
        scale: 1,
        transformation:
          'IDI 2024 Table 1 scores (idi_score → 2024, idi_2023 → 2023); two rows with mis-encoded names and no ISO3 assigned CIV and TUR.'
      },
      readItuIdi(ctx)
    )
};
