import { readUnctadDe } from '../read/read-unctad-de.ts';
import { seriesFromObservations } from '../series-from-observations.ts';
import type { EtlStep } from '../etl-step.ts';

export const ddsExports: EtlStep = {
  output: 'series/dds-exports.json',
  sourceIds: ['unctad-data360-de'],
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
      readUnctadDe(ctx, { indicator: 'UNCTAD_DE_DIG_SERVTRADE_ANN_EXP', unitMeasure: 'USD', unitMult: '6' })
    )
};
