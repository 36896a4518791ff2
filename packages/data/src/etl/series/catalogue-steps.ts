import type { NamesConfig } from '../../schema/names-config.ts';
import type { EtlStep } from '../etl-step.ts';
import { SERIES_READERS } from '../readers/series-readers.ts';
import type { SeriesEntry } from '../readers/series-reader.ts';
import { seriesFromObservations } from '../series-from-observations.ts';

/** One ETL step per catalogue entry (config/series.json): its registered reader, then the shared series shape. */
export function catalogueSteps({ entries, names }: { entries: readonly SeriesEntry[]; names: NamesConfig }): EtlStep[] {
  return entries.map(
    (entry): EtlStep => ({
      output: `series/${entry.id}.json`,
      sourceIds: [entry.sourceId],
      indicator: { name: entry.name, definition: entry.definition, category: entry.category },
      rules: entry.rules,
      build: async (ctx, built) =>
        seriesFromObservations(
          { id: entry.id, sourceId: entry.sourceId, unit: entry.unit, scale: entry.scale, transformation: entry.transformation },
          await SERIES_READERS[entry.reader].read({ entry, ctx, built, names })
        )
    })
  );
}
