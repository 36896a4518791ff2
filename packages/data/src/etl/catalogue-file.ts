import { DataError } from '../errors/data-error.ts';
import { SCHEMA_VERSION, type Catalogue, type Indicator, type Series } from '../schema/types.ts';
import type { EtlStep } from './etl-step.ts';

/** Coverage counts only entities and years that hold at least one value. */
function coverage(series: Series): Indicator['coverage'] {
  const filled = series.years.filter((_, i) => Object.values(series.values).some((row) => row[i] !== null));
  return {
    entities: Object.values(series.values).filter((row) => row.some((v) => v !== null)).length,
    firstYear: filled[0] ?? series.years[0],
    lastYear: filled[filled.length - 1] ?? series.years[series.years.length - 1]
  };
}

/** `catalogue.json` from the series steps' indicator entries and the series they built; runs after them. */
export function catalogueFile(seriesSteps: EtlStep[]): EtlStep {
  return {
    output: 'catalogue.json',
    sourceIds: [],
    build: (ctx, built): Catalogue => {
      const indicators = seriesSteps.map((step): Indicator => {
        const series = built.get(step.output) as Series | undefined;
        if (!series || !step.indicator)
          throw new DataError({
            file: step.output,
            expected: 'a built series with a catalogue entry',
            got: series ? 'no entry' : 'not built'
          });
        const source = ctx.sources.find((s) => s.id === series.sourceId);
        if (!source)
          throw new DataError({
            file: step.output,
            column: 'sourceId',
            expected: 'a registered source',
            got: series.sourceId
          });
        return {
          id: series.id,
          ...step.indicator,
          unit: series.unit,
          scale: series.scale,
          sourceId: source.id,
          licence: source.licence,
          vintage: source.vintage,
          coverage: coverage(series),
          ...(step.rules ? { rules: step.rules } : {})
        };
      });
      return { schema: SCHEMA_VERSION, indicators: indicators.sort((a, b) => (a.id < b.id ? -1 : 1)) };
    }
  };
}
