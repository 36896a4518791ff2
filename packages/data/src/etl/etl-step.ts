import type { EtlContext } from './etl-context.ts';

/** One ETL script: builds exactly one edition file from the raw folder. */
export interface EtlStep {
  /** Path inside the edition folder, e.g. "series/dds-exports.json". */
  output: string;
  sourceIds: string[];
  build(ctx: EtlContext): unknown;
}
