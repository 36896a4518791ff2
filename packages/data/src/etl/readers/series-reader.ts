import type { z } from 'zod';
import type { NamesConfig } from '../../schema/names-config.ts';
import type { seriesEntrySchema } from '../../schema/series-catalogue.ts';
import type { EtlContext } from '../etl-context.ts';
import type { Observation } from '../observation.ts';

export type SeriesEntry = z.infer<typeof seriesEntrySchema>;

export interface SeriesReaderInput {
  entry: SeriesEntry;
  ctx: EtlContext;
  /** The outputs of the steps that ran before, by output path (e.g. `entities/bri.json`). */
  built: ReadonlyMap<string, unknown>;
  /** The edition's name → code tables (`config/names.json`). */
  names: NamesConfig;
}

/** A generic reader: a catalogue entry (file, code, options) → observations. */
export interface SeriesReader {
  read(input: SeriesReaderInput): Observation[] | Promise<Observation[]>;
  /** Outputs that must be built before any series this reader computes (e.g. the BRI members). */
  after?: string[];
}
